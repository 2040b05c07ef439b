"""The commands that read the record and print it: `cases`, `show`, `search`, `check` and
`due`. Each prints for people by default, in their language, and with `--json` (where
offered) the documented form for scripts (docs/case-json.md, docs/deadlines.md).
"""

from __future__ import annotations

import argparse
from typing import Any, Final

from core.case_record import case_record_json, load_case_record
from core.case_summaries import list_case_summaries
from core.cli.case_text import case_text, money_list
from core.cli.console import Console
from core.cli.render import Align, table
from core.clock import today
from core.database import Store
from core.dates import parse_day
from core.integrity import check_store
from core.model import CaseSummary
from core.money import format_money
from core.search import SearchHit, search


def _summary_json(summary: CaseSummary, lang: str) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "status": summary.status.value,
        "counterparty": summary.counterparty,
        "promises_total": summary.promises_total,
        "promises_broken": summary.promises_broken,
        "promises_overdue": summary.promises_overdue,
        "in_dispute": [
            {"minor": money.minor, "currency": money.currency, "text": format_money(money, lang)}
            for money in summary.in_dispute
        ],
        "last_interaction": summary.last_interaction.iso() if summary.last_interaction else None,
        "next_due": summary.next_due.isoformat() if summary.next_due else None,
        "updated_at": summary.updated_at,
    }


def cases(args: argparse.Namespace, store: Store, console: Console) -> int:
    summaries = list_case_summaries(store)
    if args.json:
        console.json([_summary_json(summary, console.lang) for summary in summaries])
        return 0
    if not summaries:
        console.say("cli.cases.empty")
        return 0
    headers = [console.text(f"cli.cases.{column}") for column in _CASE_COLUMNS]
    rows = [
        [
            str(summary.id),
            console.label(summary.status),
            summary.counterparty,
            f"{summary.promises_broken}/{summary.promises_total}",
            money_list(list(summary.in_dispute), console),
            summary.title,
        ]
        for summary in summaries
    ]
    aligns = [Align.RIGHT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.LEFT]
    for line in table(headers, rows, aligns):
        console.line(line)
    return 0


_CASE_COLUMNS: Final = ("id", "status", "counterparty", "broken", "in_dispute", "title")


def show(args: argparse.Namespace, store: Store, console: Console) -> int:
    record = load_case_record(store, args.case)
    if args.json:
        console.json(case_record_json(record))
        return 0
    for line in case_text(record, console):
        console.line(line)
    return 0


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "case_id": hit.case_id,
        "case_title": hit.case_title,
        "kind": hit.kind.value,
        "item_id": hit.item_id,
        "snippet": hit.plain_snippet,
        "highlighted": hit.highlighted("[", "]"),
    }


def find(args: argparse.Namespace, store: Store, console: Console) -> int:
    hits = search(store, args.text)
    if args.json:
        console.json([_hit_json(hit) for hit in hits])
        return 0
    if not hits:
        console.say("cli.search.nothing", text=args.text)
        return 0
    by_case: dict[int, list[SearchHit]] = {}
    for hit in hits:
        by_case.setdefault(hit.case_id, []).append(hit)
    start, end = console.marks()
    for case_id, case_hits in by_case.items():
        console.say("cli.search.case", id=case_id, title=case_hits[0].case_title)
        for hit in case_hits:
            where = console.text("cli.search.where", kind=console.label(hit.kind), id=hit.item_id)
            console.line(f"  {where}  {hit.highlighted(start, end)}")
    return 0


def check(args: argparse.Namespace, store: Store, console: Console) -> int:
    report = check_store(store)
    if report.ok:
        console.say("cli.check.ok")
        return 0
    for problem in report.database:
        console.say("cli.check.database", kind=console.label(problem.kind), detail=problem.detail)
    for evidence_problem in report.evidence:
        evidence = evidence_problem.evidence
        console.say(
            f"cli.check.evidence_{evidence_problem.problem.value}",
            id=evidence.id,
            case=evidence.case_id,
            name=evidence.original_name,
            sha256=evidence.sha256,
        )
    console.line(console.count("cli.check.problems", len(report.database) + len(report.evidence)))
    return 1


def due(args: argparse.Namespace, store: Store, console: Console) -> int:
    """What needs attention this week (or, with --all, every step), grouped by case."""
    from core.deadlines import DeadlineSettings, all_steps, attention
    from core.deadlines.export import by_case, due_json

    day = parse_day(args.as_of, today=today()) if args.as_of else today()
    settings = DeadlineSettings(ombudsman_weeks=args.ombudsman_weeks)
    within = None if args.all else settings.soon_days
    if within is None:
        steps = all_steps(store, today=day, settings=settings)
    else:
        steps = attention(store, today=day, settings=settings, within_days=within)
    summaries = {summary.id: summary for summary in list_case_summaries(store)}
    if args.json:
        console.json(
            due_json(steps, cases=summaries, today=day, within_days=within, lang=console.lang)
        )
        return 0
    if not steps:
        console.say("due.cli.nothing_all" if args.all else "due.cli.nothing_soon")
        return 0
    for number, (case_id, case_steps) in enumerate(by_case(steps)):
        if number:
            console.line()
        summary = summaries[case_id]
        console.say(
            "due.cli.case", id=case_id, title=summary.title, counterparty=summary.counterparty
        )
        for step in case_steps:
            mark = console.text("due.cli.unverified_mark") if step.review == "unverified" else ""
            text = step.describe(console.lang) + mark
            console.say("due.cli.line", severity=step.severity_label(console.lang), text=text)
    if any(step.review == "unverified" for step in steps):
        console.line()
        console.say("due.cli.unverified")
    return 0
