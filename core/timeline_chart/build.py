"""The chart of a case, computed from its record, its letters and its next steps.

Interactions become points on the lane of their channel; promises spans from when they were
made to when they were settled (or are due); letters spans from their date to their reply
(or its deadline); the escalation dates of core.deadlines vertical lines. Nothing here
reads the clock: `today` is passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from core.case_record import CaseRecord, load_case_record
from core.database import Store
from core.deadlines import DeadlineSettings, NextStep, StepKind, next_steps
from core.letters.register import Letter, list_letters
from core.model import Channel, Direction, Interaction, Jurisdiction, Language, Promise
from core.model import PromiseStatus as Status
from core.rules import BodyKind, rules_for
from core.timeline_chart.axis import make_axis
from core.timeline_chart.model import (
    Axis,
    ChartItem,
    ItemKind,
    Lane,
    LaneKind,
    LegendEntry,
    Milestone,
    MilestoneKind,
    State,
    Symbol,
    TimelineChart,
)
from core.timeline_chart.texts import ChartWords, caption

CAPTIONED_ROWS: Final = 8
"""Up to this many promises (or letters), each has its own row and a caption beside it;
beyond, spans share rows and their words are in the tooltip and the list."""
_SHARED_ROW_GAP: Final = 0.02
"""Spans sharing a row keep this share of the axis between them."""
_MIN_REACH: Final = dt.timedelta(days=30)
_MILESTONE_KINDS: Final = {
    StepKind.ESCALATION_OPENS: MilestoneKind.ESCALATION_OPENS,
    StepKind.ESCALATION_OPEN: MilestoneKind.ESCALATION_OPENS,
    StepKind.ESCALATION_LAST_DAY: MilestoneKind.ESCALATION_LAST_DAY,
    StepKind.NEXT_LEVEL_OPENS: MilestoneKind.NEXT_LEVEL,
    StepKind.NEXT_LEVEL_OPEN: MilestoneKind.NEXT_LEVEL,
}
_SETTLED: Final = {
    Status.KEPT: State.KEPT,
    Status.BROKEN: State.BROKEN,
    Status.PARTLY_KEPT: State.PARTLY_KEPT,
    Status.WITHDRAWN: State.WITHDRAWN,
}
_DIRECTION_SYMBOLS: Final = {
    Direction.INBOUND: Symbol.RECEIVED,
    Direction.OUTBOUND: Symbol.SENT,
    Direction.IN_PERSON: Symbol.IN_PERSON,
}


@dataclass(frozen=True, slots=True)
class _Span:
    """A promise or a letter placed in time, before the axis exists."""

    kind: ItemKind
    record_id: int
    start: dt.date
    start_time: dt.time | None
    end: dt.date
    state: State
    label: str
    tooltip: str
    due: dt.date | None = None
    settled: dt.date | None = None


@dataclass(slots=True)
class _Builder:
    record: CaseRecord
    letters: Sequence[Letter]
    steps: Sequence[NextStep]
    today: dt.date
    words: ChartWords
    today_kind: str
    items: list[ChartItem] = field(default_factory=list)

    def interaction_moments(self) -> dict[int, Interaction]:
        return {item.id: item for item in self.record.interactions}

    def promise_spans(self) -> list[_Span]:
        interactions = self.interaction_moments()
        spans = []
        for promise in self.record.promises:
            made_in = interactions.get(promise.interaction_id or 0)
            made = promise.made_on or (made_in.occurred.day if made_in else None)
            made = made or promise.due_on or promise.settled_on
            if made is None:
                continue
            state = self.promise_state(promise)
            time = made_in.occurred.time if made_in and made_in.occurred.day == made else None
            spans.append(
                _Span(
                    kind=ItemKind.PROMISE,
                    record_id=promise.id,
                    start=made,
                    start_time=time,
                    end=max(made, self.promise_end(promise, state)),
                    state=state,
                    label=promise.text,
                    tooltip=self.words.promise_tip(promise, state, made),
                    due=promise.due_on,
                    settled=promise.settled_on if promise.status in _SETTLED else None,
                )
            )
        return spans

    def promise_state(self, promise: Promise) -> State:
        if promise.status in _SETTLED:
            return _SETTLED[promise.status]
        return State.OVERDUE if promise.is_overdue(self.today) else State.PENDING

    def promise_end(self, promise: Promise, state: State) -> dt.date:
        if state in (State.PENDING, State.OVERDUE):
            return self.today if state is State.OVERDUE else (promise.due_on or self.today)
        return promise.settled_on or promise.due_on or promise.made_on or self.today

    def letter_spans(self) -> list[_Span]:
        interactions = self.interaction_moments()
        spans = []
        for letter in self.letters:
            if letter.case_id != self.record.case.id:
                continue
            if letter.reply_received_on is not None:
                state, end = State.ANSWERED, letter.reply_received_on
            elif letter.reply_overdue(self.today):
                state, end = State.UNANSWERED, self.today
            else:
                state, end = State.AWAITED, letter.reply_due_on or letter.letter_date
            sent = interactions.get(letter.interaction_id or 0)
            time = sent.occurred.time if sent and sent.occurred.day == letter.letter_date else None
            spans.append(
                _Span(
                    kind=ItemKind.LETTER,
                    record_id=letter.id,
                    start=letter.letter_date,
                    start_time=time,
                    end=max(end, letter.letter_date),
                    state=state,
                    label=letter.subject,
                    tooltip=self.words.letter_tip(letter, state),
                    due=letter.reply_due_on,
                    settled=letter.reply_received_on,
                )
            )
        return spans

    def milestone_days(self) -> list[tuple[MilestoneKind, dt.date, NextStep | None]]:
        found: dict[tuple[MilestoneKind, dt.date], NextStep | None] = {}
        for step in self.steps:
            kind = _MILESTONE_KINDS.get(step.kind)
            if kind is not None and step.date is not None and step.case_id == self.record.case.id:
                found.setdefault((kind, step.date), step)
        found[(MilestoneKind.TODAY, self.today)] = None
        return [(kind, day, step) for (kind, day), step in found.items()]

    def milestone_label(self, kind: MilestoneKind, day: dt.date, step: NextStep | None) -> str:
        words = self.words
        if kind is MilestoneKind.TODAY:
            return words(f"milestone.{self.today_kind}")
        if kind is MilestoneKind.NEXT_LEVEL:
            return words("milestone.next_level", date=words.short_date(day))
        body = _body_kind(self.record.case.jurisdiction, step.body_id if step else "")
        which = "opens" if kind is MilestoneKind.ESCALATION_OPENS else "last_day"
        return words(f"milestone.{which}.{body}", date=words.short_date(day))

    def milestone_tip(self, kind: MilestoneKind, day: dt.date, step: NextStep | None) -> str:
        if step is not None:
            return step.describe(self.words.language.value)
        return self.words(f"milestone.{self.today_kind}_tip", date=self.words.long_date(day))

    def build(self) -> TimelineChart | None:
        interactions = sorted(self.record.interactions, key=_moment_key)
        promises = sorted(self.promise_spans(), key=lambda span: (span.start, span.record_id))
        letters = sorted(self.letter_spans(), key=lambda span: (span.start, span.record_id))
        held = [item.occurred.day for item in interactions]
        for span in (*promises, *letters):
            held += [span.start, span.end] + [day for day in (span.due,) if day]
        if not held:
            return None
        milestones = self.milestone_days()
        first, last = min(held), max(held)
        reach = max(last - first, _MIN_REACH)
        near = [day for _kind, day, _step in milestones if day <= last + reach]
        axis = make_axis(
            [*held, *near], language=self.words.language, jurisdiction=self.words.jurisdiction
        )
        gap = dt.timedelta(days=axis.length * _SHARED_ROW_GAP)
        shared = {
            LaneKind.PROMISES: _share_rows(promises, gap),
            LaneKind.LETTERS: _share_rows(letters, gap),
        }
        lanes = self.lanes(interactions, shared)
        rows = {lane.channel: lane.first_row for lane in lanes if lane.kind is LaneKind.CHANNEL}
        for interaction in interactions:
            self.add_interaction(axis, interaction, rows[interaction.channel])
        for lane in lanes:
            if lane.kind is LaneKind.PROMISES:
                self.add_spans(axis, promises, shared[lane.kind], lane)
            elif lane.kind is LaneKind.LETTERS:
                self.add_spans(axis, letters, shared[lane.kind], lane)
        placed = self.milestones(axis, milestones)
        return TimelineChart(
            language=self.words.language,
            jurisdiction=self.words.jurisdiction,
            axis=axis,
            lanes=tuple(lanes),
            items=tuple(self.items),
            milestones=placed,
            legend=self.legend(),
            today=self.today,
        )

    def lanes(
        self, interactions: Sequence[Interaction], shared: dict[LaneKind, list[int]]
    ) -> list[Lane]:
        used = {item.channel for item in interactions}
        lanes: list[Lane] = []
        row = 0
        for channel in Channel:
            if channel in used:
                lanes.append(
                    Lane(LaneKind.CHANNEL, self.words(f"lane.{channel.value}"), row, 1, channel)
                )
                row += 1
        for kind, placed in shared.items():
            if placed:
                count = max(placed) + 1
                lanes.append(Lane(kind, self.words(f"lane.{kind.value}"), row, count))
                row += count
        return lanes

    def add_interaction(self, axis: Axis, interaction: Interaction, row: int) -> None:
        x = axis.x_of(interaction.occurred.day, interaction.occurred.time)
        self.items.append(
            ChartItem(
                id=len(self.items),
                kind=ItemKind.INTERACTION,
                record_id=interaction.id,
                day=interaction.occurred.day,
                row=row,
                start=x,
                end=x,
                label=interaction.summary,
                tooltip=self.words.interaction_tip(
                    interaction, self.record.party(interaction.party_id)
                ),
                channel=interaction.channel,
                direction=interaction.direction,
            )
        )

    def add_spans(self, axis: Axis, spans: list[_Span], placed: list[int], lane: Lane) -> None:
        captioned = len(spans) <= CAPTIONED_ROWS
        for span, row in zip(spans, placed, strict=True):
            start = axis.x_of(span.start, span.start_time)
            self.items.append(
                ChartItem(
                    id=len(self.items),
                    kind=span.kind,
                    record_id=span.record_id,
                    day=span.start,
                    row=lane.first_row + row,
                    start=start,
                    end=max(start, axis.x_of(span.end)),
                    label=span.label,
                    tooltip=span.tooltip,
                    caption=caption(span.label) if captioned else "",
                    state=span.state,
                    due=None if span.due is None else axis.x_of(span.due),
                    settled=None if span.settled is None else axis.x_of(span.settled),
                )
            )

    def milestones(
        self, axis: Axis, found: list[tuple[MilestoneKind, dt.date, NextStep | None]]
    ) -> tuple[Milestone, ...]:
        placed: list[Milestone] = []
        for kind, day, step in sorted(found, key=lambda entry: (entry[1], entry[0].value)):
            beyond = day > axis.last
            placed.append(
                Milestone(
                    id=len(self.items) + len(placed),
                    kind=kind,
                    day=day,
                    x=axis.length if beyond else axis.x_of(day),
                    label=self.milestone_label(kind, day, step),
                    tooltip=self.milestone_tip(kind, day, step),
                    beyond=beyond,
                )
            )
        return tuple(placed)

    def legend(self) -> tuple[LegendEntry, ...]:
        """The marks and looks the chart uses; its vertical lines carry their own labels."""
        symbols: set[Symbol] = set()
        for item in self.items:
            if item.direction is not None:
                symbols.add(_DIRECTION_SYMBOLS[item.direction])
            if item.state is not None:
                symbols.add(Symbol(item.state.value))
            if item.due is not None:
                symbols.add(Symbol.DUE)
        return tuple(
            LegendEntry(symbol, self.words.legend(symbol)) for symbol in Symbol if symbol in symbols
        )


def _moment_key(item: Interaction) -> tuple[dt.date, dt.time, int]:
    """Date order, a day without a time of day first (Moments alone do not compare then)."""
    return (item.occurred.day, item.occurred.time or dt.time.min, item.id)


def _share_rows(spans: list[_Span], gap: dt.timedelta) -> list[int]:
    """Each span's row: its own while few, else the first row free by its start."""
    if len(spans) <= CAPTIONED_ROWS:
        return list(range(len(spans)))
    ends: list[dt.date] = []
    rows = []
    for span in spans:
        row = next((number for number, end in enumerate(ends) if end + gap < span.start), None)
        if row is None:
            row = len(ends)
            ends.append(span.end)
        else:
            ends[row] = span.end
        rows.append(row)
    return rows


def _body_kind(jurisdiction: Jurisdiction, body_id: str) -> str:
    for body in rules_for(jurisdiction).escalations:
        if body.id == body_id and body.kind is BodyKind.OMBUDSMAN:
            return "ombudsman"
    return "mediator"


def build_chart(
    record: CaseRecord,
    letters: Sequence[Letter],
    steps: Sequence[NextStep],
    *,
    today: dt.date,
    language: Language | None = None,
    jurisdiction: Jurisdiction | None = None,
    for_letter: bool = False,
) -> TimelineChart | None:
    """The chart of a case, or None when it holds nothing dated yet.

    `letters` are the case's letters (core.letters.register), `steps` its next steps
    (core.deadlines.next_steps). Words are in `language` (by default the case's), dates as
    `jurisdiction` writes them. In a letter (`for_letter`), today is the letter's date and
    its line says so.
    """
    words = ChartWords(language or record.case.language, jurisdiction or record.case.jurisdiction)
    return _Builder(
        record=record,
        letters=letters,
        steps=steps,
        today=today,
        words=words,
        today_kind="letter_date" if for_letter else "today",
    ).build()


def case_chart(
    store: Store,
    case_id: int,
    *,
    today: dt.date,
    language: Language | None = None,
    settings: DeadlineSettings | None = None,
) -> TimelineChart | None:
    """The chart of a case read from the store: what the desktop app shows."""
    record = load_case_record(store, case_id, today=today)
    letters = list_letters(store, case_id)
    steps = next_steps(record, letters, today=today, settings=settings)
    return build_chart(record, letters, steps, today=today, language=language)


def letter_chart(
    record: CaseRecord,
    letters: Sequence[Letter],
    *,
    language: Language,
    jurisdiction: Jurisdiction,
    letter_date: dt.date,
) -> TimelineChart | None:
    """The chart a letter shows: the case as it stands on the letter's date."""
    steps = next_steps(record, letters, today=letter_date)
    return build_chart(
        record,
        letters,
        steps,
        today=letter_date,
        language=language,
        jurisdiction=jurisdiction,
        for_letter=True,
    )
