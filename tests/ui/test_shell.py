"""The application shell: standard shortcuts, the Case menu, Delete on what has the focus,
the title bar, and what the window remembers from one session to the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from core.cases import get_case, list_cases
from core.model import CaseStatus
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import PreferencesDialog
from ui.shell.startup import DesktopSession

from .conftest import StartSession
from .helpers import click_row
from .several_cases import fill_several_cases

CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.fixture
def several_session(data_dir: Path, start_session: StartSession, qtbot: QtBot) -> DesktopSession:
    fill_several_cases(data_dir)
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.window.has_cases())
    return session


def test_standard_shortcuts_trigger_their_actions(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_session.window
    activate(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.search_bar.hasFocus()

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.case_actions.editor
    assert editor is not None and editor.isVisible() and editor.windowTitle() == "New Case"
    editor.reject()
    activate(qtbot, window)

    window.case_actions.close_action.trigger()
    store = demo_session.store
    assert store is not None and get_case(store, 1).status is CaseStatus.CLOSED
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert get_case(store, 1).status is CaseStatus.OPEN
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert get_case(store, 1).status is CaseStatus.CLOSED

    asked: list[str] = []

    def refuse(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    focus(qtbot, window.case_list)
    qtbot.keyClick(window.case_list, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("Delete the case")
    assert len(list_cases(store)) == 1

    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    dialog.reject()
    activate(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()


def test_delete_acts_on_what_has_the_focus(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list of cases deletes the case; a tab deletes its row through the action it names
    "delete"; a tab without one leaves Delete greyed out."""
    window = demo_session.window
    detail = window.case_detail
    money_delete = QAction("&Delete Amount…", detail.money)
    money_delete.setObjectName("delete")
    deleted: list[str] = []
    money_delete.triggered.connect(lambda: deleted.append("amount"))
    monkeypatch.setattr(detail.money, "case_actions", lambda: [money_delete])
    monkeypatch.setattr(detail.promises, "case_actions", list)
    activate(qtbot, window)

    detail.tabs.setCurrentWidget(detail.money)
    focus(qtbot, detail.money.view)
    assert window.delete_action.isEnabled()
    assert window.delete_action.text() == "&Delete Amount…"
    qtbot.keyClick(detail.money.view, Qt.Key.Key_Delete)
    assert deleted == ["amount"]

    money_delete.setEnabled(False)
    assert not window.delete_action.isEnabled()

    detail.tabs.setCurrentWidget(detail.promises)
    focus(qtbot, detail.promises.view)
    assert not window.delete_action.isEnabled()
    assert window.delete_action.text() == "&Delete"

    focus(qtbot, window.case_list)
    assert window.delete_action.text() == "&Delete Case…"
    assert window.delete_action.isEnabled()

    focus(qtbot, window.dashboard.filter_field)
    qtbot.keyClicks(window.dashboard.filter_field, "ab")
    qtbot.keyClick(window.dashboard.filter_field, Qt.Key.Key_Home)
    qtbot.keyClick(window.dashboard.filter_field, Qt.Key.Key_Delete)
    assert window.dashboard.filter_field.text() == "b"
    assert deleted == ["amount"]


def test_the_case_menu_groups_each_tab_actions_under_its_name(
    demo_session: DesktopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_session.window
    detail = window.case_detail
    log_call = QAction("&Log Call…", detail.timeline)
    settle = QAction("Mark &Kept", detail.promises)
    monkeypatch.setattr(detail.timeline, "case_actions", lambda: [log_call])
    monkeypatch.setattr(detail.promises, "case_actions", lambda: [settle])
    monkeypatch.setattr(detail.evidence, "case_actions", list)
    monkeypatch.setattr(detail.money, "case_actions", list)
    monkeypatch.setattr(detail.letters, "case_actions", list)

    window.case_menu.aboutToShow.emit()

    entries = [
        ("section: " if action.isSeparator() and action.text() else "") + action.text()
        for action in window.case_menu.actions()
        if action.text()
    ]
    assert entries[:3] == ["&New Case…", "&Edit Case…", "&Close Case"]
    assert entries[-4:] == ["section: Timeline", "&Log Call…", "section: Promises", "Mark &Kept"]
    assert log_call in window.actions()


def test_the_title_bar_names_the_case_and_the_status_line_says_what_happened(
    several_session: DesktopSession, qtbot: QtBot
) -> None:
    window = several_session.window
    window.case_list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    click_row(qtbot, window.case_list, 0)
    assert window.windowTitle() == "Chaudière jamais réparée — Recours"
    window.case_actions.status_actions[CaseStatus.ESCALATED].trigger()
    assert window.statusBar().currentMessage() == "Mark the case escalated"


def test_the_last_open_case_and_the_window_come_back_in_the_next_session(
    data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    ids = fill_several_cases(data_dir)
    first = start_session(data_dir)
    qtbot.waitUntil(lambda: first.window.has_cases())
    assert first.window.case_list.select_case(ids["parcel"])
    first.window.resize(760, 560)
    first.window.close()
    first.close()

    second = start_session(data_dir)
    qtbot.waitUntil(lambda: second.window.has_cases())
    current = second.window.case_list.current_record()
    assert current is not None and current.id == ids["parcel"]
    assert second.window.case_detail.summary.title.text() == "Parcel left in the rain"
    assert (second.window.width(), second.window.height()) == (760, 560)


def test_a_last_case_deleted_meanwhile_falls_back_to_the_first(
    data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    fill_several_cases(data_dir)
    first = start_session(data_dir)
    qtbot.waitUntil(lambda: first.window.has_cases())
    first.window.settings.setValue("MainWindow/last_case", 99)
    first.window.close()
    first.close()

    second = start_session(data_dir)
    qtbot.waitUntil(lambda: second.window.has_cases())
    assert second.window.case_list.current_record() is not None


def test_tab_goes_from_the_search_to_what_needs_attention_to_the_filters_to_the_list(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    attention, notice = window.dashboard.attention, window.dashboard.notice_banner
    qtbot.waitUntil(lambda: attention.view.isVisible() and notice.isVisible())
    activate(qtbot, window)
    focus(qtbot, window.search_bar)
    expected = [
        notice.show_button,
        notice.close_button,
        attention.toggle,
        attention.view,
        window.dashboard.status_filter,
        window.dashboard.filter_field,
        window.case_list,
    ]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget


def test_with_no_case_shown_the_case_actions_are_off_and_the_lists_empty(
    demo_session: DesktopSession,
) -> None:
    detail = demo_session.window.case_detail
    detail.show_placeholder("Select a case")
    assert not detail.timeline.log_action.isEnabled()
    assert not detail.letters.write_action.isEnabled()
    assert detail.timeline.view.proxy.rowCount() == 0
    detail.show_case(1)
    assert detail.timeline.log_action.isEnabled()
    assert detail.letters.write_action.isEnabled()
