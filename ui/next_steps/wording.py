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


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextSteps", text)


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
            return _tr("Ombudsman: last day to refer the case")
        return _tr("Ombudsman: the case can be referred")
    if last_day:
        return _tr("Mediator: last day to refer the case")
    return _tr("Mediator: the case can be referred")


def step_title(step: NextStep, *, marked: bool = True) -> str:
    """What the step is about, in a few words ("Promise: A technician comes"); a rule from
    secondary sources only ends with an asterisk when `marked`."""
    if step.kind in _PROMISE_KINDS:
        title = _tr("Promise: {promise}").format(promise=step.detail)
    elif step.kind in _REPLY_KINDS:
        title = _tr("Reply to “{letter}”").format(letter=step.detail)
    elif step.kind in _BODY_KINDS:
        title = _body_title(step)
    else:
        title = {
            StepKind.WRITTEN_COMPLAINT_NEEDED: _tr("Send a written complaint"),
            StepKind.ANSWER_DUE: _tr("The company’s answer"),
            StepKind.ANSWER_OVERDUE: _tr("The company’s answer"),
            StepKind.DELIVERY_DUE: _tr("Delivery of your order"),
            StepKind.DELIVERY_OVERDUE: _tr("Delivery of your order"),
            StepKind.NEXT_LEVEL_OPENS: _tr("Next level of complaint"),
            StepKind.NEXT_LEVEL_OPEN: _tr("Next level of complaint"),
            StepKind.WITHDRAWAL_ENDS: _tr("Last day to withdraw"),
            StepKind.LIMITATION_CLOSE: _tr("Last day to act"),
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
        return _tr("Now")
    late = days_late(step, today)
    if late and step.severity is not Severity.OVERDUE:
        return _tr("Since {day}").format(day=format_day(step.date))
    if late == 1:
        return _tr("Overdue by 1 day")
    if late:
        return _tr("Overdue by {count} days").format(count=late)
    ahead = (step.date - today).days
    if ahead == 0:
        return _tr("Today")
    if ahead == 1:
        return _tr("Tomorrow")
    return _tr("In {count} days").format(count=ahead)
