"""Plain-text layout for a terminal: aligned tables, file sizes, one-line snippets."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from enum import Enum


class Align(Enum):
    LEFT = "left"
    RIGHT = "right"


def display_width(text: str) -> int:
    """How many terminal columns `text` takes: wide CJK characters count two, accents none."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def single_line(text: str) -> str:
    """Text that spans several lines, tabs or control characters, as one clean line."""
    printable = "".join(
        " " if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char for char in text
    )
    return " ".join(printable.split())


def _pad(text: str, width: int, align: Align) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if align is Align.RIGHT else text + gap


def table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], aligns: Sequence[Align]
) -> list[str]:
    """Columns padded to their widest cell, two spaces apart; no trailing spaces."""
    cells = [[single_line(cell) for cell in row] for row in [headers, *rows]]
    widths = [max(display_width(row[column]) for row in cells) for column in range(len(headers))]
    return [
        "  ".join(
            _pad(cell, width, align) for cell, width, align in zip(row, widths, aligns, strict=True)
        ).rstrip()
        for row in cells
    ]


def format_size(size: int, lang: str) -> str:
    """A file size as people read it: "812 B", "12.4 KB", "3.1 MB" ("12,4 Ko" in French)."""
    units = ("o", "Ko", "Mo", "Go", "To") if lang == "fr" else ("B", "KB", "MB", "GB", "TB")
    value = float(size)
    unit = 0
    while value >= 1000 and unit < len(units) - 1:
        value /= 1000
        unit += 1
    if unit == 0:
        return f"{size}\u00a0{units[0]}"
    number = f"{value:.1f}"
    if lang == "fr":
        number = number.replace(".", ",")
    return f"{number}\u00a0{units[unit]}"
