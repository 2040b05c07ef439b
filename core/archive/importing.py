"""Taking cases in from an archive: all of it, checked, or nothing at all.

Everything that can be checked without writing is checked first: the zip's members, the
manifest, every case's data and every link in it. Then the evidence files are streamed into the
evidence store (outside any transaction, so the window is never blocked by a long copy), each
refused unless it matches the manifest's fingerprint before it is given its place. Last, every
row goes in one transaction. If anything fails or the user cancels, the transaction is rolled
back and the files this import added are removed: the record is as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, cast

from core.archive.case_parsing import ArchivedCase, parse_case
from core.archive.fields import parse_json
from core.archive.format import MAX_CASE_DATA_BYTES, ArchiveError, evidence_member, shown
from core.archive.matching import (
    Directory,
    PresentCase,
    matching_cases,
    place_parties,
    unified_directory,
)
from core.archive.writing import write_case
from core.archive.zip_reading import ArchiveReader
from core.database import Store
from core.errors import OperationCancelled, storage_error_from
from core.evidence import collect_unreferenced_files, evidence_files
from core.evidence_store import SPACE_MARGIN_BYTES, CancelCheck, EvidenceFiles, ProgressCallback
from core.filenames import safe_filename


class ImportMode(StrEnum):
    """NEW: the cases join the record as new cases, whatever is already there (an advocate
    receiving a client's case). RESTORE: the cases come back as they were, refused if they
    are already here unless replacing them was asked for (moving to a new computer)."""

    NEW = "new"
    RESTORE = "restore"


@dataclass(frozen=True, slots=True)
class ImportedCase:
    archive_id: int
    case_id: int
    title: str
    replaced_case_id: int | None = None


@dataclass(frozen=True, slots=True)
class ImportReport:
    source: Path
    mode: ImportMode
    cases: tuple[ImportedCase, ...]
    evidence_files: int
    evidence_bytes: int
    parties_created: int
    parties_matched: int


def import_archive(
    store: Store,
    *,
    source: Path,
    mode: ImportMode = ImportMode.NEW,
    replace: bool = False,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> ImportReport:
    """Import every case of the archive at `source`; return what was written.

    Raises ArchiveError for an archive that is damaged, not from Recours, from a newer
    version, or hostile in any way; StorageError when the disk refuses; OperationCancelled
    when asked to stop. In each case nothing was written. Call it outside any transaction.
    """
    if store.conn.in_transaction:
        raise RuntimeError("an archive is imported in its own transaction")
    files = evidence_files(store)
    with ArchiveReader(source) as reader:
        cases = _read_cases(reader)
        directory = unified_directory(cases, where=str(source))
        if mode is ImportMode.RESTORE:
            _refuse_present(store, cases, directory, replace=replace)
        wanted = _evidence_members(reader, cases)
        _check_room(files, wanted)
        added: set[str] = set()
        try:
            media_types = _store_evidence(reader, files, wanted, added, progress, should_cancel)
            if should_cancel is not None and should_cancel():
                raise OperationCancelled()
            report, replaced = _write(store, source, mode, cases, directory, media_types, replace)
        except BaseException:
            collect_unreferenced_files(store, candidates=added)
            raise
    if replaced:
        collect_unreferenced_files(store, candidates=replaced)
    return report


def _read_cases(reader: ArchiveReader) -> list[ArchivedCase]:
    cases = []
    for entry in reader.manifest.cases:
        raw = reader.read_member(entry.data, limit=MAX_CASE_DATA_BYTES)
        archived = parse_case(parse_json(raw, member=entry.data), entry.data)
        if archived.case.id != entry.id or archived.case.title != entry.title:
            raise ArchiveError("archive.manifest_mismatch", name=entry.data)
        cases.append(archived)
    return cases


def _evidence_members(
    reader: ArchiveReader, cases: Sequence[ArchivedCase]
) -> dict[str, tuple[int, str]]:
    """Each evidence file the cases use: its size and a name to tell its format by. Every
    evidence member must be used, and listed at the size the cases give."""
    wanted: dict[str, tuple[int, str]] = {}
    for archived in cases:
        for item in archived.evidence:
            entry = reader.entry(evidence_member(item.sha256))
            if entry.size != item.size:
                raise ArchiveError("archive.size_mismatch", name=shown(entry.path))
            wanted.setdefault(item.sha256, (item.size, item.original_name))
    for entry in reader.manifest.members:
        if entry.path.startswith("evidence/") and entry.sha256 not in wanted:
            raise ArchiveError("archive.unused_member", name=shown(entry.path))
    return wanted


def _refuse_present(
    store: Store, cases: Sequence[ArchivedCase], directory: Directory, *, replace: bool
) -> None:
    if replace:
        return
    for found in matching_cases(store, cases, directory):
        if found is not None:
            raise ArchiveError("archive.case_present", id=found.id, title=found.title)


def _check_room(files: EvidenceFiles, wanted: dict[str, tuple[int, str]]) -> None:
    """Refuse at once an archive whose new files cannot fit, rather than after copying most."""
    needed = sum(size for sha256, (size, _) in wanted.items() if not files.contains(sha256))
    folder = files.root if files.root.is_dir() else files.root.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError as error:
        raise storage_error_from(error, folder) from error
    if needed + SPACE_MARGIN_BYTES > free:
        raise storage_error_from(OSError(28, "No space left on device"), folder)


def _store_evidence(
    reader: ArchiveReader,
    files: EvidenceFiles,
    wanted: dict[str, tuple[int, str]],
    added: set[str],
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
) -> dict[str, str]:
    """Stream each file into the evidence store; return what each is, read from its content."""
    total = sum(size for size, _ in wanted.values())
    done = 0
    media_types: dict[str, str] = {}
    for sha256, (size, name) in wanted.items():

        def report(copied: int, _expected: int, before: int = done) -> None:
            if progress is not None:
                progress(before + copied, total)

        with reader.open_member(evidence_member(sha256)) as member:
            stored = files.ingest_stream(
                cast(BinaryIO, member),
                label=Path(safe_filename(name)),
                size=size,
                progress=report,
                should_cancel=should_cancel,
            )
        if stored.newly_stored:
            added.add(sha256)
        media_types[sha256] = stored.media_type
        done += size
    return media_types


def _write(
    store: Store,
    source: Path,
    mode: ImportMode,
    cases: Sequence[ArchivedCase],
    directory: Directory,
    media_types: dict[str, str],
    replace: bool,
) -> tuple[ImportReport, set[str]]:
    """Every row in one transaction; return the report and the files of replaced cases."""
    files = evidence_files(store)
    imported: list[ImportedCase] = []
    replaced_files: set[str] = set()
    try:
        with store.write() as db:
            matches = (
                matching_cases(store, cases, directory)
                if mode is ImportMode.RESTORE
                else [None] * len(cases)
            )
            titles = {row[0] for row in store.conn.execute("SELECT title FROM cases")}
            placement = place_parties(db, store, directory)
            for archived, replaced in zip(cases, matches, strict=True):
                if replaced is not None:
                    replaced_files |= _delete_replaced(store, replaced, replace=replace)
                title = archived.case.title
                if mode is ImportMode.NEW:
                    title = _free_title(title, titles)
                titles.add(title)
                case_id = write_case(
                    db,
                    store,
                    archived,
                    title=title,
                    parties=placement.ids,
                    media_types=media_types,
                )
                imported.append(
                    ImportedCase(
                        archive_id=archived.case.id,
                        case_id=case_id,
                        title=title,
                        replaced_case_id=None if replaced is None else replaced.id,
                    )
                )
            if any(not files.contains(sha256) for sha256 in media_types):
                raise ArchiveError("archive.evidence_vanished")
    except sqlite3.IntegrityError:
        raise ArchiveError("archive.data_rejected") from None
    report = ImportReport(
        source=source,
        mode=mode,
        cases=tuple(imported),
        evidence_files=len(media_types),
        evidence_bytes=sum(
            {item.sha256: item.size for archived in cases for item in archived.evidence}.values()
        ),
        parties_created=placement.created,
        parties_matched=placement.matched,
    )
    return report, replaced_files


def _delete_replaced(store: Store, present: PresentCase, *, replace: bool) -> set[str]:
    if not replace:
        raise ArchiveError("archive.case_present", id=present.id, title=present.title)
    hashes = {
        row[0]
        for row in store.conn.execute("SELECT sha256 FROM evidence WHERE case_id = ?", [present.id])
    }
    store.conn.execute("DELETE FROM cases WHERE id = ?", [present.id])
    return hashes


def _free_title(title: str, taken: set[str]) -> str:
    """The title, or "title (2)", "title (3)"... when a case here already has it."""
    candidate = title
    number = 2
    while candidate in taken:
        candidate = f"{title} ({number})"
        number += 1
    return candidate
