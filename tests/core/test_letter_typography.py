"""The spaces of a printed letter that must not break a line."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from core.letters.layout import markup
from core.letters.typography import french_spacing
from core.model import Money
from core.money import format_money

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Montant : 55 €", f"Montant{NBSP}: 55{NBSP}€"),
        ("Pourquoi ? Parce que ; enfin !", f"Pourquoi{NBSP}? Parce que{NBSP}; enfin{NBSP}!"),
        ("« livraison gratuite »", f"«{NBSP}livraison gratuite{NBSP}»"),
        ("https://example.org:8080", "https://example.org:8080"),
        ("déjà écrit\u202f:", f"déjà écrit{NBSP}:"),
        ("rien:à;changer", "rien:à;changer"),
        ("le 26 janvier 2027, sous 8 jours", f"le 26{NBSP}janvier 2027, sous 8{NBSP}jours"),
        ("pièce n° 2 et 8 600 points", f"pièce n°{NBSP}2 et 8 600{NBSP}points"),
        ("en 2026 mais 3 joursdurant", "en 2026 mais 3 joursdurant"),
        ("le 1er janvier, sous 1 an", f"le 1er{NBSP}janvier, sous 1{NBSP}an"),
        ("N° RR123456789FR, n° [à compléter]", f"N°{NBSP}RR123456789FR, n°{NBSP}[à compléter]"),
    ],
)
def test_french_spacing_binds_the_space_to_its_mark(typed: str, printed: str) -> None:
    assert french_spacing(typed) == printed


def _lines(text: str, width: float) -> list[str]:
    style = ParagraphStyle("probe", fontName="Helvetica", fontSize=10)
    paragraph = Paragraph(text, style)
    paragraph.wrap(width, 1000)
    lines = []
    for line in paragraph.blPara.lines:
        words = line[1] if isinstance(line, tuple) else [frag.text for frag in line.words]
        lines.append(" ".join(words))
    return lines


def test_a_french_amount_and_colon_never_start_a_printed_line() -> None:
    amount = format_money(Money(123456789, "EUR"), "fr")
    text = markup(f"Le montant restant dû à ce jour est : {amount}", french=True)
    for width in range(60, 320, 3):
        for line in _lines(text, width):
            assert not line.startswith((":", "567", "789", "€")), (width, line)


def test_an_english_letter_keeps_its_spaces() -> None:
    assert markup("Amount : 55") == "Amount : 55"
