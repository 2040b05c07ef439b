"""The main window on the demo case: the list of cases, and the selected case's record."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from core.case_record import load_case_record
from core.cases import create_case
from core.database import Store
from core.evidence import evidence_path
from core.interactions import add_interaction
from core.model import Channel, Direction, Moment, Money, MoneyKind
from core.money_lines import add_money_line
from ui.models.case_table_model import CaseColumn
from ui.models.evidence_table_model import EvidenceColumn
from ui.models.interaction_table_model import InteractionColumn
from ui.models.promise_table_model import PromiseColumn
from ui.shell.main_window import MainWindow
from ui.shell.startup import DesktopSession

from .conftest import StartSession
from .helpers import click_header, click_row, column_texts, widen_case_list


def test_case_list_shows_the_demo_case_with_its_broken_promises(
    demo_session: DesktopSession,
) -> None:
    case_list = demo_session.window.case_list
    assert case_list.proxy.rowCount() == 1
    assert column_texts(case_list, CaseColumn.COUNTERPARTY) == ["Orange"]
    assert column_texts(case_list, CaseColumn.PROMISES_BROKEN) == ["3/3"]
    assert column_texts(case_list, CaseColumn.IN_DISPUTE) == ["€60.00"]
    assert case_list.accessibleName() == "Cases"


def test_selecting_the_case_fills_the_timeline_in_date_order(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    window.case_list.clearSelection()
    assert window.case_detail.currentWidget() is window.case_detail.placeholder

    click_row(qtbot, window.case_list, 0)

    assert window.case_detail.currentWidget() is window.case_detail.splitter
    assert window.case_detail.summary.counterparty.text() == "Orange"
    assert demo_session.store is not None
    record = load_case_record(demo_session.store, 1)
    expected = [item.summary for item in sorted(record.interactions, key=lambda i: i.occurred)]
    timeline = window.case_detail.timeline.view
    assert len(expected) >= 6
    assert column_texts(timeline, InteractionColumn.SUMMARY) == expected
    channels = column_texts(timeline, InteractionColumn.CHANNEL)
    assert set(channels) <= {"Phone", "Visit", "Email", "Letter", "Delivery"}
    assert window.case_detail.tabs.tabText(0) == f"Timeline ({len(expected)})"
    assert record.case.title in window.windowTitle()


def test_promises_tab_shows_the_three_broken_promises(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    detail = demo_session.window.case_detail
    detail.tabs.setCurrentWidget(detail.promises)

    assert detail.promises.isVisible()
    assert column_texts(detail.promises.view, PromiseColumn.STATUS) == ["Broken"] * 3
    made_by = column_texts(detail.promises.view, PromiseColumn.MADE_BY)
    assert all(made_by)
    texts = column_texts(detail.promises.view, PromiseColumn.TEXT)
    assert any("free" in text.lower() for text in texts)


def test_evidence_tab_shows_the_invoice_and_the_photo_with_their_fingerprints(
    demo_session: DesktopSession,
) -> None:
    detail = demo_session.window.case_detail
    detail.tabs.setCurrentWidget(detail.evidence)
    store = demo_session.store
    assert store is not None

    kinds = column_texts(detail.evidence.view, EvidenceColumn.KIND)
    assert sorted(kinds) == ["Invoice", "Photo"]
    names = column_texts(detail.evidence.view, EvidenceColumn.NAME)
    assert any(name.endswith(".pdf") for name in names)
    assert any(name.endswith(".jpg") for name in names)
    shown = column_texts(detail.evidence.view, EvidenceColumn.FINGERPRINT)
    stored = load_case_record(store, 1).evidence
    on_disk = {
        hashlib.sha256(evidence_path(store, item).read_bytes()).hexdigest() for item in stored
    }
    assert set(shown) == on_disk
    assert sorted(column_texts(detail.evidence.view, EvidenceColumn.TYPE)) == [
        "JPEG image",
        "PDF document",
    ]


def test_sorting_by_a_column_sorts_by_value_not_by_text(
    data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    with Store.open(data_dir) as store:
        for title, billed, last_day in (
            ("Nine euros", 900, "2026-09-09"),
            ("Hundred euros", 10_000, "2026-10-10"),
            ("Ten euros", 1_000, "2026-08-20"),
        ):
            case = create_case(store, title=title, counterparty="Shop")
            add_money_line(
                store, case_id=case.id, kind=MoneyKind.BILLED, amount=Money(billed, "EUR")
            )
            add_interaction(
                store,
                case_id=case.id,
                occurred=Moment.parse(last_day),
                channel=Channel.EMAIL,
                direction=Direction.OUTBOUND,
                summary="Complaint sent",
            )
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.window.has_cases())
    case_list = session.window.case_list
    header = case_list.horizontalHeader()
    widen_case_list(qtbot, session.window)

    click_header(qtbot, header, CaseColumn.IN_DISPUTE)
    first_order = column_texts(case_list, CaseColumn.TITLE)
    click_header(qtbot, header, CaseColumn.IN_DISPUTE)
    second_order = column_texts(case_list, CaseColumn.TITLE)
    ascending = ["Nine euros", "Ten euros", "Hundred euros"]
    assert {tuple(first_order), tuple(second_order)} == {
        tuple(ascending),
        tuple(reversed(ascending)),
    }

    case_list.sortByColumn(CaseColumn.LAST_INTERACTION, Qt.SortOrder.AscendingOrder)
    assert column_texts(case_list, CaseColumn.LAST_INTERACTION) == [
        "20 Aug 2026",
        "9 Sep 2026",
        "10 Oct 2026",
    ]


def test_reload_shows_a_case_added_from_the_command_line(
    demo_session: DesktopSession, demo_data_dir: Path
) -> None:
    with Store.open(demo_data_dir) as other_connection:
        create_case(other_connection, title="Boiler never repaired", counterparty="Engie")

    demo_session.window.reload_action.trigger()

    titles = column_texts(demo_session.window.case_list, CaseColumn.TITLE)
    assert "Boiler never repaired" in titles
    assert demo_session.window.case_list.current_record() is not None


def test_window_size_and_splitters_come_back_in_the_next_window(
    qtbot: QtBot, settings: QSettings
) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)
    first.splitter.setSizes([250, 470])
    first_sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()

    assert (second.width(), second.height()) == (720, 520)
    assert second.splitter.sizes() == first_sizes
