"""The case at a glance: the case's timeline as a chart (core.timeline_chart), the list of
what it shows under it, zoom buttons, and export as a PNG image.

Clicking an interaction, a promise or a letter on the chart (or Enter on its row) goes to
it in its own tab: the tab emits `open_record`, which the case detail follows. The chart
is drawn again only while the tab is on show: an edit made in another tab marks it stale.

Signals:
    open_record(str, int): go to this record; the kind is a core.timeline_chart.ItemKind
        value ("interaction", "promise", "letter"), then the record's id.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Final

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.cases import get_case
from core.clock import today
from core.errors import RecoursError
from core.filenames import safe_filename
from core.timeline_chart import ChartItem, ItemKind, Milestone, TimelineChart, case_chart
from core.timeline_chart.export import write_atomically
from ui.case.case_tab import CaseTab
from ui.errors import show_error
from ui.glance.entry_table_model import Entry, EntryColumn, EntryTableModel
from ui.glance.scene import ChartScene
from ui.glance.view import ZOOM_STEP, ChartView
from ui.language import interface_language
from ui.next_steps.preferences_group import deadline_settings
from ui.record_change import Part
from ui.record_table_view import RecordTableView
from ui.settings import app_settings, load_preferences

_CHART_SHARE: Final = 3
_LIST_SHARE: Final = 1
_EXPORT_SCALE: Final = 2.0


def _key(entry: Entry | None) -> tuple[str, int, str] | None:
    """What an entry stands for, stable across reloads (entry ids are renumbered)."""
    if entry is None:
        return None
    if isinstance(entry, Milestone):
        return ("milestone", 0, entry.kind.value)
    return (entry.kind.value, entry.record_id, "")


class GlanceTab(CaseTab):
    """The chart of the shown case over the list of its entries."""

    part = Part.TIMELINE | Part.PROMISES | Part.LETTERS | Part.CASE | Part.DIRECTORY
    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: TimelineChart | None = None
        self._stale = False
        self.scene = ChartScene(self.font())
        self.scene.setParent(self)
        self.chart_view = ChartView(self.scene)
        self.chart_view.setAccessibleName(self.tr("Chart of the case"))
        self.chart_view.setAccessibleDescription(
            self.tr("The list under the chart names everything it shows.")
        )
        self.model = EntryTableModel()
        self.view: RecordTableView[Entry] = RecordTableView(
            self.model,
            accessible_name=self.tr("What the chart shows"),
            stretch_column=EntryColumn.DESCRIPTION,
        )
        self.view.sortByColumn(EntryColumn.WHEN, Qt.SortOrder.AscendingOrder)
        self._make_actions()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 4, 6, 0)
        named = (
            (self.zoom_out_action, self.tr("Zoom out")),
            (self.zoom_in_action, self.tr("Zoom in")),
            (self.fit_action, self.tr("Fit the whole case")),
            (self.export_action, self.tr("Export the chart as an image")),
        )
        self.buttons: list[QToolButton] = []
        for action, name in named:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(name)
            buttons.addWidget(button)
            self.buttons.append(button)
            if action is self.fit_action:
                buttons.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, _CHART_SHARE)
        self.splitter.setStretchFactor(1, _LIST_SHARE)
        self._splitter_placed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

        chain = [*self.buttons, self.chart_view, self.view]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.chart_view.activated.connect(self._go_to)
        self.chart_view.zoomed.connect(lambda _scale: self._enable())
        self.view.selectionModel().selectionChanged.connect(self._ring_selected)
        self.view.activated.connect(lambda _index: self._go_to(self.view.current_record()))
        self._enable()

    def _make_actions(self) -> None:
        self.zoom_in_action = QAction(self.tr("Zoom &In"), self)
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.zoom_in_action.setIconText("+")
        self.zoom_in_action.setToolTip(self.tr("Zoom in on the dates (Ctrl and the wheel)"))
        self.zoom_in_action.triggered.connect(lambda: self.chart_view.zoom_by(ZOOM_STEP))
        self.zoom_out_action = QAction(self.tr("Zoom &Out"), self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.zoom_out_action.setIconText("−")
        self.zoom_out_action.setToolTip(self.tr("Zoom out"))
        self.zoom_out_action.triggered.connect(lambda: self.chart_view.zoom_by(1 / ZOOM_STEP))
        self.fit_action = QAction(self.tr("&Fit"), self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.fit_action.setToolTip(self.tr("Show the whole case in the width of the window"))
        self.fit_action.triggered.connect(self.chart_view.fit)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            self.addAction(action)
        self.export_action = QAction(self.tr("E&xport Chart as Image…"), self)
        self.export_action.setIconText(self.tr("Export PNG…"))
        self.export_action.setStatusTip(
            self.tr("Save the case at a glance as a PNG image, to print or to send")
        )
        self.export_action.triggered.connect(self.export_png)

    def title(self) -> str:
        return self.tr("At a Glance")

    def reload(self) -> None:
        """Draw the chart again, keeping the selected entry; while hidden, only note that
        it must be drawn again when shown."""
        if self.workspace is None or self.case_id is None:
            self.chart = None
            self.scene.set_chart(None, "")
            self.view.source_model.set_records([])
            self._enable()
            self.title_changed.emit(self.title())
            return
        if not self.isVisible():
            self._stale = True
            self.title_changed.emit(self.title())
            return
        self._stale = False
        selected = _key(self.view.current_record())
        self.load()
        if selected is not None:
            self.view.select_where(lambda entry: _key(entry) == selected)
        self.title_changed.emit(self.title())

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        self.chart = case_chart(
            self.workspace.store,
            self.case_id,
            today=today(),
            language=interface_language(),
            settings=deadline_settings(load_preferences(app_settings())),
        )
        self.scene.set_chart(
            self.chart,
            self.tr("Nothing dated yet: log an interaction or a promise to see the case here."),
        )
        self.chart_view.show_chart()
        self.model.set_records(self.chart.entries() if self.chart is not None else ())
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_placed:
            self._splitter_placed = True
            total = sum(self.splitter.sizes())
            share = _CHART_SHARE / (_CHART_SHARE + _LIST_SHARE)
            self.splitter.setSizes([round(total * share), total - round(total * share)])
        if self._stale:
            self.reload()
            self.view.fit_columns()

    def select_id(self, record_id: int) -> bool:
        """Select an entry of the chart by its id (ChartItem.id, Milestone.id)."""
        return self.view.select_where(lambda entry: entry.id == record_id)

    def entry_for(self, kind: ItemKind, record_id: int) -> ChartItem | None:
        """The chart's mark for an interaction, promise or letter of the case."""
        if self.chart is None:
            return None
        return next(
            (
                item
                for item in self.chart.items
                if item.kind is kind and item.record_id == record_id
            ),
            None,
        )

    def _ring_selected(self) -> None:
        entry = self.view.current_record()
        self.scene.select_entry(None if entry is None else entry.id)
        if entry is not None:
            rect = self.scene.item_rect(entry.id)
            if rect is not None:
                self.chart_view.ensureVisible(rect, 40, 20)

    def _go_to(self, entry: Entry | None) -> None:
        if isinstance(entry, ChartItem):
            self.open_record.emit(entry.kind.value, entry.record_id)

    def _enable(self) -> None:
        shown = self.chart is not None
        self.zoom_in_action.setEnabled(shown and self.chart_view.can_zoom_in())
        self.zoom_out_action.setEnabled(shown and self.chart_view.can_zoom_out())
        self.fit_action.setEnabled(shown)
        self.export_action.setEnabled(shown)

    def default_file_name(self) -> str:
        assert self.workspace is not None and self.case_id is not None
        case = get_case(self.workspace.store, self.case_id)
        name = self.tr("{day} {title} - at a glance.png").format(
            day=today().isoformat(), title=case.title
        )
        return safe_filename(name, fallback="chart.png")

    def export_png(self) -> None:
        """Save the whole chart, at twice the screen's resolution, where the user chooses."""
        if self.chart is None or self.workspace is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the chart"),
            str(Path(folder or Path.home()) / self.default_file_name()),
            self.tr("PNG images (*.png)"),
        )
        if not chosen:
            return
        destination = Path(chosen)
        if destination.suffix.lower() != ".png":
            destination = destination.with_name(f"{destination.name}.png")
        try:
            write_atomically(destination, self.scene.render_png(_EXPORT_SCALE))
        except RecoursError as error:
            show_error(self, error)
            return
        self.workspace.announced.emit(
            self.tr("Exported the chart to {path}").format(path=destination)
        )
