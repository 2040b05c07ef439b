"""File › Export This Case…, Export All Cases… and Import a Case…, and dropping an archive on
the window: real archives, written and read in the background, refused whole when hostile."""

from __future__ import annotations

import json
import threading
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core.archive import export
from core.backups.catalog import BackupReason, list_backups
from core.case_summaries import list_case_summaries
from core.cases import create_case, get_case, save_case
from core.database import Store
from core.evidence import attach_evidence, list_evidence
from core.filenames import safe_filename
from core.model import Evidence
from ui.record_change import Part, RecordChange
from ui.shell.main_window import MainWindow
from ui.shell.startup import DesktopSession

from .accessibility import spoken_name
from .archive_helpers import (
    archive_of,
    archive_of_new_case,
    patch_dialogs,
    with_member,
)
from .conftest import StartSession
from .drops import drop_files


def file_action(window: MainWindow, text: str) -> QAction:
    """An action of the File menu, by its text without the & marks."""
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    for action in file_menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no {text!r} in the File menu")


def settled(session: DesktopSession) -> bool:
    """The record is open and no archive or backup work is running."""
    window = session.window
    return (
        session.store is not None
        and not window.archive_actions.is_busy()
        and not window.backup_actions.backing_up
    )


def titles(data_dir: Path) -> list[str]:
    with Store.open(data_dir) as store:
        return sorted(summary.title for summary in list_case_summaries(store))


def click_mode(qtbot: QtBot, session: DesktopSession, label: str) -> None:
    """Answer the New copy / Restore question by clicking its button."""
    actions = session.window.archive_actions
    qtbot.waitUntil(lambda: actions.mode_box is not None and actions.mode_box.isVisible())
    box = actions.mode_box
    assert box is not None
    assert box.accessibleName() and all(spoken_name(button) for button in box.buttons())
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == label]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_export_this_case_writes_the_case_with_its_evidence(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "exports" / "iphone"
    target.parent.mkdir()
    answers = patch_dialogs(monkeypatch, save_as=target)
    window = demo_session.window
    case = window.case_list.current_record()
    assert case is not None

    file_action(window, "Export This Case…").trigger()
    written = target.with_name("iphone.recours")
    qtbot.waitUntil(lambda: written.exists() and settled(demo_session), timeout=30_000)

    assert Path(answers.save_suggestions[0]).name == safe_filename(case.title + ".recours")
    with zipfile.ZipFile(written) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        evidence = [name for name in archive.namelist() if name.startswith("evidence/")]
    assert [entry["title"] for entry in manifest["cases"]] == [case.title]
    assert len(evidence) == len(list_evidence(demo_session.store, case.id))
    assert str(written) in window.statusBar().currentMessage()


def test_export_all_cases_writes_every_case(
    demo_data_dir: Path,
    start_session: StartSession,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    with Store.open(demo_data_dir) as store:
        create_case(store, title="Fibre never connected", counterparty="Free")
    target = tmp_path / "all.recours"
    patch_dialogs(monkeypatch, save_as=target)
    session = start_session(demo_data_dir)
    qtbot.waitUntil(lambda: settled(session) and session.window.has_cases())

    file_action(session.window, "Export All Cases…").trigger()
    qtbot.waitUntil(lambda: target.exists() and settled(session), timeout=30_000)

    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert sorted(entry["title"] for entry in manifest["cases"]) == titles(demo_data_dir)
    assert len(manifest["cases"]) == 2


def test_import_as_a_new_copy_adds_the_case_selects_it_and_clears_the_undo_history(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    archive = archive_of_new_case(tmp_path)
    patch_dialogs(monkeypatch, open_file=archive)
    window = demo_session.window
    workspace = window.workspace
    assert workspace is not None
    workspace.perform(
        "Start a case",
        lambda store: create_case(store, title="Before the import", counterparty="Fnac"),
        RecordChange(Part.CASE_LIST),
    )
    assert window.undo_action.isEnabled()

    file_action(window, "Import a Case…").trigger()
    click_mode(qtbot, demo_session, "New Copy")
    qtbot.waitUntil(lambda: window.case_list.cases.rowCount() == 3 and settled(demo_session))

    shown = window.case_list.current_record()
    assert shown is not None and shown.title == "Boiler never repaired"
    assert window.case_detail.case_id == shown.id
    assert len(list_evidence(workspace.store, shown.id)) == 1
    assert not window.undo_action.isEnabled()
    assert "undo history was cleared" in window.statusBar().currentMessage()


def test_restoring_a_case_already_here_asks_first_and_replaces_it_when_told(
    demo_session: DesktopSession,
    demo_data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    archive = archive_of(demo_data_dir, tmp_path / "mine.recours")
    answers = patch_dialogs(monkeypatch, open_file=archive, answer=QMessageBox.StandardButton.Yes)
    window = demo_session.window
    workspace = window.workspace
    assert workspace is not None
    original = get_case(workspace.store, 1)
    workspace.perform(
        "Rename the case",
        lambda store: save_case(store, replace(original, title="Renamed since the export")),
        RecordChange(Part.CASE, case_id=1),
    )

    file_action(window, "Import a Case…").trigger()
    click_mode(qtbot, demo_session, "Restore")
    qtbot.waitUntil(lambda: bool(answers.questions))
    qtbot.waitUntil(
        lambda: settled(demo_session) and titles(demo_data_dir) == [original.title],
        timeout=30_000,
    )

    assert "Renamed since the export" in answers.questions[0]
    assert answers.defaults == [QMessageBox.StandardButton.Cancel]
    [after] = window.case_list.cases.records()
    assert after.title == original.title
    assert window.case_list.current_record() == after
    assert window.case_detail.case_id == after.id
    assert [b.reason for b in list_backups(demo_data_dir)].count(BackupReason.MANUAL) == 1
    assert not window.undo_action.isEnabled()


def test_restoring_a_case_already_here_and_declining_changes_nothing(
    demo_session: DesktopSession,
    demo_data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    archive = archive_of(demo_data_dir, tmp_path / "mine.recours")
    answers = patch_dialogs(
        monkeypatch, open_file=archive, answer=QMessageBox.StandardButton.Cancel
    )
    window = demo_session.window
    before = list(window.case_list.cases.records())

    file_action(window, "Import a Case…").trigger()
    click_mode(qtbot, demo_session, "Restore")
    qtbot.waitUntil(lambda: bool(answers.questions) and settled(demo_session))

    assert "Nothing was imported" in window.statusBar().currentMessage()
    assert [case.id for case in window.case_list.cases.records()] == [case.id for case in before]


def test_a_hostile_archive_is_refused_with_the_reason_and_nothing_written(
    demo_session: DesktopSession,
    demo_data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    good = archive_of_new_case(tmp_path)
    hostile = with_member(good, "../evil", b"outside", tmp_path / "hostile.recours")
    answers = patch_dialogs(monkeypatch, open_file=hostile)
    window = demo_session.window
    before = titles(demo_data_dir)
    stored = sorted(path.name for path in (demo_data_dir / "evidence").rglob("*"))

    file_action(window, "Import a Case…").trigger()
    click_mode(qtbot, demo_session, "New Copy")
    qtbot.waitUntil(lambda: bool(answers.boxes) and settled(demo_session), timeout=30_000)

    assert "../evil" in answers.boxes[0]
    assert "nothing was imported" in answers.boxes[0].lower()
    assert titles(demo_data_dir) == before
    assert sorted(path.name for path in (demo_data_dir / "evidence").rglob("*")) == stored
    assert not (tmp_path / "evil").exists() and not (demo_data_dir.parent / "evil").exists()
    assert window.case_list.cases.rowCount() == 1


def test_cancel_during_a_large_export_leaves_no_file(
    demo_data_dir: Path,
    start_session: StartSession,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    big = tmp_path / "video.mp4"
    big.write_bytes(bytes(range(256)) * (8 * 4096))
    with Store.open(demo_data_dir) as store:
        attach_evidence(store, case_id=1, source=big)
    target = tmp_path / "out" / "large.recours"
    target.parent.mkdir()
    patch_dialogs(monkeypatch, save_as=target)
    reached, release = threading.Event(), threading.Event()
    really_read = export._read_evidence

    def read_then_wait(source: BinaryIO, item: Evidence) -> bytes:
        chunk = really_read(source, item)
        if item.size == big.stat().st_size:
            reached.set()
            release.wait(30)
        return chunk

    monkeypatch.setattr(export, "_read_evidence", read_then_wait)
    session = start_session(demo_data_dir)
    qtbot.waitUntil(lambda: settled(session) and session.window.has_cases())
    actions = session.window.archive_actions

    file_action(session.window, "Export This Case…").trigger()
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    dialog = actions.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    [cancel] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not actions.is_busy(), timeout=30_000)

    assert list(target.parent.iterdir()) == []
    assert "cancelled" in session.window.statusBar().currentMessage()


def test_an_archive_dropped_on_the_list_of_cases_is_imported_not_attached(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    archive = archive_of_new_case(tmp_path)
    patch_dialogs(monkeypatch)
    window = demo_session.window
    store = demo_session.store
    assert store is not None
    evidence_before = len(list_evidence(store, 1))
    view = window.case_list
    row = view.visualRect(view.proxy.index(0, 0)).center()

    answer = drop_files(view.viewport(), row, [archive])

    assert answer.accepted()
    click_mode(qtbot, demo_session, "New Copy")
    qtbot.waitUntil(lambda: window.case_list.cases.rowCount() == 2 and settled(demo_session))
    assert len(list_evidence(store, 1)) == evidence_before
    assert not window.case_detail.evidence.importer.is_busy()


def test_other_files_dropped_on_the_window_are_not_taken_for_archives(
    demo_session: DesktopSession, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4")

    answer = drop_files(demo_session.window.menuBar(), QPoint(5, 5), [letter])

    assert not answer.accepted()
    assert demo_session.window.archive_actions.mode_box is None
