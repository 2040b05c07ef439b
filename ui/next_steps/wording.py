"""How a next step reads in the window: a short title for a list, how soon in words, and the
note that marks a rule not yet checked by a lawyer.

The whole sentence comes from the core (`NextStep.describe`), in the interface language; the
short forms here go through Qt's translations like every other text of the window.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QCoreApplication

from core.deadlines import NextStep, Severity, StepKind
from core.rules import BodyKind, rules_for
from ui.formatting import format_day
from ui.language import interface_language

UNVERIFIED: Final = "unverified"
UNVERIFIED_MARK: Final = "*"

_PROMISE_KINDS: Final = frozenset({StepKind.PROMISE_OVERDUE, StepKind.PROMISE_DUE})
_REPLY_KINDS: Final = frozenset({StepKind.REPLY_OVERDUE, StepKind.REPLY_DUE})
_BODY_KINDS: Final = frozenset(
    {StepKind.ESCALATION_OPENS, StepKind.ESCALATION_OPEN, StepKind.ESCALATION_LAST_DAY}
)


def sentence(step: NextStep) -> str:
    """The step in one sentence, dates written out, in the interface language."""
    return step.describe(interface_language().value)


def is_unverified(step: NextStep) -> bool:
    return step.review == UNVERIFIED


def unverified_note(step: NextStep) -> str:
    """Where the rule comes from, for the tooltip of its mark."""
    return QCoreApplication.translate(
        "NextSteps", "Source: {source}, not yet checked by a lawyer."
    ).format(source=step.source)


def _is_ombudsman(step: NextStep) -> bool:
    bodies = rules_for(step.jurisdiction).escalations
    return any(body.id == step.body_id and body.kind is BodyKind.OMBUDSMAN for body in bodies)


def _body_title(step: NextStep) -> str:
    last_day = step.kind is StepKind.ESCALATION_LAST_DAY
    if _is_ombudsman(step):
        if last_day:
            return QCoreApplication.translate("NextSteps", "Ombudsman: last day to refer the case")
        return QCoreApplication.translate("NextSteps", "Ombudsman: the case can be referred")
    if last_day:
        return QCoreApplication.translate("NextSteps", "Mediator: last day to refer the case")
    return QCoreApplication.translate("NextSteps", "Mediator: the case can be referred")


def step_title(step: NextStep, *, marked: bool = True) -> str:
    """What the step is about, in a few words ("Promise: A technician comes"); a rule from
    secondary sources only ends with an asterisk when `marked`."""
    if step.kind in _PROMISE_KINDS:
        title = QCoreApplication.translate("NextSteps", "Promise: {promise}").format(
            promise=step.detail
        )
    elif step.kind in _REPLY_KINDS:
        title = QCoreApplication.translate("NextSteps", "Reply to “{letter}”").format(
            letter=step.detail
        )
    elif step.kind in _BODY_KINDS:
        title = _body_title(step)
    else:
        title = {
            StepKind.WRITTEN_COMPLAINT_NEEDED: QCoreApplication.translate(
                "NextSteps", "Send a written complaint"
            ),
            StepKind.ANSWER_DUE: QCoreApplication.translate("NextSteps", "The company’s answer"),
            StepKind.ANSWER_OVERDUE: QCoreApplication.translate(
                "NextSteps", "The company’s answer"
            ),
            StepKind.DELIVERY_DUE: QCoreApplication.translate(
                "NextSteps", "Delivery of your order"
            ),
            StepKind.DELIVERY_OVERDUE: QCoreApplication.translate(
                "NextSteps", "Delivery of your order"
            ),
            StepKind.NEXT_LEVEL_OPENS: QCoreApplication.translate(
                "NextSteps", "Next level of complaint"
            ),
            StepKind.NEXT_LEVEL_OPEN: QCoreApplication.translate(
                "NextSteps", "Next level of complaint"
            ),
            StepKind.WITHDRAWAL_ENDS: QCoreApplication.translate(
                "NextSteps", "Last day to withdraw"
            ),
            StepKind.LIMITATION_CLOSE: QCoreApplication.translate("NextSteps", "Last day to act"),
        }[step.kind]
    return f"{title} {UNVERIFIED_MARK}" if marked and is_unverified(step) else title


def days_late(step: NextStep, today: dt.date) -> int:
    """How many days ago the step's date passed; 0 when it has not."""
    if step.date is None or step.date >= today:
        return 0
    return (today - step.date).days


def when_text(step: NextStep, today: dt.date) -> str:
    """How soon, in words: "Overdue by 3 days", "Today", "Tomorrow", "In 5 days", "Now"; a
    day passed that was no deadline (a mediator open since) is "Since 3 Nov 2026"."""
    if step.date is None:
        return QCoreApplication.translate("NextSteps", "Now")
    late = days_late(step, today)
    if late and step.severity is not Severity.OVERDUE:
        return QCoreApplication.translate("NextSteps", "Since {day}").format(
            day=format_day(step.date)
        )
    if late == 1:
        return QCoreApplication.translate("NextSteps", "Overdue by 1 day")
    if late:
        return QCoreApplication.translate("NextSteps", "Overdue by {count} days").format(count=late)
    ahead = (step.date - today).days
    if ahead == 0:
        return QCoreApplication.translate("NextSteps", "Today")
    if ahead == 1:
        return QCoreApplication.translate("NextSteps", "Tomorrow")
    return QCoreApplication.translate("NextSteps", "In {count} days").format(count=ahead)
