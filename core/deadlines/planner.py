"""What a case asks of the user next, and by when: from its record, its letters and the rules.

Four sources of dates, each step keeping the one it came from: the promises the company
made, the answers awaited to letters sent, the bodies the case can be taken to (mediator,
ombudsman) with their waiting periods and limits, and the other time limits of the law
(`[[deadline]]` in resources/rules). Nothing here reads the clock: `today` is passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from core.case_record import CaseRecord
from core.deadlines.anchors import CaseDays, case_days
from core.deadlines.steps import DeadlineSettings, NextStep, Period, Severity, StepKind
from core.letters.facts import case_facts
from core.letters.register import Letter
from core.model import CaseStatus, PromiseStatus
from core.rules import BodyKind, Deadline, DeadlineKind, Escalation, rules_for

FINISHED_STATUSES: Final = frozenset({CaseStatus.RESOLVED, CaseStatus.CLOSED})
_DATED_BODIES: Final = frozenset({BodyKind.MEDIATOR, BodyKind.OMBUDSMAN})
_DAY: Final = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _About:
    """What a step is about and the day it falls on, before its kind and urgency are known."""

    date: dt.date | None
    start: dt.date | None = None
    promise_id: int | None = None
    letter_id: int | None = None
    body_id: str = ""
    rule_id: str = ""
    source: str = ""
    review: str = ""
    detail: str = ""
    period: Period | None = None
    limit: Period | None = None


@dataclass(frozen=True, slots=True)
class _Planner:
    record: CaseRecord
    letters: Sequence[Letter]
    today: dt.date
    settings: DeadlineSettings
    days: CaseDays

    def step(
        self, kind: StepKind, severity: Severity, about: _About, *, attention_from: dt.date | None
    ) -> NextStep:
        return NextStep(
            kind=kind,
            case_id=self.record.case.id,
            jurisdiction=self.record.case.jurisdiction,
            severity=severity,
            date=about.date,
            attention_from=attention_from,
            start=about.start,
            promise_id=about.promise_id,
            letter_id=about.letter_id,
            body_id=about.body_id,
            rule_id=about.rule_id,
            source=about.source,
            review=about.review,
            detail=about.detail,
            period=about.period,
            limit=about.limit,
        )

    def coming(
        self, kind: StepKind, about: _About, *, day: dt.date, notice_days: int | None = None
    ) -> NextStep:
        """A step on a day still to come: "this week" when close, else "later"; it needs
        attention from `notice_days` (by default the settings' `soon_days`) before."""
        window = dt.timedelta(days=self.settings.soon_days if notice_days is None else notice_days)
        severity = Severity.THIS_WEEK if day <= self.today + window else Severity.LATER
        return self.step(kind, severity, about, attention_from=day - window)

    def overdue(self, kind: StepKind, about: _About, *, day: dt.date) -> NextStep:
        return self.step(kind, Severity.OVERDUE, about, attention_from=day + _DAY)

    def promises(self) -> list[NextStep]:
        steps: list[NextStep] = []
        for promise in self.record.promises:
            due = promise.due_on
            if promise.status is not PromiseStatus.PENDING or due is None:
                continue
            about = _About(
                date=due, start=promise.made_on, promise_id=promise.id, detail=promise.text
            )
            if promise.is_overdue(self.today):
                steps.append(self.overdue(StepKind.PROMISE_OVERDUE, about, day=due))
            else:
                steps.append(self.coming(StepKind.PROMISE_DUE, about, day=due))
        return steps

    def replies(self) -> list[NextStep]:
        steps: list[NextStep] = []
        for letter in self.letters:
            due = letter.reply_due_on
            if due is None or letter.reply_received_on is not None:
                continue
            about = _About(
                date=due, start=letter.letter_date, letter_id=letter.id, detail=letter.subject
            )
            if letter.reply_overdue(self.today):
                steps.append(self.overdue(StepKind.REPLY_OVERDUE, about, day=due))
            else:
                steps.append(self.coming(StepKind.REPLY_DUE, about, day=due))
        return steps

    def referred(self) -> bool:
        return self.record.case.status is CaseStatus.ESCALATED or self.days.referral is not None

    def bodies(self) -> list[NextStep]:
        """The mediator or ombudsman: when it can be asked, the last day to ask it; before any
        written complaint, the one step that starts both clocks."""
        rules = rules_for(self.record.case.jurisdiction)
        dated = [
            body
            for body in rules.escalations_for(self.record.case.sector)
            if body.kind in _DATED_BODIES and (body.after_months or body.after_weeks)
        ]
        complained = self.days.written_complaint
        if complained is None:
            return [self.complaint_needed(dated)]
        if self.referred():
            return []
        steps: list[NextStep] = []
        for body in dated:
            steps += self.body_dates(body, complained)
        return steps

    def body_about(self, body: Escalation, *, day: dt.date | None, start: dt.date | None) -> _About:
        return _About(
            date=day,
            start=start,
            body_id=body.id,
            source=body.source,
            review=body.review,
            period=Period(months=body.after_months, weeks=self.settings.waiting_weeks(body)),
            limit=Period(months=body.limit_months) if body.limit_months else None,
        )

    def complaint_needed(self, bodies: Sequence[Escalation]) -> NextStep:
        """No written complaint yet: send one. It needs attention from the day the case was
        opened; it names the first body it will open the way to, when there is one."""
        created = dt.date.fromisoformat(self.record.case.created_at[:10])
        about = (
            _About(date=None) if not bodies else self.body_about(bodies[0], day=None, start=None)
        )
        return self.step(
            StepKind.WRITTEN_COMPLAINT_NEEDED, Severity.THIS_WEEK, about, attention_from=created
        )

    def body_dates(self, body: Escalation, complained: dt.date) -> list[NextStep]:
        opens = body.opens_on(complained, weeks=self.settings.waiting_weeks(body))
        closes = body.closes_on(complained)
        if closes is not None and closes < self.today:
            return []
        steps: list[NextStep] = []
        about = self.body_about(body, day=opens, start=complained)
        if opens >= self.today:
            steps.append(self.coming(StepKind.ESCALATION_OPENS, about, day=opens))
        else:
            steps.append(
                self.step(StepKind.ESCALATION_OPEN, Severity.INFO, about, attention_from=opens)
            )
        if closes is not None:
            last = self.body_about(body, day=closes, start=complained)
            steps.append(
                self.coming(
                    StepKind.ESCALATION_LAST_DAY,
                    last,
                    day=closes,
                    notice_days=self.settings.limit_notice_days,
                )
            )
        return steps

    def deadlines(self) -> list[NextStep]:
        rules = rules_for(self.record.case.jurisdiction)
        facts = case_facts(self.record)
        steps: list[NextStep] = []
        for deadline in rules.deadlines_for(self.record.case.sector):
            if not deadline.requires <= facts:
                continue
            start = self.days.first_of(deadline.counts_from)
            if start is None:
                continue
            step = self.deadline_step(deadline, start)
            if step is not None:
                steps.append(step)
        return steps

    def deadline_step(self, deadline: Deadline, start: dt.date) -> NextStep | None:
        day = deadline.falls_on(start)
        about = _About(
            date=day,
            start=start,
            rule_id=deadline.id,
            source=deadline.source,
            review=deadline.review,
        )
        kind = deadline.kind
        if kind in _OBLIGATION_STEPS:
            if self.obligation_met(kind, start):
                return None
            overdue, due = _OBLIGATION_STEPS[kind]
            if day < self.today:
                return self.overdue(overdue, about, day=day)
            return self.coming(due, about, day=day)
        if kind is DeadlineKind.NEXT_LEVEL:
            if self.referred():
                return None
            if day >= self.today:
                return self.coming(StepKind.NEXT_LEVEL_OPENS, about, day=day)
            return self.step(StepKind.NEXT_LEVEL_OPEN, Severity.INFO, about, attention_from=day)
        if day < self.today:
            return None
        if kind is DeadlineKind.WITHDRAWAL:
            return self.coming(StepKind.WITHDRAWAL_ENDS, about, day=day)
        return self.coming(
            StepKind.LIMITATION_CLOSE, about, day=day, notice_days=self.settings.limit_notice_days
        )

    def obligation_met(self, kind: DeadlineKind, start: dt.date) -> bool:
        if kind is DeadlineKind.ANSWER:
            return self.days.first_reply_since(start) is not None
        return self.days.delivery is not None


_OBLIGATION_STEPS: Final = {
    DeadlineKind.ANSWER: (StepKind.ANSWER_OVERDUE, StepKind.ANSWER_DUE),
    DeadlineKind.DELIVERY: (StepKind.DELIVERY_OVERDUE, StepKind.DELIVERY_DUE),
}


def sort_steps(steps: Sequence[NextStep], today: dt.date) -> list[NextStep]:
    return sorted(steps, key=lambda step: step.sort_key(today))


def next_steps(
    record: CaseRecord,
    letters: Sequence[Letter],
    *,
    today: dt.date,
    settings: DeadlineSettings | None = None,
) -> list[NextStep]:
    """Every step of one case, overdue first, then by date. A resolved or closed case asks
    nothing more. `letters` are the case's letters (core.letters.register.list_letters)."""
    if record.case.status in FINISHED_STATUSES:
        return []
    own_letters = [letter for letter in letters if letter.case_id == record.case.id]
    planner = _Planner(
        record=record,
        letters=own_letters,
        today=today,
        settings=settings or DeadlineSettings(),
        days=case_days(record, own_letters),
    )
    steps = planner.promises() + planner.replies() + planner.bodies() + planner.deadlines()
    return sort_steps(steps, today)
