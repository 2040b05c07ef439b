"""The dashboard of cases: what is due next, which cases are shown, and why none are."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.case_summaries import list_case_summaries
from core.cases import get_case, save_case
from core.clock import today
from core.database import Store
from core.model import Sender
from core.search import search
from ui.case.case_dashboard import ONGOING_CASES
from ui.case.case_list import CaseFilterProxy
from ui.formatting import format_day
from ui.models.case_table_model import CaseColumn, CaseTableModel
from ui.shell.startup import DesktopSession

from .conftest import StartSession
from .helpers import click_header, column_texts
from .several_cases import DUE_IN_DAYS, OVERDUE_DAYS, fill_several_cases


@pytest.fixture
def several(data_dir: Path) -> dict[str, int]:
    return fill_several_cases(data_dir)


@pytest.fixture
def session(
    several: dict[str, int], data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> DesktopSession:
    started = start_session(data_dir)
    qtbot.waitUntil(lambda: started.window.has_cases())
    return started


def next_due_by_title(session: DesktopSession) -> dict[str, str]:
    case_list = session.window.case_list
    return dict(
        zip(
            column_texts(case_list, CaseColumn.TITLE),
            column_texts(case_list, CaseColumn.NEXT_DUE),
            strict=True,
        )
    )


def test_next_due_says_overdue_in_words_and_colour(session: DesktopSession) -> None:
    now = today()
    due = next_due_by_title(session)
    assert due == {
        "Chaudière jamais réparée": f"Overdue by {OVERDUE_DAYS} days",
        "Fibre never connected": format_day(now + dt.timedelta(days=DUE_IN_DAYS)),
        "Parcel left in the rain": "",
        "Refund for a broken fridge": "Due today",
    }
    model = session.window.case_list.cases
    boiler_row = model.row_of_case(1)
    fibre_row = model.row_of_case(2)
    assert boiler_row is not None and fibre_row is not None
    overdue_cell = model.index(boiler_row, CaseColumn.NEXT_DUE)
    assert overdue_cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert overdue_cell.data(Qt.ItemDataRole.FontRole).bold()
    tooltip = overdue_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert format_day(now - dt.timedelta(days=OVERDUE_DAYS)) in tooltip
    assert "overdue: 1" in tooltip
    assert model.index(fibre_row, CaseColumn.NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_by_next_due_puts_the_soonest_first_and_nothing_due_last(
    session: DesktopSession, qtbot: QtBot
) -> None:
    case_list = session.window.case_list
    header = case_list.horizontalHeader()
    click_header(qtbot, header, CaseColumn.NEXT_DUE)
    if case_list.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        click_header(qtbot, header, CaseColumn.NEXT_DUE)
    assert column_texts(case_list, CaseColumn.TITLE) == [
        "Chaudière jamais réparée",
        "Refund for a broken fridge",
        "Fibre never connected",
        "Parcel left in the rain",
    ]


def test_filter_by_status_shows_only_those_cases(session: DesktopSession, qtbot: QtBot) -> None:
    dashboard = session.window.dashboard
    case_list = session.window.case_list
    combo = dashboard.status_filter

    combo.setCurrentIndex(combo.findData(ONGOING_CASES))
    assert sorted(column_texts(case_list, CaseColumn.TITLE)) == [
        "Chaudière jamais réparée",
        "Fibre never connected",
        "Refund for a broken fridge",
    ]

    combo.setFocus()
    qtbot.keyClicks(combo, "Closed")
    assert combo.currentText() == "Closed"
    assert column_texts(case_list, CaseColumn.TITLE) == ["Parcel left in the rain"]
    assert case_list.current_record() is not None
    assert session.window.case_detail.summary.title.text() == "Parcel left in the rain"


def test_typing_filters_by_title_or_company_ignoring_accents_and_case(
    session: DesktopSession, qtbot: QtBot
) -> None:
    dashboard = session.window.dashboard
    case_list = session.window.case_list

    qtbot.keyClicks(dashboard.filter_field, "electricite")
    assert column_texts(case_list, CaseColumn.TITLE) == ["Chaudière jamais réparée"]
    dashboard.filter_field.clear()
    qtbot.keyClicks(dashboard.filter_field, "CHAUDIERE")
    assert column_texts(case_list, CaseColumn.TITLE) == ["Chaudière jamais réparée"]
    dashboard.filter_field.clear()
    qtbot.keyClicks(dashboard.filter_field, "never fibre")
    assert column_texts(case_list, CaseColumn.TITLE) == ["Fibre never connected"]
    assert session.window.case_detail.summary.title.text() == "Fibre never connected"

    qtbot.keyClick(dashboard.filter_field, Qt.Key.Key_Escape)
    assert dashboard.filter_field.text() == ""
    assert case_list.proxy.rowCount() == 4

    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow)
    dashboard.filter_field.setFocus()
    qtbot.keyClick(dashboard.filter_field, Qt.Key.Key_Down)
    assert case_list.hasFocus()


def test_an_advocate_finds_a_clients_cases_by_the_clients_name(
    session: DesktopSession, several: dict[str, int], qtbot: QtBot
) -> None:
    store = session.store
    assert store is not None
    for key in ("fibre", "refund"):
        case = get_case(store, several[key])
        save_case(store, replace(case, sender=Sender(name="Amélie Durand")))
    session.window.reload_action.trigger()
    dashboard = session.window.dashboard
    case_list = session.window.case_list

    qtbot.keyClicks(dashboard.filter_field, "amelie")
    assert sorted(column_texts(case_list, CaseColumn.TITLE)) == [
        "Fibre never connected",
        "Refund for a broken fridge",
    ]
    first = case_list.proxy.index(0, CaseColumn.TITLE)
    assert "Letters signed by Amélie Durand" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert {hit.case_id for hit in search(store, "durand")} == {several["fibre"], several["refund"]}


def test_when_nothing_matches_the_dashboard_says_why_and_offers_every_case(
    session: DesktopSession, qtbot: QtBot
) -> None:
    dashboard = session.window.dashboard
    qtbot.keyClicks(dashboard.filter_field, "boiler")
    assert dashboard.pages.currentWidget() is not dashboard.case_list
    assert dashboard.empty_message.text() == "No case matches “boiler”."
    assert dashboard.show_all_button.isVisible()
    assert not dashboard.new_case_button.isVisible()
    assert session.window.case_detail.currentWidget() is session.window.case_detail.placeholder

    dashboard.status_filter.setCurrentIndex(dashboard.status_filter.findText("Resolved"))
    assert dashboard.empty_message.text() == "No case in “Resolved” matches “boiler”."
    dashboard.filter_field.clear()
    assert dashboard.empty_message.text() == "No case in “Resolved”."

    qtbot.mouseClick(dashboard.show_all_button, Qt.MouseButton.LeftButton)
    assert dashboard.pages.currentWidget() is dashboard.case_list
    assert dashboard.case_list.proxy.rowCount() == 4
    assert dashboard.status_filter.currentText() == "All cases"


def test_an_empty_record_offers_to_create_the_first_case(
    data_dir: Path, start_session: StartSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.store is not None)
    dashboard = session.window.dashboard
    assert dashboard.empty_message.text() == "There are no cases yet."
    assert dashboard.new_case_button.isVisible()
    qtbot.mouseClick(dashboard.new_case_button, Qt.MouseButton.LeftButton)
    editor = session.window.case_actions.editor
    assert editor is not None and editor.isVisible()
    editor.reject()


def test_the_case_model_and_its_filter_pass_qt_model_checks(
    several: dict[str, int], data_dir: Path, qtmodeltester: ModelTester
) -> None:
    with Store.open(data_dir) as store:
        summaries = list_case_summaries(store)
    model = CaseTableModel()
    model.set_summaries(summaries, today())
    qtmodeltester.check(model)
    proxy = CaseFilterProxy(model)
    qtmodeltester.check(proxy)
    proxy.set_filter(None, "chaudiere")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)
    model.set_summaries([], today())
    qtmodeltester.check(proxy)
