"""Start-up safety and backups in the window: the integrity check before the record opens,
restoring at start or from the File menu, Back Up Now, the day's backup, the banner for
risky data folders, and Help › About."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.backups.catalog import SET_ASIDE_PREFIX, BackupReason, list_backups
from core.backups.making import create_backup
from core.cases import create_case
from core.database import Store
from core.datadir import prepare_data_dir
from core.demo import create_demo_case
from core.errors import StorageError
from core.model import Language
from ui.models.backup_table_model import BackupTableModel, listed_backups
from ui.models.record_table_model import sorting_proxy
from ui.record_change import Part, RecordChange
from ui.record_safety import backup_actions
from ui.record_safety.backup_dialogs import BackupChooser, DamagedRecordDialog
from ui.record_safety.storage_banner import StorageBanner
from ui.shell.startup import DesktopSession

from .accessibility import unnamed_controls
from .archive_helpers import patch_dialogs
from .conftest import StartSession
from .test_archive_menu import file_action, settled, titles

GARBAGE = b"these bytes are not a database " * 64
LONG_AGO = dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC)


def back_up(data_dir: Path, when: dt.datetime) -> Path:
    with Store.open(data_dir) as store:
        return create_backup(store, reason=BackupReason.MANUAL, now=when).path


def folder_contents(data_dir: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(data_dir)): path.read_bytes()
        for path in sorted(data_dir.rglob("*"))
        if path.is_file()
    }


def damaged_dialog(qtbot: QtBot, session: DesktopSession) -> DamagedRecordDialog:
    qtbot.waitUntil(
        lambda: (
            session.guard.damaged_dialog is not None and session.guard.damaged_dialog.isVisible()
        )
    )
    dialog = session.guard.damaged_dialog
    assert dialog is not None
    return dialog


def test_a_damaged_record_at_start_is_offered_its_latest_backup_and_opens_restored(
    demo_data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    back_up(demo_data_dir, LONG_AGO)
    (demo_data_dir / "recours.db").write_bytes(GARBAGE)

    session = start_session(demo_data_dir)
    dialog = damaged_dialog(qtbot, session)

    assert "damaged" in dialog.finding.text()
    assert "Jan 2026" in dialog.offer.text()
    assert dialog.restore_button.isDefault()
    assert dialog.accessibleName() and unnamed_controls(dialog) == []
    assert session.store is None
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: session.store is not None and session.window.has_cases())
    [aside] = demo_data_dir.glob(f"{SET_ASIDE_PREFIX}*.db")
    assert aside.read_bytes() == GARBAGE
    assert str(aside) in session.window.statusBar().currentMessage()
    assert "iPhone" in session.window.windowTitle()


def test_another_backup_can_be_chosen_from_the_list(
    data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    with Store.open(data_dir) as store:
        create_case(store, title="Only in the older backup", counterparty="Free")
    back_up(data_dir, LONG_AGO)
    with Store.open(data_dir) as store:
        create_case(store, title="Also in the newer one", counterparty="Darty")
    back_up(data_dir, LONG_AGO + dt.timedelta(days=1))
    (data_dir / "recours.db").write_bytes(GARBAGE)

    session = start_session(data_dir)
    dialog = damaged_dialog(qtbot, session)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    chooser = dialog.chooser
    assert chooser is not None
    qtbot.waitUntil(chooser.isVisible)
    assert chooser.model.rowCount() == 2
    assert "11 Jan 2026" in chooser.model.index(0, 0).data()
    assert chooser.model.index(0, 2).data().endswith("B")
    assert chooser.accessibleName() and unnamed_controls(chooser) == []
    assert chooser.choose_button.isDefault() and chooser.focusWidget() is chooser.view
    chooser.view.select_view_row(1)
    qtbot.mouseClick(chooser.choose_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: session.store is not None)
    assert [case.title for case in session.window.case_list.cases.records()] == [
        "Only in the older backup"
    ]


def test_declining_the_restore_writes_nothing_and_says_what_to_do(
    demo_data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    back_up(demo_data_dir, LONG_AGO)
    (demo_data_dir / "recours.db").write_bytes(GARBAGE)
    before = folder_contents(demo_data_dir)

    session = start_session(demo_data_dir)
    dialog = damaged_dialog(qtbot, session)
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)

    explanation = session.window.case_detail.placeholder.text()
    assert "damaged" in explanation
    assert str(demo_data_dir) in explanation
    assert "recours restore" in explanation
    assert session.store is None
    assert not session.window.backup_actions.back_up_action.isEnabled()
    assert folder_contents(demo_data_dir) == before


def test_after_declining_a_backup_can_still_be_restored_from_the_file_menu(
    demo_data_dir: Path,
    start_session: StartSession,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    back_up(demo_data_dir, LONG_AGO)
    (demo_data_dir / "recours.db").write_bytes(GARBAGE)
    patch_dialogs(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    session = start_session(demo_data_dir)
    dialog = damaged_dialog(qtbot, session)
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)

    file_action(session.window, "Restore a Backup…").trigger()
    chooser = session.window.backup_actions.chooser
    assert chooser is not None
    qtbot.waitUntil(chooser.isVisible)
    qtbot.keyClick(chooser.view, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: session.store is not None and session.window.has_cases())
    [aside] = demo_data_dir.glob(f"{SET_ASIDE_PREFIX}*.db")
    assert aside.read_bytes() == GARBAGE


def test_a_normal_start_shows_no_dialog_and_takes_the_days_backup(
    demo_data_dir: Path,
    start_session: StartSession,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = patch_dialogs(monkeypatch)

    session = start_session(demo_data_dir)
    qtbot.waitUntil(lambda: settled(session) and bool(list_backups(demo_data_dir)))

    assert [backup.reason for backup in list_backups(demo_data_dir)] == [BackupReason.DAILY]
    assert answers.questions == [] and answers.boxes == []
    assert QApplication.activeModalWidget() is None
    assert not any(
        isinstance(widget, QDialog) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )
    assert not session.window.storage_banner.isVisible()


def test_a_failed_daily_backup_is_said_without_stopping_the_user(
    demo_data_dir: Path,
    settings: QSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(_store: Store) -> None:
        raise StorageError("error.disk_full", path=demo_data_dir / "backups")

    monkeypatch.setattr(backup_actions, "ensure_daily_backup", disk_full)
    session = DesktopSession(demo_data_dir, settings)
    qtbot.addWidget(session.window)
    status_lines: list[str] = []
    session.window.statusBar().messageChanged.connect(status_lines.append)
    session.start()
    actions = session.window.backup_actions
    qtbot.waitUntil(lambda: actions.warning_box is not None and actions.warning_box.isVisible())

    box = actions.warning_box
    assert box is not None
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert "automatic backup" in box.text()
    assert any("automatic backup" in line for line in status_lines)
    assert QApplication.activeModalWidget() is None
    session.close()


def test_back_up_now_writes_a_backup_and_says_where(
    demo_session: DesktopSession, demo_data_dir: Path, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: settled(demo_session))

    file_action(demo_session.window, "Back Up Now").trigger()
    qtbot.waitUntil(
        lambda: (
            settled(demo_session)
            and any(b.reason is BackupReason.MANUAL for b in list_backups(demo_data_dir))
        )
    )

    [manual] = [b for b in list_backups(demo_data_dir) if b.reason is BackupReason.MANUAL]
    assert str(manual.path) in demo_session.window.statusBar().currentMessage()


def test_restore_a_backup_asks_first_then_reopens_the_record_in_the_same_window(
    demo_session: DesktopSession,
    demo_data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.waitUntil(lambda: settled(demo_session))
    back_up(demo_data_dir, dt.datetime.now(dt.UTC))
    window = demo_session.window
    workspace = window.workspace
    assert workspace is not None
    workspace.perform(
        "Start a case",
        lambda store: create_case(store, title="After the backup", counterparty="Fnac"),
        RecordChange(Part.CASE_LIST),
    )
    answers = patch_dialogs(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    old_store = demo_session.store

    file_action(window, "Restore a Backup…").trigger()
    chooser = window.backup_actions.chooser
    assert isinstance(chooser, BackupChooser)
    qtbot.waitUntil(chooser.isVisible)
    assert chooser.accessibleName() and unnamed_controls(chooser) == []
    qtbot.mouseClick(chooser.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_session.store is not old_store and demo_session.store is not None)

    assert answers.defaults == [QMessageBox.StandardButton.Cancel]
    assert "kept aside" in answers.questions[0]
    assert demo_session.window is window and window.isVisible()
    assert [case.title for case in window.case_list.cases.records()] == titles(demo_data_dir)
    assert "After the backup" not in titles(demo_data_dir)
    assert window.case_detail.case_id is not None
    assert not window.undo_action.isEnabled()
    [aside] = demo_data_dir.glob(f"{SET_ASIDE_PREFIX}*.db")
    assert str(aside) in window.statusBar().currentMessage()
    conn = sqlite3.connect(f"{aside.as_uri()}?mode=ro", uri=True)
    try:
        assert ("After the backup",) in conn.execute("SELECT title FROM cases").fetchall()
    finally:
        conn.close()


def test_restore_a_backup_cancelled_at_the_question_changes_nothing(
    demo_session: DesktopSession,
    demo_data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.waitUntil(lambda: settled(demo_session))
    back_up(demo_data_dir, LONG_AGO)
    answers = patch_dialogs(monkeypatch, answer=QMessageBox.StandardButton.Cancel)
    store = demo_session.store

    file_action(demo_session.window, "Restore a Backup…").trigger()
    chooser = demo_session.window.backup_actions.chooser
    assert chooser is not None
    qtbot.waitUntil(chooser.isVisible)
    qtbot.mouseClick(chooser.choose_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)

    assert len(answers.questions) == 1
    assert demo_session.store is store
    assert list(demo_data_dir.glob(f"{SET_ASIDE_PREFIX}*")) == []


def synced_data_dir(tmp_path: Path) -> Path:
    folder = prepare_data_dir(tmp_path / "Dropbox" / "Recours")
    with Store.open(folder) as store:
        create_demo_case(store, lang=Language.EN)
    return folder


def test_a_data_folder_in_a_synced_folder_shows_a_banner_that_stays_dismissed(
    tmp_path: Path, settings: QSettings, qtbot: QtBot
) -> None:
    data_dir = synced_data_dir(tmp_path)

    first = DesktopSession(data_dir, settings)
    qtbot.addWidget(first.window)
    first.start()
    qtbot.waitUntil(lambda: settled(first))
    banner = first.window.storage_banner
    assert banner.isVisible()
    assert "Dropbox" in banner.message.text()
    assert "local disk" in banner.learn_more.toolTip()
    assert banner.accessibleName() and unnamed_controls(banner) == []
    assert QApplication.activeModalWidget() is None
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    first.close()
    first.window.close()

    again = DesktopSession(data_dir, settings)
    qtbot.addWidget(again.window)
    again.start()
    qtbot.waitUntil(lambda: settled(again))
    assert not again.window.storage_banner.isVisible()
    again.close()


def test_the_banner_warns_again_for_another_folder_at_risk(
    tmp_path: Path, settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    banner = StorageBanner(settings)
    qtbot.addWidget(banner)
    banner.show_for(prepare_data_dir(tmp_path / "Dropbox" / "first"))
    banner.dismiss()
    monkeypatch.setattr(
        "core.storage_location._read_mount_table",
        lambda: f"server:/export {tmp_path / 'share'} nfs4 rw 0 0\n",
    )

    banner.show_for(prepare_data_dir(tmp_path / "share" / "second"))

    assert not banner.isHidden()
    assert "network drive (nfs4)" in banner.message.text()


def test_about_names_the_versions_the_data_folder_and_the_network_promise(
    demo_session: DesktopSession, demo_data_dir: Path, qtbot: QtBot
) -> None:
    window = demo_session.window
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu is not None
    [about] = [a for a in help_menu.actions() if a.text().replace("&", "") == "About Recours"]

    about.trigger()
    dialog = window.about_action.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)

    assert dialog.folder.text() == str(demo_data_dir)
    assert dialog.folder.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.folder)))
    assert sqlite3.sqlite_version in texts
    assert "never connects to the network" in dialog.network_note.text()
    assert dialog.accessibleName() and unnamed_controls(dialog) == []
    dialog.reject()


def test_the_list_of_backups_is_a_sound_model(data_dir: Path, qtmodeltester: ModelTester) -> None:
    back_up(data_dir, LONG_AGO)
    back_up(data_dir, LONG_AGO + dt.timedelta(hours=1))
    model = BackupTableModel()
    model.set_records(listed_backups(data_dir))

    qtmodeltester.check(model)
    qtmodeltester.check(sorting_proxy(model))
    assert [model.index(row, 1).data() for row in range(2)] == ["By hand", "By hand"]
