"""A next step of a case as plain values, and its sentence in the user's language.

A step keeps what it is about (a promise, a letter, a body, a rule) and its days as values;
the wording lives in `resources/messages/<lang>.toml`, section `[due]`, so the desktop app,
the command line and a translator all read the same sentences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from core.i18n import plural_form, translate
from core.letters.dates import long_date
from core.model import Jurisdiction, Language
from core.rules import Escalation


class Severity(StrEnum):
    """How soon a step needs the user: what the dashboard sorts and colours by."""

    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"
    INFO = "info"


SEVERITY_ORDER: Final = {severity: rank for rank, severity in enumerate(Severity)}
NEEDS_ATTENTION: Final = frozenset({Severity.OVERDUE, Severity.THIS_WEEK})


class StepKind(StrEnum):
    PROMISE_OVERDUE = "promise_overdue"
    PROMISE_DUE = "promise_due"
    REPLY_OVERDUE = "reply_overdue"
    REPLY_DUE = "reply_due"
    WRITTEN_COMPLAINT_NEEDED = "written_complaint_needed"
    ESCALATION_OPENS = "escalation_opens"
    ESCALATION_OPEN = "escalation_open"
    ESCALATION_LAST_DAY = "escalation_last_day"
    ANSWER_OVERDUE = "answer_overdue"
    ANSWER_DUE = "answer_due"
    DELIVERY_OVERDUE = "delivery_overdue"
    DELIVERY_DUE = "delivery_due"
    NEXT_LEVEL_OPENS = "next_level_opens"
    NEXT_LEVEL_OPEN = "next_level_open"
    WITHDRAWAL_ENDS = "withdrawal_ends"
    LIMITATION_CLOSE = "limitation_close"


KIND_ORDER: Final = {kind: rank for rank, kind in enumerate(StepKind)}


@dataclass(frozen=True, slots=True)
class Period:
    """A length of time as the law states it: "2 months", "8 weeks", "1 year"."""

    months: int = 0
    weeks: int = 0
    days: int = 0

    def describe(self, lang: str) -> str:
        parts: list[tuple[str, int]] = []
        if self.months and self.months % 12 == 0:
            parts.append(("years", self.months // 12))
        elif self.months:
            parts.append(("months", self.months))
        parts += [(unit, count) for unit, count in (("weeks", self.weeks), ("days", self.days))]
        words = [
            translate(f"due.period.{unit}.{plural_form(count, lang)}", lang, count=count)
            for unit, count in parts
            if count
        ]
        if not words:
            return translate("due.period.days.other", lang, count=0)
        return translate("due.period.and", lang).join(words)


@dataclass(frozen=True, slots=True)
class DeadlineSettings:
    """What the user may set about deadlines (the desktop app keeps them in its settings).

    `ombudsman_weeks` replaces the wait of bodies marked `weeks_setting = "ombudsman_weeks"`
    (the UK telecoms ombudsman: 8 weeks, 6 proposed by Ofcom); None keeps the rules' figure.
    `soon_days`: a date this close counts as "this week". `limit_notice_days`: a last day to
    act (a body's limit, a limitation) needs attention this long before, since preparing a
    referral or a dispute takes more than a week.
    """

    ombudsman_weeks: int | None = None
    soon_days: int = 7
    limit_notice_days: int = 30

    def waiting_weeks(self, body: Escalation) -> int:
        """The weeks to wait, after the body's months, before it can be asked: the user's
        figure when the rule names a setting they changed, else the rule's."""
        if body.weeks_setting == "ombudsman_weeks" and self.ombudsman_weeks is not None:
            return self.ombudsman_weeks
        return body.after_weeks


KNOWN_WEEK_SETTINGS: Final = frozenset({"ombudsman_weeks"})


@dataclass(frozen=True, slots=True)
class NextStep:
    """One thing to do or to watch in a case, on a day.

    `date` is the day the step is about (the due date, the first or last day); None for an
    action to take now. `attention_from` is the first day the step needs attention: what the
    daily notice compares with the day it last told the user. `start` is the day the
    deadline counts from. What it is about: `promise_id`, `letter_id`, `body_id` (an
    escalation of resources/rules) or `rule_id` (a `[[deadline]]` there), with that rule's
    `source` and `review` status. `detail` is the promise's text or the letter's subject.
    """

    kind: StepKind
    case_id: int
    jurisdiction: Jurisdiction
    severity: Severity
    date: dt.date | None
    attention_from: dt.date | None
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

    @property
    def needs_attention(self) -> bool:
        return self.severity in NEEDS_ATTENTION

    @property
    def key(self) -> str:
        """Stays the same from one day to the next while the step is the same step."""
        about = (self.promise_id, self.letter_id, self.body_id, self.rule_id, self.date)
        return ":".join(str(part) for part in (self.case_id, self.kind.value, *about))

    def sort_key(self, today: dt.date) -> tuple[int, dt.date, int, int]:
        """Overdue first, then by date (an action to take now counts as today)."""
        return (
            SEVERITY_ORDER[self.severity],
            self.date or today,
            self.case_id,
            KIND_ORDER[self.kind],
        )

    def describe(self, lang: str) -> str:
        """The step as one sentence in `lang` ("fr" or "en"), dates written out."""
        language = Language.FR if lang == Language.FR.value else Language.EN
        params: dict[str, object] = {
            "promise": self.detail,
            "letter": self.detail,
            "date": self._day(self.date, language),
            "start": self._day(self.start, language),
            "wait": "" if self.period is None else self.period.describe(language.value),
        }
        if self.body_id:
            params["body"] = translate(
                f"due.body.{self.jurisdiction.value}.{self.body_id}", language.value
            )
        if self.kind is StepKind.WRITTEN_COMPLAINT_NEEDED:
            return self._complaint_needed(language.value, params)
        if self.rule_id:
            params["rule"] = translate(
                f"due.rule.{self.jurisdiction.value}.{self.rule_id}", language.value, **params
            )
        if self.kind is StepKind.ESCALATION_LAST_DAY and self.limit is not None:
            params["wait"] = self.limit.describe(language.value)
        return translate(f"due.step.{self.kind.value}", language.value, **params)

    def severity_label(self, lang: str) -> str:
        return translate(f"due.severity.{self.severity.value}", lang)

    def _day(self, day: dt.date | None, language: Language) -> str:
        return "" if day is None else long_date(day, language, self.jurisdiction)

    def _complaint_needed(self, lang: str, params: dict[str, object]) -> str:
        if not self.body_id or self.period is None:
            return translate("due.step.written_complaint_needed_plain", lang)
        limit = (
            ""
            if self.limit is None
            else translate("due.step.written_complaint_limit", lang, wait=self.limit.describe(lang))
        )
        return translate(f"due.step.{self.kind.value}", lang, **params, limit=limit)
