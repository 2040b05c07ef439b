"""The wording of the demo case, read from `resources/demo/<lang>.toml`.

A translator edits the story there without reading Python; the code only names the keys.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from core.model import Language
from core.resources import resource_path


@dataclass(frozen=True, slots=True)
class DemoTexts:
    """Every text of the demo in one language, under dotted keys ("case.title")."""

    lang: Language
    entries: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        try:
            return self.entries[key]
        except KeyError:
            raise KeyError(
                f"resources/demo/{self.lang.value}.toml has no text for {key!r}"
            ) from None

    def optional(self, key: str) -> str:
        """A text that only some entries have (a party's phone), empty when absent."""
        return self.entries.get(key, "")

    def date(self, day: dt.date) -> str:
        """A date written the way the demo's language writes it on a document."""
        return self["date_format"].format(day=day.day, month=day.month, year=day.year)


def _flatten(tree: Mapping[str, object], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name))
        else:
            flat[name] = str(value)
    return flat


@cache
def demo_texts(lang: Language) -> DemoTexts:
    with resource_path("demo", f"{lang.value}.toml").open("rb") as handle:
        return DemoTexts(lang, _flatten(tomllib.load(handle)))
