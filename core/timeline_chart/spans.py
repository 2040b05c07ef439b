"""Promises and letters as spans of time, before the chart's axis exists.

A promise runs from the day it was made to the day it was settled (or is due, or today when
it is late); a letter from its date to its reply (or the reply's deadline, or today when the
reply is late). Few spans get a row each, so each can carry its caption; many share rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from core.case_record import CaseRecord
from core.letters.register import Letter
from core.model import Interaction, Promise
from core.model import PromiseStatus as Status
from core.timeline_chart.model import ItemKind, State
from core.timeline_chart.texts import ChartWords

CAPTIONED_ROWS: Final = 8
"""Up to this many promises (or letters), each has its own row and a caption beside it;
beyond, spans share rows and their words are in the tooltip and the list."""
_SETTLED: Final = {
    Status.KEPT: State.KEPT,
    Status.BROKEN: State.BROKEN,
    Status.PARTLY_KEPT: State.PARTLY_KEPT,
    Status.WITHDRAWN: State.WITHDRAWN,
}


@dataclass(frozen=True, slots=True)
class Span:
    """A promise or a letter placed in time."""

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


def _by_id(record: CaseRecord) -> dict[int, Interaction]:
    return {item.id: item for item in record.interactions}


def _in_order(spans: list[Span]) -> list[Span]:
    return sorted(spans, key=lambda span: (span.start, span.record_id))


def promise_spans(record: CaseRecord, *, today: dt.date, words: ChartWords) -> list[Span]:
    """The case's promises that have a day to start from, in the order they were made."""
    interactions = _by_id(record)
    spans = []
    for promise in record.promises:
        made_in = interactions.get(promise.interaction_id or 0)
        made = promise.made_on or (made_in.occurred.day if made_in else None)
        made = made or promise.due_on or promise.settled_on
        if made is None:
            continue
        state = _promise_state(promise, today)
        time = made_in.occurred.time if made_in and made_in.occurred.day == made else None
        spans.append(
            Span(
                kind=ItemKind.PROMISE,
                record_id=promise.id,
                start=made,
                start_time=time,
                end=max(made, _promise_end(promise, state, today)),
                state=state,
                label=promise.text,
                tooltip=words.promise_tip(promise, state, made),
                due=promise.due_on,
                settled=promise.settled_on if promise.status in _SETTLED else None,
            )
        )
    return _in_order(spans)


def _promise_state(promise: Promise, today: dt.date) -> State:
    if promise.status in _SETTLED:
        return _SETTLED[promise.status]
    return State.OVERDUE if promise.is_overdue(today) else State.PENDING


def _promise_end(promise: Promise, state: State, today: dt.date) -> dt.date:
    if state in (State.PENDING, State.OVERDUE):
        return today if state is State.OVERDUE else (promise.due_on or today)
    return promise.settled_on or promise.due_on or promise.made_on or today


def letter_spans(
    record: CaseRecord, letters: Sequence[Letter], *, today: dt.date, words: ChartWords
) -> list[Span]:
    """The case's letters (others in `letters` are left out), in the order they were sent."""
    interactions = _by_id(record)
    spans = []
    for letter in letters:
        if letter.case_id != record.case.id:
            continue
        if letter.reply_received_on is not None:
            state, end = State.ANSWERED, letter.reply_received_on
        elif letter.reply_overdue(today):
            state, end = State.UNANSWERED, today
        else:
            state, end = State.AWAITED, letter.reply_due_on or letter.letter_date
        sent = interactions.get(letter.interaction_id or 0)
        time = sent.occurred.time if sent and sent.occurred.day == letter.letter_date else None
        spans.append(
            Span(
                kind=ItemKind.LETTER,
                record_id=letter.id,
                start=letter.letter_date,
                start_time=time,
                end=max(end, letter.letter_date),
                state=state,
                label=letter.subject,
                tooltip=words.letter_tip(letter, state),
                due=letter.reply_due_on,
                settled=letter.reply_received_on,
            )
        )
    return _in_order(spans)


def share_rows(spans: Sequence[Span], gap: dt.timedelta) -> list[int]:
    """Each span's row: its own while few, else the first row free by its start (`gap` kept
    between two spans of one row)."""
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
