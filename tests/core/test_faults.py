"""A full disk or a failing one, at every step that writes (importing evidence, writing a
letter, exporting an archive, taking or restoring a backup): a clear message in both
languages, no partial file left anywhere, and the record exactly as it was.

Faults are injected where the operating system answers: creating the temporary file,
writing it, flushing it (`fsync`), renaming it into place, with ENOSPC (disk full) and EIO
(I/O error). SQLite's own writes are failed from inside SQLite (`max_page_count`, which
makes it answer "database or disk is full" as a full disk does) and, in a separate process,
by the operating system itself (a file size limit, `RLIMIT_FSIZE`).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.archive.export import export_cases
from core.backups import making
from core.backups.catalog import backups_dir, list_backups
from core.backups.making import create_backup
from core.backups.restore import restore_backup
from core.cases import create_case
from core.database import DATABASE_FILENAME, Store
from core.errors import StorageError
from core.evidence import attach_evidence
from core.interactions import add_interaction
from core.letters.kinds import LetterKind
from core.letters.options import LetterOptions
from core.letters.service import make_letter
from core.model import Channel, Direction, Jurisdiction, Language, Moment
from core.promises import add_promise

REPO = Path(__file__).resolve().parents[2]
STAGES = ("temporary", "write", "flush", "rename")
ERRORS = {errno.ENOSPC: "error.disk_full", errno.EIO: "error.storage"}
WRITE_ALLOWANCE = 4096


def dump(store: Store) -> dict[str, list[str]]:
    """Every row of every table (search indexes and migration records included), in order."""
    tables = [
        row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    return {
        table: sorted(repr(row) for row in store.conn.execute(f'SELECT * FROM "{table}"'))
        for table in tables
    }


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` with its content, the live database files left out."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(DATABASE_FILENAME)
    }


class FailingFile:
    """A file that accepts a few kilobytes, then fails as a full or failing disk does."""

    def __init__(self, handle: Any, code: int) -> None:
        self.handle, self.code, self.written = handle, code, 0

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.written += len(data)
        if self.written > WRITE_ALLOWANCE:
            raise OSError(self.code, os.strerror(self.code))
        return int(self.handle.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


def inject(monkeypatch: pytest.MonkeyPatch, stage: str, code: int) -> None:
    """Make the operating system refuse one step of writing a file, everywhere."""

    def refuse(*args: object, **kwargs: object) -> Any:
        raise OSError(code, os.strerror(code))

    if stage == "temporary":
        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    elif stage == "write":
        real_fdopen = os.fdopen
        monkeypatch.setattr(
            os, "fdopen", lambda fd, *a, **k: FailingFile(real_fdopen(fd, *a, **k), code)
        )
    elif stage == "flush":
        monkeypatch.setattr(os, "fsync", refuse)
    else:
        monkeypatch.setattr(os, "replace", refuse)
        monkeypatch.setattr(Path, "replace", refuse)
        monkeypatch.setattr(Path, "rename", refuse)


def refused_cleanly(action: Callable[[], object], code: int) -> StorageError:
    with pytest.raises(StorageError) as raised:
        action()
    assert raised.value.message_id == ERRORS[code]
    assert raised.value.describe("fr") != raised.value.describe("en")
    return raised.value


@pytest.fixture
def record(store: Store, tmp_path: Path) -> Store:
    """A small case with a call, a promise and an invoice, so every table has rows."""
    case = create_case(store, title="Frais de résiliation", counterparty="Opérateur")
    call = add_interaction(
        store,
        case_id=case.id,
        occurred=Moment.parse("2026-10-01T10:30"),
        channel=Channel.PHONE,
        direction=Direction.OUTBOUND,
        summary="Le conseiller promet un remboursement",
    )
    add_promise(store, case_id=case.id, text="Rembourser 60 €", interaction_id=call.id)
    invoice = tmp_path / "facture.pdf"
    invoice.write_bytes(b"%PDF-1.4 facture de 60 euros")
    attach_evidence(store, case_id=case.id, source=invoice)
    return store


def big_source(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    source = folder / "video-livraison.mp4"
    source.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    return source


@pytest.mark.parametrize("code", ERRORS)
@pytest.mark.parametrize("stage", STAGES)
def test_evidence_import(
    record: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str, code: int
) -> None:
    source = big_source(tmp_path)
    before, files_before = dump(record), files_under(record.evidence_dir)
    inject(monkeypatch, stage, code)
    refused_cleanly(lambda: attach_evidence(record, case_id=1, source=source), code)
    monkeypatch.undo()
    assert dump(record) == before
    assert files_under(record.evidence_dir) == files_before


def test_evidence_import_when_the_database_is_full(record: Store, tmp_path: Path) -> None:
    source = big_source(tmp_path)
    before, files_before = dump(record), files_under(record.evidence_dir)
    pages = record.conn.execute("PRAGMA page_count").fetchone()[0]
    record.conn.execute(f"PRAGMA max_page_count = {pages}")
    huge = "x" * 200_000
    refused_cleanly(
        lambda: attach_evidence(record, case_id=1, source=source, description=huge), errno.ENOSPC
    )
    assert dump(record) == before
    assert files_under(record.evidence_dir) == files_before, "the copy is removed again"


def test_evidence_import_when_the_database_write_fails(
    record: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core import evidence

    source = big_source(tmp_path)
    before, files_before = dump(record), files_under(record.evidence_dir)

    def failing_insert(*args: object) -> int:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE
        raise error

    monkeypatch.setattr(evidence, "insert_row", failing_insert)
    refused_cleanly(lambda: attach_evidence(record, case_id=1, source=source), errno.EIO)
    assert dump(record) == before
    assert files_under(record.evidence_dir) == files_before


def letter_options() -> LetterOptions:
    return LetterOptions(
        kind=LetterKind.COMPLAINT,
        language=Language.FR,
        jurisdiction=Jurisdiction.FR,
        letter_date=dt.date(2026, 11, 26),
    )


@pytest.mark.parametrize("code", ERRORS)
@pytest.mark.parametrize("stage", STAGES)
def test_letter_generation(
    record: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str, code: int
) -> None:
    out = tmp_path / "courriers"
    out.mkdir()
    earlier = out / "reclamation.pdf"
    earlier.write_bytes(b"%PDF-1.7 the letter written yesterday")
    before, files_before = dump(record), files_under(out)
    inject(monkeypatch, stage, code)
    refused_cleanly(
        lambda: make_letter(record, case_id=1, options=letter_options(), destination=earlier),
        code,
    )
    monkeypatch.undo()
    assert files_under(out) == files_before, "the earlier letter is kept whole"
    assert dump(record) == before


@pytest.mark.parametrize("code", ERRORS)
@pytest.mark.parametrize("stage", STAGES)
def test_archive_export(
    record: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str, code: int
) -> None:
    attach_evidence(record, case_id=1, source=big_source(tmp_path))
    out = tmp_path / "archives"
    out.mkdir()
    earlier = out / "dossier.recours"
    earlier.write_bytes(b"PK the archive exported last week")
    before, files_before = dump(record), files_under(out)
    inject(monkeypatch, stage, code)
    refused_cleanly(lambda: export_cases(record, destination=earlier, case_ids=[1]), code)
    monkeypatch.undo()
    assert files_under(out) == files_before, "the earlier archive is kept whole"
    assert dump(record) == before


def backup_folder(store: Store) -> dict[str, bytes]:
    return files_under(backups_dir(store.data_dir or Path()))


@pytest.mark.parametrize("code", ERRORS)
@pytest.mark.parametrize("stage", ("temporary", "flush", "rename"))
def test_backup(record: Store, monkeypatch: pytest.MonkeyPatch, stage: str, code: int) -> None:
    create_backup(record, now=dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC))
    before, files_before = dump(record), backup_folder(record)
    inject(monkeypatch, stage, code)
    refused_cleanly(lambda: create_backup(record), code)
    monkeypatch.undo()
    assert backup_folder(record) == files_before
    assert dump(record) == before


@pytest.mark.parametrize(
    ("code", "sqlite_code"),
    [(errno.ENOSPC, sqlite3.SQLITE_FULL), (errno.EIO, sqlite3.SQLITE_IOERR_WRITE)],
)
def test_backup_when_sqlite_cannot_write_the_copy(
    record: Store, monkeypatch: pytest.MonkeyPatch, code: int, sqlite_code: int
) -> None:
    real_copy = making.copy_pages
    before, files_before = dump(record), backup_folder(record)

    def copy_onto_a_failing_disk(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        if sqlite_code == sqlite3.SQLITE_FULL:
            target.execute("PRAGMA max_page_count = 4")
            real_copy(source, target)
        else:
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = sqlite_code
            raise error

    monkeypatch.setattr(making, "copy_pages", copy_onto_a_failing_disk)
    refused_cleanly(lambda: create_backup(record), code)
    assert backup_folder(record) == files_before
    assert dump(record) == before


@pytest.mark.parametrize("code", ERRORS)
@pytest.mark.parametrize("stage", ("temporary", "flush", "rename"))
def test_restore(
    record: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch, stage: str, code: int
) -> None:
    create_backup(record)
    add_interaction(
        record,
        case_id=1,
        occurred=Moment.parse("2026-10-02"),
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        summary="Written after the backup",
    )
    before = dump(record)
    record.close()
    files_before = files_under(data_dir)
    inject(monkeypatch, stage, code)
    refused_cleanly(lambda: restore_backup(data_dir), code)
    monkeypatch.undo()
    assert files_under(data_dir) == files_before
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".")) == []
    with Store.open(data_dir) as reopened:
        assert dump(reopened) == before


OS_LEVEL = textwrap.dedent(
    """
    import datetime as dt, json, resource, signal, sys
    from pathlib import Path
    from core.archive.export import export_cases
    from core.backups.making import create_backup
    from core.database import Store
    from core.errors import RecoursError
    from core.evidence import attach_evidence
    from core.letters.kinds import LetterKind
    from core.letters.options import LetterOptions
    from core.letters.service import make_letter
    from core.model import Jurisdiction, Language

    data_dir, source, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    options = LetterOptions(
        kind=LetterKind.COMPLAINT, language=Language.FR, jurisdiction=Jurisdiction.FR,
        letter_date=dt.date(2026, 11, 26),
    )
    results = {}
    with Store.open(data_dir) as store:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, resource.RLIM_INFINITY))
        actions = {
            "backup": lambda: create_backup(store),
            "evidence": lambda: attach_evidence(store, case_id=1, source=source),
            "letter": lambda: make_letter(
                store, case_id=1, options=options, destination=out / "lettre.pdf"
            ),
            "archive": lambda: export_cases(
                store, destination=out / "dossier.recours", case_ids=[1]
            ),
        }
        for name, action in actions.items():
            try:
                action()
                results[name] = "written"
            except RecoursError as error:
                results[name] = [error.message_id, error.describe("en")]
    print(json.dumps(results))
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is a POSIX limit")
def test_the_operating_systems_own_refusal(record: Store, data_dir: Path, tmp_path: Path) -> None:
    """A file size limit makes the kernel refuse writes past 16 KB (EFBIG), in SQLite's own
    writes of a backup as in Python's writes of evidence, letters and archives."""
    attach_evidence(record, case_id=1, source=big_source(tmp_path / "earlier"))
    source = big_source(tmp_path)
    out = tmp_path / "sorties"
    out.mkdir()
    before, files_before = dump(record), files_under(data_dir)
    result = subprocess.run(
        [sys.executable, "-c", OS_LEVEL, str(data_dir), str(source), str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    outcomes = json.loads(result.stdout)
    assert set(outcomes) == {"backup", "evidence", "letter", "archive"}
    for name, (message_id, sentence) in outcomes.items():
        assert message_id == "error.storage", name
        assert sentence.startswith("The disk refused to save"), name
    assert "File too large" in outcomes["evidence"][1]
    assert "File too large" in outcomes["letter"][1]
    assert "File too large" in outcomes["archive"][1]
    assert files_under(data_dir) == files_before
    assert list(out.iterdir()) == []
    assert list_backups(data_dir) == []
    assert dump(record) == before


def test_restore_puts_the_record_back_when_the_backup_cannot_take_its_place(
    record: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_backup(record)
    before = dump(record)
    record.close()
    files_before = files_under(data_dir)

    def refuse(*args: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(Path, "replace", refuse)
    refused_cleanly(lambda: restore_backup(data_dir), errno.EIO)
    monkeypatch.undo()
    assert files_under(data_dir) == files_before
    with Store.open(data_dir) as reopened:
        assert dump(reopened) == before
