"""Writing archived cases into the record, under new ids, in the caller's transaction.

Rows are inserted as they were, timestamps included, rather than re-made through the functions
that record new facts (which would stamp them with today, touch the case, and add a history
step): the case must come out as it went in. Rows are inserted in the order the archive lists
them, which is the order the record shows them, so new ids keep every tie in the same order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from core.archive.case_parsing import ArchivedCase
from core.database import Store
from core.filenames import display_name
from core.rows import insert_row, iso_or_none

if TYPE_CHECKING:
    from sqlite_utils import Database

_FACT_EDIT = re.compile(r"fact\.([0-9]+)((?:\..*)?)", re.DOTALL)
_CALL_PROMISE_EDIT = re.compile(r"call\.promise\.([0-9]+)((?:\..*)?)", re.DOTALL)
_ID_LIST_OPTIONS: Final = {
    "interaction_ids": "interactions",
    "promise_ids": "promises",
    "evidence_ids": "evidence",
}


@dataclass
class _CaseIds:
    interactions: dict[int, int] = field(default_factory=dict)
    evidence: dict[int, int] = field(default_factory=dict)
    promises: dict[int, int] = field(default_factory=dict)

    def of(self, kind: str) -> dict[int, int]:
        mapping: dict[int, int] = getattr(self, kind)
        return mapping


def write_case(
    db: Database,
    store: Store,
    archived: ArchivedCase,
    *,
    title: str,
    parties: Mapping[int, int],
    media_types: Mapping[str, str],
) -> int:
    """Insert one archived case under new ids; return its new id."""
    case = archived.case
    case_id = insert_row(
        db,
        "cases",
        {
            "title": title,
            "counterparty_id": parties[case.counterparty_id],
            "status": case.status.value,
            "jurisdiction": case.jurisdiction.value,
            "language": case.language.value,
            "sector": case.sector.value,
            "desired_outcome": case.desired_outcome,
            "notes": case.notes,
            "sender_name": case.sender.name,
            "sender_address": case.sender.postal_address,
            "sender_email": case.sender.email,
            "sender_phone": case.sender.phone,
            "created_at": case.created_at,
            "updated_at": case.updated_at,
            "closed_at": case.closed_at,
        },
    )
    for party_id, role in archived.roles:
        store.conn.execute(
            "INSERT OR IGNORE INTO case_parties (case_id, party_id, role) VALUES (?, ?, ?)",
            [case_id, parties[party_id], role.value],
        )
    for position, reference in enumerate(archived.references):
        insert_row(
            db,
            "case_references",
            {
                "case_id": case_id,
                "label": reference.label,
                "value": reference.value,
                "position": position,
            },
        )
    ids = _CaseIds()
    _write_timeline(db, archived, case_id, parties, ids)
    _write_evidence(db, archived, case_id, media_types, ids)
    _write_promises(db, archived, case_id, parties, ids)
    _write_money(db, archived, case_id, ids)
    _write_letters(db, archived, case_id, parties, ids)
    return case_id


def _linked(mapping: Mapping[int, int], archived_id: int | None) -> int | None:
    return None if archived_id is None else mapping[archived_id]


def _write_timeline(
    db: Database,
    archived: ArchivedCase,
    case_id: int,
    parties: Mapping[int, int],
    ids: _CaseIds,
) -> None:
    stamps = archived.stamps["interactions"]
    for item in archived.interactions:
        ids.interactions[item.id] = insert_row(
            db,
            "interactions",
            {
                "case_id": case_id,
                "occurred_at": item.occurred.iso(),
                "channel": item.channel.value,
                "direction": item.direction.value,
                "party_id": _linked(parties, item.party_id),
                "person": item.person,
                "summary": item.summary,
                "details": item.details,
                "reference": item.reference,
                "duration_minutes": item.duration_minutes,
                "created_at": stamps[item.id],
            },
        )


def _write_evidence(
    db: Database,
    archived: ArchivedCase,
    case_id: int,
    media_types: Mapping[str, str],
    ids: _CaseIds,
) -> None:
    """Evidence rows; what each file is comes from its content, read again here."""
    for item in archived.evidence:
        ids.evidence[item.id] = insert_row(
            db,
            "evidence",
            {
                "case_id": case_id,
                "interaction_id": _linked(ids.interactions, item.interaction_id),
                "sha256": item.sha256,
                "original_name": display_name(item.original_name),
                "media_type": media_types[item.sha256],
                "size": item.size,
                "added_at": item.added_at,
                "kind": item.kind.value,
                "description": item.description,
                "document_date": iso_or_none(item.document_date),
                "amount_minor": None if item.amount is None else item.amount.minor,
                "currency": None if item.amount is None else item.amount.currency,
                "extracted_text": item.extracted_text,
            },
        )


def _write_promises(
    db: Database,
    archived: ArchivedCase,
    case_id: int,
    parties: Mapping[int, int],
    ids: _CaseIds,
) -> None:
    stamps = archived.stamps["promises"]
    for entry in archived.promises:
        promise = entry.promise
        promise_id = insert_row(
            db,
            "promises",
            {
                "case_id": case_id,
                "interaction_id": _linked(ids.interactions, promise.interaction_id),
                "party_id": _linked(parties, promise.party_id),
                "person": promise.person,
                "text": promise.text,
                "made_on": iso_or_none(promise.made_on),
                "due_on": iso_or_none(promise.due_on),
                "status": promise.status.value,
                "settled_on": iso_or_none(promise.settled_on),
                "settled_by_interaction_id": _linked(
                    ids.interactions, promise.settled_by_interaction_id
                ),
                "settled_by_evidence_id": _linked(ids.evidence, promise.settled_by_evidence_id),
                "settlement_note": promise.settlement_note,
                "created_at": stamps[promise.id],
            },
        )
        ids.promises[promise.id] = promise_id
        for event in entry.history:
            insert_row(
                db,
                "promise_events",
                {
                    "promise_id": promise_id,
                    "recorded_at": event.recorded_at,
                    "status": event.status.value,
                    "note": event.note,
                    "interaction_id": _linked(ids.interactions, event.interaction_id),
                    "evidence_id": _linked(ids.evidence, event.evidence_id),
                },
            )


def _write_money(db: Database, archived: ArchivedCase, case_id: int, ids: _CaseIds) -> None:
    stamps = archived.stamps["money_lines"]
    for line in archived.money_lines:
        insert_row(
            db,
            "money_lines",
            {
                "case_id": case_id,
                "kind": line.kind.value,
                "label": line.label,
                "amount_minor": line.amount.minor,
                "currency": line.amount.currency,
                "occurred_on": iso_or_none(line.occurred_on),
                "interaction_id": _linked(ids.interactions, line.interaction_id),
                "evidence_id": _linked(ids.evidence, line.evidence_id),
                "promise_id": _linked(ids.promises, line.promise_id),
                "created_at": stamps[line.id],
            },
        )


def _write_letters(
    db: Database,
    archived: ArchivedCase,
    case_id: int,
    parties: Mapping[int, int],
    ids: _CaseIds,
) -> None:
    stamps = archived.stamps["letters"]
    for letter in archived.letters:
        insert_row(
            db,
            "letters",
            {
                "case_id": case_id,
                "kind": letter.kind.value,
                "language": letter.language.value,
                "jurisdiction": letter.jurisdiction.value,
                "letter_date": letter.letter_date.isoformat(),
                "subject": letter.subject,
                "options_json": json.dumps(
                    _remapped_options(letter.options, parties, ids), ensure_ascii=False
                ),
                "edits_json": json.dumps(_remapped_edits(letter.edits, ids), ensure_ascii=False),
                "interaction_id": _linked(ids.interactions, letter.interaction_id),
                "evidence_id": _linked(ids.evidence, letter.evidence_id),
                "reply_due_on": iso_or_none(letter.reply_due_on),
                "sending_mode": letter.sending_mode.value,
                "tracking_number": letter.tracking_number,
                "posted_on": iso_or_none(letter.posted_on),
                "receipt_returned_on": iso_or_none(letter.receipt_returned_on),
                "unclaimed": int(letter.unclaimed),
                "reply_received_on": iso_or_none(letter.reply_received_on),
                "created_at": stamps[letter.id],
            },
        )


def _remapped_options(
    options: Mapping[str, object], parties: Mapping[int, int], ids: _CaseIds
) -> dict[str, object]:
    """A letter's choices with the new ids; a choice of something no longer there is dropped."""
    remapped = dict(options)
    if "recipient_party_id" in remapped:
        remapped["recipient_party_id"] = _kept(parties, remapped["recipient_party_id"])
    if "call_interaction_id" in remapped:
        remapped["call_interaction_id"] = _kept(ids.interactions, remapped["call_interaction_id"])
    for key, kind in _ID_LIST_OPTIONS.items():
        chosen = remapped.get(key)
        if isinstance(chosen, list):
            mapping = ids.of(kind)
            remapped[key] = [mapping[item] for item in chosen if item in mapping]
    return remapped


def _kept(mapping: Mapping[int, int], archived_id: object) -> int | None:
    return mapping.get(archived_id) if isinstance(archived_id, int) else None


def _remapped_edits(edits: Mapping[str, str], ids: _CaseIds) -> dict[str, str]:
    """The user's edits of a letter; those of a fact or a promise are keyed by its id."""
    remapped: dict[str, str] = {}
    for key, text in edits.items():
        new_key: str | None = key
        for pattern, mapping, prefix in (
            (_FACT_EDIT, ids.interactions, "fact"),
            (_CALL_PROMISE_EDIT, ids.promises, "call.promise"),
        ):
            match = pattern.fullmatch(key)
            if match is not None:
                target = mapping.get(int(match.group(1)))
                new_key = None if target is None else f"{prefix}.{target}{match.group(2)}"
                break
        if new_key is not None:
            remapped[new_key] = text
    return remapped
