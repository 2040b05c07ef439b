"""Where the command line writes, and in which language.

Output meant for people goes through the message catalogue (`[cli]` in
resources/messages/*.toml); output meant for scripts (ids, JSON) is the same in every
language.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TextIO

from core.i18n import plural_form, translate

_CAMEL_BOUNDARY = re.compile(r"(?<!^)(?=[A-Z])")
_BOLD = "\x1b[1m"
_NORMAL = "\x1b[22m"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _standard_output() -> TextIO:
    return sys.stdout


def _standard_error() -> TextIO:
    return sys.stderr


@dataclass
class Console:
    lang: str
    out: TextIO = field(default_factory=_standard_output)
    err: TextIO = field(default_factory=_standard_error)

    def text(self, message_id: str, /, **params: object) -> str:
        return translate(message_id, self.lang, **params)

    def count(self, message_id: str, count: int, /, **params: object) -> str:
        """A message with a number in it, singular or plural as the language wants."""
        form = plural_form(count, self.lang)
        return self.text(f"{message_id}.{form}", count=count, **params)

    def label(self, value: StrEnum) -> str:
        """The word for an enum value ("broken" → "non tenu"): `cli.<enum_name>.<value>`."""
        group = _CAMEL_BOUNDARY.sub("_", type(value).__name__).lower()
        return self.text(f"cli.{group}.{value.value}")

    def line(self, text: str = "") -> None:
        self.out.write(f"{printable(text)}\n")

    def say(self, message_id: str, /, **params: object) -> None:
        self.line(self.text(message_id, **params))

    def warn(self, text: str) -> None:
        self.err.write(f"{printable(text)}\n")

    def json(self, data: Any) -> None:
        self.line(json.dumps(data, ensure_ascii=False, indent=2))

    def marks(self) -> tuple[str, str]:
        """How a search hit is marked: bold on a terminal, [brackets] in a pipe or file.

        NO_COLOR and TERM=dumb ask for plain text, so they get brackets too.
        """
        plain_requested = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
        isatty = getattr(self.out, "isatty", None)
        if not plain_requested and isatty is not None and isatty():
            return _BOLD, _NORMAL
        return "[", "]"


def printable(text: str) -> str:
    """Text safe to show on a terminal: control characters in names that came from outside
    (a file called "\x1b]2;..." could retitle the terminal or hide text) are shown as escapes;
    only line breaks, tabs and our own bold marks pass."""
    pieces = re.split(f"({re.escape(_BOLD)}|{re.escape(_NORMAL)})", text)
    return "".join(
        piece if piece in (_BOLD, _NORMAL) else _CONTROL.sub(_escaped, piece) for piece in pieces
    )


def _escaped(found: re.Match[str]) -> str:
    return found.group(0).encode("unicode_escape").decode("ascii")
