"""Copies of evidence taken out of the store: identical, checked, never half-written."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from core.errors import EvidenceFileError, OperationCancelled
from core.evidence_export import copy_evidence_out
from core.evidence_store import CHUNK_SIZE, EvidenceFiles


def stored_file(tmp_path: Path, content: bytes) -> tuple[Path, str]:
    source = tmp_path / "facture.pdf"
    source.write_bytes(content)
    stored = EvidenceFiles(tmp_path / "evidence").ingest(source)
    return EvidenceFiles(tmp_path / "evidence").path_for(stored.sha256), stored.sha256


def test_the_copy_is_identical_and_the_original_untouched(tmp_path: Path) -> None:
    content = os.urandom(3 * CHUNK_SIZE + 17)
    stored, sha256 = stored_file(tmp_path, content)
    before = stored.stat()
    target = tmp_path / "out" / "facture.pdf"
    target.parent.mkdir()
    reports: list[tuple[int, int]] = []

    copy_evidence_out(
        stored, sha256, target, progress=lambda done, total: reports.append((done, total))
    )

    assert target.read_bytes() == content
    assert hashlib.sha256(target.read_bytes()).hexdigest() == sha256
    assert stored.stat().st_mtime_ns == before.st_mtime_ns
    assert stored.stat().st_mode == before.st_mode
    assert reports[-1] == (len(content), len(content))
    assert os.access(target, os.W_OK)
    assert sorted(path.name for path in target.parent.iterdir()) == ["facture.pdf"]


def test_a_copy_for_a_viewer_is_read_only(tmp_path: Path) -> None:
    stored, sha256 = stored_file(tmp_path, b"%PDF-1.4 facture")
    target = tmp_path / "view.pdf"
    copy_evidence_out(stored, sha256, target, read_only=True)
    assert not target.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_an_altered_stored_file_is_not_copied_and_the_target_is_kept(tmp_path: Path) -> None:
    stored, sha256 = stored_file(tmp_path, b"%PDF-1.4 the real invoice")
    stored.chmod(0o600)
    stored.write_bytes(b"%PDF-1.4 a forged invoice")
    target = tmp_path / "facture.pdf"
    target.write_bytes(b"what was there before")

    with pytest.raises(EvidenceFileError) as raised:
        copy_evidence_out(stored, sha256, target)

    assert raised.value.message_id == "error.evidence_copy.altered"
    assert "altered" in str(raised.value)
    assert target.read_bytes() == b"what was there before"
    assert [path.name for path in tmp_path.iterdir() if path.suffix == ".part"] == []


def test_a_missing_stored_file_is_said_so(tmp_path: Path) -> None:
    with pytest.raises(EvidenceFileError) as raised:
        copy_evidence_out(tmp_path / "nothing", "ab" * 32, tmp_path / "out.pdf")
    assert raised.value.message_id == "error.evidence_copy.missing"
    assert not (tmp_path / "out.pdf").exists()


def test_cancelling_leaves_no_partial_copy(tmp_path: Path) -> None:
    stored, sha256 = stored_file(tmp_path, os.urandom(4 * CHUNK_SIZE))
    out = tmp_path / "out"
    out.mkdir()
    chunks: list[int] = []

    def cancel_after_two_chunks() -> bool:
        chunks.append(1)
        return len(chunks) > 2

    with pytest.raises(OperationCancelled):
        copy_evidence_out(stored, sha256, out / "big.bin", should_cancel=cancel_after_two_chunks)
    assert list(out.iterdir()) == []
