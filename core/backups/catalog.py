"""The backup files of a data folder: their names, which are usable, which to keep.

A backup is a self-contained SQLite file in `<data>/backups/`, named after the moment it was
taken (UTC) and why: `recours-2026-11-26T101500Z-daily.db`. The name alone is enough to list
and rotate them, so the daily check at start-up reads a folder listing, never a database.

Evidence files are not copied: a backup refers to them by fingerprint, like the live record.
They never change once stored, and the sweep of unreferenced files spares every file a kept
backup still names (`evidence_kept_by_backups`), so restoring any kept backup finds its files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from core.database import SCHEMA_VERSION
from core.rows import in_batches, placeholders

BACKUPS_DIRNAME: Final = "backups"
PARTIAL_PREFIX: Final = ".partial-"
SET_ASIDE_PREFIX: Final = "recours-before-restore-"
"""A record a restore replaced, kept in the data folder beside `recours.db`."""
KEEP_DAILY: Final = 7
KEEP_WEEKLY: Final = 4
KEEP_BEFORE_MIGRATION: Final = 3
STALE_PARTIAL_SECONDS: Final = 3600
_STAMP_FORMAT: Final = "%Y-%m-%dT%H%M%SZ"
_NAME = re.compile(
    r"recours-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6}Z)-(?P<reason>[a-z]+)(?:-(?P<count>\d{1,4}))?\.db"
)


class BackupReason(StrEnum):
    """Why a backup was taken, which decides how long it is kept."""

    DAILY = "daily"
    MIGRATION = "migration"
    MANUAL = "manual"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    created: dt.datetime
    reason: BackupReason

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def local_day(self) -> dt.date:
        """The day of the user's calendar it was taken on."""
        return self.created.astimezone().date()

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_DIRNAME


def backup_name(created: dt.datetime, reason: BackupReason, count: int = 1) -> str:
    stamp = created.astimezone(dt.UTC).strftime(_STAMP_FORMAT)
    suffix = "" if count == 1 else f"-{count}"
    return f"recours-{stamp}-{reason.value}{suffix}.db"


def parse_backup_name(path: Path) -> Backup | None:
    """The backup a file name describes, or None for anything else in the folder."""
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        reason = BackupReason(match["reason"])
        created = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return Backup(path=path, created=created, reason=reason)


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup of the data folder, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [
        backup
        for entry in folder.iterdir()
        if (backup := parse_backup_name(entry)) is not None and entry.is_file()
    ]
    return sorted(found, key=lambda backup: (backup.created, backup.name), reverse=True)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file, whatever it holds."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def backup_problem(path: Path) -> str | None:
    """Why a backup file cannot be restored, or None when it is a whole, current-or-older
    Recours database: SQLite's quick check, the foreign keys, the schema version."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error as error:
        return str(error)
    try:
        verdicts = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if verdicts != ["ok"]:
            return "; ".join(verdicts[:3])
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            return "foreign key check failed"
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if not 0 < version <= SCHEMA_VERSION:
            return f"schema version {version}"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not {"cases", "evidence"} <= tables:
            return "not a Recours database"
    except sqlite3.Error as error:
        return str(error)
    finally:
        conn.close()
    return None


def is_good(backup: Backup) -> bool:
    return backup_problem(backup.path) is None


def latest_good_backup(data_dir: Path) -> Backup | None:
    """The newest backup that passes the checks (older ones are only read if it does not)."""
    return next((backup for backup in list_backups(data_dir) if is_good(backup)), None)


def backups_to_keep(backups: Iterable[Backup]) -> set[Path]:
    """The rotation: the newest daily backup of each of the last 7 days with one, the newest
    of each of the last 4 weeks with one, the last 3 taken before a migration, and every backup
    asked for by hand (those are deleted only by the user)."""
    ordered = sorted(backups, key=lambda backup: (backup.created, backup.name), reverse=True)
    keep = {backup.path for backup in ordered if backup.reason is BackupReason.MANUAL}
    before_migration = [backup for backup in ordered if backup.reason is BackupReason.MIGRATION]
    keep |= {backup.path for backup in before_migration[:KEEP_BEFORE_MIGRATION]}
    daily = [backup for backup in ordered if backup.reason is BackupReason.DAILY]
    newest_per_day: dict[dt.date, Path] = {}
    newest_per_week: dict[tuple[int, int], Path] = {}
    for backup in daily:
        newest_per_day.setdefault(backup.local_day, backup.path)
        week = backup.local_day.isocalendar()
        newest_per_week.setdefault((week.year, week.week), backup.path)
    keep |= set(list(newest_per_day.values())[:KEEP_DAILY])
    keep |= set(list(newest_per_week.values())[:KEEP_WEEKLY])
    return keep


def rotate_backups(data_dir: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps, and partial files a crash left;
    return what was deleted. A file that cannot be deleted now is left for the next time."""
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups)
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                deleted.append(backup.path)
    folder = backups_dir(data_dir)
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for leftover in folder.glob(f"{PARTIAL_PREFIX}*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                deleted.append(leftover)
    return deleted


def _records_naming_evidence(data_dir: Path) -> list[Path]:
    """Every kept backup, and every record a restore set aside: someone trying to recover
    more from a replaced record needs the files it names."""
    set_aside = sorted(data_dir.glob(f"{SET_ASIDE_PREFIX}*.db"))
    return [backup.path for backup in list_backups(data_dir)] + set_aside


def evidence_kept_by_backups(data_dir: Path, candidates: Iterable[str]) -> set[str]:
    """Which of these evidence fingerprints some backup, or some record set aside by a
    restore, still refers to.

    A file that cannot be read could never be restored, so it keeps nothing.
    """
    batches = list(in_batches(candidates))
    kept: set[str] = set()
    if not batches:
        return kept
    for path in _records_naming_evidence(data_dir):
        try:
            conn = open_read_only(path)
        except sqlite3.Error:
            continue
        try:
            for batch in batches:
                rows = conn.execute(
                    f"SELECT DISTINCT sha256 FROM evidence WHERE sha256 IN ({placeholders(batch)})",
                    batch,
                )
                kept |= {row[0] for row in rows}
        except sqlite3.Error:
            continue
        finally:
            conn.close()
    return kept
