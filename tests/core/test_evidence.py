"""Evidence files: streamed in once, fingerprinted, stored by hash, checked for tampering."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
import tracemalloc
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from core import evidence as evidence_module
from core import evidence_store
from core.database import Store
from core.errors import EvidenceFileError, OperationCancelled, StorageError
from core.evidence import (
    EvidenceProblemKind,
    attach_evidence,
    collect_unreferenced_files,
    delete_evidence,
    evidence_files,
    evidence_path,
    list_evidence,
    record_evidence,
    referenced_hashes,
    verify_evidence,
)
from core.evidence_store import CHUNK_SIZE, EvidenceFiles, file_fingerprint
from core.model import Evidence, EvidenceKind
from core.text_extraction import extract_pending
from tests.factories import make_case, make_interaction

JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def big_file(path: Path, megabytes: int) -> Path:
    block = os.urandom(CHUNK_SIZE)
    with path.open("wb") as handle:
        for index in range(megabytes):
            handle.write(index.to_bytes(4, "big") + block[4:])
    return path


def make_writable(path: Path) -> None:
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_attaching_records_name_type_size_and_fingerprint(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    source = write(tmp_path / "Photo du colis.png", JPEG_BYTES)
    attachment = attach_evidence(store, case_id=case.id, source=source)
    evidence = attachment.evidence
    assert not attachment.already_attached
    assert evidence.original_name == "Photo du colis.png"
    assert evidence.media_type == "image/jpeg"
    assert evidence.size == len(JPEG_BYTES)
    assert evidence.sha256 == file_fingerprint(source)
    assert evidence.kind is EvidenceKind.PHOTO
    assert evidence.added_at.startswith("20")
    assert evidence_path(store, evidence).read_bytes() == JPEG_BYTES


def test_the_stored_copy_is_read_only(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    evidence = attach_evidence(
        store, case_id=case.id, source=write(tmp_path / "a.txt", b"x")
    ).evidence
    mode = stat.S_IMODE(evidence_path(store, evidence).stat().st_mode)
    assert mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0


def test_the_same_file_twice_is_stored_once(store: Store, tmp_path: Path) -> None:
    case, other = make_case(store), make_case(store, title="Autre litige")
    first = write(tmp_path / "facture.pdf", b"%PDF-1.7 invoice 60 EUR")
    copy = write(tmp_path / "facture (copie).pdf", first.read_bytes())
    one = attach_evidence(store, case_id=case.id, source=first)
    again = attach_evidence(store, case_id=case.id, source=copy)
    elsewhere = attach_evidence(store, case_id=other.id, source=copy)
    assert again.already_attached and again.evidence.id == one.evidence.id
    assert not elsewhere.already_attached
    assert evidence_files(store).stored_hashes() == {one.evidence.sha256}
    assert len(list_evidence(store, case.id)) == 1


def test_a_file_is_kept_while_another_case_uses_it(store: Store, tmp_path: Path) -> None:
    case, other = make_case(store), make_case(store, title="Autre")
    source = write(tmp_path / "facture.pdf", b"%PDF-1.7 shared")
    mine = attach_evidence(store, case_id=case.id, source=source).evidence
    theirs = attach_evidence(store, case_id=other.id, source=source).evidence
    delete_evidence(store, mine.id)
    assert evidence_files(store).contains(theirs.sha256)
    delete_evidence(store, theirs.id)
    assert not evidence_files(store).contains(theirs.sha256)


def test_content_decides_the_type_not_the_name(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    disguised = write(tmp_path / "facture.pdf", b"MZ\x90\x00 this is a program")
    evidence = attach_evidence(store, case_id=case.id, source=disguised).evidence
    assert evidence.media_type == "application/vnd.microsoft.portable-executable"


def test_evidence_can_belong_to_an_interaction(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    visit = make_interaction(store, case, summary="Retrait au dépôt")
    evidence = attach_evidence(
        store,
        case_id=case.id,
        source=write(tmp_path / "ticket.txt", b"retrait"),
        interaction_id=visit.id,
    ).evidence
    assert evidence.interaction_id == visit.id


@pytest.mark.parametrize(
    ("setup", "message_id"),
    [
        (lambda d: d / "absent.pdf", "error.file_missing"),
        (lambda d: d, "error.file_is_folder"),
        (lambda d: write(d / "vide.pdf", b""), "error.file_empty"),
    ],
    ids=["missing", "folder", "empty"],
)
def test_bad_sources_get_a_clear_error_and_change_nothing(
    store: Store, tmp_path: Path, setup: Any, message_id: str
) -> None:
    case = make_case(store)
    source = setup(tmp_path)
    with pytest.raises(EvidenceFileError) as raised:
        attach_evidence(store, case_id=case.id, source=source)
    assert raised.value.message_id == message_id
    assert str(source) in raised.value.describe("fr")
    assert list_evidence(store, case.id) == []
    assert evidence_files(store).stored_hashes() == set()
    assert list((evidence_files(store).root / evidence_store.INCOMING_DIRNAME).glob("*")) == []


@pytest.mark.parametrize(
    ("error", "message_id"),
    [(PermissionError, "error.file_unreadable"), (FileNotFoundError, "error.file_missing")],
    ids=["unreadable", "vanished"],
)
def test_a_file_that_cannot_be_opened_changes_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type, message_id: str
) -> None:
    case = make_case(store)
    source = write(tmp_path / "secret.pdf", b"%PDF-1.4")
    real_open = Path.open

    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == source:
            raise error(errno.EACCES, "refused")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    with pytest.raises(EvidenceFileError) as raised:
        attach_evidence(store, case_id=case.id, source=source)
    assert raised.value.message_id == message_id
    assert list_evidence(store, case.id) == []


def test_a_full_disk_leaves_no_partial_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case(store)
    source = big_file(tmp_path / "scan.pdf", 3)
    real_fdopen = os.fdopen

    class FillingUp:
        def __init__(self, handle: Any) -> None:
            self.handle, self.written = handle, 0

        def __enter__(self) -> FillingUp:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > CHUNK_SIZE:
                raise OSError(errno.ENOSPC, "No space left on device")
            return int(self.handle.write(data))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

    monkeypatch.setattr(
        evidence_store.os, "fdopen", lambda fd, mode: FillingUp(real_fdopen(fd, mode))
    )
    with pytest.raises(StorageError) as raised:
        attach_evidence(store, case_id=case.id, source=source)
    assert raised.value.message_id == "error.disk_full"
    assert "plein" in raised.value.describe("fr")
    files = evidence_files(store)
    assert files.stored_hashes() == set()
    assert list((files.root / evidence_store.INCOMING_DIRNAME).iterdir()) == []
    assert list_evidence(store, case.id) == []


def test_not_enough_free_space_is_refused_before_copying(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case(store)
    source = write(tmp_path / "photo.jpg", JPEG_BYTES)
    monkeypatch.setattr(evidence_store.shutil, "disk_usage", lambda path: SimpleNamespace(free=10))
    with pytest.raises(StorageError, match="full"):
        attach_evidence(store, case_id=case.id, source=source)


def test_cancelling_an_import_leaves_nothing(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    source = big_file(tmp_path / "video.mp4", 4)
    seen: list[int] = []
    with pytest.raises(OperationCancelled):
        attach_evidence(
            store,
            case_id=case.id,
            source=source,
            progress=lambda done, total: seen.append(done),
            should_cancel=lambda: len(seen) >= 2,
        )
    assert seen[:2] == [CHUNK_SIZE, 2 * CHUNK_SIZE]
    assert evidence_files(store).stored_hashes() == set()
    assert list_evidence(store, case.id) == []


def test_a_failed_attach_removes_only_the_file_it_brought_in(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file already stored may be waiting for an undo (evidence deleted with its file kept):
    attaching it again and failing must not take it away."""
    case = make_case(store)
    kept_for_undo = write(tmp_path / "facture.pdf", b"%PDF-1.4 the invoice")
    deleted = attach_evidence(store, case_id=case.id, source=kept_for_undo).evidence
    delete_evidence(store, deleted.id, keep_file=True)
    brand_new = write(tmp_path / "devis.pdf", b"%PDF-1.4 the quote")

    def disk_gone(*args: object, **kwargs: object) -> object:
        raise StorageError("error.disk_full", path=tmp_path)

    monkeypatch.setattr(evidence_module, "record_evidence", disk_gone)
    for source in (kept_for_undo, brand_new):
        with pytest.raises(StorageError):
            attach_evidence(store, case_id=case.id, source=source)
    assert evidence_files(store).stored_hashes() == {deleted.sha256}


@pytest.mark.parametrize("megabytes", [8, 48])
def test_memory_stays_flat_whatever_the_file_size(tmp_path: Path, megabytes: int) -> None:
    source = big_file(tmp_path / "large.bin", megabytes)
    files = EvidenceFiles(tmp_path / "store")
    tracemalloc.start()
    try:
        stored = files.ingest(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stored.size == megabytes * CHUNK_SIZE
    assert peak < 3 * CHUNK_SIZE, f"peak {peak} bytes for a {megabytes} MB file"


def test_verification_reports_missing_and_altered_files(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    intact = attach_evidence(
        store, case_id=case.id, source=write(tmp_path / "a.pdf", b"%PDF a")
    ).evidence
    altered = attach_evidence(
        store, case_id=case.id, source=write(tmp_path / "b.pdf", b"%PDF b")
    ).evidence
    missing = attach_evidence(
        store, case_id=case.id, source=write(tmp_path / "c.pdf", b"%PDF c")
    ).evidence
    assert verify_evidence(store) == []

    altered_path = evidence_path(store, altered)
    make_writable(altered_path)
    altered_path.write_bytes(b"%PDF b, with an amount changed")
    make_writable(evidence_path(store, missing))
    evidence_path(store, missing).unlink()

    problems = {(p.evidence.id, p.problem) for p in verify_evidence(store)}
    assert problems == {
        (altered.id, EvidenceProblemKind.ALTERED),
        (missing.id, EvidenceProblemKind.MISSING),
    }
    assert intact.id not in {p.evidence.id for p in verify_evidence(store, case_id=case.id)}


def test_a_full_sweep_spares_files_another_process_may_be_about_to_record(
    store: Store, tmp_path: Path
) -> None:
    files = evidence_files(store)
    fresh = files.ingest(write(tmp_path / "fresh.pdf", b"%PDF fresh"))
    old = files.ingest(write(tmp_path / "old.pdf", b"%PDF old"))
    long_ago = time.time() - 3600
    os.utime(files.path_for(old.sha256), (long_ago, long_ago))
    assert collect_unreferenced_files(store) == {old.sha256}
    assert files.contains(fresh.sha256)
    assert not files.contains(old.sha256)


def test_long_lists_of_files_go_to_sqlite_a_slice_at_a_time(store: Store, tmp_path: Path) -> None:
    """SQLite caps the parameters of one statement (999 in older builds): a sweep after a
    large case is deleted must not fail on the length of its list."""
    case = make_case(store)
    kept = attach_evidence(store, case_id=case.id, source=write(tmp_path / "a.pdf", b"%PDF a"))
    store.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    gone = {f"{number:064x}" for number in range(2000)}
    assert referenced_hashes(store, gone | {kept.evidence.sha256}) == {kept.evidence.sha256}
    assert collect_unreferenced_files(store, candidates=gone) == gone
    assert extract_pending(store, evidence_ids=range(1, 2000)) == 1


def test_a_file_another_process_records_meanwhile_is_already_attached(
    store: Store, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line and the window may attach the same file to a case at once."""
    case = make_case(store)
    stored = evidence_files(store).ingest(write(tmp_path / "facture.pdf", b"%PDF-1.4 x"))
    real_timestamp = evidence_module.utc_timestamp
    others: list[Evidence] = []
    started: list[bool] = []

    def the_other_process_first() -> str:
        if not started:
            started.append(True)
            with Store.open(data_dir) as other:
                others.append(
                    record_evidence(
                        other, case_id=case.id, stored=stored, original_name="facture.pdf"
                    ).evidence
                )
        return real_timestamp()

    monkeypatch.setattr(evidence_module, "utc_timestamp", the_other_process_first)
    attached = record_evidence(store, case_id=case.id, stored=stored, original_name="scan.pdf")
    assert attached.already_attached
    assert attached.evidence == others[0]
    assert list_evidence(store, case.id) == others


def test_a_damaged_stored_copy_is_replaced_when_the_file_comes_again(
    store: Store, tmp_path: Path
) -> None:
    case = make_case(store)
    source = write(tmp_path / "facture.pdf", b"%PDF-1.4 the real invoice")
    evidence = attach_evidence(store, case_id=case.id, source=source).evidence
    stored = evidence_path(store, evidence)
    make_writable(stored)
    stored.write_bytes(b"%PDF")
    attach_evidence(store, case_id=case.id, source=source)
    assert verify_evidence(store) == []
