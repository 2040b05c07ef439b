"""Searching every case from the toolbar and jumping to what was found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.cases import create_case
from core.database import Store
from core.interactions import add_interaction
from core.model import Channel, Direction, Moment
from core.search import HitKind, SearchHit, search
from ui.models.search_results_model import (
    MARKED_SNIPPET_ROLE,
    SearchColumn,
    SearchResultsModel,
)
from ui.shell.main_window import MainWindow
from ui.shell.startup import DesktopSession

from .conftest import StartSession

CTRL = Qt.KeyboardModifier.ControlModifier


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search_bar, text)
    qtbot.waitUntil(window.search_bar.results.isVisible)


def shown_hits(window: MainWindow) -> list[SearchHit]:
    return list(window.search_bar.results.model.records())


def test_choosing_an_interaction_hit_opens_the_timeline_on_that_row(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    detail = window.case_detail
    detail.tabs.setCurrentWidget(detail.promises)

    type_search(qtbot, window, "nobody answered")

    hits = shown_hits(window)
    target = next(hit for hit in hits if hit.kind is HitKind.INTERACTION)
    for _ in range(hits.index(target)):
        qtbot.keyClick(window.search_bar, Qt.Key.Key_Down)
    assert window.search_bar.results.current_hit() == target
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)

    assert not window.search_bar.results.isVisible()
    assert detail.tabs.currentWidget() is detail.timeline
    selected = detail.timeline.view.current_record()
    assert selected is not None and selected.id == target.item_id
    assert "nobody answered" in selected.summary.lower()
    assert detail.timeline.view.hasFocus()


def test_a_hit_in_another_case_selects_that_case_even_when_filtered_out(
    demo_data_dir: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    with Store.open(demo_data_dir) as store:
        boiler = create_case(store, title="Boiler", counterparty="Engie")
        letter = add_interaction(
            store,
            case_id=boiler.id,
            occurred=Moment(dt.date(2026, 3, 2)),
            channel=Channel.LETTER,
            direction=Direction.OUTBOUND,
            summary="Réclamation envoyée en recommandé",
        )
    session = start_session(demo_data_dir)
    qtbot.waitUntil(lambda: session.window.has_cases())
    window = session.window
    window.dashboard.filter_field.setText("iphone")

    type_search(qtbot, window, "reclamation recommande")

    hits = shown_hits(window)
    assert [(hit.kind, hit.item_id) for hit in hits] == [(HitKind.INTERACTION, letter.id)]
    marked = window.search_bar.results.model.index(0, SearchColumn.FOUND).data(MARKED_SNIPPET_ROLE)
    assert "<b>Réclamation</b>" in marked and "<b>recommandé</b>" in marked
    view = window.search_bar.results.view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(0, SearchColumn.FOUND)).center(),
    )

    current = window.case_list.current_record()
    assert current is not None and current.id == boiler.id
    assert window.dashboard.filter_field.text() == ""
    selected = window.case_detail.timeline.view.current_record()
    assert selected is not None and selected.id == letter.id


def test_a_party_hit_selects_its_case_and_nothing_found_says_so(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    type_search(qtbot, window, "zzyzx")
    results = window.search_bar.results
    assert results.nothing.isVisible()
    assert results.nothing.text() == "Nothing found for “zzyzx”."
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Escape)
    assert not results.isVisible()
    assert window.search_bar.text() == "zzyzx"
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Escape)
    assert window.search_bar.text() == ""

    window.case_list.clearSelection()
    type_search(qtbot, window, "chronopost depot")
    party = next(hit for hit in shown_hits(window) if hit.kind is HitKind.PARTY)
    results.view.setCurrentIndex(results.model.index(shown_hits(window).index(party), 0))
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Enter)
    current = window.case_list.current_record()
    assert current is not None and current.id == party.case_id
    assert window.case_list.hasFocus()


def test_results_sit_under_the_field_inside_the_window(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    type_search(qtbot, window, "chronopost")
    results = window.search_bar.results
    field_bottom = window.search_bar.mapTo(window, QPoint(0, window.search_bar.height())).y()
    assert results.geometry().top() == field_bottom
    assert window.rect().contains(results.geometry())
    window.case_list.setFocus()
    assert not results.isVisible()


def test_the_search_results_model_passes_qt_model_checks(
    store: Store, qtmodeltester: ModelTester
) -> None:
    case = create_case(store, title="Colis <perdu> & abîmé", counterparty="La Poste")
    model = SearchResultsModel()
    qtmodeltester.check(model)
    hits = search(store, "colis")
    assert hits and hits[0].case_id == case.id
    model.set_records(hits)
    qtmodeltester.check(model)
    assert model.index(0, SearchColumn.KIND).data() == "Case"
    assert model.index(0, SearchColumn.FOUND).data() == "Colis <perdu> & abîmé"
    marked = model.index(0, SearchColumn.FOUND).data(MARKED_SNIPPET_ROLE)
    assert marked == "<b>Colis</b> &lt;perdu&gt; &amp; abîmé"
    assert model.index(0, SearchColumn.CASE).data(MARKED_SNIPPET_ROLE) is None
