"""Consumer-law rules per jurisdiction, read from `resources/rules/<COUNTRY>.toml`.

The law is data a reviewer can check and correct without reading Python: reply deadlines,
legal grounds with the facts that make them relevant, the bodies a consumer can turn to
with their waiting periods, and the other time limits a case's next steps come from
(core/deadlines). Each rule keeps its source.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from core.dates import add_months
from core.model import Jurisdiction, Sector
from core.resources import resource_path


class BodyKind(StrEnum):
    MEDIATOR = "mediator"
    OMBUDSMAN = "ombudsman"
    REGULATOR = "regulator"
    COURT = "court"


@dataclass(frozen=True, slots=True)
class Ground:
    """A legal ground a letter may cite, and the facts of a case that make it relevant."""

    id: str
    citation: str
    applies_when: frozenset[str]
    kinds: frozenset[str]
    sectors: frozenset[str]
    source: str
    review: str

    def applies_to(self, facts: set[str], *, kind: str, sector: Sector) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        if self.sectors and sector.value not in self.sectors:
            return False
        return bool(self.applies_when & facts)


@dataclass(frozen=True, slots=True)
class Escalation:
    """A body to turn to when the company does not answer: when it opens, when it closes."""

    id: str
    kind: BodyKind
    sectors: frozenset[str]
    after_months: int
    after_weeks: int
    limit_months: int
    website: str
    source: str
    review: str
    weeks_setting: str = ""

    def serves(self, sector: Sector) -> bool:
        return not self.sectors or sector.value in self.sectors

    def opens_on(self, first_written_complaint: dt.date, *, weeks: int | None = None) -> dt.date:
        """The first day the body can be asked, counted from the first written complaint.

        `weeks` replaces `after_weeks` when the user set their own figure (`weeks_setting`):
        regulators change these waits, and the user may know before the data does.
        """
        opened = add_months(first_written_complaint, self.after_months)
        return opened + dt.timedelta(weeks=self.after_weeks if weeks is None else weeks)

    def closes_on(self, first_written_complaint: dt.date) -> dt.date | None:
        """The last day to ask it, or None when there is no such limit here."""
        if not self.limit_months:
            return None
        return add_months(first_written_complaint, self.limit_months)


class DeadlineKind(StrEnum):
    """What falls on a deadline's day, which decides what the user is told before and after."""

    ANSWER = "answer"
    DELIVERY = "delivery"
    NEXT_LEVEL = "next_level"
    WITHDRAWAL = "withdrawal"
    LIMITATION = "limitation"


class Anchor(StrEnum):
    """A day of the record a deadline counts from (docs/deadlines.md says how each is found)."""

    WRITTEN_COMPLAINT = "written_complaint"
    REPLY = "reply"
    PAYMENT = "payment"
    CHARGE = "charge"
    DELIVERY = "delivery"
    REFERRAL = "referral"


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time limit of the law other than a body's waiting period: an answer due, the end of
    a withdrawal period, the last day to use a right. It counts from the first of
    `counts_from` that the record holds."""

    id: str
    kind: DeadlineKind
    sectors: frozenset[str]
    counts_from: tuple[Anchor, ...]
    months: int
    weeks: int
    days: int
    requires: frozenset[str]
    source: str
    review: str

    def serves(self, sector: Sector) -> bool:
        return not self.sectors or sector.value in self.sectors

    def falls_on(self, start: dt.date) -> dt.date:
        """The day itself: calendar months first (31 January + 1 month is the end of
        February), then weeks and days."""
        return add_months(start, self.months) + dt.timedelta(weeks=self.weeks, days=self.days)


@dataclass(frozen=True, slots=True)
class JurisdictionRules:
    jurisdiction: Jurisdiction
    paper: str
    place_before_date: bool
    reply_days: dict[str, int]
    grounds: tuple[Ground, ...]
    escalations: tuple[Escalation, ...]
    deadlines: tuple[Deadline, ...] = ()

    def escalations_for(self, sector: Sector) -> list[Escalation]:
        return [body for body in self.escalations if body.serves(sector)]

    def deadlines_for(self, sector: Sector) -> list[Deadline]:
        return [deadline for deadline in self.deadlines if deadline.serves(sector)]


def _strings(values: Any) -> frozenset[str]:
    return frozenset(str(value) for value in values or ())


@cache
def rules_for(jurisdiction: Jurisdiction) -> JurisdictionRules:
    with resource_path("rules", f"{jurisdiction.value}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    grounds = tuple(
        Ground(
            id=entry["id"],
            citation=entry["citation"],
            applies_when=_strings(entry.get("applies_when")),
            kinds=_strings(entry.get("kinds")),
            sectors=_strings(entry.get("sectors")),
            source=entry["source"],
            review=entry["review"],
        )
        for entry in data.get("grounds", [])
    )
    escalations = tuple(
        Escalation(
            id=entry["id"],
            kind=BodyKind(entry["kind"]),
            sectors=_strings(entry.get("sectors")),
            after_months=int(entry.get("after_months", 0)),
            after_weeks=int(entry.get("after_weeks", 0)),
            limit_months=int(entry.get("limit_months", 0)),
            website=entry["website"],
            source=entry["source"],
            review=entry["review"],
            weeks_setting=str(entry.get("weeks_setting", "")),
        )
        for entry in data.get("escalation", [])
    )
    deadlines = tuple(
        Deadline(
            id=entry["id"],
            kind=DeadlineKind(entry["kind"]),
            sectors=_strings(entry.get("sectors")),
            counts_from=tuple(Anchor(anchor) for anchor in entry["counts_from"]),
            months=int(entry.get("months", 0)),
            weeks=int(entry.get("weeks", 0)),
            days=int(entry.get("days", 0)),
            requires=_strings(entry.get("requires")),
            source=entry["source"],
            review=entry["review"],
        )
        for entry in data.get("deadline", [])
    )
    return JurisdictionRules(
        jurisdiction=jurisdiction,
        paper=data["paper"],
        place_before_date=bool(data.get("place_before_date", False)),
        reply_days={str(kind): int(days) for kind, days in data["reply_days"].items()},
        grounds=grounds,
        escalations=escalations,
        deadlines=deadlines,
    )
