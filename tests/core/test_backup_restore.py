"""The start-up check, putting a good backup back, and `main.py backup` / `restore`."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core import cli, storage_location
from core.backups.catalog import BackupReason, backups_dir, latest_good_backup, list_backups
from core.backups.lock import LOCK_FILENAME, window_holding
from core.backups.making import create_backup
from core.backups.restore import SET_ASIDE_PREFIX, check_at_start, restore_backup
from core.database import DATABASE_FILENAME, Store
from core.errors import DatabaseError
from core.evidence import attach_evidence, evidence_path
from core.interactions import list_interactions
from tests.core.test_backup import NOON, damage_table
from tests.factories import make_case, make_interaction

REPO = Path(__file__).resolve().parents[2]


def record_with_backup(data_dir: Path) -> Path:
    """A record with one interaction backed up and a second one written after the backup."""
    with Store.open(data_dir) as store:
        case = make_case(store)
        make_interaction(store, case, summary="Avant la sauvegarde")
        backup = create_backup(store, now=NOON)
        make_interaction(store, case, summary="Après la sauvegarde")
    return backup.path


def summaries(data_dir: Path) -> list[str]:
    with Store.open(data_dir) as store:
        return [item.summary for item in list_interactions(store, 1)]


def test_a_whole_record_and_a_new_folder_pass_the_start_up_check(data_dir: Path) -> None:
    assert not check_at_start(data_dir).damaged
    record_with_backup(data_dir)
    report = check_at_start(data_dir)
    assert not report.damaged
    assert "passed" in report.describe("en")


def test_a_damaged_record_is_named_plainly(data_dir: Path) -> None:
    record_with_backup(data_dir)
    damage_table(data_dir, "interactions")
    report = check_at_start(data_dir)
    assert report.damaged
    assert report.describe("en").startswith(
        f"The case record {data_dir / DATABASE_FILENAME} is damaged: SQLite reports"
    )
    assert "endommagé" in report.describe("fr")


def test_a_file_that_is_not_a_database_is_damaged(data_dir: Path) -> None:
    (data_dir / DATABASE_FILENAME).write_bytes(b"Ceci n'est pas une base." * 400)
    assert check_at_start(data_dir).damaged


def test_restoring_puts_the_latest_good_backup_back_and_keeps_the_damaged_file(
    data_dir: Path,
) -> None:
    older = record_with_backup(data_dir)
    with Store.open(data_dir) as store:
        newest = create_backup(store, now=NOON + dt.timedelta(hours=1))
    newest.path.write_bytes(b"\0" * 8192)
    damage_table(data_dir, "interactions")
    database = data_dir / DATABASE_FILENAME
    damaged_bytes = database.read_bytes()
    (data_dir / f"{DATABASE_FILENAME}-wal").write_bytes(b"wal of the damaged file")
    (data_dir / f"{DATABASE_FILENAME}-shm").write_bytes(b"shm of the damaged file")

    assert latest_good_backup(data_dir) is not None
    result = restore_backup(data_dir, now=NOON + dt.timedelta(days=1))

    assert result.backup == next(b for b in list_backups(data_dir) if b.path == older)
    aside = data_dir / f"{SET_ASIDE_PREFIX}2026-11-27T120000Z.db"
    assert result.set_aside == (
        aside,
        Path(f"{aside}-wal"),
        Path(f"{aside}-shm"),
    )
    assert aside.read_bytes() == damaged_bytes
    assert Path(f"{aside}-wal").read_bytes() == b"wal of the damaged file"
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0
    assert not check_at_start(data_dir).damaged
    assert summaries(data_dir) == ["Avant la sauvegarde"]
    assert result.missing_evidence == 0


def test_restoring_twice_keeps_both_replaced_files(data_dir: Path) -> None:
    record_with_backup(data_dir)
    first = restore_backup(data_dir, now=NOON)
    second = restore_backup(data_dir, now=NOON)
    assert first.set_aside[0] != second.set_aside[0]
    assert first.set_aside[0].exists() and second.set_aside[0].exists()


def test_a_chosen_backup_is_restored_and_an_unusable_one_changes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    backup = record_with_backup(data_dir)
    outside = tmp_path / "copie-sur-cle-usb.db"
    outside.write_bytes(backup.read_bytes())
    restore_backup(data_dir, backup=outside)
    assert summaries(data_dir) == ["Avant la sauvegarde"]

    before = sorted(p.name for p in data_dir.iterdir())
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    with pytest.raises(DatabaseError) as raised:
        restore_backup(data_dir, backup=broken)
    assert raised.value.message_id == "backup.unusable"
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_without_any_good_backup_nothing_is_restored(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        make_case(store)
    with pytest.raises(DatabaseError) as raised:
        restore_backup(data_dir)
    assert raised.value.message_id == "backup.none_good"
    assert "sauvegarde" in raised.value.describe("fr")
    assert not check_at_start(data_dir).damaged


def test_a_restore_says_when_evidence_files_it_names_are_gone(
    data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "facture.pdf"
    source.write_bytes(b"%PDF-1.4 facture")
    with Store.open(data_dir) as store:
        case = make_case(store)
        evidence = attach_evidence(store, case_id=case.id, source=source).evidence
        create_backup(store)
        stored = evidence_path(store, evidence)
    stored.chmod(0o600)
    stored.unlink()
    assert restore_backup(data_dir).missing_evidence == 1


def run(data_dir: Path, *args: str) -> int:
    return cli.run(["--data-dir", str(data_dir), *args], start_gui=pytest.fail)


def test_backup_prints_the_new_backups_path_and_lists_them(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_with_backup(data_dir)
    assert run(data_dir, "backup") == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == backups_dir(data_dir)
    assert printed in {b.path for b in list_backups(data_dir)}
    assert run(data_dir, "backup", "--list") == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == ["Taken", "Why", "Size", "File"]
    assert listing[1].endswith(printed.name) and "by hand" in listing[1]


def test_restore_from_the_command_line_by_default_and_by_name(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = record_with_backup(data_dir)
    damage_table(data_dir, "interactions")
    assert run(data_dir, "show", "1") == 1
    error = capsys.readouterr().err
    assert "damaged" in error and "recours restore" in error
    assert run(data_dir, "restore") == 0
    out = capsys.readouterr().out
    assert f"Restored the backup {backup.name}." in out
    assert SET_ASIDE_PREFIX in out
    assert summaries(data_dir) == ["Avant la sauvegarde"]
    assert run(data_dir, "restore", backup.name) == 0
    assert run(data_dir, "restore", "recours-1999-01-01T000000Z-daily.db") == 1
    assert "There is no backup" in capsys.readouterr().err


def test_a_write_command_takes_the_days_backup_and_a_read_command_does_not(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data_dir) as store:
        make_case(store)
    assert run(data_dir, "cases") == 0
    assert list_backups(data_dir) == []
    assert run(data_dir, "log", "1", "--channel", "phone", "--summary", "Rappel") == 0
    [daily] = list_backups(data_dir)
    assert daily.reason is BackupReason.DAILY
    assert run(data_dir, "log", "1", "--channel", "phone", "--summary", "Encore") == 0
    assert list_backups(data_dir) == [daily]
    capsys.readouterr()


def test_write_commands_warn_once_about_a_network_data_folder(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nnas:/export {data_dir.parent} nfs4 rw 0 0\n")
    monkeypatch.setattr(storage_location, "PROC_MOUNTS", mounts)
    assert run(data_dir, "new-case", "--title", "Box", "--counterparty", "FAI") == 0
    warned = capsys.readouterr().err.splitlines()
    assert len(warned) == 1
    assert "network drive (nfs4)" in warned[0]
    assert run(data_dir, "cases") == 0
    assert capsys.readouterr().err == ""


LOCK_HOLDER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    assert lock.tryLock(0)
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_restore_is_refused_while_a_window_holds_the_data_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_with_backup(data_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(data_dir / LOCK_FILENAME)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        assert window_holding(data_dir) == holder.pid
        assert run(data_dir, "restore") == 1
        assert f"Recours is open on this data folder (process {holder.pid})" in (
            capsys.readouterr().err
        )
        assert summaries(data_dir) == ["Avant la sauvegarde", "Après la sauvegarde"]
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate()
    assert (data_dir / LOCK_FILENAME).exists(), "left behind by the killed window"
    assert window_holding(data_dir) is None
    assert run(data_dir, "restore") == 0


def test_a_lock_file_that_makes_no_sense_holds_nothing(data_dir: Path) -> None:
    lock = data_dir / LOCK_FILENAME
    for content in (b"", b"not a pid\n", b"-4\n", b"\xff\xfe\n"):
        lock.write_bytes(content)
        assert window_holding(data_dir) is None
