"""Spaces that must not break a line in print.

French puts a space before the high punctuation marks (: ; ! ?) and inside guillemets; a line
that starts with a colon or ends on an opening « is a typesetting fault. reportlab breaks lines
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


def unbreakable_for_print(text: str) -> str:
    """Every narrow no-break space as one reportlab keeps on its line."""
    return text.replace(_NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE)


def french_spacing(text: str) -> str:
    """The spaces before : ; ! ? » and after « made unbreakable; no space is added or removed."""
    text = _SPACES_BEFORE_MARK.sub(NO_BREAK_SPACE, text)
    return _SPACES_AFTER_GUILLEMET.sub(NO_BREAK_SPACE, text)
