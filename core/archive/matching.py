"""Where the cases and parties of an archive belong in this record.

Ids differ from one computer to another, so an archived party is matched to a directory entry
by its name (case and accents ignored), and an archived case to a case already here by when it
was opened and against whom: what restoring, as opposed to importing as new, needs to know.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.archive.case_parsing import ArchivedCase
from core.archive.format import ArchiveError
from core.database import Store
from core.model import Party
from core.parties import name_key
from core.rows import fetch_all, insert_row

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class Directory:
    """The directory entries of every case of an archive, once each, with when each was made."""

    parties: Mapping[int, Party]
    stamps: Mapping[int, str]


@dataclass(frozen=True, slots=True)
class PresentCase:
    """A case already in the record that an archived case is a copy of."""

    id: int
    title: str


@dataclass
class PartyPlacement:
    """Where each archived party went: matched to an entry already here, or added."""

    ids: dict[int, int] = field(default_factory=dict)
    created: int = 0
    matched: int = 0


def unified_directory(cases: Sequence[ArchivedCase], where: str) -> Directory:
    """One directory for the whole archive; a party listed twice must be listed alike."""
    parties: dict[int, Party] = {}
    stamps: dict[int, str] = {}
    for archived in cases:
        for party in archived.directory:
            stamp = archived.stamps["parties"][party.id]
            if party.id in parties and (parties[party.id], stamps[party.id]) != (party, stamp):
                raise ArchiveError("archive.data_conflict", where=where, id=party.id)
            parties[party.id] = party
            stamps[party.id] = stamp
    return Directory(parties=parties, stamps=stamps)


def case_identity(created_at: str, counterparty_name: str) -> tuple[str, str]:
    """How a case is known again on another computer, since its id is not: the moment it was
    opened, to the second, and the company it is against."""
    return created_at, name_key(counterparty_name)


def matching_cases(
    store: Store, cases: Sequence[ArchivedCase], directory: Directory
) -> list[PresentCase | None]:
    """For each archived case, the case already here it is a copy of, or None.

    Each case here is the copy of one archived case at most: two cases opened in the same
    second against the same company share an identity, and are told apart by their title,
    else paired in the order they were opened.
    """
    rows = fetch_all(
        store.conn,
        "SELECT c.id, c.title, c.created_at, p.name FROM cases c "
        "JOIN parties p ON p.id = c.counterparty_id ORDER BY c.id",
    )
    unclaimed: dict[tuple[str, str], list[PresentCase]] = {}
    for row in rows:
        unclaimed.setdefault(case_identity(row["created_at"], row["name"]), []).append(
            PresentCase(row["id"], row["title"])
        )
    candidates = [unclaimed.get(_archived_identity(item, directory), []) for item in cases]
    matches: list[PresentCase | None] = [None] * len(cases)
    for index, (archived, present) in enumerate(zip(cases, candidates, strict=True)):
        same_title = next((item for item in present if item.title == archived.case.title), None)
        if same_title is not None:
            present.remove(same_title)
            matches[index] = same_title
    for index, present in enumerate(candidates):
        if matches[index] is None and present:
            matches[index] = present.pop(0)
    return matches


def _archived_identity(archived: ArchivedCase, directory: Directory) -> tuple[str, str]:
    counterparty = directory.parties[archived.case.counterparty_id]
    return case_identity(archived.case.created_at, counterparty.name)


def place_parties(db: Database, store: Store, directory: Directory) -> PartyPlacement:
    """Match each archived party to a directory entry of the same name (case and accents
    ignored), or add it with everything the archive says of it, organisation included."""
    existing: dict[str, int] = {}
    for row in fetch_all(store.conn, "SELECT id, name FROM parties ORDER BY name COLLATE NOCASE"):
        existing.setdefault(name_key(row["name"]), row["id"])
    placement = PartyPlacement()
    added: list[Party] = []
    for party_id in sorted(directory.parties):
        party = directory.parties[party_id]
        match = existing.get(name_key(party.name))
        if match is not None:
            placement.ids[party_id] = match
            placement.matched += 1
            continue
        placement.ids[party_id] = insert_row(
            db,
            "parties",
            {
                "name": party.name,
                "kind": party.kind.value,
                "postal_address": party.postal_address,
                "email": party.email,
                "phone": party.phone,
                "website": party.website,
                "notes": party.notes,
                "created_at": directory.stamps[party_id],
            },
        )
        placement.created += 1
        added.append(party)
    for party in added:
        if party.organisation_id is not None:
            db.execute(
                "UPDATE parties SET organisation_id = ? WHERE id = ?",
                [placement.ids[party.organisation_id], placement.ids[party.id]],
            )
    return placement
