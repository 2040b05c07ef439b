"""What needs attention across cases: the dashboard's panel, the "Next due" column, going
from a step to its case and row, and the daily notice, on a fixed day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSystemTrayIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.cases import create_case, set_case_status
from core.database import Store
from core.deadlines import DeadlineSettings, StepKind
from core.model import CaseStatus
from core.promises import add_promise
from ui.formatting import format_day
from ui.models.case_table_model import CaseColumn
from ui.next_steps.attention_model import AttentionColumn, AttentionModel
from ui.next_steps.controller import EXPANDED_KEY, read_attention
from ui.record_change import Part, RecordChange
from ui.settings import load_last_notified
from ui.shell.startup import DesktopSession

from .accessibility import unnamed_controls
from .conftest import StartSession
from .dated_cases import (
    DAY,
    PROMISE_LATE_DAYS,
    QUOTE_IN_DAYS,
    REPLY_LATE_DAYS,
    DatedCases,
    fill_dated_cases,
)
from .day_control import SetDay
from .helpers import click_header, click_row, column_texts


@pytest.fixture
def day(monkeypatch: pytest.MonkeyPatch) -> SetDay:
    return SetDay(monkeypatch, DAY)


@pytest.fixture
def dated(data_dir: Path, tmp_path: Path) -> DatedCases:
    return fill_dated_cases(data_dir, tmp_path / "complaint.pdf")


def open_session(start_session: StartSession, data_dir: Path, qtbot: QtBot) -> DesktopSession:
    """The app open on the record, with what needs attention read."""
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.window.next_steps.reading is not None)
    return session


@pytest.fixture
def session(
    day: SetDay, dated: DatedCases, data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> DesktopSession:
    return open_session(start_session, data_dir, qtbot)


def test_the_panel_lists_the_overdue_promise_and_reply_of_two_cases_first(
    session: DesktopSession,
) -> None:
    view = session.window.dashboard.attention.view
    whats = column_texts(view, AttentionColumn.WHAT)
    whens = column_texts(view, AttentionColumn.WHEN)
    cases = column_texts(view, AttentionColumn.CASE)
    assert whats[:2] == ["Promise: A technician comes", "Reply to “Complaint”"]
    assert whens[:2] == [
        f"Overdue by {PROMISE_LATE_DAYS} days",
        f"Overdue by {REPLY_LATE_DAYS} days",
    ]
    assert cases[:2] == ["Chaudière jamais réparée", "Fibre never connected"]
    assert whats[2:] == ["Promise: A written quote"]
    assert whens[2:] == [f"In {QUOTE_IN_DAYS} days"]
    assert column_texts(view, AttentionColumn.DATE)[0] == format_day(
        DAY - dt.timedelta(days=PROMISE_LATE_DAYS)
    )
    model = view.proxy
    late = model.index(0, AttentionColumn.WHEN)
    assert late.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert "15 March 2026" in model.index(0, AttentionColumn.WHAT).data(Qt.ItemDataRole.ToolTipRole)
    toggle = session.window.dashboard.attention.toggle
    assert toggle.text() == f"Needs attention ({len(whats)}, 2 overdue)"


def test_clicking_a_row_opens_its_case_on_the_promise_or_the_letter(
    session: DesktopSession, dated: DatedCases, qtbot: QtBot
) -> None:
    window = session.window
    view = window.dashboard.attention.view
    detail = window.case_detail

    click_row(qtbot, view, 1)
    current = window.case_list.current_record()
    assert current is not None and current.id == dated.fibre
    assert detail.tabs.currentWidget() is detail.letters
    letter = detail.letters.view.current_record()
    assert letter is not None and letter.id == dated.letter.id

    click_row(qtbot, view, 0)
    current = window.case_list.current_record()
    assert current is not None and current.id == dated.boiler
    assert detail.tabs.currentWidget() is detail.promises
    promise = detail.promises.view.current_record()
    assert promise is not None and promise.id == dated.promise_id
    assert QApplication.focusWidget() is detail.promises.view


def test_enter_on_a_row_opens_it_too(session: DesktopSession, qtbot: QtBot) -> None:
    panel = session.window.dashboard.attention
    panel.reveal()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    detail = session.window.case_detail
    assert detail.tabs.currentWidget() is detail.letters


def test_the_next_due_column_says_a_late_reply_in_words_and_sorts_by_date(
    session: DesktopSession, dated: DatedCases, qtbot: QtBot
) -> None:
    case_list = session.window.case_list
    due = dict(
        zip(
            column_texts(case_list, CaseColumn.TITLE),
            column_texts(case_list, CaseColumn.NEXT_DUE),
            strict=True,
        )
    )
    assert due == {
        "Chaudière jamais réparée": f"Overdue by {PROMISE_LATE_DAYS} days",
        "Fibre never connected": f"Reply late by {REPLY_LATE_DAYS} days",
    }
    model = case_list.cases
    fibre_row = model.row_of_case(dated.fibre)
    assert fibre_row is not None
    cell = model.index(fibre_row, CaseColumn.NEXT_DUE)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    assert "replies late: 1" in cell.data(Qt.ItemDataRole.ToolTipRole)

    header = case_list.horizontalHeader()
    click_header(qtbot, header, CaseColumn.NEXT_DUE)
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        click_header(qtbot, header, CaseColumn.NEXT_DUE)
    assert column_texts(case_list, CaseColumn.TITLE) == [
        "Chaudière jamais réparée",
        "Fibre never connected",
    ]


def test_a_reply_still_to_come_is_said_with_its_day(
    day: SetDay, dated: DatedCases, data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    due_on = dated.letter.reply_due_on
    assert due_on is not None
    day.to(due_on - dt.timedelta(days=10))
    session = open_session(start_session, data_dir, qtbot)
    texts = column_texts(session.window.case_list, CaseColumn.NEXT_DUE)
    assert f"Reply by {format_day(due_on)}" in texts


def test_the_panel_refreshes_when_the_record_changes(
    session: DesktopSession, dated: DatedCases, qtbot: QtBot
) -> None:
    window = session.window
    workspace = window.workspace
    assert workspace is not None
    view = window.dashboard.attention.view
    before = view.proxy.rowCount()
    workspace.perform(
        "Add a promise",
        lambda store: add_promise(
            store, case_id=dated.fibre, text="Engineer visit", due_on=DAY + dt.timedelta(days=2)
        ),
        RecordChange(Part.PROMISES, case_id=dated.fibre),
    )
    qtbot.waitUntil(lambda: view.proxy.rowCount() == before + 1)
    assert "Promise: Engineer visit" in column_texts(view, AttentionColumn.WHAT)
    assert "In 2 days" in column_texts(view, AttentionColumn.WHEN)
    workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == before)


def test_nothing_due_says_so(
    day: SetDay, data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    with Store.open(data_dir) as store:
        settled = create_case(store, title="Refund received", counterparty="Darty")
        set_case_status(store, settled.id, CaseStatus.RESOLVED)
    session = open_session(start_session, data_dir, qtbot)
    panel = session.window.dashboard.attention
    assert panel.empty.isVisible()
    assert panel.empty.text() == "Nothing is due this week."
    assert not panel.view.isVisible()
    assert not session.window.dashboard.notice_banner.isVisible()


def test_the_daily_notice_shows_once_a_day_and_again_for_what_is_new(
    day: SetDay,
    dated: DatedCases,
    data_dir: Path,
    start_session: StartSession,
    settings: QSettings,
    qtbot: QtBot,
) -> None:
    first = open_session(start_session, data_dir, qtbot)
    banner = first.window.dashboard.notice_banner
    qtbot.waitUntil(banner.isVisible)
    count = first.window.dashboard.attention.model.rowCount()
    text = banner.message.full_text()
    assert text.startswith(f"{count} things need your attention: Promise: A technician comes")
    assert "Reply to “Complaint” (Fibre never connected)" in text
    assert first.window.statusBar().currentMessage() == text
    assert load_last_notified(settings) == DAY
    first.window.close()

    again = open_session(start_session, data_dir, qtbot)
    assert not again.window.dashboard.notice_banner.isVisible()

    later = DAY + dt.timedelta(days=2)
    with Store.open(data_dir) as store:
        add_promise(
            store, case_id=dated.fibre, text="Line tested", due_on=later + dt.timedelta(days=7)
        )
    day.to(later)
    assert again.window.next_steps.day.check()
    banner = again.window.dashboard.notice_banner
    qtbot.waitUntil(banner.isVisible)
    assert banner.message.full_text() == (
        "1 thing needs your attention: Promise: Line tested (Fibre never connected)"
    )
    assert load_last_notified(settings) == later
    assert column_texts(again.window.case_list, CaseColumn.NEXT_DUE)[0].startswith("Overdue by 7")


def test_show_brings_the_list_forward_and_dismiss_puts_the_notice_away(
    session: DesktopSession, qtbot: QtBot
) -> None:
    window = session.window
    banner, panel = window.dashboard.notice_banner, window.dashboard.attention
    qtbot.waitUntil(banner.isVisible)
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert not panel.view.isVisible()
    qtbot.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert panel.view.isVisible()
    assert QApplication.focusWidget() is panel.view
    assert panel.view.current_record() is not None

    banner.show_notice("Again")
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_the_list_stays_folded_from_one_start_to_the_next(
    session: DesktopSession,
    settings: QSettings,
    data_dir: Path,
    start_session: StartSession,
    qtbot: QtBot,
) -> None:
    panel = session.window.dashboard.attention
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert settings.value(EXPANDED_KEY, type=bool) is False
    session.window.close()
    again = open_session(start_session, data_dir, qtbot)
    assert not again.window.dashboard.attention.is_expanded()
    assert not again.window.dashboard.attention.view.isVisible()


def test_no_dialog_opens_at_start_and_the_system_notifies_where_it_can(
    day: SetDay,
    dated: DatedCases,
    data_dir: Path,
    start_session: StartSession,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: boxes.append(type(dialog).__name__) or 0)
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda icon: None)
    monkeypatch.setattr(
        QSystemTrayIcon,
        "showMessage",
        lambda icon, title, text, *rest: messages.append((title, text)),
    )
    session = open_session(start_session, data_dir, qtbot)
    qtbot.waitUntil(session.window.dashboard.notice_banner.isVisible)
    assert boxes == []
    assert QApplication.activeModalWidget() is None
    [(title, text)] = messages
    assert title.startswith("Recours: ") and "things need your attention" in title
    assert text.splitlines()[0] == (
        f"Promise: A technician comes — Chaudière jamais réparée, "
        f"Overdue by {PROMISE_LATE_DAYS} days"
    )


def test_without_a_system_tray_the_notice_stays_in_the_window(
    session: DesktopSession, qtbot: QtBot
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    qtbot.waitUntil(session.window.dashboard.notice_banner.isVisible)
    assert session.window.next_steps.system_notice.tray is None


def test_the_attention_model_is_a_sound_model(
    dated: DatedCases, data_dir: Path, qtmodeltester: ModelTester
) -> None:
    with Store.open(data_dir) as store:
        reading = read_attention(store, day=DAY, settings=DeadlineSettings())
    model = AttentionModel()
    model.set_steps(reading.steps, reading.titles, DAY)
    assert model.rowCount() == len(reading.steps) == 3
    assert {step.kind for step in model.steps()} >= {
        StepKind.PROMISE_OVERDUE,
        StepKind.REPLY_OVERDUE,
    }
    qtmodeltester.check(model)
    model.sort(AttentionColumn.DATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_steps([], {}, DAY)
    qtmodeltester.check(model)


def test_every_control_of_the_dashboard_has_a_name(session: DesktopSession, qtbot: QtBot) -> None:
    dashboard = session.window.dashboard
    qtbot.waitUntil(dashboard.notice_banner.isVisible)
    assert unnamed_controls(dashboard) == []
