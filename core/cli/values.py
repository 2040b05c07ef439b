"""What is typed on the command line, read into values: ids, minutes, weeks, a direction, a
promise's status, any of the record's fixed choices.

Each reader raises `RecoursError` for what it cannot read, so a bad channel or case number is
reported in the user's language like any other user error, not as argparse's usage block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Final, TypeVar

from core.errors import InvalidInputError
from core.model import Direction, PromiseStatus, parse_choice

EnumT = TypeVar("EnumT", bound=StrEnum)

LARGEST_ID: Final = 2**63 - 1
DIRECTION_WORDS: Final = {
    "in": Direction.INBOUND,
    "out": Direction.OUTBOUND,
    "in-person": Direction.IN_PERSON,
}
SETTLE_STATUSES: Final = (
    PromiseStatus.KEPT,
    PromiseStatus.BROKEN,
    PromiseStatus.PARTLY_KEPT,
    PromiseStatus.WITHDRAWN,
    PromiseStatus.PENDING,
)


def identifier(text: str) -> int:
    """A case, interaction, promise or evidence number: "12" (or "#12")."""
    cleaned = text.strip().removeprefix("#")
    if re.fullmatch(r"[0-9]{1,19}", cleaned) is None or not 0 < int(cleaned) <= LARGEST_ID:
        raise InvalidInputError("cli.bad_id", value=text)
    return int(cleaned)


def minutes(text: str) -> int:
    cleaned = text.strip()
    if re.fullmatch(r"[0-9]{1,6}", cleaned) is None:
        raise InvalidInputError("cli.bad_minutes", value=text)
    return int(cleaned)


def weeks(text: str) -> int:
    cleaned = text.strip()
    if re.fullmatch(r"[0-9]{1,3}", cleaned) is None:
        raise InvalidInputError("due.cli.bad_weeks", value=text)
    return int(cleaned)


def direction(text: str) -> Direction:
    """ "in", "out" or "in-person" (the stored names "inbound", "in_person"... work too)."""
    word = text.strip().lower().replace("_", "-")
    if word in DIRECTION_WORDS:
        return DIRECTION_WORDS[word]
    try:
        return parse_choice(Direction, text, field_name="direction")
    except InvalidInputError:
        raise InvalidInputError(
            "error.bad_choice", field="direction", value=text, choices=", ".join(DIRECTION_WORDS)
        ) from None


def settle_status(text: str) -> PromiseStatus:
    status = parse_choice(PromiseStatus, text, field_name="status")
    if status not in SETTLE_STATUSES:
        raise InvalidInputError(
            "error.bad_choice",
            field="status",
            value=text,
            choices=", ".join(choice_words(SETTLE_STATUSES)),
        )
    return status


def choice_words(members: Sequence[StrEnum]) -> list[str]:
    return [member.value.replace("_", "-") for member in members]


def choice(enum: type[EnumT], field_name: str) -> Callable[[str], EnumT]:
    def convert(text: str) -> EnumT:
        return parse_choice(enum, text, field_name=field_name)

    return convert


def choices_metavar(members: Sequence[StrEnum]) -> str:
    return "{" + ",".join(choice_words(members)) + "}"
