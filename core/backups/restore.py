"""At start-up: is the record whole? If not, put the latest good backup back.

The check is SQLite's `quick_check` and `foreign_key_check`: a few milliseconds for a
typical record, so it runs at every start. Restoring never deletes anything: the file being
replaced is renamed, with its `-wal` and `-shm`, to `recours-before-restore-<when>.db`
(so SQLite can still open it with its journal for anyone trying to recover more), and the
backup is copied in with the backup API. Nothing may have the database open meanwhile: the
desktop app restores before opening its record, the command line refuses while a window
holds the data folder (`core.backups.lock`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from core.atomic_write import fsync_directory
from core.backups.catalog import (
    SET_ASIDE_PREFIX,
    Backup,
    backup_problem,
    latest_good_backup,
    open_read_only,
)
from core.backups.making import snapshot_database
from core.database import DATABASE_FILENAME
from core.errors import DatabaseError, database_error_from, storage_error_from
from core.evidence_store import EvidenceFiles
from core.i18n import translate
from core.integrity import DatabaseProblem, DatabaseProblemKind, check_database

SQLITE_COMPANIONS: Final = ("-wal", "-shm", "-journal")
_DETAIL_LIMIT: Final = 200


@dataclass(frozen=True, slots=True)
class StartupCheck:
    """What the quick check at start-up found in `<data>/recours.db`."""

    path: Path
    problems: tuple[DatabaseProblem, ...]

    @property
    def damaged(self) -> bool:
        return bool(self.problems)

    def describe(self, lang: str) -> str:
        """One plain sentence for the user, naming the first problem SQLite reported."""
        if not self.problems:
            return translate("backup.record_ok", lang, path=self.path)
        detail = self.problems[0].detail[:_DETAIL_LIMIT]
        return translate("backup.record_damaged", lang, path=self.path, detail=detail)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """The backup put back, where the replaced files went, and how many evidence files the
    restored record names that are not in the evidence folder (0 when all are there)."""

    backup: Backup | Path
    set_aside: tuple[Path, ...]
    missing_evidence: int


def check_at_start(data_dir: Path) -> StartupCheck:
    """The quick integrity check of the record, before anything else opens it.

    A data folder without a database yet is fine: it is new.
    """
    path = data_dir / DATABASE_FILENAME
    if not path.exists():
        return StartupCheck(path, ())
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error as error:
        return StartupCheck(path, (DatabaseProblem(DatabaseProblemKind.INTEGRITY, str(error)),))
    try:
        problems = tuple(check_database(conn, quick=True))
    except sqlite3.Error as error:
        problems = (DatabaseProblem(DatabaseProblemKind.INTEGRITY, str(error)),)
    finally:
        conn.close()
    return StartupCheck(path, problems)


def _chosen_backup(data_dir: Path, backup: Backup | Path | None) -> Backup | Path:
    if backup is None:
        latest = latest_good_backup(data_dir)
        if latest is None:
            raise DatabaseError("backup.none_good", folder=data_dir / "backups")
        return latest
    path = backup.path if isinstance(backup, Backup) else backup
    problem = backup_problem(path)
    if problem is not None:
        raise DatabaseError("backup.unusable", path=path, detail=problem[:_DETAIL_LIMIT])
    return backup


def _set_aside(database: Path, stamp: str) -> tuple[Path, ...]:
    """Rename the database and its companions out of the way; the journal files first, so an
    interruption never leaves a journal beside a database it does not belong to."""
    count = 1
    while True:
        suffix = "" if count == 1 else f"-{count}"
        target = database.with_name(f"{SET_ASIDE_PREFIX}{stamp}{suffix}.db")
        if not any(Path(f"{target}{end}").exists() for end in ("", *SQLITE_COMPANIONS)):
            break
        count += 1
    moved = []
    for end in (*SQLITE_COMPANIONS, ""):
        current = Path(f"{database}{end}")
        if current.exists():
            destination = Path(f"{target}{end}")
            current.rename(destination)
            moved.append(destination)
    return tuple(sorted(moved, key=lambda path: path != target))


def _put_back(set_aside: tuple[Path, ...], database: Path) -> None:
    """Undo `_set_aside` when the restored file could not take the database's place: the
    database first, then its journal files, the reverse of setting them aside."""
    for moved in set_aside:
        ending = moved.name.split(".db", 1)[1]
        with contextlib.suppress(OSError):
            moved.rename(Path(f"{database}{ending}"))


def _missing_evidence(data_dir: Path, database: Path) -> int:
    files = EvidenceFiles(data_dir / "evidence")
    conn = open_read_only(database)
    try:
        hashes = [row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM evidence")]
    finally:
        conn.close()
    return sum(1 for sha256 in hashes if not files.contains(sha256))


def restore_backup(
    data_dir: Path, *, backup: Backup | Path | None = None, now: dt.datetime | None = None
) -> RestoreResult:
    """Replace the record by `backup` (by default the latest good one), keeping the replaced
    files aside. Call it with no connection open on the record.

    Raises DatabaseError when there is no usable backup (nothing is changed) and
    StorageError when the disk refuses (the record is left as it was).
    """
    chosen = _chosen_backup(data_dir, backup)
    source_path = chosen.path if isinstance(chosen, Backup) else chosen
    database = data_dir / DATABASE_FILENAME
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    stamp = moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H%M%SZ")
    try:
        descriptor, temporary_name = tempfile.mkstemp(dir=data_dir, prefix=".restoring-")
        os.close(descriptor)
    except OSError as error:
        raise storage_error_from(error, data_dir) from error
    temporary = Path(temporary_name)
    try:
        source = open_read_only(source_path)
        try:
            snapshot_database(source, temporary)
        finally:
            source.close()
        set_aside = _set_aside(database, stamp)
        try:
            temporary.replace(database)
        except OSError:
            _put_back(set_aside, database)
            raise
        fsync_directory(data_dir)
    except OSError as error:
        raise storage_error_from(error, data_dir) from error
    except sqlite3.Error as error:
        known = database_error_from(error, data_dir)
        if known is None:
            raise
        raise known from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return RestoreResult(chosen, set_aside, _missing_evidence(data_dir, database))
