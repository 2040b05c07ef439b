"""Evidence in the record: which file belongs to which case, what it is, whether it is intact."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from core.backups.catalog import evidence_kept_by_backups
from core.case_links import require_links_in_case
from core.cases import get_case, touch_case
from core.clock import utc_timestamp
from core.database import Store
from core.evidence_store import (
    CancelCheck,
    EvidenceFiles,
    ProgressCallback,
    StoredFile,
    file_fingerprint,
)
from core.filenames import display_name, name_from_path
from core.media_types import EMAIL
from core.model import Evidence, EvidenceKind, Money
from core.money import normalise_currency
from core.rows import (
    date_or_none,
    fetch_all,
    fetch_one,
    in_batches,
    insert_row,
    iso_or_none,
    placeholders,
)

SWEEP_GRACE_SECONDS: Final = 600

_COLUMNS = (
    "id, case_id, interaction_id, sha256, original_name, media_type, size, added_at, kind, "
    "description, document_date, amount_minor, currency, extracted_text"
)


class EvidenceProblemKind(StrEnum):
    MISSING = "missing"
    ALTERED = "altered"


@dataclass(frozen=True, slots=True)
class EvidenceProblem:
    evidence: Evidence
    problem: EvidenceProblemKind


@dataclass(frozen=True, slots=True)
class Attachment:
    """The result of attaching a file: its evidence row, and whether the case already had it."""

    evidence: Evidence
    already_attached: bool


def evidence_from_row(row: sqlite3.Row) -> Evidence:
    amount = None
    if row["amount_minor"] is not None and row["currency"]:
        amount = Money(row["amount_minor"], row["currency"])
    return Evidence(
        id=row["id"],
        case_id=row["case_id"],
        interaction_id=row["interaction_id"],
        sha256=row["sha256"],
        original_name=row["original_name"],
        media_type=row["media_type"],
        size=row["size"],
        added_at=row["added_at"],
        kind=EvidenceKind(row["kind"]),
        description=row["description"],
        document_date=date_or_none(row["document_date"]),
        amount=amount,
        extracted_text=row["extracted_text"],
    )


def evidence_files(store: Store) -> EvidenceFiles:
    return EvidenceFiles(store.evidence_dir)


def evidence_path(store: Store, evidence: Evidence) -> Path:
    """Where the stored copy of a piece of evidence is (never to be written to)."""
    return evidence_files(store).path_for(evidence.sha256)


def guess_kind(name: str, media_type: str) -> EvidenceKind:
    """A first guess at what a file is, which the user can correct."""
    lowered = name.casefold()
    if media_type == EMAIL:
        return EvidenceKind.EMAIL
    for words, kind in (
        (("facture", "invoice", "bill"), EvidenceKind.INVOICE),
        (("reçu", "recu", "receipt", "ticket de caisse"), EvidenceKind.RECEIPT),
        (("contrat", "contract", "conditions"), EvidenceKind.CONTRACT),
        (("capture", "screenshot", "screen shot"), EvidenceKind.SCREENSHOT),
        (("lettre", "courrier", "letter"), EvidenceKind.LETTER),
    ):
        if any(word in lowered for word in words):
            return kind
    if media_type.startswith("image/"):
        return EvidenceKind.PHOTO
    return EvidenceKind.OTHER


def get_evidence(store: Store, evidence_id: int) -> Evidence:
    row = fetch_one(
        store.conn,
        f"SELECT {_COLUMNS} FROM evidence WHERE id = ?",
        [evidence_id],
        missing="error.evidence_not_found",
        ident=evidence_id,
    )
    return evidence_from_row(row)


def list_evidence(store: Store, case_id: int) -> list[Evidence]:
    rows = fetch_all(
        store.conn,
        f"SELECT {_COLUMNS} FROM evidence WHERE case_id = ? "
        "ORDER BY coalesce(document_date, substr(added_at, 1, 10)), id",
        [case_id],
    )
    return [evidence_from_row(row) for row in rows]


def attach_evidence(
    store: Store,
    *,
    case_id: int,
    source: Path,
    interaction_id: int | None = None,
    kind: EvidenceKind | None = None,
    description: str = "",
    document_date: dt.date | None = None,
    original_name: str | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> Attachment:
    """Store a file as evidence of a case. The same file attached twice is kept once.

    The file is copied before the row is written; if writing the row fails, a copy this call
    brought into the store is removed again (`discard_new_files`).
    """
    get_case(store, case_id)
    require_links_in_case(store, case_id, interaction_id=interaction_id)
    stored = evidence_files(store).ingest(source, progress=progress, should_cancel=should_cancel)
    try:
        return record_evidence(
            store,
            case_id=case_id,
            stored=stored,
            original_name=(original_name if original_name is not None else name_from_path(source)),
            interaction_id=interaction_id,
            kind=kind,
            description=description,
            document_date=document_date,
        )
    except BaseException:
        discard_new_files(store, [stored])
        raise


def record_evidence(
    store: Store,
    *,
    case_id: int,
    stored: StoredFile,
    original_name: str,
    interaction_id: int | None = None,
    kind: EvidenceKind | None = None,
    description: str = "",
    document_date: dt.date | None = None,
) -> Attachment:
    """Record a file already in the evidence store (`EvidenceFiles.ingest`) as a case's evidence.

    The desktop app copies big files in the background, then records them here, on the
    window's connection, as one undoable step. Whether the case already has the file is
    asked inside the write, so another process attaching it meanwhile is not a crash.
    """
    get_case(store, case_id)
    require_links_in_case(store, case_id, interaction_id=interaction_id)
    name = display_name(original_name)
    record = {
        "case_id": case_id,
        "interaction_id": interaction_id,
        "sha256": stored.sha256,
        "original_name": name,
        "media_type": stored.media_type,
        "size": stored.size,
        "added_at": utc_timestamp(),
        "kind": (kind or guess_kind(name, stored.media_type)).value,
        "description": description.strip(),
        "document_date": iso_or_none(document_date),
    }
    with store.write() as db:
        existing = store.conn.execute(
            "SELECT id FROM evidence WHERE case_id = ? AND sha256 = ?", [case_id, stored.sha256]
        ).fetchone()
        if existing is None:
            evidence_id = insert_row(db, "evidence", record)
            touch_case(store, case_id)
    if existing is not None:
        return Attachment(get_evidence(store, existing[0]), already_attached=True)
    return Attachment(get_evidence(store, evidence_id), already_attached=False)


def save_evidence(store: Store, evidence: Evidence) -> Evidence:
    """Write what the user says about a file: kind, description, date, amount, interaction."""
    current = get_evidence(store, evidence.id)
    require_links_in_case(store, current.case_id, interaction_id=evidence.interaction_id)
    fields = {
        "interaction_id": evidence.interaction_id,
        "kind": evidence.kind.value,
        "description": evidence.description.strip(),
        "document_date": iso_or_none(evidence.document_date),
        "amount_minor": None if evidence.amount is None else evidence.amount.minor,
        "currency": None
        if evidence.amount is None
        else normalise_currency(evidence.amount.currency),
        "original_name": display_name(evidence.original_name),
    }
    with store.write() as db:
        db.table("evidence").update(evidence.id, fields)
        touch_case(store, current.case_id)
    return get_evidence(store, evidence.id)


def set_extracted_text(store: Store, evidence_id: int, text: str) -> None:
    """Keep the text read from a document, so search finds what is written in it.

    The evidence is marked as read (`text_extracted_at`), so background extraction
    (core.text_extraction) does not read it again, even when the text is empty.
    """
    with store.write() as db:
        db.table("evidence").update(
            evidence_id, {"extracted_text": text, "text_extracted_at": utc_timestamp()}
        )


def delete_evidence(store: Store, evidence_id: int, *, keep_file: bool = False) -> Evidence:
    """Remove a piece of evidence from its case; its file goes once nothing else uses it."""
    evidence = get_evidence(store, evidence_id)
    get_case(store, evidence.case_id)
    with store.write() as db:
        db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
        touch_case(store, evidence.case_id)
    if not keep_file:
        collect_unreferenced_files(store, candidates={evidence.sha256})
    return evidence


def referenced_hashes(store: Store, candidates: Iterable[str] | None = None) -> set[str]:
    """The fingerprints some evidence row names: all of them, or those among `candidates`."""
    if candidates is None:
        return {row[0] for row in store.conn.execute("SELECT DISTINCT sha256 FROM evidence")}
    found: set[str] = set()
    for batch in in_batches(candidates):
        rows = store.conn.execute(
            f"SELECT DISTINCT sha256 FROM evidence WHERE sha256 IN ({placeholders(batch)})",
            batch,
        )
        found |= {row[0] for row in rows}
    return found


def collect_unreferenced_files(
    store: Store, *, candidates: Iterable[str] | None = None
) -> set[str]:
    """Delete stored files that no evidence row refers to any more; return their fingerprints.

    Call it only outside a transaction, after the rows are gone for good. With `candidates`,
    only those files are considered; without, the whole store is swept, sparing files stored
    in the last minutes: another process may be between copying a file and recording it.
    Files a kept backup refers to stay too, so restoring that backup finds them.
    """
    if store.conn.in_transaction:
        raise RuntimeError("evidence files may only be collected after the transaction commits")
    files = evidence_files(store)
    if candidates is None:
        pool = {
            sha256
            for sha256 in files.stored_hashes()
            if not files.is_recent(sha256, seconds=SWEEP_GRACE_SECONDS)
        }
    else:
        pool = set(candidates)
    unreferenced = pool - referenced_hashes(store, pool)
    if unreferenced and store.data_dir is not None:
        unreferenced -= evidence_kept_by_backups(store.data_dir, unreferenced)
    for sha256 in unreferenced:
        files.remove(sha256)
    if candidates is None:
        files.clear_incoming()
    return unreferenced


def discard_new_files(store: Store, stored: Iterable[StoredFile]) -> None:
    """Remove what an import that failed or was cancelled copied into the store, unless a row
    uses it after all.

    Only files that import put there (`newly_stored`) may go: a file already stored may be
    the file of evidence deleted a moment ago, kept so that an undo finds it. Inside a
    transaction nothing goes, since its rows may yet commit; the sweep at close takes what
    is left.
    """
    if store.conn.in_transaction:
        return
    new = {item.sha256 for item in stored if item.newly_stored}
    if new:
        collect_unreferenced_files(store, candidates=new)


def verify_evidence(
    store: Store,
    *,
    case_id: int | None = None,
    should_cancel: CancelCheck | None = None,
) -> list[EvidenceProblem]:
    """Recompute every fingerprint and report files that are missing or no longer match."""
    if case_id is None:
        rows = fetch_all(store.conn, f"SELECT {_COLUMNS} FROM evidence ORDER BY id")
    else:
        rows = fetch_all(
            store.conn, f"SELECT {_COLUMNS} FROM evidence WHERE case_id = ? ORDER BY id", [case_id]
        )
    files = evidence_files(store)
    problems = []
    verdicts: dict[str, EvidenceProblemKind | None] = {}
    for row in rows:
        evidence = evidence_from_row(row)
        if evidence.sha256 not in verdicts:
            verdicts[evidence.sha256] = _verify_file(files, evidence.sha256, should_cancel)
        verdict = verdicts[evidence.sha256]
        if verdict is not None:
            problems.append(EvidenceProblem(evidence, verdict))
    return problems


def _verify_file(
    files: EvidenceFiles, sha256: str, should_cancel: CancelCheck | None
) -> EvidenceProblemKind | None:
    path = files.path_for(sha256)
    try:
        actual = file_fingerprint(path, should_cancel=should_cancel)
    except FileNotFoundError:
        return EvidenceProblemKind.MISSING
    except OSError:
        return EvidenceProblemKind.ALTERED
    return None if actual == sha256 else EvidenceProblemKind.ALTERED
