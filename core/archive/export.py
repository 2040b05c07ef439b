"""Writing cases to one archive file, evidence streamed and verified on the way.

The archive is written to a temporary file beside the destination and renamed over it only
when complete and flushed to disk: a full disk, a cancel or an altered evidence file leaves
nothing behind. Each evidence file is read once, in chunks, fingerprinted as it is copied;
if it no longer matches the fingerprint the record holds, the export is refused: an archive
must never carry a file that is not what the record says it is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final, NoReturn

from core.archive.case_data import archive_case_json
from core.archive.case_parsing import parse_case
from core.archive.format import (
    ARCHIVE_VERSION,
    MANIFEST_NAME,
    MAX_CASE_DATA_BYTES,
    MAX_COMPRESSION_RATIO,
    ArchiveError,
    CaseEntry,
    Manifest,
    MemberEntry,
    app_version,
    case_member,
    evidence_member,
)
from core.atomic_write import fsync_directory
from core.cases import get_case, list_cases
from core.clock import today as current_day
from core.clock import utc_timestamp
from core.database import Store
from core.errors import InvalidInputError, OperationCancelled, storage_error_from
from core.evidence import evidence_path
from core.evidence_store import CHUNK_SIZE, SPACE_MARGIN_BYTES, CancelCheck, ProgressCallback
from core.filenames import display_name
from core.model import Evidence

_REGULAR_FILE_MODE: Final = (stat.S_IFREG | 0o600) << 16
_COMPRESS_LEVEL: Final = 6


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote: the file, the cases in it, how much evidence it carries."""

    destination: Path
    cases: tuple[CaseEntry, ...]
    evidence_files: int
    evidence_bytes: int
    archive_bytes: int


@dataclass(frozen=True, slots=True)
class _Plan:
    manifest: Manifest
    case_data: dict[str, bytes]
    evidence: dict[str, Evidence]


def export_cases(
    store: Store,
    *,
    destination: Path,
    case_ids: Sequence[int] | None = None,
    all_cases: bool = False,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> ExportReport:
    """Write the chosen cases (or every case) with their evidence to `destination`.

    Raises ArchiveError when there is nothing to export or an evidence file is missing or
    altered, StorageError when the disk refuses, OperationCancelled when asked to stop; in
    every case the destination is left as it was.
    """
    chosen = _chosen_cases(store, case_ids, all_cases)
    plan = _plan(store, chosen)
    _check_evidence_present(store, plan)
    target = _checked_destination(destination)
    total = sum(len(raw) for raw in plan.case_data.values()) + sum(
        item.size for item in plan.evidence.values()
    )
    _check_room(target.parent, total)
    temporary = _write_temporary(store, plan, target, total, progress, should_cancel)
    try:
        temporary.replace(target)
        fsync_directory(target.parent)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise storage_error_from(error, target) from error
    return ExportReport(
        destination=target,
        cases=plan.manifest.cases,
        evidence_files=len(plan.evidence),
        evidence_bytes=sum(item.size for item in plan.evidence.values()),
        archive_bytes=target.stat().st_size,
    )


def _chosen_cases(store: Store, case_ids: Sequence[int] | None, all_cases: bool) -> list[int]:
    if all_cases == (case_ids is not None):
        raise InvalidInputError("archive.choose_cases")
    if case_ids is None:
        chosen = [case.id for case in list_cases(store)]
    else:
        chosen = list(dict.fromkeys(case_ids))
        for case_id in chosen:
            get_case(store, case_id)
    if not chosen:
        raise ArchiveError("archive.nothing_to_export")
    return chosen


@contextlib.contextmanager
def _snapshot(store: Store) -> Iterator[None]:
    """One read transaction: every case is read as it stood at one moment, whatever the
    window or another command writes meanwhile."""
    already_reading = store.conn.in_transaction
    if not already_reading:
        store.conn.execute("BEGIN")
    try:
        yield
    finally:
        if not already_reading:
            store.conn.execute("ROLLBACK")


def _plan(store: Store, chosen: list[int]) -> _Plan:
    today = current_day()
    cases: list[CaseEntry] = []
    case_data: dict[str, bytes] = {}
    evidence: dict[str, Evidence] = {}
    with _snapshot(store):
        for position, case_id in enumerate(chosen, start=1):
            data, record = archive_case_json(store, case_id, today=today)
            member = case_member(position)
            raw = _case_bytes(data, member)
            cases.append(CaseEntry(id=case_id, title=record.case.title, data=member))
            case_data[member] = raw
            for item in record.evidence:
                evidence.setdefault(item.sha256, item)
    members = [
        MemberEntry(path=path, size=len(raw), sha256=hashlib.sha256(raw).hexdigest())
        for path, raw in case_data.items()
    ] + [
        MemberEntry(path=evidence_member(sha256), size=item.size, sha256=sha256)
        for sha256, item in evidence.items()
    ]
    manifest = Manifest(
        version=ARCHIVE_VERSION,
        created_at=utc_timestamp(),
        app_version=app_version(),
        cases=tuple(cases),
        members=tuple(members),
    )
    return _Plan(manifest=manifest, case_data=case_data, evidence=evidence)


def _case_bytes(data: dict[str, Any], member: str) -> bytes:
    """The case as UTF-8 JSON, checked first the way an import will check it: Recours never
    writes an archive it would refuse to read."""
    parse_case(data, member)
    raw = _json_bytes(data)
    if len(raw) > MAX_CASE_DATA_BYTES:
        raise ArchiveError("archive.member_too_large", name=member)
    return raw


def _json_bytes(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _check_evidence_present(store: Store, plan: _Plan) -> None:
    missing = [item for item in plan.evidence.values() if not evidence_path(store, item).is_file()]
    if missing:
        first = missing[0]
        raise ArchiveError(
            "archive.evidence_missing",
            count=len(missing),
            id=first.id,
            case=first.case_id,
            name=display_name(first.original_name),
        )


def _checked_destination(destination: Path) -> Path:
    target = destination.expanduser().absolute()
    if target.is_dir():
        raise ArchiveError("archive.destination_is_folder", path=target)
    if not target.parent.is_dir():
        raise ArchiveError("archive.destination_folder_missing", path=target.parent)
    return target


def _check_room(folder: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError as error:
        raise storage_error_from(error, folder) from error
    if free < needed + SPACE_MARGIN_BYTES:
        raise storage_error_from(OSError(28, "No space left on device"), folder)


def _write_temporary(
    store: Store,
    plan: _Plan,
    target: Path,
    total: int,
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
) -> Path:
    try:
        descriptor, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as error:
        raise storage_error_from(error, target) from error
    temporary = Path(name)
    try:
        with open_temporary(descriptor) as handle:
            _write_archive(store, plan, handle, total, progress, should_cancel)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise storage_error_from(error, target) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def open_temporary(descriptor: int) -> BinaryIO:
    """The temporary archive, open for writing (tests replace it to fill the disk)."""
    return os.fdopen(descriptor, "wb")


def _write_archive(
    store: Store,
    plan: _Plan,
    handle: BinaryIO,
    total: int,
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
) -> None:
    stamp = _zip_time(plan.manifest.created_at)
    done = 0
    with zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
        _write_small(archive, MANIFEST_NAME, _json_bytes(plan.manifest.to_json()), stamp)
        for path, raw in plan.case_data.items():
            _write_small(archive, path, raw, stamp)
            done += len(raw)
        for item in plan.evidence.values():
            done = _copy_evidence(store, archive, item, stamp, done, total, progress, should_cancel)


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    moment = dt.datetime.fromisoformat(created_at)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _member_info(path: str, stamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=stamp)
    info.external_attr = _REGULAR_FILE_MODE
    return info


def _write_small(
    archive: zipfile.ZipFile, path: str, raw: bytes, stamp: tuple[int, int, int, int, int, int]
) -> None:
    """A JSON member, deflated unless it would shrink past the ratio an import accepts."""
    info = _member_info(path, stamp)
    compressed = len(zlib.compress(raw, _COMPRESS_LEVEL))
    squeezes_too_well = len(raw) > compressed * (MAX_COMPRESSION_RATIO // 2)
    info.compress_type = zipfile.ZIP_STORED if squeezes_too_well else zipfile.ZIP_DEFLATED
    archive.writestr(info, raw, compresslevel=_COMPRESS_LEVEL)


def _copy_evidence(
    store: Store,
    archive: zipfile.ZipFile,
    item: Evidence,
    stamp: tuple[int, int, int, int, int, int],
    done: int,
    total: int,
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
) -> int:
    """Stream one evidence file into the archive, stored as is: evidence is kept byte for
    byte, and most of it (PDF, JPEG, PNG, Office files) is compressed already."""
    info = _member_info(evidence_member(item.sha256), stamp)
    info.compress_type = zipfile.ZIP_STORED
    info.file_size = item.size
    digest = hashlib.sha256()
    copied = 0
    source = _open_evidence(store, item)
    with source, archive.open(info, "w") as target:
        while True:
            if should_cancel is not None and should_cancel():
                raise OperationCancelled()
            chunk = _read_evidence(source, item)
            if not chunk:
                break
            copied += len(chunk)
            if copied > item.size:
                _refuse_altered(item)
            digest.update(chunk)
            target.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    if copied != item.size or digest.hexdigest() != item.sha256:
        _refuse_altered(item)
    return done


def _open_evidence(store: Store, item: Evidence) -> BinaryIO:
    try:
        return evidence_path(store, item).open("rb")
    except FileNotFoundError:
        raise ArchiveError(
            "archive.evidence_missing",
            count=1,
            id=item.id,
            case=item.case_id,
            name=display_name(item.original_name),
        ) from None
    except OSError:
        _refuse_altered(item)


def _read_evidence(source: BinaryIO, item: Evidence) -> bytes:
    try:
        return source.read(CHUNK_SIZE)
    except OSError:
        _refuse_altered(item)


def _refuse_altered(item: Evidence) -> NoReturn:
    raise ArchiveError(
        "archive.evidence_altered",
        id=item.id,
        case=item.case_id,
        name=display_name(item.original_name),
    )
