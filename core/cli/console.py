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

from core.i18n import translate

_CAMEL_BOUNDARY = re.compile(r"(?<!^)(?=[A-Z])")


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
        """A message with a number in it, singular or plural as the language wants.

        French counts 0 and 1 as singular, English only 1.
        """
        singular = count <= 1 if self.lang == "fr" else count == 1
        suffix = "one" if singular else "other"
        return self.text(f"{message_id}.{suffix}", count=count, **params)

    def label(self, value: StrEnum) -> str:
        """The word for an enum value ("broken" → "non tenu"): `cli.<enum_name>.<value>`."""
        group = _CAMEL_BOUNDARY.sub("_", type(value).__name__).lower()
        return self.text(f"cli.{group}.{value.value}")

    def line(self, text: str = "") -> None:
        self.out.write(f"{text}\n")

    def say(self, message_id: str, /, **params: object) -> None:
        self.line(self.text(message_id, **params))

    def warn(self, text: str) -> None:
        self.err.write(f"{text}\n")

    def json(self, data: Any) -> None:
        self.line(json.dumps(data, ensure_ascii=False, indent=2))

    def marks(self) -> tuple[str, str]:
        """How a search hit is marked: bold on a terminal, [brackets] in a pipe or file.

        NO_COLOR and TERM=dumb ask for plain text, so they get brackets too.
        """
        plain_requested = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
        isatty = getattr(self.out, "isatty", None)
        if not plain_requested and isatty is not None and isatty():
            return "\x1b[1m", "\x1b[22m"
        return "[", "]"
