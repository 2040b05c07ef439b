"""What an edit, an undo or a redo changed, so each view reloads only its own part."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto


class Part(Flag):
    """The parts of the record a view can show."""

    CASE_LIST = auto()
    CASE = auto()
    TIMELINE = auto()
    PROMISES = auto()
    EVIDENCE = auto()
    MONEY = auto()
    DIRECTORY = auto()
    LETTERS = auto()


EVERYTHING = (
    Part.CASE_LIST
    | Part.CASE
    | Part.TIMELINE
    | Part.PROMISES
    | Part.EVIDENCE
    | Part.MONEY
    | Part.DIRECTORY
    | Part.LETTERS
)


@dataclass(frozen=True, slots=True)
class RecordChange:
    """Rows changed in these parts; `case_id` names the case, None when several or none.

    Every change of a case also changes its line in the list of cases (counts, last
    interaction, amount in dispute), so `CASE_LIST` is always included.
    """

    parts: Part
    case_id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "parts", self.parts | Part.CASE_LIST)

    def touches(self, parts: Part, case_id: int | None) -> bool:
        """Whether a view of `parts` of case `case_id` must reload."""
        if not self.parts & parts:
            return False
        return self.case_id is None or case_id is None or self.case_id == case_id
