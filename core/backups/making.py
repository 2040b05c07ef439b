"""Taking a backup: SQLite's online backup API into a temporary file, checked, then renamed.

Never a file copy: copying a database that another connection may be writing, or without
its `-wal` file, can give a damaged copy. The backup API reads one consistent snapshot
however busy the record is. The copy is switched out of WAL mode so it is one
self-contained file, checked with `quick_check`, flushed to disk, and only then given its
real name: a crash or a full disk never leaves half a backup that looks whole.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
import tempfile
from pathlib import Path

from core.atomic_write import fsync_directory, fsync_file
from core.backups.catalog import (
    PARTIAL_PREFIX,
    Backup,
    BackupReason,
    backup_name,
    backups_dir,
    list_backups,
    rotate_backups,
)
from core.database import Store
from core.errors import DatabaseError, database_error_from, storage_error_from


def copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """The whole database in one step, so the copy is one snapshot of committed data."""
    source.backup(target, pages=-1)


def _free_path(folder: Path, created: dt.datetime, reason: BackupReason) -> Path:
    count = 1
    while (candidate := folder / backup_name(created, reason, count)).exists():
        count += 1
    return candidate


def snapshot_database(source: sqlite3.Connection, destination: Path) -> None:
    """Write a checked, self-contained copy of `source` to `destination` (which must not exist
    yet, or be empty), flushed to disk. Raises `DatabaseError` when the copy fails its check."""
    target = sqlite3.connect(str(destination), isolation_level=None)
    try:
        copy_pages(source, target)
        target.execute("PRAGMA journal_mode = DELETE")
        verdict = target.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        target.close()
    if verdict != "ok":
        raise DatabaseError("backup.source_damaged")
    fsync_file(destination)


def create_backup(
    store: Store, *, reason: BackupReason = BackupReason.MANUAL, now: dt.datetime | None = None
) -> Backup:
    """Back up the record to `<data>/backups/` now and rotate the old backups; the new one.

    Raises StorageError when the disk refuses (nothing is left behind) and DatabaseError when
    the record itself is damaged (a damaged copy would only push out good backups).
    """
    if store.data_dir is None:
        raise DatabaseError("error.no_evidence_folder")
    if store.conn.in_transaction:
        raise RuntimeError("a backup is taken between transactions, never inside one")
    created = now if now is not None else dt.datetime.now(dt.UTC)
    folder = backups_dir(store.data_dir)
    try:
        folder.mkdir(mode=stat.S_IRWXU, exist_ok=True)
        descriptor, temporary_name = tempfile.mkstemp(
            dir=folder, prefix=PARTIAL_PREFIX, suffix=".db"
        )
        os.close(descriptor)
    except OSError as error:
        raise storage_error_from(error, folder) from error
    temporary = Path(temporary_name)
    try:
        snapshot_database(store.conn, temporary)
        final = _free_path(folder, created, reason)
        temporary.replace(final)
        fsync_directory(folder)
    except OSError as error:
        raise storage_error_from(error, folder) from error
    except sqlite3.Error as error:
        known = database_error_from(error, folder)
        if isinstance(known, DatabaseError):
            known = DatabaseError("backup.source_damaged")
        if known is None:
            raise
        raise known from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    rotate_backups(store.data_dir)
    return Backup(path=final, created=created, reason=reason)


def ensure_daily_backup(store: Store, *, now: dt.datetime | None = None) -> Backup | None:
    """The backup of the day, taken on the first use of each day; None when there is already
    one for today (a folder listing, no database read) or nothing to back up yet."""
    if store.data_dir is None:
        return None
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    today = moment.astimezone().date()
    if any(
        backup.reason is BackupReason.DAILY and backup.local_day == today
        for backup in list_backups(store.data_dir)
    ):
        return None
    if store.conn.execute("SELECT 1 FROM cases LIMIT 1").fetchone() is None:
        return None
    return create_backup(store, reason=BackupReason.DAILY, now=moment)


def back_up_before_migration(store: Store) -> Backup:
    """The record as it was before a schema migration changes it (`Store.ensure_schema`)."""
    return create_backup(store, reason=BackupReason.MIGRATION)
