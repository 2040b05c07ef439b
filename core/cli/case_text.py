"""A whole case as text a person reads in a terminal: `main.py show CASE`.

Dates stay ISO (2026-03-14): unambiguous in both languages and easy to grep.
"""

from __future__ import annotations

from core.case_record import CaseRecord
from core.cli.console import Console
from core.cli.render import format_size, single_line
from core.model import Evidence, Interaction, Moment, Money, Promise, PromiseStatus
from core.money import format_money, totals_by_kind

INDENT = "  "


def moment_text(moment: Moment) -> str:
    return moment.iso().replace("T", " ")


def money_list(amounts: list[Money], console: Console) -> str:
    if not amounts:
        return console.text("cli.show.nothing_in_dispute")
    return " + ".join(format_money(money, console.lang) for money in amounts)


def case_text(record: CaseRecord, console: Console) -> list[str]:
    """Every part of the case: header, parties, timeline, promises, evidence, money."""
    return [
        *_header(record, console),
        "",
        *_parties(record, console),
        "",
        *_timeline(record, console),
        "",
        *_promises(record, console),
        "",
        *_evidence(record, console),
        "",
        *_money(record, console),
    ]


def _header(record: CaseRecord, console: Console) -> list[str]:
    case = record.case
    text = console.text
    lines = [
        text("cli.show.title", id=case.id, title=case.title),
        " · ".join(
            [
                text("cli.show.status", status=console.label(case.status)),
                text("cli.show.counterparty", name=record.counterparty.name),
                text("cli.show.jurisdiction", code=case.jurisdiction.value),
                text("cli.show.language", code=case.language.value),
                text("cli.show.sector", sector=console.label(case.sector)),
            ]
        ),
    ]
    if record.references:
        references = " · ".join(f"{ref.label} {ref.value}".strip() for ref in record.references)
        lines.append(text("cli.show.references", references=single_line(references)))
    if case.desired_outcome:
        lines.append(text("cli.show.desired_outcome", text=single_line(case.desired_outcome)))
    if case.closed_at:
        lines.append(text("cli.show.closed_at", stamp=case.closed_at))
    lines.append(text("cli.show.in_dispute", amounts=money_list(record.in_dispute(), console)))
    return lines


def _parties(record: CaseRecord, console: Console) -> list[str]:
    lines = [console.text("cli.show.parties_heading")]
    for involved in record.parties:
        contact = " · ".join(
            single_line(value)
            for value in (involved.party.phone, involved.party.email, involved.party.website)
            if value
        )
        entry = f"{INDENT}{involved.party.name} ({console.label(involved.role)})"
        lines.append(f"{entry}  {contact}" if contact else entry)
    return lines


def _who(record: CaseRecord, party_id: int | None, person: str) -> str:
    party = record.party(party_id)
    names = [name for name in (party.name if party else "", single_line(person)) if name]
    if len(names) == 2:
        return f"{names[0]}, {names[1]}"
    return names[0] if names else ""


def _timeline(record: CaseRecord, console: Console) -> list[str]:
    lines = [console.text("cli.show.timeline_heading", count=len(record.interactions))]
    if not record.interactions:
        lines.append(INDENT + console.text("cli.show.none"))
    for item in record.interactions:
        lines.extend(_interaction(record, item, console))
    return lines


def _interaction(record: CaseRecord, item: Interaction, console: Console) -> list[str]:
    heading = [
        moment_text(item.occurred),
        f"{console.label(item.channel)}, {console.label(item.direction)}",
    ]
    who = _who(record, item.party_id, item.person)
    if who:
        heading.append(who)
    heading.append(console.text("cli.show.interaction_id", id=item.id))
    lines = [INDENT + "  ".join(heading), INDENT * 2 + single_line(item.summary)]
    if item.details:
        lines.append(INDENT * 2 + single_line(item.details))
    extras = []
    if item.reference:
        extras.append(console.text("cli.show.reference", reference=single_line(item.reference)))
    if item.duration_minutes is not None:
        extras.append(console.text("cli.show.duration", minutes=item.duration_minutes))
    promised = [promise.id for promise in record.promises if promise.interaction_id == item.id]
    if promised:
        extras.append(
            console.text("cli.show.promises_made", ids=", ".join(f"#{pid}" for pid in promised))
        )
    if extras:
        lines.append(INDENT * 2 + " · ".join(extras))
    return lines


def _promises(record: CaseRecord, console: Console) -> list[str]:
    lines = [
        console.text(
            "cli.show.promises_heading",
            total=len(record.promises),
            broken=len(record.promises_with_status(PromiseStatus.BROKEN)),
            overdue=len(record.overdue_promises()),
        )
    ]
    if not record.promises:
        lines.append(INDENT + console.text("cli.show.none"))
    for promise in record.promises:
        lines.extend(_promise(record, promise, console))
    return lines


def _promise(record: CaseRecord, promise: Promise, console: Console) -> list[str]:
    status = console.label(promise.status)
    if promise.is_overdue(record.today):
        status = console.text("cli.show.overdue", status=status)
    lines = [f"{INDENT}#{promise.id}  [{status}]  {single_line(promise.text)}"]
    facts = []
    if promise.made_on is not None:
        facts.append(console.text("cli.show.made_on", day=promise.made_on.isoformat()))
    who = _who(record, promise.party_id, promise.person)
    if who:
        facts.append(console.text("cli.show.made_by", who=who))
    if promise.due_on is not None:
        facts.append(console.text("cli.show.due_on", day=promise.due_on.isoformat()))
    if promise.settled_on is not None:
        facts.append(console.text("cli.show.settled_on", day=promise.settled_on.isoformat()))
    if promise.settled_by_interaction_id is not None:
        facts.append(console.text("cli.show.settled_by", id=promise.settled_by_interaction_id))
    if promise.settled_by_evidence_id is not None:
        facts.append(console.text("cli.show.proved_by", id=promise.settled_by_evidence_id))
    if facts:
        lines.append(INDENT * 2 + " · ".join(facts))
    if promise.settlement_note:
        lines.append(INDENT * 2 + single_line(promise.settlement_note))
    return lines


def _evidence(record: CaseRecord, console: Console) -> list[str]:
    lines = [console.text("cli.show.evidence_heading", count=len(record.evidence))]
    if not record.evidence:
        lines.append(INDENT + console.text("cli.show.none"))
    for item in record.evidence:
        lines.extend(_evidence_item(item, console))
    return lines


def _evidence_item(item: Evidence, console: Console) -> list[str]:
    facts = [
        console.label(item.kind),
        item.media_type,
        format_size(item.size, console.lang),
        console.text("cli.show.added_at", stamp=item.added_at),
    ]
    if item.document_date is not None:
        facts.append(console.text("cli.show.document_date", day=item.document_date.isoformat()))
    if item.amount is not None:
        facts.append(format_money(item.amount, console.lang))
    if item.interaction_id is not None:
        facts.append(console.text("cli.show.interaction_id", id=item.interaction_id))
    lines = [
        f"{INDENT}#{item.id}  {single_line(item.original_name)}",
        INDENT * 2 + " · ".join(facts),
        INDENT * 2 + f"SHA-256 {item.sha256}",
    ]
    if item.description:
        lines.append(INDENT * 2 + single_line(item.description))
    return lines


def _money(record: CaseRecord, console: Console) -> list[str]:
    lines = [console.text("cli.show.money_heading")]
    if not record.money_lines:
        lines.append(INDENT + console.text("cli.show.none"))
    for line in record.money_lines:
        parts = [console.label(line.kind), format_money(line.amount, console.lang)]
        if line.label:
            parts.append(single_line(line.label))
        if line.occurred_on is not None:
            parts.append(line.occurred_on.isoformat())
        lines.append(INDENT + " · ".join(parts))
    for currency, kinds in sorted(totals_by_kind(record.money_lines).items()):
        totals = [
            f"{console.label(kind)} {format_money(Money(amount, currency), console.lang)}"
            for kind, amount in kinds.items()
            if amount
        ]
        if totals:
            lines.append(
                console.text("cli.show.totals", currency=currency, totals=", ".join(totals))
            )
    lines.append(
        console.text("cli.show.in_dispute", amounts=money_list(record.in_dispute(), console))
    )
    return lines
