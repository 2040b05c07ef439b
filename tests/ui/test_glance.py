"""The case at a glance tab: the chart of the demo case, zoomed, hovered, clicked through to
the record, exported as a PNG image."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip
from pytestqt.qtbot import QtBot

from core.cases import create_case
from core.database import Store
from core.errors import RecoursError
from core.interactions import add_interaction, list_interactions
from core.model import Channel, Direction, Jurisdiction, Moment, Sector
from core.promises import list_promises
from core.timeline_chart import ChartItem, ItemKind, MilestoneKind
from ui.glance import glance_tab
from ui.glance.glance_tab import GlanceTab
from ui.record_change import Part, RecordChange
from ui.settings import Preferences, app_settings, save_preferences
from ui.shell.startup import DesktopSession
from ui.workspace import Workspace

from .accessibility import unnamed_controls
from .helpers import click_row


def glance_of(session: DesktopSession, qtbot: QtBot) -> GlanceTab:
    """The tab, brought forward and drawn."""
    detail = session.window.case_detail
    detail.tabs.setCurrentWidget(detail.glance)
    tab = detail.glance
    qtbot.waitUntil(lambda: tab.chart is not None and tab.isVisible())
    qtbot.waitExposed(tab.chart_view)
    QApplication.processEvents()
    return tab


def mark(tab: GlanceTab, kind: ItemKind, record_id: int) -> ChartItem:
    entry = tab.entry_for(kind, record_id)
    assert entry is not None
    return entry


def click_mark(qtbot: QtBot, tab: GlanceTab, entry: ChartItem) -> None:
    point = tab.chart_view.view_point_of(entry.id)
    assert point is not None
    qtbot.mouseClick(tab.chart_view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_tab_shows_one_marker_per_interaction(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = glance_of(demo_session, qtbot)
    assert demo_session.store is not None
    interactions = list_interactions(demo_session.store, 1)
    drawn = sorted(entry.record_id for lane in tab.scene.lane_marks for entry in lane.entries)
    assert drawn == sorted(item.id for item in interactions)
    assert tab.scene.interaction_count() == len(interactions) == 8
    assert len(tab.scene.lane_marks) == 3
    assert len(tab.scene.spans) == 3
    lanes = [lane.label for lane in tab.chart.lanes] if tab.chart else []
    assert lanes == ["Phone", "Visits", "Promises"]
    for lane in tab.scene.lane_marks:
        for entry, x in zip(lane.entries, lane.xs, strict=True):
            assert x == pytest.approx(tab.scene.x_of(entry.start))
            assert lane.contains_mark(x, lane.middle)
    assert tab.model.rowCount() == len(interactions) + 3 + 1
    assert demo_session.window.case_detail.tabs.tabText(5) == "At a Glance"


def test_clicking_a_promise_span_selects_it_in_the_promises_tab(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = glance_of(demo_session, qtbot)
    assert demo_session.store is not None
    promise = list_promises(demo_session.store, 1)[1]
    click_mark(qtbot, tab, mark(tab, ItemKind.PROMISE, promise.id))
    detail = demo_session.window.case_detail
    assert detail.tabs.currentWidget() is detail.promises
    selected = detail.promises.view.current_record()
    assert selected is not None and selected.id == promise.id


def test_clicking_a_marker_selects_the_interaction_in_the_timeline(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = glance_of(demo_session, qtbot)
    assert demo_session.store is not None
    depot_visit = list_interactions(demo_session.store, 1)[5]
    click_mark(qtbot, tab, mark(tab, ItemKind.INTERACTION, depot_visit.id))
    detail = demo_session.window.case_detail
    assert detail.tabs.currentWidget() is detail.timeline
    selected = detail.timeline.view.current_record()
    assert selected is not None and selected.id == depot_visit.id


def test_zoom_buttons_and_ctrl_wheel_change_the_scale(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = glance_of(demo_session, qtbot)
    view = tab.chart_view
    fitted = view.pixels_per_day
    assert not tab.zoom_out_action.isEnabled() and tab.zoom_in_action.isEnabled()
    zoom_out, zoom_in, fit, _export = tab.buttons
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    assert view.pixels_per_day == pytest.approx(fitted * 1.25)
    assert tab.scene.sceneRect().width() > view.viewport().width()
    first = tab.chart.items[0] if tab.chart else None
    assert first is not None
    rect = tab.scene.item_rect(first.id)
    assert rect is not None and rect.center().x() == pytest.approx(tab.scene.x_of(first.start))

    middle = QPointF(view.viewport().width() / 2, 40)
    day_before = tab.scene.day_at(view.mapToScene(middle.toPoint()).x())
    wheel = QWheelEvent(
        middle,
        view.viewport().mapToGlobal(middle),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.pixels_per_day == pytest.approx(fitted * 1.25**3)
    day_after = tab.scene.day_at(view.mapToScene(middle.toPoint()).x())
    assert day_after == pytest.approx(day_before, abs=0.2)

    assert tab.zoom_out_action.isEnabled()
    qtbot.mouseClick(zoom_out, Qt.MouseButton.LeftButton)
    assert view.pixels_per_day == pytest.approx(fitted * 1.25**2)
    qtbot.mouseClick(fit, Qt.MouseButton.LeftButton)
    assert view.pixels_per_day == pytest.approx(fitted)
    assert not tab.zoom_out_action.isEnabled()


def test_hovering_a_mark_shows_what_it_is(demo_session: DesktopSession, qtbot: QtBot) -> None:
    tab = glance_of(demo_session, qtbot)
    assert demo_session.store is not None
    call = list_interactions(demo_session.store, 1)[3]
    entry = mark(tab, ItemKind.INTERACTION, call.id)
    point = tab.chart_view.view_point_of(entry.id)
    assert point is not None
    viewport = tab.chart_view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    assert QToolTip.text() == entry.tooltip
    assert "12 November" in QToolTip.text() and "Phone, received" in QToolTip.text()
    assert call.summary in QToolTip.text()
    QToolTip.hideText()


def test_a_row_of_the_list_rings_its_mark_and_enter_goes_to_it(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = glance_of(demo_session, qtbot)
    click_row(qtbot, tab.view, 0)
    entry = tab.view.current_record()
    assert entry is not None and tab.scene.highlight.isVisible()
    rect = tab.scene.item_rect(entry.id)
    assert rect is not None and tab.scene.highlight.rect().contains(rect)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    detail = demo_session.window.case_detail
    assert detail.tabs.currentWidget() is detail.timeline


def test_the_chart_follows_edits_made_while_it_was_hidden(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = glance_of(demo_session, qtbot)
    detail = demo_session.window.case_detail
    detail.tabs.setCurrentWidget(detail.timeline)
    store, workspace = demo_session.store, demo_session.workspace
    assert store is not None and workspace is not None
    add_interaction(
        store,
        case_id=1,
        occurred=Moment(dt.date(2026, 11, 25)),
        channel=Channel.EMAIL,
        direction=Direction.OUTBOUND,
        summary="Written complaint by email",
    )
    workspace.notify(RecordChange(Part.TIMELINE, case_id=1))
    assert tab.scene.interaction_count() == 8
    glance_of(demo_session, qtbot)
    assert tab.scene.interaction_count() == 9
    assert tab.chart is not None and "Email" in [lane.label for lane in tab.chart.lanes]


def test_export_writes_a_png_at_twice_the_size(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = glance_of(demo_session, qtbot)
    workspace = demo_session.workspace
    assert workspace is not None
    folder = tmp_path / "exports"
    folder.mkdir()
    offered: list[str] = []

    def save_as(parent: object, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(folder / "chart"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(workspace.announced) as announced:
        tab.export_action.trigger()
    written = folder / "chart.png"
    assert [path.name for path in folder.iterdir()] == ["chart.png"]
    assert str(written) in str(announced.args[0] if announced.args else "")
    image = QImage(str(written))
    assert not image.isNull() and written.stat().st_size > 2000
    scene = tab.scene.sceneRect()
    assert image.width() == round(scene.width() * 2)
    assert image.height() == round(scene.height() * 2)
    span = tab.scene.spans[0]
    bar = span.mapRectToScene(span.bar)
    row = round(bar.center().y() * 2)
    reds = [
        image.pixelColor(x, row)
        for x in range(round(bar.left() * 2), round(bar.right() * 2))
        if image.pixelColor(x, row).red() > 150 and image.pixelColor(x, row).green() < 90
    ]
    assert reds, "the broken promise is drawn red in the image"
    name = Path(offered[0]).name
    assert name.endswith("at a glance.png") and "Free" in name


def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = glance_of(demo_session, qtbot)
    missing = tmp_path / "no such folder" / "chart.png"
    shown: list[BaseException] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(missing), "PNG images (*.png)")
    )
    monkeypatch.setattr(glance_tab, "show_error", lambda parent, error: shown.append(error))
    tab.export_action.trigger()
    [error] = shown
    assert isinstance(error, RecoursError) and "no such folder" in error.describe("en")
    assert not missing.parent.exists()


def test_every_control_has_a_name(demo_session: DesktopSession, qtbot: QtBot) -> None:
    tab = glance_of(demo_session, qtbot)
    assert unnamed_controls(tab) == []
    assert tab.chart_view.accessibleName() == "Chart of the case"


def test_tab_goes_from_the_buttons_to_the_chart_then_to_its_list(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = glance_of(demo_session, qtbot)
    window = demo_session.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    export = tab.buttons[3]
    export.setFocus()
    qtbot.keyClick(export, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.chart_view
    qtbot.keyClick(tab.chart_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.view


def test_the_ombudsmans_weeks_set_in_the_preferences_place_its_line(
    store: Store, qtbot: QtBot
) -> None:
    case = create_case(
        store,
        title="Broadband",
        counterparty="Provider",
        jurisdiction=Jurisdiction.UK,
        sector=Sector.TELECOM,
    )
    complained = dt.date.today() - dt.timedelta(days=10)
    add_interaction(
        store,
        case_id=case.id,
        occurred=Moment(complained),
        channel=Channel.EMAIL,
        direction=Direction.OUTBOUND,
        summary="Written complaint",
    )
    save_preferences(app_settings(), replace(Preferences(), ombudsman_weeks=6))
    tab = GlanceTab()
    qtbot.addWidget(tab)
    tab.bind(Workspace(store))
    tab.show()
    tab.show_case(case.id)
    assert tab.chart is not None
    [opens] = [m for m in tab.chart.milestones if m.kind is MilestoneKind.ESCALATION_OPENS]
    assert opens.day == complained + dt.timedelta(weeks=6)
    assert opens.label.startswith("Ombudsman from")
