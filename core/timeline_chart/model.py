"""The case at a glance as plain values: a time axis, lanes, and what lies on them.

Positions are abstract: `x` counts days from the axis's first day (a time of day is a
fraction; a date without a time sits at midday), `row` counts rows from the top. A renderer
chooses how many points or pixels a day and a row take, so the PDF of a letter and the
desktop app draw the same chart from the same data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from core.model import Channel, Direction, Jurisdiction, Language


class TickUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Tick:
    """A graduation of the axis: a grid line at `x` (a day's start) and its label."""

    x: float
    day: dt.date
    label: str


@dataclass(frozen=True, slots=True)
class Axis:
    """The days the chart covers: `first` at x = 0 to `last` (included) at x = `length`."""

    first: dt.date
    last: dt.date
    unit: TickUnit
    step: int
    ticks: tuple[Tick, ...]

    @property
    def length(self) -> float:
        return float((self.last - self.first).days + 1)

    def x_of(self, day: dt.date, time: dt.time | None = None) -> float:
        """Where a day (at midday when its time is unknown) or a moment lies on the axis."""
        fraction = 0.5 if time is None else (time.hour * 60 + time.minute) / (24 * 60)
        return (day - self.first).days + fraction


class LaneKind(StrEnum):
    CHANNEL = "channel"
    PROMISES = "promises"
    LETTERS = "letters"


@dataclass(frozen=True, slots=True)
class Lane:
    """A horizontal band: one channel's interactions, or the promises, or the letters.

    It spans rows `first_row` to `first_row + rows - 1`; promises and letters take one row
    each while there are few, so each can carry its caption, and share rows when many.
    """

    kind: LaneKind
    label: str
    first_row: int
    rows: int
    channel: Channel | None = None


class ItemKind(StrEnum):
    INTERACTION = "interaction"
    PROMISE = "promise"
    LETTER = "letter"
    MILESTONE = "milestone"


class State(StrEnum):
    """What became of a promise, or of the reply a letter awaits."""

    KEPT = "kept"
    BROKEN = "broken"
    PARTLY_KEPT = "partly_kept"
    PENDING = "pending"
    OVERDUE = "overdue"
    WITHDRAWN = "withdrawn"
    AWAITED = "awaited"
    ANSWERED = "answered"
    UNANSWERED = "unanswered"


@dataclass(frozen=True, slots=True)
class ChartItem:
    """One thing on a lane: an interaction (a point), a promise or a letter (a span).

    `id` numbers the chart's items and milestones together; `record_id` is the interaction,
    promise or letter it stands for. A span runs from `start` to `end`: a promise from when
    it was made to when it was settled (or is due, or today when still open), a letter from
    its date to its reply (or the reply's deadline, or today when the reply is late). `due`
    marks the deadline on the span; `settled` the day it was settled or answered.
    `caption` is the short text drawn beside a span ("" when its row is shared);
    `tooltip` says it all, dates written out.
    """

    id: int
    kind: ItemKind
    record_id: int
    day: dt.date
    row: int
    start: float
    end: float
    label: str
    tooltip: str
    caption: str = ""
    channel: Channel | None = None
    direction: Direction | None = None
    state: State | None = None
    due: float | None = None
    settled: float | None = None


class MilestoneKind(StrEnum):
    ESCALATION_OPENS = "escalation_opens"
    ESCALATION_LAST_DAY = "escalation_last_day"
    NEXT_LEVEL = "next_level"
    TODAY = "today"


@dataclass(frozen=True, slots=True)
class Milestone:
    """A day across every lane: the mediator can be asked from, the last day to ask, today.

    A day far beyond the rest of the chart is not given the room: it is drawn at the right
    edge (`beyond`), its label giving its date.
    """

    id: int
    kind: MilestoneKind
    day: dt.date
    x: float
    label: str
    tooltip: str
    beyond: bool = False


class Symbol(StrEnum):
    """What the legend explains: a marker's shape, a span's look, the due date's tick."""

    RECEIVED = "received"
    SENT = "sent"
    IN_PERSON = "in_person"
    KEPT = "kept"
    BROKEN = "broken"
    PARTLY_KEPT = "partly_kept"
    PENDING = "pending"
    OVERDUE = "overdue"
    WITHDRAWN = "withdrawn"
    AWAITED = "awaited"
    ANSWERED = "answered"
    UNANSWERED = "unanswered"
    DUE = "due"


@dataclass(frozen=True, slots=True)
class LegendEntry:
    symbol: Symbol
    label: str


@dataclass(frozen=True, slots=True)
class TimelineChart:
    """The whole chart: draw the lanes, then the ticks, the items, the milestones, the
    legend. Only what the case holds is there: no empty lane, no legend for what is absent."""

    language: Language
    jurisdiction: Jurisdiction
    axis: Axis
    lanes: tuple[Lane, ...]
    items: tuple[ChartItem, ...]
    milestones: tuple[Milestone, ...]
    legend: tuple[LegendEntry, ...]
    today: dt.date

    @property
    def rows(self) -> int:
        return sum(lane.rows for lane in self.lanes)

    def entries(self) -> tuple[ChartItem | Milestone, ...]:
        """Everything the chart shows, in date order: what a list beside it reads out."""
        everything: list[ChartItem | Milestone] = [*self.items, *self.milestones]
        return tuple(sorted(everything, key=lambda entry: (entry.day, entry.id)))
