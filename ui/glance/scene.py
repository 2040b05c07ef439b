"""The chart of a case as a graphics scene, laid out in pixels for a zoom.

The chart's data (core.timeline_chart) counts in days; the scene turns days into pixels at
`pixels_per_day` and places every item again when the zoom changes, so markers and text
keep their size while the dates spread out. The interactions of a lane are one path per
direction (a few items, however many interactions); the dates' grid is one item,
recomputed for the zoom.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QImageWriter, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from core.model import Channel, Direction
from core.timeline_chart.axis import axis_ticks, choose_step
from core.timeline_chart.labels import place_labels
from core.timeline_chart.model import ChartItem, ItemKind, Milestone, TimelineChart
from core.timeline_chart.style import CHANNEL_COLOURS, SHAPES
from ui.glance.items import (
    ENTRY_ID,
    GridItem,
    LaneMarks,
    MilestoneItem,
    PinnedColumn,
    SpanItem,
)

ROW: Final = 26.0
RIGHT_MARGIN: Final = 24.0
TICK_ROOM: Final = 96.0
"""Pixels each date label needs: the grid gets finer as the zoom leaves room."""
MAX_PIXELS_PER_DAY: Final = 240.0

Entry = ChartItem | Milestone


class ChartScene(QGraphicsScene):
    """Every item of one chart; `layout` places them for a zoom, `pin` keeps the lane names
    and the legend at the left edge of what is on show."""

    def __init__(self, font: QFont | None = None) -> None:
        super().__init__()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.chart_font = QFont(font) if font is not None else QFont()
        self.chart: TimelineChart | None = None
        self.entries: dict[int, Entry] = {}
        self.graphics: dict[int, QGraphicsItem] = {}
        self.lane_marks: list[LaneMarks] = []
        self.marks_of: dict[int, LaneMarks] = {}
        self.spans: list[SpanItem] = []
        self.milestones: list[MilestoneItem] = []
        self.grid: GridItem | None = None
        self.column: PinnedColumn | None = None
        self.highlight = QGraphicsRectItem()
        self.pixels_per_day = 1.0
        self.plot_left = 0.0
        self.lanes_top = 0.0
        self._highlighted: int | None = None

    def set_chart(self, chart: TimelineChart | None, empty_text: str) -> None:
        """Show a chart (or a sentence saying why there is none); `layout` places it."""
        self.clear()
        self.chart = chart
        self.entries, self.graphics, self.marks_of = {}, {}, {}
        self.lane_marks, self.spans, self.milestones = [], [], []
        self.highlight = QGraphicsRectItem()
        self._highlighted = None
        pen = QPen(QColor("#1565c0"), 2)
        self.highlight.setPen(pen)
        self.highlight.setZValue(6)
        self.highlight.hide()
        self.addItem(self.highlight)
        if chart is None:
            self.grid, self.column = None, None
            text = QGraphicsSimpleTextItem(empty_text)
            text.setFont(self.chart_font)
            text.setPos(16, 16)
            self.addItem(text)
            self.setSceneRect(text.sceneBoundingRect().adjusted(-16, -16, 16, 16))
            return
        self.grid = GridItem(self.chart_font)
        self.addItem(self.grid)
        self.column = PinnedColumn(chart.lanes, chart.legend, self.chart_font)
        self.addItem(self.column)
        marks: dict[tuple[int, Direction, Channel], list[ChartItem]] = {}
        for item in chart.items:
            self.entries[item.id] = item
            if item.kind is ItemKind.INTERACTION:
                assert item.direction is not None and item.channel is not None
                marks.setdefault((item.row, item.direction, item.channel), []).append(item)
            else:
                span = SpanItem(item, self.chart_font)
                self.addItem(span)
                self.spans.append(span)
                self.graphics[item.id] = span
        for milestone in chart.milestones:
            self.entries[milestone.id] = milestone
            line = MilestoneItem(milestone, self.chart_font)
            self.addItem(line)
            self.milestones.append(line)
            self.graphics[milestone.id] = line
        for (row, direction, channel), entries in marks.items():
            lane = LaneMarks(SHAPES[direction], CHANNEL_COLOURS[channel], row, entries)
            self.addItem(lane)
            self.lane_marks.append(lane)
        self.marks_of = {entry.id: lane for lane in self.lane_marks for entry in lane.entries}

    def interaction_count(self) -> int:
        """How many interactions are drawn."""
        return sum(len(lane.entries) for lane in self.lane_marks)

    def fit_pixels_per_day(self, width: float) -> float:
        """The zoom that shows the whole span in `width` pixels."""
        if self.chart is None or self.column is None:
            return 1.0
        label_column = self.column.label_width() + 20
        return max((width - label_column - RIGHT_MARGIN) / self.chart.axis.length, 0.05)

    def x_of(self, days: float) -> float:
        return self.plot_left + days * self.pixels_per_day

    def day_at(self, x: float) -> float:
        return (x - self.plot_left) / self.pixels_per_day

    def layout(self, pixels_per_day: float, visible_width: float) -> None:
        """Place everything for this zoom; the legend wraps at `visible_width`."""
        chart, column, grid = self.chart, self.column, self.grid
        self.pixels_per_day = min(pixels_per_day, MAX_PIXELS_PER_DAY)
        if chart is None or column is None or grid is None:
            return
        self.plot_left = column.label_width() + 20
        plot = (self.plot_left, self.x_of(chart.axis.length))
        metrics = QFontMetricsF(self.chart_font)
        line_height = metrics.height() + 4
        anchors = [(self.x_of(item.entry.x), item.label_width()) for item in self.milestones]
        placed = place_labels(anchors, right_edge=plot[1])
        lines = 1 + max((spot.line for spot in placed), default=-1)
        self.lanes_top = lines * line_height + 8
        bottom = self.lanes_top + chart.rows * ROW
        width = plot[1] + RIGHT_MARGIN
        for milestone, spot in zip(self.milestones, placed, strict=True):
            milestone.place(
                x=self.x_of(milestone.entry.x),
                label_left=spot.left,
                label_top=self.lanes_top - 4 - (spot.line + 1) * line_height,
                bottom=bottom,
            )
        bands = [
            QRectF(0, self.lanes_top + lane.first_row * ROW, width, lane.rows * ROW)
            for number, lane in enumerate(chart.lanes)
            if number % 2 == 0
        ]
        grid.place(
            bands=bands,
            ticks=self._ticks(plot[1] - plot[0]),
            top=self.lanes_top,
            bottom=bottom,
            plot=plot,
            width=width,
        )
        for lane in self.lane_marks:
            lane.place([self.x_of(entry.start) for entry in lane.entries], self._middle(lane.row))
        for span in self.spans:
            entry = span.entry
            span.place(
                left=self.x_of(entry.start),
                right=self.x_of(entry.end),
                due_x=None if entry.due is None else self.x_of(entry.due),
                settled_x=None if entry.settled is None else self.x_of(entry.settled),
                middle=self._middle(entry.row),
                plot=plot,
            )
        legend_top = bottom + metrics.height() + 16
        legend_height = column.place(
            width=self.plot_left - 8,
            row_height=ROW,
            lanes_top=self.lanes_top,
            legend_top=legend_top,
            room=max(visible_width, 320.0),
        )
        self.setSceneRect(QRectF(0, 0, width, legend_top + legend_height + 8))
        self.show_highlight()

    def _middle(self, row: int) -> float:
        return self.lanes_top + (row + 0.5) * ROW

    def _ticks(self, plot_width: float) -> list[tuple[float, str]]:
        assert self.chart is not None
        axis = self.chart.axis
        unit, step = choose_step(axis.length, int(plot_width / TICK_ROOM))
        ticks = axis_ticks(
            axis.first,
            axis.last,
            unit,
            step,
            language=self.chart.language,
            jurisdiction=self.chart.jurisdiction,
        )
        return [(self.x_of(tick.x), tick.label) for tick in ticks]

    def entry_of(self, item: QGraphicsItem | None) -> Entry | None:
        """The chart entry a graphics item draws, if any."""
        if item is None:
            return None
        entry_id = item.data(ENTRY_ID)
        return None if entry_id is None else self.entries.get(int(entry_id))

    def entries_at(self, scene_rect: QRectF) -> list[Entry]:
        """What is drawn under a small area, topmost first."""
        found: list[Entry | None] = []
        for item in self.items(scene_rect):
            if isinstance(item, LaneMarks):
                found.append(item.entry_near(scene_rect.center().x(), scene_rect.width() / 2 + 5))
            else:
                found.append(self.entry_of(item))
        return [entry for entry in found if entry is not None]

    def select_entry(self, entry_id: int | None) -> None:
        """Ring the item of this entry (None: no ring)."""
        self.highlight.setData(ENTRY_ID, None)
        self._highlighted = entry_id
        self.show_highlight()

    def show_highlight(self) -> None:
        rect = None if self._highlighted is None else self.item_rect(self._highlighted)
        if rect is None:
            self.highlight.hide()
            return
        self.highlight.setRect(rect.adjusted(-4, -4, 4, 4))
        self.highlight.show()

    def item_rect(self, entry_id: int) -> QRectF | None:
        """Where an entry is drawn, in scene coordinates."""
        lane = self.marks_of.get(entry_id)
        if lane is not None:
            return lane.mark_rect(entry_id)
        item = self.graphics.get(entry_id)
        return None if item is None else item.sceneBoundingRect()

    def pin(self, left: float) -> None:
        """Keep the lane names and the legend at scene x `left` (the view's left edge)."""
        if self.column is not None:
            self.column.setX(max(0.0, left))

    def render_png(self, scale: float = 2.0) -> bytes:
        """The whole chart as a PNG, `scale` device pixels a pixel, on white, without the
        selection ring, the lane names at the left."""
        source = self.sceneRect()
        image = QImage(
            max(1, round(source.width() * scale)),
            max(1, round(source.height() * scale)),
            QImage.Format.Format_ARGB32,
        )
        image.fill(QColor("#ffffff"))
        pinned = self.column.x() if self.column is not None else 0.0
        ringed = self.highlight.isVisible()
        self.pin(0.0)
        self.highlight.hide()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        self.pin(pinned)
        self.highlight.setVisible(ringed)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        buffer.close()
        return bytes(data.data())
