"""Backups: taken with SQLite's backup API, daily and before migrations, rotated, and the
evidence files they refer to kept."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from core.backups import making
from core.backups.catalog import (
    Backup,
    BackupReason,
    backup_name,
    backup_problem,
    backups_dir,
    backups_to_keep,
    list_backups,
    parse_backup_name,
)
from core.backups.making import create_backup, ensure_daily_backup
from core.database import DATABASE_FILENAME, SCHEMA_VERSION, Store, connect
from core.errors import DatabaseError, StorageError
from core.evidence import attach_evidence, collect_unreferenced_files, delete_evidence
from core.evidence_store import EvidenceFiles
from core.migrations import migrations
from tests.factories import make_case, make_interaction

NOON = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def test_a_backup_is_one_whole_file_with_the_committed_record(store: Store) -> None:
    case = make_case(store)
    make_interaction(store, case, summary="Appel du 3 octobre")
    backup = create_backup(store, reason=BackupReason.MANUAL, now=NOON)
    assert backup.path == backups_dir(store.data_dir or Path()) / backup_name(
        NOON, BackupReason.MANUAL
    )
    assert backup.name == "recours-2026-11-26T120000Z-manual.db"
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.name]
    assert rows(backup.path, "PRAGMA journal_mode") == [("delete",)]
    assert rows(backup.path, "SELECT summary FROM interactions") == [("Appel du 3 octobre",)]
    assert backup_problem(backup.path) is None
    assert list_backups(store.data_dir or Path()) == [backup]


def test_a_backup_leaves_out_what_another_connection_has_not_committed(
    store: Store, data_dir: Path
) -> None:
    case = make_case(store)
    with Store.open(data_dir) as other:
        other.conn.execute("BEGIN IMMEDIATE")
        other.conn.execute("UPDATE cases SET title = 'pas encore' WHERE id = ?", [case.id])
        backup = create_backup(store)
        other.conn.execute("ROLLBACK")
    assert rows(backup.path, "SELECT title FROM cases") == [(case.title,)]


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from core.database import Store
    from core.interactions import add_interaction
    from core.model import Channel, Direction, Moment

    with Store.open(Path(sys.argv[1])) as store:
        for n in range(400):
            add_interaction(
                store, case_id=1, occurred=Moment.parse("2026-10-01"), channel=Channel.EMAIL,
                direction=Direction.INBOUND, summary=f"message {n}",
            )
            if n == 0:
                print("started", flush=True)
    """
)


@pytest.mark.slow
def test_backups_taken_while_another_process_writes_are_each_a_consistent_snapshot(
    store: Store, data_dir: Path
) -> None:
    make_case(store)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline() == "started\n"
    taken = []
    while writer.poll() is None and len(taken) < 30:
        taken.append(create_backup(store))
    _, errors = writer.communicate(timeout=120)
    assert writer.returncode == 0, errors
    counts = []
    for backup in taken:
        assert backup_problem(backup.path) is None
        summaries = [row[0] for row in rows(backup.path, "SELECT summary FROM interactions")]
        assert summaries == [f"message {n}" for n in range(len(summaries))]
        counts.append(len(summaries))
    assert counts == sorted(counts)
    assert len(set(counts)) > 1, "the backups should have caught the writer at work"


def old_record(data_dir: Path) -> None:
    """A data folder left by a Recours whose schema stopped at the first migration."""
    conn = connect(data_dir / DATABASE_FILENAME)
    migrations.apply(Database(conn, execute_plugins=False), stop_before="0002_full_text_search")
    conn.execute(
        "INSERT INTO parties (name, kind, created_at) VALUES ('Opérateur', 'company', 'x')"
    )
    conn.execute(
        "INSERT INTO cases (title, counterparty_id, created_at, updated_at) "
        "VALUES ('Facture contestée', 1, 'x', 'x')"
    )
    conn.close()


def test_the_record_is_backed_up_before_a_migration_changes_it(data_dir: Path) -> None:
    old_record(data_dir)
    with Store.open(data_dir) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [backup] = list_backups(data_dir)
    assert backup.reason is BackupReason.MIGRATION
    assert rows(backup.path, "PRAGMA user_version") == [(1,)]
    assert rows(backup.path, "SELECT title FROM cases") == [("Facture contestée",)]
    with Store.open(data_dir):
        pass
    assert len(list_backups(data_dir)) == 1, "an up-to-date record needs no backup"


def test_a_new_record_is_not_backed_up(data_dir: Path) -> None:
    with Store.open(data_dir):
        pass
    assert list_backups(data_dir) == []


def test_no_migration_runs_when_its_backup_cannot_be_written(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_record(data_dir)

    def full(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error

    monkeypatch.setattr(making, "copy_pages", full)
    with pytest.raises(StorageError) as raised:
        Store.open(data_dir)
    assert raised.value.message_id == "error.disk_full"
    assert rows(data_dir / DATABASE_FILENAME, "PRAGMA user_version") == [(1,)]
    assert list(backups_dir(data_dir).iterdir()) == []


def test_the_daily_backup_is_taken_once_a_day_of_use(store: Store) -> None:
    assert ensure_daily_backup(store, now=NOON) is None, "nothing to back up yet"
    make_case(store)
    first = ensure_daily_backup(store, now=NOON)
    assert first is not None and first.reason is BackupReason.DAILY
    assert ensure_daily_backup(store, now=NOON + dt.timedelta(hours=3)) is None
    next_day = ensure_daily_backup(store, now=NOON + dt.timedelta(days=1))
    assert next_day is not None
    assert [b.path for b in list_backups(store.data_dir or Path())] == [next_day.path, first.path]


def test_the_daily_check_reads_only_the_folder_listing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_case(store)
    ensure_daily_backup(store, now=NOON)
    monkeypatch.setattr(making, "create_backup", pytest.fail)
    queries: list[str] = []
    store.conn.set_trace_callback(queries.append)
    try:
        assert ensure_daily_backup(store, now=NOON + dt.timedelta(hours=1)) is None
    finally:
        store.conn.set_trace_callback(None)
    assert queries == []


def fake(days_ago: int, reason: BackupReason, hour: int = 12) -> Backup:
    created = NOON.replace(hour=hour) - dt.timedelta(days=days_ago)
    return Backup(Path(backup_name(created, reason)), created, reason)


@pytest.fixture
def utc_calendar(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The user's calendar is UTC, so days and weeks in the tests are the stamps' own."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("utc_calendar")
def test_rotation_keeps_seven_days_four_weeks_three_migrations_and_every_manual_one() -> None:
    daily = {days: fake(days, BackupReason.DAILY) for days in range(60)}
    earlier_today = fake(0, BackupReason.DAILY, hour=8)
    before_migrations = [fake(days * 10, BackupReason.MIGRATION) for days in range(5)]
    manual = [fake(days * 30, BackupReason.MANUAL) for days in range(4)]
    kept = backups_to_keep([*daily.values(), earlier_today, *before_migrations, *manual])
    # Thursday 26 November: the last 7 days, then the newest of each of the 4 newest weeks:
    # this one (26th), 16-22 (22nd, already kept), 9-15 (15th) and 2-8 November (8th).
    assert {days for days, backup in daily.items() if backup.path in kept} == {
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        11,
        18,
    }
    assert earlier_today.path not in kept, "one a day: the newest"
    assert {b.path for b in before_migrations} & kept == {b.path for b in before_migrations[:3]}
    assert {b.path for b in manual} <= kept


def test_rotation_deletes_old_backups_and_stale_partial_files(store: Store) -> None:
    make_case(store)
    data_dir = store.data_dir or Path()
    for days in range(12):
        create_backup(store, reason=BackupReason.DAILY, now=NOON - dt.timedelta(days=days * 7))
    folder = backups_dir(data_dir)
    stale, fresh = folder / ".partial-stale.db", folder / ".partial-fresh.db"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    long_ago = time.time() - 2 * 3600
    os.utime(stale, (long_ago, long_ago))
    create_backup(store, reason=BackupReason.MANUAL, now=NOON)
    assert not stale.exists()
    assert fresh.exists(), "another process may be writing it now"
    remaining = list_backups(data_dir)
    assert len([b for b in remaining if b.reason is BackupReason.DAILY]) == 7
    assert len([b for b in remaining if b.reason is BackupReason.MANUAL]) == 1


def test_names_that_are_not_backups_are_ignored(data_dir: Path) -> None:
    folder = backups_dir(data_dir)
    folder.mkdir()
    for name in ("notes.txt", "recours-2026-13-45T999999Z-daily.db", "recours-x-daily.db"):
        (folder / name).write_text("x")
    assert list_backups(data_dir) == []
    assert parse_backup_name(Path("recours-2026-11-26T120000Z-weekly.db")) is None
    assert parse_backup_name(Path("recours-2026-11-26T120000Z-daily-2.db")) is not None


def test_two_backups_in_the_same_second_both_stay(store: Store) -> None:
    first = create_backup(store, now=NOON)
    second = create_backup(store, now=NOON)
    assert first.path != second.path
    assert {b.path for b in list_backups(store.data_dir or Path())} == {first.path, second.path}


def damage_table(data_dir: Path, table: str) -> None:
    """Overwrite the first page of a table's rows with noise, as a failing disk would: the
    schema still reads, so the record opens, but SQLite's checks fail."""
    database = data_dir / DATABASE_FILENAME
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    [(root,)] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table])
    conn.close()
    with database.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes(range(7, 256)) * (page_size // 249 + 1))


def test_a_damaged_record_is_not_backed_up_over_good_backups(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        make_case(store)
        good = create_backup(store, now=NOON - dt.timedelta(days=1))
    damage_table(data_dir, "cases")
    with Store.open(data_dir) as store, pytest.raises(DatabaseError) as raised:
        create_backup(store, now=NOON)
    assert raised.value.message_id == "backup.source_damaged"
    assert [b.path for b in list_backups(data_dir)] == [good.path]
    assert [p.name for p in good.path.parent.iterdir()] == [good.name]


def test_evidence_a_kept_backup_refers_to_outlives_its_deletion(
    store: Store, tmp_path: Path
) -> None:
    case = make_case(store)
    source = tmp_path / "facture.pdf"
    source.write_bytes(b"%PDF-1.4 facture de 60 euros")
    evidence = attach_evidence(store, case_id=case.id, source=source).evidence
    files = EvidenceFiles(store.evidence_dir)
    backup = create_backup(store)
    delete_evidence(store, evidence.id)
    assert files.contains(evidence.sha256), "the backup still refers to it"
    assert collect_unreferenced_files(store, candidates={evidence.sha256}) == set()
    backup.path.unlink()
    assert collect_unreferenced_files(store, candidates={evidence.sha256}) == {evidence.sha256}
    assert not files.contains(evidence.sha256)


def test_an_unreadable_backup_keeps_no_evidence(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8\xff photo")
    evidence = attach_evidence(store, case_id=case.id, source=source).evidence
    backup = create_backup(store)
    backup.path.write_bytes(b"not a database at all" * 100)
    delete_evidence(store, evidence.id)
    assert not EvidenceFiles(store.evidence_dir).contains(evidence.sha256)


def test_an_in_memory_record_has_nowhere_to_keep_backups() -> None:
    with Store.in_memory() as memory:
        make_case(memory)
        assert ensure_daily_backup(memory) is None
        with pytest.raises(DatabaseError):
            create_backup(memory)
