"""Next steps across every case: the dashboard's "needs attention" list and the daily notice.

The desktop app asks these at start and then now and again; it keeps the day it last told
the user (QSettings) and `daily_notice` decides, from that day alone, whether to tell again
and what is new. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from core.case_record import load_case_record
from core.cases import list_cases
from core.database import Store
from core.deadlines.planner import FINISHED_STATUSES, next_steps, sort_steps
from core.deadlines.steps import DeadlineSettings, NextStep
from core.letters.register import Letter, list_letters


def case_next_steps(
    store: Store, case_id: int, *, today: dt.date, settings: DeadlineSettings | None = None
) -> list[NextStep]:
    """One case's steps, read from the store: what its "next steps" panel lists."""
    record = load_case_record(store, case_id, today=today)
    return next_steps(record, list_letters(store, case_id), today=today, settings=settings)


def all_steps(
    store: Store, *, today: dt.date, settings: DeadlineSettings | None = None
) -> list[NextStep]:
    """Every step of every case still in progress, overdue first, then by date."""
    letters_by_case: dict[int, list[Letter]] = {}
    for letter in list_letters(store):
        letters_by_case.setdefault(letter.case_id, []).append(letter)
    steps: list[NextStep] = []
    for case in list_cases(store):
        if case.status in FINISHED_STATUSES:
            continue
        record = load_case_record(store, case.id, today=today)
        steps += next_steps(
            record, letters_by_case.get(case.id, []), today=today, settings=settings
        )
    return sort_steps(steps, today)


def attention(
    store: Store,
    *,
    today: dt.date,
    settings: DeadlineSettings | None = None,
    within_days: int = 7,
) -> list[NextStep]:
    """What needs the user within `within_days`, across every case: overdue first, then by
    date. A last day to act (a body's limit, a limitation) shows from
    `settings.limit_notice_days` before, as preparing for it takes longer."""
    chosen = replace(settings or DeadlineSettings(), soon_days=within_days)
    return [step for step in all_steps(store, today=today, settings=chosen) if step.needs_attention]


def notice_due(last_notified: dt.date | None, today: dt.date) -> bool:
    """Whether the daily notice may be shown: at most once a calendar day."""
    return last_notified is None or last_notified < today


def new_since(steps: Sequence[NextStep], last_notified: dt.date | None) -> list[NextStep]:
    """The steps needing attention that did not need it yet when the user was last told:
    due since, entered the week since, or in a case opened since."""
    return [
        step
        for step in steps
        if step.needs_attention
        and (
            last_notified is None
            or (step.attention_from is not None and step.attention_from > last_notified)
        )
    ]


def daily_notice(
    steps: Sequence[NextStep], *, last_notified: dt.date | None, today: dt.date
) -> list[NextStep]:
    """What to tell the user today: nothing when already told today, else what became due
    since the last notice (everything that needs attention on the first notice ever).

    The caller records `today` as the last notified day once it has shown the notice, or
    once it has checked and found nothing, so a day is told once.
    """
    if not notice_due(last_notified, today):
        return []
    return new_since(steps, last_notified)
