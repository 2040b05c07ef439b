"""What to do next in each case, and by when: promises and replies due, the days a mediator
or ombudsman can be asked, and the other time limits of the law (docs/deadlines.md)."""

from core.deadlines.overview import (
    all_steps,
    attention,
    case_next_steps,
    daily_notice,
    new_since,
    notice_due,
)
from core.deadlines.planner import next_steps
from core.deadlines.steps import DeadlineSettings, NextStep, Period, Severity, StepKind

__all__ = [
    "DeadlineSettings",
    "NextStep",
    "Period",
    "Severity",
    "StepKind",
    "all_steps",
    "attention",
    "case_next_steps",
    "daily_notice",
    "new_since",
    "next_steps",
    "notice_due",
]
