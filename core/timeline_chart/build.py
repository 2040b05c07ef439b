"""The chart of a case, computed from its record, its letters and its next steps.

Interactions become points on the lane of their channel; promises and letters spans
(core.timeline_chart.spans) on their own lanes; the escalation dates of core.deadlines
vertical lines. Nothing here reads the clock: `today` is passed in.
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
from core.model import Channel, Direction, Interaction, Jurisdiction, Language
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
    Symbol,
    TimelineChart,
)
from core.timeline_chart.spans import (
    CAPTIONED_ROWS,
    Span,
    letter_spans,
    promise_spans,
    share_rows,
)
from core.timeline_chart.texts import ChartWords, caption

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
_DIRECTION_SYMBOLS: Final = {
    Direction.INBOUND: Symbol.RECEIVED,
    Direction.OUTBOUND: Symbol.SENT,
    Direction.IN_PERSON: Symbol.IN_PERSON,
}


@dataclass(slots=True)
class _Builder:
    record: CaseRecord
    letters: Sequence[Letter]
    steps: Sequence[NextStep]
    today: dt.date
    words: ChartWords
    today_kind: str
    items: list[ChartItem] = field(default_factory=list)

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
        promises = promise_spans(self.record, today=self.today, words=self.words)
        letters = letter_spans(self.record, self.letters, today=self.today, words=self.words)
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
            LaneKind.PROMISES: share_rows(promises, gap),
            LaneKind.LETTERS: share_rows(letters, gap),
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

    def add_spans(self, axis: Axis, spans: list[Span], placed: list[int], lane: Lane) -> None:
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
    settings: DeadlineSettings | None = None,
) -> TimelineChart | None:
    """The chart a letter shows: the case as it stands on the letter's date."""
    steps = next_steps(record, letters, today=letter_date, settings=settings)
    return build_chart(
        record,
        letters,
        steps,
        today=letter_date,
        language=language,
        jurisdiction=jurisdiction,
        for_letter=True,
    )
