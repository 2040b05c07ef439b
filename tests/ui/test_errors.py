"""Problems in plain words in the interface language; bugs in a dialog, the app still running."""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from core.errors import DatabaseError
from core.i18n import translate
from ui.crash_dialog import CrashDialog, CrashHandler
from ui.errors import show_error
from ui.tasks import run_in_background


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def french_interface() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


def open_crash_dialogs() -> list[CrashDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, CrashDialog) and widget.isVisible()
    ]


@pytest.fixture
def no_crash_dialogs_left() -> Iterator[None]:
    yield
    for dialog in open_crash_dialogs():
        dialog.close()


def test_a_damaged_database_is_told_in_plain_english(message_boxes: list[str]) -> None:
    show_error(None, DatabaseError("error.database_damaged", path="/data/recours.db"))
    assert message_boxes == [
        "The case record /data/recours.db is damaged or is not a Recours database."
    ]


@pytest.mark.usefixtures("french_interface")
def test_the_same_problem_is_told_in_french_when_the_interface_is_french(
    message_boxes: list[str],
) -> None:
    show_error(None, DatabaseError("error.database_too_new", path="/data/recours.db"))
    french = translate("error.database_too_new", "fr", path="/data/recours.db")
    assert french != translate("error.database_too_new", "en", path="/data/recours.db")
    assert message_boxes == [french]


def test_a_full_disk_is_told_as_such(message_boxes: list[str]) -> None:
    show_error(None, OSError(errno.ENOSPC, "No space left on device", "/data/evidence"))
    assert "full" in message_boxes[0]
    assert "/data/evidence" in message_boxes[0]


@pytest.mark.usefixtures("no_crash_dialogs_left")
def test_a_bug_opens_the_crash_dialog_with_details_to_copy(
    qtbot: QtBot, message_boxes: list[str]
) -> None:
    def broken() -> None:
        raise ZeroDivisionError("ledger total divided by zero")

    try:
        broken()
    except ZeroDivisionError as error:
        show_error(None, error)

    assert message_boxes == []
    (dialog,) = open_crash_dialogs()
    assert "ZeroDivisionError: ledger total divided by zero" in dialog.details
    assert "in broken" in dialog.details
    assert dialog.details_view.toPlainText() == dialog.details
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details
    assert not dialog.isModal()


@pytest.mark.usefixtures("no_crash_dialogs_left")
def test_the_exception_hook_shows_bugs_and_keeps_the_app_running(
    message_boxes: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook is handler
        error = KeyError("missing party")
        handler(KeyError, error, None)
        handler(DatabaseError, DatabaseError("error.database_busy"), None)
    finally:
        handler.uninstall()

    assert sys.excepthook is not handler
    (dialog,) = open_crash_dialogs()
    assert "KeyError: 'missing party'" in dialog.details
    assert message_boxes == [
        "The case record is busy in another Recours window or command. Try again in a moment."
    ]
    assert "KeyError" in capsys.readouterr().err


def test_background_work_reports_its_outcome_on_the_main_thread(qtbot: QtBot) -> None:
    owner = QObject()
    outcomes: list[tuple[str, object, bool]] = []

    def note(kind: str) -> Callable[[object], None]:
        def deliver(value: object) -> None:
            on_main_thread = QThread.currentThread() is QApplication.instance().thread()
            outcomes.append((kind, value, on_main_thread))

        return deliver

    def fail() -> int:
        raise DatabaseError("error.database_damaged", path=Path("/x"))

    run_in_background(fail, on_success=note("success"), on_failure=note("failure"), parent=owner)
    run_in_background(
        lambda: 6 * 7, on_success=note("success"), on_failure=note("failure"), parent=owner
    )
    qtbot.waitUntil(lambda: len(outcomes) == 2)

    assert sorted((kind, on_main) for kind, _value, on_main in outcomes) == [
        ("failure", True),
        ("success", True),
    ]
    values = {kind: value for kind, value, _on_main in outcomes}
    assert values["success"] == 42
    assert isinstance(values["failure"], DatabaseError)
