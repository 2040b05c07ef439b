"""The fonts letters are printed in: DejaVu, embedded, so accents, €, ł, ß, Cyrillic names
and the narrow no-break space of French amounts all print (reportlab's own fonts cannot)."""

from __future__ import annotations

from functools import cache
from typing import Final

from core.resources import resource_path

SERIF: Final = "RecoursSerif"
SANS: Final = "RecoursSans"
_FACES: Final = {
    SERIF: ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    SANS: ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
}


@cache
def register_fonts() -> None:
    """Register both families once per process, with their bold and italic faces, so
    `<b>` and `<i>` in a paragraph pick the right file."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for family, (regular, bold, italic, bold_italic) in _FACES.items():
        names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
        for name, file_stem in zip(names, (regular, bold, italic, bold_italic), strict=True):
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{file_stem}.ttf"))))
        pdfmetrics.registerFontFamily(
            family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
        )
