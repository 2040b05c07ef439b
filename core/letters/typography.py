"""Spaces that must not break a line in print.

French puts a space before the high punctuation marks (: ; ! ?) and inside guillemets; a line
that starts with a colon or ends on an opening « is a typesetting fault, and so is a number
parted from what it counts ("26 | janvier", "8 | jours", "n° | 2"). reportlab breaks lines
at a narrow no-break space (U+202F), which the French amounts use between thousands, but keeps
an ordinary no-break space (U+00A0) whole, so print uses that one.
"""

from __future__ import annotations

import re
from typing import Final

NO_BREAK_SPACE: Final = "\u00a0"
_NARROW_NO_BREAK_SPACE: Final = "\u202f"
_SPACES_BEFORE_MARK: Final = re.compile(r"[ \u202f](?=[:;!?»])")
_SPACES_AFTER_GUILLEMET: Final = re.compile(r"(?<=«)[ \u202f]")
_COUNTED: Final = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|jours?|semaines?|mois|ans?|heures?|minutes?|min|h|points?|€"
)
_SPACE_AFTER_NUMBER: Final = re.compile(rf"(?:(?<=\d)|(?<=\der)) (?=(?:{_COUNTED})(?!\w))")
_SPACE_AFTER_NUMERO: Final = re.compile(r"(?<=\b[nN]°) (?=\S)")


def unbreakable_for_print(text: str) -> str:
    """Every narrow no-break space as one reportlab keeps on its line."""
    return text.replace(_NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE)


def french_spacing(text: str) -> str:
    """The spaces before : ; ! ? », after «, between a number and the day's month or the unit
    it counts, and after "n°" made unbreakable; no space is added or removed."""
    for pattern in (
        _SPACES_BEFORE_MARK,
        _SPACES_AFTER_GUILLEMET,
        _SPACE_AFTER_NUMBER,
        _SPACE_AFTER_NUMERO,
    ):
        text = pattern.sub(NO_BREAK_SPACE, text)
    return text
