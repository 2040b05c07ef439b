"""A case as an archive holds it: the documented case JSON, and what it lacks to make the case
again exactly on another computer.

`case_record_json` (docs/case-json.md) already carries the case, its parties and roles, its
references in order, the sender, the timeline, the promises with their histories, the evidence
and the money lines with their links. The archive adds the directory entries the case uses
(with their organisation links), the text read from each document, when each row was written,
and the register of letters with their options, edits and sending.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from core.case_record import CaseRecord, case_record_json, load_case_record
from core.database import Store
from core.letters.register import Letter, list_letters
from core.rows import fetch_all, in_batches, placeholders


def archive_case_json(
    store: Store, case_id: int, *, today: dt.date
) -> tuple[dict[str, Any], CaseRecord]:
    """The case's archive JSON, and the record it was made from (for its evidence files)."""
    record = load_case_record(store, case_id, today=today)
    data = case_record_json(record)
    _add_row_stamps(store, data)
    for item, evidence in zip(data["evidence"], record.evidence, strict=True):
        item["extracted_text"] = evidence.extracted_text
    _keep_money_links_inside(data)
    letters = list_letters(store, case_id)
    data["directory"] = _directory(store, _parties_named(data, letters))
    data["letters"] = [_letter_json(letter) for letter in letters]
    _add_letter_stamps(store, data["letters"])
    return data, record


def _stamps(store: Store, table: str, ids: Iterable[int]) -> dict[int, str]:
    stamps: dict[int, str] = {}
    for batch in in_batches(ids):
        rows = fetch_all(
            store.conn,
            f"SELECT id, created_at FROM {table} WHERE id IN ({placeholders(batch)})",
            batch,
        )
        stamps |= {row["id"]: row["created_at"] for row in rows}
    return stamps


def _add_row_stamps(store: Store, data: dict[str, Any]) -> None:
    for table, items in (
        ("interactions", data["interactions"]),
        ("promises", data["promises"]),
        ("money_lines", data["money"]["lines"]),
    ):
        stamps = _stamps(store, table, (item["id"] for item in items))
        for item in items:
            item["created_at"] = stamps[item["id"]]


def _add_letter_stamps(store: Store, letters: list[dict[str, Any]]) -> None:
    stamps = _stamps(store, "letters", (letter["id"] for letter in letters))
    for letter in letters:
        letter["created_at"] = stamps[letter["id"]]


def _keep_money_links_inside(data: dict[str, Any]) -> None:
    """A money line may have been linked to another case's item; that link cannot travel."""
    inside = {
        "interaction_id": {item["id"] for item in data["interactions"]},
        "evidence_id": {item["id"] for item in data["evidence"]},
        "promise_id": {item["id"] for item in data["promises"]},
    }
    for line in data["money"]["lines"]:
        for key, ids in inside.items():
            if line[key] not in ids:
                line[key] = None


def _parties_named(data: dict[str, Any], letters: list[Letter]) -> set[int]:
    named = {data["counterparty"]["id"]}
    named |= {party["id"] for party in data["parties"]}
    named |= {item["party_id"] for item in data["interactions"] if item["party_id"] is not None}
    named |= {item["party_id"] for item in data["promises"] if item["party_id"] is not None}
    for letter in letters:
        recipient = letter.options.get("recipient_party_id")
        if isinstance(recipient, int) and not isinstance(recipient, bool):
            named.add(recipient)
    return named


def _directory(store: Store, party_ids: set[int]) -> list[dict[str, Any]]:
    """The directory entries of these parties and of every organisation they belong to."""
    found: dict[int, dict[str, Any]] = {}
    wanted = set(party_ids)
    while wanted:
        rows = [
            row
            for batch in in_batches(wanted)
            for row in fetch_all(
                store.conn,
                "SELECT id, name, kind, organisation_id, postal_address, email, phone, website, "
                f"notes, created_at FROM parties WHERE id IN ({placeholders(batch)})",
                batch,
            )
        ]
        for row in rows:
            found[row["id"]] = dict(row)
        wanted = {
            row["organisation_id"]
            for row in rows
            if row["organisation_id"] is not None and row["organisation_id"] not in found
        }
    return [found[party_id] for party_id in sorted(found)]


def _letter_json(letter: Letter) -> dict[str, Any]:
    return {
        "id": letter.id,
        "kind": letter.kind.value,
        "language": letter.language.value,
        "jurisdiction": letter.jurisdiction.value,
        "letter_date": letter.letter_date.isoformat(),
        "subject": letter.subject,
        "options": json.loads(json.dumps(dict(letter.options))),
        "edits": dict(letter.edits),
        "interaction_id": letter.interaction_id,
        "evidence_id": letter.evidence_id,
        "reply_due_on": _day(letter.reply_due_on),
        "sending_mode": letter.sending_mode.value,
        "tracking_number": letter.tracking_number,
        "posted_on": _day(letter.posted_on),
        "receipt_returned_on": _day(letter.receipt_returned_on),
        "unclaimed": letter.unclaimed,
        "reply_received_on": _day(letter.reply_received_on),
    }


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()
