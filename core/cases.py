"""Cases: one dispute each, with its counterparty, references, status and sender identity."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from core.clock import utc_timestamp
from core.database import Store
from core.errors import InvalidInputError
from core.model import (
    Case,
    CaseStatus,
    Jurisdiction,
    Language,
    PartyKind,
    Reference,
    Sector,
    Sender,
)
from core.parties import clean_name, find_or_add_party, get_party
from core.rows import fetch_all, fetch_one, insert_row

_CASE_COLUMNS = (
    "id, title, counterparty_id, status, jurisdiction, language, sector, desired_outcome, notes, "
    "sender_name, sender_address, sender_email, sender_phone, created_at, updated_at, closed_at"
)
_FINISHED = (CaseStatus.RESOLVED, CaseStatus.CLOSED)


def case_from_row(row: sqlite3.Row) -> Case:
    return Case(
        id=row["id"],
        title=row["title"],
        counterparty_id=row["counterparty_id"],
        status=CaseStatus(row["status"]),
        jurisdiction=Jurisdiction(row["jurisdiction"]),
        language=Language(row["language"]),
        sector=Sector(row["sector"]),
        desired_outcome=row["desired_outcome"],
        notes=row["notes"],
        sender=Sender(
            name=row["sender_name"],
            postal_address=row["sender_address"],
            email=row["sender_email"],
            phone=row["sender_phone"],
        ),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        closed_at=row["closed_at"],
    )


def _editable_fields(case: Case) -> dict[str, object]:
    title = " ".join(case.title.split())
    if not title:
        raise InvalidInputError("error.empty_title")
    return {
        "title": title,
        "counterparty_id": case.counterparty_id,
        "jurisdiction": case.jurisdiction.value,
        "language": case.language.value,
        "sector": case.sector.value,
        "desired_outcome": case.desired_outcome,
        "notes": case.notes,
        "sender_name": case.sender.name.strip(),
        "sender_address": case.sender.postal_address.strip(),
        "sender_email": case.sender.email.strip(),
        "sender_phone": case.sender.phone.strip(),
    }


def get_case(store: Store, case_id: int) -> Case:
    row = fetch_one(
        store.conn,
        f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?",
        [case_id],
        missing="error.case_not_found",
        ident=case_id,
    )
    return case_from_row(row)


def list_cases(store: Store) -> list[Case]:
    rows = fetch_all(store.conn, f"SELECT {_CASE_COLUMNS} FROM cases ORDER BY id")
    return [case_from_row(row) for row in rows]


def create_case(
    store: Store,
    *,
    title: str,
    counterparty: str | int,
    jurisdiction: Jurisdiction = Jurisdiction.FR,
    language: Language = Language.FR,
    sector: Sector = Sector.OTHER,
    desired_outcome: str = "",
    notes: str = "",
    sender: Sender | None = None,
) -> Case:
    """Open a new dispute. `counterparty` is a directory id, or a name found or added there
    (in the same transaction: a case refused adds no party)."""
    with store.write() as db:
        if isinstance(counterparty, int):
            counterparty_id = get_party(store, counterparty).id
        else:
            counterparty_id = find_or_add_party(
                store, name=clean_name(counterparty), kind=PartyKind.COMPANY
            ).id
        stamp = utc_timestamp()
        draft = Case(
            id=0,
            title=title,
            counterparty_id=counterparty_id,
            status=CaseStatus.OPEN,
            jurisdiction=jurisdiction,
            language=language,
            sector=sector,
            desired_outcome=desired_outcome,
            notes=notes,
            sender=sender or Sender(),
            created_at=stamp,
            updated_at=stamp,
        )
        record = _editable_fields(draft) | {
            "status": CaseStatus.OPEN.value,
            "created_at": stamp,
            "updated_at": stamp,
        }
        case_id = insert_row(db, "cases", record)
    return get_case(store, case_id)


def save_case(store: Store, case: Case) -> Case:
    """Write every editable field of `case` (title, counterparty, sender, notes...)."""
    get_case(store, case.id)
    get_party(store, case.counterparty_id)
    fields = _editable_fields(case) | {"updated_at": utc_timestamp()}
    with store.write() as db:
        db.table("cases").update(case.id, fields)
    return get_case(store, case.id)


def set_case_status(store: Store, case_id: int, status: CaseStatus) -> Case:
    """Move a case along (awaiting a reply, escalated...), closing or reopening it."""
    case = get_case(store, case_id)
    stamp = utc_timestamp()
    closed_at = (case.closed_at or stamp) if status in _FINISHED else None
    with store.write() as db:
        db.table("cases").update(
            case_id, {"status": status.value, "closed_at": closed_at, "updated_at": stamp}
        )
    return get_case(store, case_id)


def touch_case(store: Store, case_id: int) -> None:
    """Note that something in the case changed (inside the caller's transaction)."""
    store.conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [utc_timestamp(), case_id])


def list_references(store: Store, case_id: int) -> list[Reference]:
    rows = fetch_all(
        store.conn,
        "SELECT label, value FROM case_references WHERE case_id = ? ORDER BY position, id",
        [case_id],
    )
    return [Reference(row["label"], row["value"]) for row in rows]


def set_references(store: Store, case_id: int, references: Sequence[Reference]) -> list[Reference]:
    """Replace the references of a case (customer number, order...), keeping their order."""
    get_case(store, case_id)
    cleaned = []
    for reference in references:
        label = " ".join(reference.label.split())
        value = reference.value.strip()
        if not label and not value:
            continue
        if not label:
            raise InvalidInputError("error.empty_label")
        cleaned.append(Reference(label, value))
    with store.write() as db:
        db.execute("DELETE FROM case_references WHERE case_id = ?", [case_id])
        db.table("case_references").insert_all(
            {"case_id": case_id, "label": ref.label, "value": ref.value, "position": position}
            for position, ref in enumerate(cleaned)
        )
        touch_case(store, case_id)
    return list_references(store, case_id)


def case_evidence_hashes(store: Store, case_id: int) -> set[str]:
    rows = store.conn.execute("SELECT sha256 FROM evidence WHERE case_id = ?", [case_id])
    return {row[0] for row in rows}


def delete_case(store: Store, case_id: int, *, keep_files: bool = False) -> None:
    """Delete a case and all its rows; then its evidence files that nothing else uses.

    The files go only after the transaction has committed, so a failed delete loses nothing.
    With `keep_files` they stay for an undo, and `collect_unreferenced_files` removes them later.
    """
    from core.evidence import collect_unreferenced_files

    get_case(store, case_id)
    hashes = case_evidence_hashes(store, case_id)
    with store.write() as db:
        db.execute("DELETE FROM cases WHERE id = ?", [case_id])
    if not keep_files and store.data_dir is not None:
        collect_unreferenced_files(store, candidates=hashes)
