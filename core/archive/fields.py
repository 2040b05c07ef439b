"""Reading JSON from an archive that may be hostile: every value checked for its type and size.

`Field` wraps one value with where it was found ("cases/1.json › promises[2] › due_on"), so a
refusal says exactly which value does not fit. Nothing is converted silently: a string where
a number belongs, an unknown choice, a date that is not a date, all are refused.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Final, NoReturn, TypeVar

from core.archive.format import LARGEST_INTEGER, MAX_SHORT_TEXT, ArchiveError, shown

EnumT = TypeVar("EnumT", bound=StrEnum)

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?")
_STAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})?"
)
_SEPARATOR: Final = " › "


def parse_json(raw: bytes, *, member: str) -> object:
    """The JSON value of a member: UTF-8, no repeated keys, no NaN, not nested absurdly deep."""
    try:
        text = raw.decode("utf-8")
        return json.loads(
            text, object_pairs_hook=_refuse_repeated_keys, parse_constant=_refuse_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ArchiveError("archive.bad_json", name=shown(member)) from None


def _refuse_repeated_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a key appears twice")
    return result


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


class Field:
    """A JSON value and where it is, with checked accessors for each kind of value."""

    def __init__(self, value: object, where: str) -> None:
        self.value = value
        self.where = where

    def refuse(self, message_id: str, /, **params: object) -> NoReturn:
        raise ArchiveError(message_id, where=self.where, **params)

    def _object(self) -> dict[str, object]:
        if not isinstance(self.value, dict):
            self.refuse("archive.data_type")
        return self.value

    def has(self, key: str) -> bool:
        return key in self._object()

    def get(self, key: str) -> Field:
        content = self._object()
        if key not in content:
            raise ArchiveError("archive.data_missing", where=f"{self.where}{_SEPARATOR}{key}")
        return Field(content[key], f"{self.where}{_SEPARATOR}{key}")

    def is_null(self) -> bool:
        return self.value is None

    def items(self) -> Iterator[Field]:
        if not isinstance(self.value, list):
            self.refuse("archive.data_type")
        for position, value in enumerate(self.value):
            yield Field(value, f"{self.where}[{position}]")

    def entries(self) -> Iterator[tuple[str, Field]]:
        """The keys and values of an object whose keys are data (a letter's edits)."""
        for key, value in self._object().items():
            yield key, Field(value, f"{self.where}{_SEPARATOR}{shown(key)}")

    def text(self, limit: int = MAX_SHORT_TEXT) -> str:
        if not isinstance(self.value, str):
            self.refuse("archive.data_type")
        if len(self.value) > limit:
            self.refuse("archive.data_too_long", limit=limit)
        if "\x00" in self.value:
            self.refuse("archive.data_type")
        return self.value

    def non_empty_text(self, limit: int = MAX_SHORT_TEXT) -> str:
        value = self.text(limit)
        if not value.strip():
            self.refuse("archive.data_missing")
        return value

    def integer(self, *, low: int = -LARGEST_INTEGER, high: int = LARGEST_INTEGER) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            self.refuse("archive.data_type")
        if not low <= self.value <= high:
            self.refuse("archive.data_range", low=low, high=high)
        return self.value

    def identifier(self) -> int:
        return self.integer(low=1)

    def optional_identifier(self) -> int | None:
        return None if self.value is None else self.identifier()

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            self.refuse("archive.data_type")
        return self.value

    def choice(self, enum: type[EnumT]) -> EnumT:
        value = self.text()
        chosen = next((member for member in enum if member.value == value), None)
        if chosen is None:
            self.refuse("archive.data_choice", value=shown(value))
        return chosen

    def day(self) -> dt.date:
        value = self.text()
        if _DAY.fullmatch(value) is None:
            self.refuse("archive.data_date", value=shown(value))
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.refuse("archive.data_date", value=shown(value))

    def optional_day(self) -> dt.date | None:
        return None if self.value is None else self.day()

    def moment_text(self) -> str:
        """A moment as the record writes it: a day, or a day and a time to the minute."""
        value = self.text()
        if _MOMENT.fullmatch(value) is None:
            self.refuse("archive.data_date", value=shown(value))
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            self.refuse("archive.data_date", value=shown(value))
        return value

    def stamp(self) -> str:
        """A timestamp of the record (`created_at`...), kept exactly as written."""
        value = self.text()
        if _STAMP.fullmatch(value) is None:
            self.refuse("archive.data_date", value=shown(value))
        try:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            self.refuse("archive.data_date", value=shown(value))
        return value

    def optional_stamp(self) -> str | None:
        return None if self.value is None else self.stamp()
