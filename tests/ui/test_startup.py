"""Starting the desktop app: window first, then the record; one window per data folder;
an empty record offers the demo; a damaged one is explained, not crashed on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from core.case_summaries import list_case_summaries
from core.cases import get_case
from core.database import Store
from core.model import Language
from ui.record_safety.instance_lock import LOCK_FILENAME, DataFolderLock
from ui.shell.app import run_gui
from ui.shell.main_window import MainWindow

from .conftest import StartSession

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box shown; none of them waits for a click."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_window_is_shown_before_the_record_is_opened(
    demo_data_dir: Path,
    start_session: StartSession,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window_visible_at_open: list[bool] = []
    really_open = Store.open

    def open_and_note(data_dir: Path) -> Store:
        window_visible_at_open.append(
            any(
                isinstance(widget, MainWindow) and widget.isVisible()
                for widget in QApplication.topLevelWidgets()
            )
        )
        return really_open(data_dir)

    monkeypatch.setattr(Store, "open", open_and_note)
    session = start_session(demo_data_dir)

    assert session.store is None
    assert window_visible_at_open == []
    qtbot.waitUntil(lambda: session.store is not None)
    assert window_visible_at_open[0] is True, "the window's record opens after the paint"
    assert all(window_visible_at_open), "so does any background work's own connection"
    assert session.window.has_cases()


def test_an_empty_record_offers_the_demo_case_and_shows_it(
    data_dir: Path, start_session: StartSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)

    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.window.has_cases(), timeout=30_000)

    assert len(asked) == 1
    assert "demo case" in asked[0]
    window = session.window
    assert window.case_list.current_record() is not None
    assert window.case_detail.currentWidget() is window.case_detail.splitter
    assert window.case_detail.summary.counterparty.text() == "Orange"
    assert window.case_detail.timeline.view.proxy.rowCount() >= 6
    with Store.open(data_dir) as store:
        assert get_case(store, 1).language is Language.EN


def test_declining_the_demo_leaves_an_empty_record_that_says_so(
    data_dir: Path, start_session: StartSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)

    session = start_session(data_dir)
    qtbot.waitUntil(lambda: bool(asked))

    qtbot.wait(50)
    assert not session.window.has_cases()
    assert "no cases yet" in session.window.case_detail.placeholder.text()
    with Store.open(data_dir) as store:
        assert list_case_summaries(store) == []


def test_a_damaged_database_is_explained_and_the_app_keeps_running(
    data_dir: Path, start_session: StartSession, qtbot: QtBot, message_boxes: list[str]
) -> None:
    (data_dir / "recours.db").write_bytes(b"these bytes are not a database " * 64)

    session = start_session(data_dir)
    qtbot.waitUntil(lambda: bool(message_boxes))

    assert "damaged" in message_boxes[0]
    assert str(data_dir) in message_boxes[0]
    assert session.store is None
    assert session.window.isVisible()
    assert session.window.case_detail.placeholder.text() == message_boxes[0]
    assert not session.window.reload_action.isEnabled()


def test_run_gui_shows_the_record_and_returns_zero_on_quit(
    demo_data_dir: Path, qtbot: QtBot
) -> None:
    seen: dict[str, str] = {}
    attempts = [0]

    def close_when_loaded() -> None:
        attempts[0] += 1
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.has_cases():
                seen["title"] = widget.windowTitle()
                widget.close()
                return
        if attempts[0] > 500:
            QApplication.quit()
            return
        QTimer.singleShot(20, close_when_loaded)

    hook_before = sys.excepthook
    QTimer.singleShot(0, close_when_loaded)

    assert run_gui(demo_data_dir) == 0

    assert "iPhone" in seen["title"]
    assert QApplication.applicationDisplayName() == "Recours"
    assert not QApplication.windowIcon().isNull()
    assert sys.excepthook is hook_before
    assert DataFolderLock(demo_data_dir).acquire()


def test_a_second_window_on_the_same_folder_is_refused(
    data_dir: Path, message_boxes: list[str]
) -> None:
    first_window = DataFolderLock(data_dir)
    assert first_window.acquire()
    try:
        assert run_gui(data_dir) == 1
    finally:
        first_window.release()

    assert len(message_boxes) == 1
    assert "already open" in message_boxes[0]
    assert str(data_dir) in message_boxes[0]


def test_a_lock_left_by_a_crashed_app_does_not_block(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1])\n"
            "print('locked' if lock.tryLock(0) else 'refused', flush=True)\n"
            "time.sleep(120)\n",
            str(data_dir / LOCK_FILENAME),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        assert not DataFolderLock(data_dir).acquire()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()

    assert (data_dir / LOCK_FILENAME).exists()
    assert DataFolderLock(data_dir).acquire()


def test_starting_the_app_loads_no_heavy_library(tmp_path: Path) -> None:
    heavy = ("sqlite_utils", "reportlab", "pypdf", "PIL")
    probe = (
        "import sys\n"
        "import ui.shell.app, ui.shell.main_window, ui.shell.startup\n"
        f"print(','.join(name for name in {heavy!r} if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == ""
