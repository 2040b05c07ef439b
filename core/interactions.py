"""Interactions: every call, email, letter, visit, chat or delivery of a dispute, dated."""

from __future__ import annotations

import sqlite3

from core.cases import get_case, touch_case
from core.clock import utc_timestamp
from core.database import Store
from core.errors import InvalidInputError
from core.model import Channel, Direction, Interaction, Moment
from core.parties import get_party, involve_party
from core.rows import fetch_all, fetch_one, insert_row

_COLUMNS = (
    "id, case_id, occurred_at, channel, direction, party_id, person, summary, details, "
    "reference, duration_minutes"
)


def interaction_from_row(row: sqlite3.Row) -> Interaction:
    return Interaction(
        id=row["id"],
        case_id=row["case_id"],
        occurred=Moment.parse(row["occurred_at"]),
        channel=Channel(row["channel"]),
        direction=Direction(row["direction"]),
        party_id=row["party_id"],
        person=row["person"],
        summary=row["summary"],
        details=row["details"],
        reference=row["reference"],
        duration_minutes=row["duration_minutes"],
    )


def _fields(store: Store, interaction: Interaction) -> dict[str, object]:
    summary = " ".join(interaction.summary.split())
    if not summary:
        raise InvalidInputError("error.empty_summary")
    if interaction.duration_minutes is not None and interaction.duration_minutes < 0:
        raise InvalidInputError("error.negative_duration")
    if interaction.party_id is not None:
        get_party(store, interaction.party_id)
    return {
        "occurred_at": interaction.occurred.iso(),
        "channel": interaction.channel.value,
        "direction": interaction.direction.value,
        "party_id": interaction.party_id,
        "person": interaction.person.strip(),
        "summary": summary,
        "details": interaction.details.strip(),
        "reference": interaction.reference.strip(),
        "duration_minutes": interaction.duration_minutes,
    }


def get_interaction(store: Store, interaction_id: int) -> Interaction:
    row = fetch_one(
        store.conn,
        f"SELECT {_COLUMNS} FROM interactions WHERE id = ?",
        [interaction_id],
        missing="error.interaction_not_found",
        ident=interaction_id,
    )
    return interaction_from_row(row)


def list_interactions(store: Store, case_id: int) -> list[Interaction]:
    """The timeline of a case, oldest first (same moment: in the order they were logged)."""
    rows = fetch_all(
        store.conn,
        f"SELECT {_COLUMNS} FROM interactions WHERE case_id = ? ORDER BY occurred_at, id",
        [case_id],
    )
    return [interaction_from_row(row) for row in rows]


def add_interaction(
    store: Store,
    *,
    case_id: int,
    occurred: Moment,
    channel: Channel,
    direction: Direction,
    summary: str,
    party_id: int | None = None,
    person: str = "",
    details: str = "",
    reference: str = "",
    duration_minutes: int | None = None,
) -> Interaction:
    get_case(store, case_id)
    draft = Interaction(
        id=0,
        case_id=case_id,
        occurred=occurred,
        channel=channel,
        direction=direction,
        summary=summary,
        party_id=party_id,
        person=person,
        details=details,
        reference=reference,
        duration_minutes=duration_minutes,
    )
    record = _fields(store, draft) | {"case_id": case_id, "created_at": utc_timestamp()}
    with store.write() as db:
        interaction_id = insert_row(db, "interactions", record)
        if party_id is not None:
            involve_party(store, case_id=case_id, party_id=party_id)
        touch_case(store, case_id)
    return get_interaction(store, interaction_id)


def save_interaction(store: Store, interaction: Interaction) -> Interaction:
    """Write every editable field of an interaction back; it stays in the case it is in."""
    case_id = get_interaction(store, interaction.id).case_id
    fields = _fields(store, interaction)
    with store.write() as db:
        db.table("interactions").update(interaction.id, fields)
        if interaction.party_id is not None:
            involve_party(store, case_id=case_id, party_id=interaction.party_id)
        touch_case(store, case_id)
    return get_interaction(store, interaction.id)


def delete_interaction(store: Store, interaction_id: int) -> Interaction:
    """Remove an interaction; promises and evidence made in it stay, unlinked."""
    interaction = get_interaction(store, interaction_id)
    with store.write() as db:
        db.execute("DELETE FROM interactions WHERE id = ?", [interaction_id])
        touch_case(store, interaction.case_id)
    return interaction
