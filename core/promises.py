"""The promise ledger: what the company undertook, by when, and whether it kept its word.

Every change of a promise's status is also written to its history (`promise_events`), so the
record shows when it was made, when it fell due and what settled it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from core.case_links import require_links_in_case
from core.cases import get_case, touch_case
from core.clock import today as current_day
from core.clock import utc_timestamp
from core.database import Store
from core.errors import InvalidInputError
from core.interactions import get_interaction
from core.model import Promise, PromiseEvent, PromiseStatus
from core.parties import get_party, involve_party
from core.rows import date_or_none, fetch_all, fetch_one, insert_row, iso_or_none

_COLUMNS = (
    "id, case_id, interaction_id, party_id, person, text, made_on, due_on, status, settled_on, "
    "settled_by_interaction_id, settled_by_evidence_id, settlement_note"
)


def promise_from_row(row: sqlite3.Row) -> Promise:
    return Promise(
        id=row["id"],
        case_id=row["case_id"],
        text=row["text"],
        status=PromiseStatus(row["status"]),
        interaction_id=row["interaction_id"],
        party_id=row["party_id"],
        person=row["person"],
        made_on=date_or_none(row["made_on"]),
        due_on=date_or_none(row["due_on"]),
        settled_on=date_or_none(row["settled_on"]),
        settled_by_interaction_id=row["settled_by_interaction_id"],
        settled_by_evidence_id=row["settled_by_evidence_id"],
        settlement_note=row["settlement_note"],
    )


def event_from_row(row: sqlite3.Row) -> PromiseEvent:
    return PromiseEvent(
        id=row["id"],
        promise_id=row["promise_id"],
        recorded_at=row["recorded_at"],
        status=PromiseStatus(row["status"]),
        note=row["note"],
        interaction_id=row["interaction_id"],
        evidence_id=row["evidence_id"],
    )


def get_promise(store: Store, promise_id: int) -> Promise:
    row = fetch_one(
        store.conn,
        f"SELECT {_COLUMNS} FROM promises WHERE id = ?",
        [promise_id],
        missing="error.promise_not_found",
        ident=promise_id,
    )
    return promise_from_row(row)


def list_promises(store: Store, case_id: int) -> list[Promise]:
    """The ledger of a case, in the order the promises were made."""
    rows = fetch_all(
        store.conn,
        f"SELECT {_COLUMNS} FROM promises WHERE case_id = ? ORDER BY coalesce(made_on, ''), id",
        [case_id],
    )
    return [promise_from_row(row) for row in rows]


def promise_history(store: Store, promise_id: int) -> list[PromiseEvent]:
    rows = fetch_all(
        store.conn,
        "SELECT id, promise_id, recorded_at, status, note, interaction_id, evidence_id "
        "FROM promise_events WHERE promise_id = ? ORDER BY id",
        [promise_id],
    )
    return [event_from_row(row) for row in rows]


def add_promise(
    store: Store,
    *,
    case_id: int,
    text: str,
    interaction_id: int | None = None,
    party_id: int | None = None,
    person: str | None = None,
    made_on: dt.date | None = None,
    due_on: dt.date | None = None,
) -> Promise:
    """Record an undertaking. Made in an interaction, it takes that day, party and person."""
    get_case(store, case_id)
    wording = " ".join(text.split())
    if not wording:
        raise InvalidInputError("error.empty_promise")
    require_links_in_case(store, case_id, interaction_id=interaction_id)
    if interaction_id is not None:
        interaction = get_interaction(store, interaction_id)
        made_on = made_on or interaction.occurred.day
        party_id = party_id if party_id is not None else interaction.party_id
        person = person if person is not None else interaction.person
    if party_id is not None:
        get_party(store, party_id)
    if made_on is not None and due_on is not None and due_on < made_on:
        raise InvalidInputError("error.due_before_made")
    stamp = utc_timestamp()
    record = {
        "case_id": case_id,
        "interaction_id": interaction_id,
        "party_id": party_id,
        "person": (person or "").strip(),
        "text": wording,
        "made_on": iso_or_none(made_on),
        "due_on": iso_or_none(due_on),
        "status": PromiseStatus.PENDING.value,
        "created_at": stamp,
    }
    with store.write() as db:
        promise_id = insert_row(db, "promises", record)
        if party_id is not None:
            involve_party(store, case_id=case_id, party_id=party_id)
        db.table("promise_events").insert(
            {"promise_id": promise_id, "recorded_at": stamp, "status": PromiseStatus.PENDING.value}
        )
        touch_case(store, case_id)
    return get_promise(store, promise_id)


def save_promise(store: Store, promise: Promise) -> Promise:
    """Write the wording, maker, dates and links of a promise (its status goes through settle)."""
    current = get_promise(store, promise.id)
    wording = " ".join(promise.text.split())
    if not wording:
        raise InvalidInputError("error.empty_promise")
    require_links_in_case(store, current.case_id, interaction_id=promise.interaction_id)
    if promise.party_id is not None:
        get_party(store, promise.party_id)
    if promise.made_on and promise.due_on and promise.due_on < promise.made_on:
        raise InvalidInputError("error.due_before_made")
    with store.write() as db:
        db.table("promises").update(
            promise.id,
            {
                "text": wording,
                "interaction_id": promise.interaction_id,
                "party_id": promise.party_id,
                "person": promise.person.strip(),
                "made_on": iso_or_none(promise.made_on),
                "due_on": iso_or_none(promise.due_on),
            },
        )
        if promise.party_id is not None:
            involve_party(store, case_id=current.case_id, party_id=promise.party_id)
        touch_case(store, current.case_id)
    return get_promise(store, promise.id)


def settle_promise(
    store: Store,
    *,
    promise_id: int,
    status: PromiseStatus,
    on: dt.date | None = None,
    by_interaction_id: int | None = None,
    by_evidence_id: int | None = None,
    note: str = "",
) -> Promise:
    """Mark a promise kept, broken, partly kept or withdrawn (or pending again), and say why."""
    promise = get_promise(store, promise_id)
    require_links_in_case(
        store, promise.case_id, interaction_id=by_interaction_id, evidence_id=by_evidence_id
    )
    pending = status is PromiseStatus.PENDING
    if pending:
        settled_on = None
    elif on is not None:
        settled_on = on
    elif by_interaction_id is not None:
        settled_on = get_interaction(store, by_interaction_id).occurred.day
    else:
        settled_on = current_day()
    with store.write() as db:
        db.table("promises").update(
            promise_id,
            {
                "status": status.value,
                "settled_on": iso_or_none(settled_on),
                "settled_by_interaction_id": None if pending else by_interaction_id,
                "settled_by_evidence_id": None if pending else by_evidence_id,
                "settlement_note": "" if pending else note.strip(),
            },
        )
        db.table("promise_events").insert(
            {
                "promise_id": promise_id,
                "recorded_at": utc_timestamp(),
                "status": status.value,
                "note": note.strip(),
                "interaction_id": by_interaction_id,
                "evidence_id": by_evidence_id,
            }
        )
        touch_case(store, promise.case_id)
    return get_promise(store, promise_id)


def delete_promise(store: Store, promise_id: int) -> Promise:
    promise = get_promise(store, promise_id)
    with store.write() as db:
        db.execute("DELETE FROM promises WHERE id = ?", [promise_id])
        touch_case(store, promise.case_id)
    return promise
