"""Next steps grouped by case, and their JSON form (`main.py due --json`, docs/deadlines.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Final

from core.deadlines.steps import NextStep
from core.model import CaseSummary

DUE_JSON_FORMAT: Final = "recours.due/1"


def by_case(steps: Sequence[NextStep]) -> list[tuple[int, list[NextStep]]]:
    """The steps of each case together, cases in the order of their most pressing step."""
    groups: dict[int, list[NextStep]] = {}
    for step in steps:
        groups.setdefault(step.case_id, []).append(step)
    return list(groups.items())


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def step_json(step: NextStep, lang: str) -> dict[str, Any]:
    return {
        "kind": step.kind.value,
        "severity": step.severity.value,
        "date": _day(step.date),
        "start": _day(step.start),
        "attention_from": _day(step.attention_from),
        "promise_id": step.promise_id,
        "letter_id": step.letter_id,
        "body_id": step.body_id or None,
        "rule_id": step.rule_id or None,
        "source": step.source,
        "review": step.review or None,
        "text": step.describe(lang),
    }


def due_json(
    steps: Sequence[NextStep],
    *,
    cases: Mapping[int, CaseSummary],
    today: dt.date,
    within_days: int | None,
    lang: str,
) -> dict[str, Any]:
    """`within_days` is None when every step was asked for (`--all`)."""
    return {
        "format": DUE_JSON_FORMAT,
        "today": today.isoformat(),
        "within_days": within_days,
        "cases": [
            {
                "id": case_id,
                "title": cases[case_id].title,
                "counterparty": cases[case_id].counterparty,
                "steps": [step_json(step, lang) for step in case_steps],
            }
            for case_id, case_steps in by_case(steps)
        ],
    }
