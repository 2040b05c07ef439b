"""A whole case read at once: what `show`, letters and archives are built from.

`case_record_json` is the documented JSON form (docs/case-json.md); its `format` key carries a
version so readers can refuse what they do not understand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final

from core.cases import get_case, list_references
from core.clock import today as current_day
from core.database import Store
from core.evidence import list_evidence
from core.interactions import list_interactions
from core.model import (
    Case,
    CaseParty,
    Evidence,
    Interaction,
    Money,
    MoneyLine,
    Party,
    Promise,
    PromiseEvent,
    PromiseStatus,
    Reference,
)
from core.money import amount_in_dispute, format_money, totals_by_kind
from core.money_lines import list_money_lines
from core.parties import case_parties, get_party
from core.promises import list_promises, promise_history

CASE_JSON_FORMAT: Final = "recours.case/1"


@dataclass(frozen=True, slots=True)
class CaseRecord:
    case: Case
    counterparty: Party
    parties: list[CaseParty]
    references: list[Reference]
    interactions: list[Interaction]
    promises: list[Promise]
    promise_histories: dict[int, list[PromiseEvent]]
    evidence: list[Evidence]
    money_lines: list[MoneyLine]
    today: dt.date

    def party(self, party_id: int | None) -> Party | None:
        if party_id is None:
            return None
        for involved in self.parties:
            if involved.party.id == party_id:
                return involved.party
        return None

    def promises_with_status(self, status: PromiseStatus) -> list[Promise]:
        return [promise for promise in self.promises if promise.status is status]

    def overdue_promises(self) -> list[Promise]:
        return [promise for promise in self.promises if promise.is_overdue(self.today)]

    def in_dispute(self) -> list[Money]:
        return amount_in_dispute(self.money_lines)


def load_case_record(store: Store, case_id: int, *, today: dt.date | None = None) -> CaseRecord:
    case = get_case(store, case_id)
    promises = list_promises(store, case_id)
    return CaseRecord(
        case=case,
        counterparty=get_party(store, case.counterparty_id),
        parties=case_parties(store, case_id),
        references=list_references(store, case_id),
        interactions=list_interactions(store, case_id),
        promises=promises,
        promise_histories={promise.id: promise_history(store, promise.id) for promise in promises},
        evidence=list_evidence(store, case_id),
        money_lines=list_money_lines(store, case_id),
        today=today or current_day(),
    )


def _money_json(money: Money, lang: str) -> dict[str, Any]:
    return {"minor": money.minor, "currency": money.currency, "text": format_money(money, lang)}


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def case_record_json(record: CaseRecord) -> dict[str, Any]:
    """The case as plain JSON-ready data, amounts in minor units with a formatted text beside."""
    case = record.case
    lang = case.language.value
    broken = record.promises_with_status(PromiseStatus.BROKEN)
    totals = {
        currency: {
            kind.value: _money_json(Money(amount, currency), lang) for kind, amount in kinds.items()
        }
        for currency, kinds in totals_by_kind(record.money_lines).items()
    }
    return {
        "format": CASE_JSON_FORMAT,
        "id": case.id,
        "title": case.title,
        "status": case.status.value,
        "jurisdiction": case.jurisdiction.value,
        "language": lang,
        "sector": case.sector.value,
        "desired_outcome": case.desired_outcome,
        "notes": case.notes,
        "created_at": case.created_at,
        "updated_at": case.updated_at,
        "closed_at": case.closed_at,
        "counterparty": party_json(record.counterparty),
        "sender": {
            "name": case.sender.name,
            "postal_address": case.sender.postal_address,
            "email": case.sender.email,
            "phone": case.sender.phone,
        },
        "references": [{"label": ref.label, "value": ref.value} for ref in record.references],
        "parties": [
            party_json(involved.party) | {"role": involved.role.value}
            for involved in record.parties
        ],
        "interactions": [_interaction_json(item) for item in record.interactions],
        "promises": [
            _promise_json(promise, record.promise_histories.get(promise.id, []), record.today)
            for promise in record.promises
        ],
        "evidence": [_evidence_json(item, lang) for item in record.evidence],
        "money": {
            "lines": [
                {
                    "id": line.id,
                    "kind": line.kind.value,
                    "label": line.label,
                    "amount": _money_json(line.amount, lang),
                    "occurred_on": _date(line.occurred_on),
                    "interaction_id": line.interaction_id,
                    "evidence_id": line.evidence_id,
                    "promise_id": line.promise_id,
                }
                for line in record.money_lines
            ],
            "totals": totals,
            "in_dispute": [_money_json(money, lang) for money in record.in_dispute()],
        },
        "summary": {
            "interactions": len(record.interactions),
            "promises": len(record.promises),
            "promises_broken": len(broken),
            "promises_overdue": len(record.overdue_promises()),
            "evidence": len(record.evidence),
        },
    }


def party_json(party: Party) -> dict[str, Any]:
    """A party of the directory as `show --json` and `party --json` print it."""
    return {
        "id": party.id,
        "name": party.name,
        "kind": party.kind.value,
        "organisation_id": party.organisation_id,
        "postal_address": party.postal_address,
        "email": party.email,
        "phone": party.phone,
        "website": party.website,
        "notes": party.notes,
    }


def _interaction_json(item: Interaction) -> dict[str, Any]:
    return {
        "id": item.id,
        "occurred_at": item.occurred.iso(),
        "channel": item.channel.value,
        "direction": item.direction.value,
        "party_id": item.party_id,
        "person": item.person,
        "summary": item.summary,
        "details": item.details,
        "reference": item.reference,
        "duration_minutes": item.duration_minutes,
    }


def _promise_json(promise: Promise, history: list[PromiseEvent], today: dt.date) -> dict[str, Any]:
    return {
        "id": promise.id,
        "text": promise.text,
        "status": promise.status.value,
        "overdue": promise.is_overdue(today),
        "interaction_id": promise.interaction_id,
        "party_id": promise.party_id,
        "person": promise.person,
        "made_on": _date(promise.made_on),
        "due_on": _date(promise.due_on),
        "settled_on": _date(promise.settled_on),
        "settled_by_interaction_id": promise.settled_by_interaction_id,
        "settled_by_evidence_id": promise.settled_by_evidence_id,
        "settlement_note": promise.settlement_note,
        "history": [
            {
                "recorded_at": event.recorded_at,
                "status": event.status.value,
                "note": event.note,
                "interaction_id": event.interaction_id,
                "evidence_id": event.evidence_id,
            }
            for event in history
        ],
    }


def _evidence_json(item: Evidence, lang: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "original_name": item.original_name,
        "media_type": item.media_type,
        "size": item.size,
        "sha256": item.sha256,
        "added_at": item.added_at,
        "kind": item.kind.value,
        "description": item.description,
        "document_date": _date(item.document_date),
        "amount": None if item.amount is None else _money_json(item.amount, lang),
        "interaction_id": item.interaction_id,
    }
