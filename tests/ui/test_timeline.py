"""The timeline tab: the selected interaction in full, filters by channel and party, deleting
with confirmation and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.cases import create_case
from core.evidence import list_evidence
from core.interactions import list_interactions
from core.model import Channel, Interaction, PromiseStatus
from core.promises import list_promises, settle_promise
from ui.formatting import format_day
from ui.labels import label
from ui.models.interaction_table_model import InteractionColumn
from ui.record_change import Part, RecordChange
from ui.shell.startup import DesktopSession
from ui.timeline.timeline_filter import TimelineFilter
from ui.timeline.timeline_tab import TimelineTab

from .helpers import click_row, column_texts

DEPOT_VISIT = "Parcel collected at the Chronopost depot: a €60 invoice inside the box"
SALES_CALL = "Call from an Orange telesales agent"


def timeline_of(session: DesktopSession) -> TimelineTab:
    return session.window.case_detail.timeline


def row_of(tab: TimelineTab, starts_with: str) -> int:
    summaries = column_texts(tab.view, InteractionColumn.SUMMARY)
    return next(row for row, text in enumerate(summaries) if text.startswith(starts_with))


def choose(
    combo_owner: TimelineTab, *, channel: str | None = None, party: str | None = None
) -> None:
    bar = combo_owner.filter_bar
    if channel is not None:
        bar.channel.setCurrentIndex(bar.channel.findText(channel))
    if party is not None:
        bar.party.setCurrentIndex(bar.party.findText(party))


def test_with_nothing_selected_the_pane_gives_the_span_of_the_timeline(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = timeline_of(demo_session)
    tab.view.clearSelection()
    overview = tab.detail.toPlainText()
    first, last = tab.view.record_at_view_row(0), tab.view.record_at_view_row(7)
    assert overview.startswith(
        f"Interactions shown: 8, from {format_day(first.occurred.day)} "
        f"to {format_day(last.occurred.day)}."
    )
    assert "press Enter to log" in overview
    assert not tab.edit_action.isEnabled() and not tab.delete_action.isEnabled()
    click_row(qtbot, tab.view, 7)
    assert last.summary in tab.detail.toPlainText()
    assert tab.edit_action.isEnabled() and tab.delete_action.isEnabled()


def test_the_depot_visit_shows_its_evidence_and_the_promise_it_showed_broken(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = timeline_of(demo_session)
    click_row(qtbot, tab.view, row_of(tab, DEPOT_VISIT))
    shown = tab.detail.toPlainText()
    assert DEPOT_VISIT in shown
    assert "Chronopost depot, boulevard Ney" in shown
    assert "Evidence" in shown
    assert "orange-invoice-FAC-7730-2149.pdf (Invoice)" in shown
    assert "chronopost-parcel.jpg (Photo)" in shown
    assert "Promises it settled" in shown
    assert "The iPhone 3G is free of charge" in shown and "Broken" in shown
    assert "Promises made in it" not in shown


def test_the_sales_call_shows_the_promises_made_in_it_with_their_due_dates(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = timeline_of(demo_session)
    click_row(qtbot, tab.view, row_of(tab, SALES_CALL))
    shown = tab.detail.toPlainText()
    assert "Promises made in it" in shown
    assert "Home delivery within 3 days by Chronopost. — due " in shown
    assert "Duration" in shown and "12 min" in shown
    assert "Evidence" not in shown


def test_the_pane_follows_a_promise_settled_elsewhere(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = timeline_of(demo_session)
    workspace = demo_session.workspace
    assert workspace is not None
    click_row(qtbot, tab.view, row_of(tab, SALES_CALL))
    call = tab.view.current_record()
    assert call is not None
    [first, *_] = [p for p in list_promises(workspace.store, 1) if p.interaction_id == call.id]
    workspace.perform(
        "Mark promise kept",
        lambda store: settle_promise(store, promise_id=first.id, status=PromiseStatus.KEPT),
        RecordChange(Part.PROMISES, case_id=1),
    )
    assert f"{first.text} — Kept" in tab.detail.toPlainText().replace("\n", " ")


def test_channels_have_their_own_icons(demo_session: DesktopSession) -> None:
    tab = timeline_of(demo_session)
    icons = {
        tab.view.record_at_view_row(row).channel: tab.proxy.index(
            row, InteractionColumn.CHANNEL
        ).data(Qt.ItemDataRole.DecorationRole)
        for row in range(tab.proxy.rowCount())
    }
    assert set(icons) == {Channel.PHONE, Channel.VISIT}
    assert all(isinstance(icon, QIcon) and not icon.isNull() for icon in icons.values())
    phone, visit = icons[Channel.PHONE].pixmap(16, 16), icons[Channel.VISIT].pixmap(16, 16)
    assert phone.toImage() != visit.toImage()
    assert (
        tab.proxy.index(0, InteractionColumn.SUMMARY).data(Qt.ItemDataRole.DecorationRole) is None
    )


def test_filtering_by_channel_and_party_narrows_the_list_and_says_so_in_the_title(
    demo_session: DesktopSession,
) -> None:
    window, tab = demo_session.window, timeline_of(demo_session)
    tabs = window.case_detail.tabs
    assert tabs.tabText(0) == "Timeline (8)"
    assert [tab.filter_bar.channel.itemText(i) for i in range(3)] == [
        "All channels",
        "Phone",
        "Visit",
    ]

    choose(tab, channel="Phone")
    assert set(column_texts(tab.view, InteractionColumn.CHANNEL)) == {"Phone"}
    assert tabs.tabText(0) == "Timeline (4 of 8)"

    choose(tab, party="Chronopost")
    assert column_texts(tab.view, InteractionColumn.PARTY) == ["Chronopost"]
    assert tabs.tabText(0) == "Timeline (1 of 8)"
    assert tab.detail.toPlainText().startswith("Interactions shown: 1,")

    choose(tab, channel="Visit")
    assert column_texts(tab.view, InteractionColumn.SUMMARY) == []
    assert tabs.tabText(0) == "Timeline (0 of 8)"
    assert not tab.delete_action.isEnabled()

    choose(tab, channel="All channels", party="All parties")
    assert tabs.tabText(0) == "Timeline (8)"


def test_a_filter_survives_an_edit_and_a_search_hit_it_hides_clears_it(
    demo_session: DesktopSession,
) -> None:
    tab = timeline_of(demo_session)
    workspace = demo_session.workspace
    assert workspace is not None
    choose(tab, channel="Visit")
    workspace.notify(RecordChange(Part.TIMELINE, case_id=1))
    assert tab.filter_bar.current_filter().channel is Channel.VISIT
    assert tab.proxy.rowCount() == 4

    phone_call = next(r for r in tab.model.records() if r.channel is Channel.PHONE)
    assert tab.select_id(phone_call.id)
    assert tab.filter_bar.current_filter() == TimelineFilter()
    assert tab.view.current_record() == phone_call
    assert not tab.select_id(10_000)


def test_each_case_starts_unfiltered(demo_session: DesktopSession) -> None:
    tab = timeline_of(demo_session)
    workspace = demo_session.workspace
    assert workspace is not None
    choose(tab, channel="Visit")
    other = workspace.perform(
        "New case",
        lambda store: create_case(store, title="Broken kettle", counterparty="Darty"),
        RecordChange(Part.CASE_LIST),
    )
    tab.show_case(other.id)
    assert tab.filter_bar.current_filter() == TimelineFilter()
    assert tab.title() == "Timeline (0)"
    assert tab.view.current_record() is None
    assert tab.detail.toPlainText() == "No interaction to show. Press Enter to log one."
    assert tab.log_action.isEnabled() and not tab.edit_action.isEnabled()


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def depot_visit(tab: TimelineTab) -> Interaction:
    return next(r for r in tab.model.records() if r.summary == DEPOT_VISIT)


def test_deleting_asks_first_naming_the_interaction(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = timeline_of(demo_session)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_row(qtbot, tab.view, row_of(tab, DEPOT_VISIT))
    tab.delete_action.trigger()
    assert len(asked) == 1
    assert f"“{DEPOT_VISIT}”" in asked[0]
    assert "stay in the case" in asked[0]
    assert DEPOT_VISIT in column_texts(tab.view, InteractionColumn.SUMMARY)


def test_a_deleted_interaction_leaves_its_promises_and_evidence_and_undo_links_them_again(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, tab = demo_session.window, timeline_of(demo_session)
    store = demo_session.store
    assert store is not None
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    visit = depot_visit(tab)
    click_row(qtbot, tab.view, row_of(tab, DEPOT_VISIT))
    assert tab.delete_action.objectName() == "delete"
    assert tab.delete_action in tab.case_actions()

    tab.delete_selected()

    assert DEPOT_VISIT not in column_texts(tab.view, InteractionColumn.SUMMARY)
    assert window.case_detail.tabs.tabText(0) == "Timeline (7)"
    assert [e.interaction_id for e in list_evidence(store, 1)] == [None, None]
    assert all(p.settled_by_interaction_id != visit.id for p in list_promises(store, 1))
    assert len(list_promises(store, 1)) == 3
    assert window.undo_action.text() == "&Undo Delete an interaction"

    window.undo_action.trigger()
    assert depot_visit(tab) == visit
    assert [e.interaction_id for e in list_evidence(store, 1)] == [visit.id, visit.id]
    assert any(p.settled_by_interaction_id == visit.id for p in list_promises(store, 1))
    assert len(list_interactions(store, 1)) == 8


def test_the_timeline_model_and_its_filtering_proxy_pass_qt_model_checks(
    demo_session: DesktopSession, qtmodeltester: ModelTester
) -> None:
    tab = timeline_of(demo_session)
    qtmodeltester.check(tab.model)
    choose(tab, channel=label(Channel.VISIT))
    qtmodeltester.check(tab.proxy)
    assert tab.proxy.rowCount() == 4


def test_double_click_opens_the_interaction_to_edit(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = timeline_of(demo_session)
    row = row_of(tab, DEPOT_VISIT)
    rect = tab.view.visualRect(tab.proxy.index(row, InteractionColumn.SUMMARY))
    for press in (qtbot.mouseClick, qtbot.mouseDClick):
        press(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.dialog
    assert dialog is not None and dialog.original == depot_visit(tab)
    assert dialog.summary.text() == DEPOT_VISIT


def test_the_delete_key_on_the_timeline_deletes_the_selected_interaction_once_confirmed(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = timeline_of(demo_session)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    click_row(qtbot, tab.view, row_of(tab, DEPOT_VISIT))
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and DEPOT_VISIT in asked[0]
    assert DEPOT_VISIT not in column_texts(tab.view, InteractionColumn.SUMMARY)
