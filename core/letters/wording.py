"""The words of letters, read from `resources/letters/<lang>/` (common, then per country)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from core.model import Jurisdiction, Language
from core.resources import resource_path


def _flatten(tree: Mapping[str, object], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, Mapping):
            flat |= _flatten(value, name)
        else:
            flat[name] = str(value)
    return flat


def _load(*parts: str) -> dict[str, str]:
    with resource_path("letters", *parts).open("rb") as handle:
        return _flatten(tomllib.load(handle))


@dataclass(frozen=True, slots=True)
class Wording:
    """Every sentence a letter may use in one language under one country's law."""

    language: Language
    jurisdiction: Jurisdiction
    texts: Mapping[str, str]

    def has(self, key: str) -> bool:
        return key in self.texts

    def __call__(self, key: str, /, **params: object) -> str:
        return self.texts[key].format(**params)

    def blank(self, what_key: str) -> str:
        """A visible gap for the user to fill in by hand: "[your address to be completed]"."""
        return self("letter.blank", what=self(what_key))

    def blank_pattern(self) -> re.Pattern[str]:
        """Matches the gaps `blank` makes, so the PDF can show them as gaps."""
        before, _, after = self.texts["letter.blank"].partition("{what}")
        return re.compile(re.escape(before) + r".+?" + re.escape(after))


@cache
def wording_for(language: Language, jurisdiction: Jurisdiction) -> Wording:
    texts = _load(language.value, "common.toml") | _load(
        language.value, f"{jurisdiction.value}.toml"
    )
    return Wording(language, jurisdiction, texts)
