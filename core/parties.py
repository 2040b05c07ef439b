"""The directory of parties (companies, departments, agents, mediators) and their roles in cases.

Companies recur across disputes, so a party is kept once and linked to each case with a role.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import asdict

from core.clock import utc_timestamp
from core.database import Store
from core.errors import InvalidInputError, NotFoundError
from core.model import CaseParty, Party, PartyKind, PartyRole
from core.rows import fetch_all, fetch_one, insert_row

_PARTY_FIELDS = (
    "id",
    "name",
    "kind",
    "organisation_id",
    "postal_address",
    "email",
    "phone",
    "website",
    "notes",
)
_PARTY_COLUMNS = ", ".join(_PARTY_FIELDS)
_QUALIFIED_PARTY_COLUMNS = ", ".join(f"p.{field}" for field in _PARTY_FIELDS)
_EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s]+")


def party_from_row(row: sqlite3.Row) -> Party:
    return Party(
        id=row["id"],
        name=row["name"],
        kind=PartyKind(row["kind"]),
        organisation_id=row["organisation_id"],
        postal_address=row["postal_address"],
        email=row["email"],
        phone=row["phone"],
        website=row["website"],
        notes=row["notes"],
    )


def name_key(name: str) -> str:
    """How two spellings of one name compare: case, accents and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.split())


def clean_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InvalidInputError("error.empty_name")
    return cleaned


def clean_address(text: str) -> str:
    """A postal address as it is printed: one line each, without blank or padded lines."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def is_email_address(text: str) -> bool:
    """Whether the text has the shape of an email address: something, an @, something."""
    return _EMAIL_SHAPE.fullmatch(text.strip()) is not None


def clean_email(text: str) -> str:
    """An email address as typed, refused when it cannot be one (no @, or spaces in it)."""
    cleaned = text.strip()
    if cleaned and not is_email_address(cleaned):
        raise InvalidInputError("party.bad_email", value=cleaned)
    return cleaned


def _contact_fields(
    *, postal_address: str, email: str, phone: str, website: str, email_before: str | None = None
) -> dict[str, str]:
    """A party's contact details as the directory keeps them, whether it is added or saved.

    The email is checked unless it is `email_before`, the one already stored: an address
    kept from before the check (an archive, an older version) must not block every other
    edit of the party.
    """
    typed_email = email.strip()
    return {
        "postal_address": clean_address(postal_address),
        "email": typed_email if typed_email == email_before else clean_email(typed_email),
        "phone": phone.strip(),
        "website": website.strip(),
    }


def get_party(store: Store, party_id: int) -> Party:
    row = fetch_one(
        store.conn,
        f"SELECT {_PARTY_COLUMNS} FROM parties WHERE id = ?",
        [party_id],
        missing="error.party_not_found",
        ident=party_id,
    )
    return party_from_row(row)


def list_parties(store: Store) -> list[Party]:
    rows = fetch_all(
        store.conn, f"SELECT {_PARTY_COLUMNS} FROM parties ORDER BY name COLLATE NOCASE"
    )
    return [party_from_row(row) for row in rows]


def find_party(store: Store, name: str) -> Party | None:
    """The party whose name matches, ignoring case and accents ("orange" finds "Orange")."""
    wanted = name_key(name)
    for party in list_parties(store):
        if name_key(party.name) == wanted:
            return party
    return None


def add_party(
    store: Store,
    *,
    name: str,
    kind: PartyKind = PartyKind.COMPANY,
    organisation_id: int | None = None,
    postal_address: str = "",
    email: str = "",
    phone: str = "",
    website: str = "",
    notes: str = "",
) -> Party:
    record = {
        "name": clean_name(name),
        "kind": kind.value,
        "organisation_id": organisation_id,
        **_contact_fields(postal_address=postal_address, email=email, phone=phone, website=website),
        "notes": notes,
        "created_at": utc_timestamp(),
    }
    if organisation_id is not None:
        get_party(store, organisation_id)
    with store.write() as db:
        party_id = insert_row(db, "parties", record)
    return get_party(store, party_id)


def find_or_add_party(
    store: Store,
    *,
    name: str,
    kind: PartyKind = PartyKind.COMPANY,
    organisation_id: int | None = None,
) -> Party:
    """The directory entry for this name, created on the fly when it is new."""
    existing = find_party(store, name)
    if existing is not None:
        return existing
    return add_party(store, name=name, kind=kind, organisation_id=organisation_id)


def save_party(store: Store, party: Party) -> Party:
    """Write every editable field of `party` back to the directory.

    A new name must be free: two entries spelled alike would make every name typed in a form
    or on the command line ambiguous. (Entries alike from before, say from an archive, can
    still be edited under their name.) Likewise an email is checked only when it changes.
    """
    before = get_party(store, party.id)
    if party.organisation_id == party.id:
        raise InvalidInputError("error.party_own_organisation")
    if party.organisation_id is not None:
        get_party(store, party.organisation_id)
    name = clean_name(party.name)
    if name_key(name) != name_key(before.name):
        namesake = find_party(store, name)
        if namesake is not None:
            raise InvalidInputError("party.name_taken", name=namesake.name)
    fields = asdict(party)
    fields.pop("id")
    fields["name"] = name
    fields["kind"] = party.kind.value
    fields |= _contact_fields(
        postal_address=party.postal_address,
        email=party.email,
        phone=party.phone,
        website=party.website,
        email_before=before.email,
    )
    with store.write() as db:
        db.table("parties").update(party.id, fields)
    return get_party(store, party.id)


def link_party(store: Store, *, case_id: int, party_id: int, role: PartyRole) -> None:
    """Record that a party plays a role in a case (several roles are allowed)."""
    if role is PartyRole.COUNTERPARTY:
        raise InvalidInputError("error.counterparty_role")
    get_party(store, party_id)
    if store.conn.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
        raise NotFoundError("error.case_not_found", id=case_id)
    with store.write() as db:
        db.execute(
            "INSERT OR IGNORE INTO case_parties (case_id, party_id, role) VALUES (?, ?, ?)",
            [case_id, party_id, role.value],
        )


def involve_party(store: Store, *, case_id: int, party_id: int) -> None:
    """Make sure a party named in a case's record is listed among its parties (role "other")."""
    involved = store.conn.execute(
        "SELECT 1 FROM cases WHERE id = ? AND counterparty_id = ? "
        "UNION SELECT 1 FROM case_parties WHERE case_id = ? AND party_id = ?",
        [case_id, party_id, case_id, party_id],
    ).fetchone()
    if involved is None:
        link_party(store, case_id=case_id, party_id=party_id, role=PartyRole.OTHER)


def unlink_party(store: Store, *, case_id: int, party_id: int, role: PartyRole) -> None:
    with store.write() as db:
        db.execute(
            "DELETE FROM case_parties WHERE case_id = ? AND party_id = ? AND role = ?",
            [case_id, party_id, role.value],
        )


def case_parties(store: Store, case_id: int) -> list[CaseParty]:
    """Everyone involved in a case: the counterparty first, then the others by name."""
    counterparty_rows = fetch_all(
        store.conn,
        f"SELECT {_QUALIFIED_PARTY_COLUMNS} "
        "FROM parties p JOIN cases c ON c.counterparty_id = p.id WHERE c.id = ?",
        [case_id],
    )
    other_rows = fetch_all(
        store.conn,
        f"SELECT {_QUALIFIED_PARTY_COLUMNS}, cp.role "
        "FROM case_parties cp JOIN parties p ON p.id = cp.party_id "
        "WHERE cp.case_id = ? ORDER BY p.name COLLATE NOCASE, cp.role",
        [case_id],
    )
    involved = [CaseParty(party_from_row(row), PartyRole.COUNTERPARTY) for row in counterparty_rows]
    involved += [CaseParty(party_from_row(row), PartyRole(row["role"])) for row in other_rows]
    return involved
