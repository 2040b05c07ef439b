"""The graphics items of the chart that are more than a marker: a promise's or a letter's
span with its due tick, end mark and caption; a milestone's line and label; the grid of
dates; the lane bands and their pinned names; the legend.

Each is placed by the scene (`place`) in pixels for the current zoom and paints itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from core.timeline_chart.model import ChartItem, Lane, LegendEntry, Milestone, State, Symbol
from core.timeline_chart.style import BAND, GRID, INK, LINE_LOOKS, MUTED, SPAN_LOOKS, Shape
from ui.glance.painting import (
    MARKER_RADIUS,
    SPAN_HEIGHT,
    marker_brush,
    marker_path,
    marker_pen,
    paint_bar,
    paint_due,
)

ENTRY_ID: Final = 0
"""The item data key holding the id of the chart entry an item draws."""
MIN_SPAN: Final = 5.0
_BACKING: Final = QColor(255, 255, 255, 215)
_LEGEND_SHAPES: Final = {
    Symbol.RECEIVED: Shape.CIRCLE,
    Symbol.SENT: Shape.TRIANGLE,
    Symbol.IN_PERSON: Shape.DIAMOND,
}


def backed_text(
    painter: QPainter, font: QFont, left: float, top: float, text: str, colour: str
) -> None:
    """Text on a pale backing, so the lines it crosses do not strike it through."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_BACKING)
    painter.drawRect(QRectF(left - 2, top, metrics.horizontalAdvance(text) + 4, metrics.height()))
    painter.setPen(QColor(colour))
    painter.drawText(QPointF(left, top + metrics.ascent()), text)


class LaneMarks(QGraphicsItem):
    """Every interaction of one lane sent, received or in person, as one item painting its
    markers: only those in the exposed area are drawn, so ten thousand interactions cost
    what those on screen cost, and a zoom only recomputes their x.

    `entries` are in date order, `xs` their x in the same order (so sorted), to find the
    marker under a point.
    """

    def __init__(self, shape: Shape, colour: str, row: int, entries: list[ChartItem]) -> None:
        super().__init__()
        self.shape_kind = shape
        self.outline = marker_path(shape)
        self.colour = colour
        self.row = row
        self.entries = entries
        self.xs: list[float] = []
        self.middle = 0.0
        self.bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def place(self, xs: list[float], middle: float) -> None:
        """Put the markers at these x (in the order of `entries`) on the line `middle`."""
        self.prepareGeometryChange()
        self.xs, self.middle = xs, middle
        shape = self.outline.boundingRect()
        if not xs:
            self.bounds = QRectF()
            return
        self.bounds = QRectF(
            xs[0] + shape.left(),
            middle + shape.top(),
            xs[-1] - xs[0] + shape.width(),
            shape.height(),
        ).adjusted(-1, -1, 1, 1)

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect
        reach = self.outline.boundingRect().width()
        first = bisect.bisect_left(self.xs, exposed.left() - reach)
        last = bisect.bisect_right(self.xs, exposed.right() + reach)
        painter.setPen(marker_pen())
        painter.setBrush(marker_brush(self.colour))
        outline, middle = self.outline, self.middle
        for x in self.xs[first:last]:
            painter.drawPath(outline.translated(x, middle))

    def entry_near(self, x: float, reach: float) -> ChartItem | None:
        """The marker nearest `x` within `reach` pixels (the latest when several touch)."""
        index = bisect.bisect_right(self.xs, x + reach) - 1
        if index < 0 or self.xs[index] < x - reach:
            return None
        return self.entries[index]

    def mark_rect(self, entry_id: int) -> QRectF | None:
        for entry, x in zip(self.entries, self.xs, strict=True):
            if entry.id == entry_id:
                return self.outline.boundingRect().translated(x, self.middle)
        return None

    def contains_mark(self, x: float, middle: float) -> bool:
        """Whether a marker is drawn over this point."""
        entry = self.entry_near(x, self.outline.boundingRect().width() / 2)
        return (
            entry is not None
            and abs(middle - self.middle) <= self.outline.boundingRect().height() / 2
        )


class SpanItem(QGraphicsItem):
    """A promise or a letter: its bar, the due tick, the mark of its outcome, its caption."""

    def __init__(self, entry: ChartItem, font: QFont) -> None:
        super().__init__()
        assert entry.state is not None
        self.entry = entry
        self.look = SPAN_LOOKS[entry.state]
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.bar = QRectF()
        self.due_x: float | None = None
        self.mark_at = QPointF()
        self.caption = ""
        self.caption_left = 0.0
        self.bounds = QRectF()
        self.setData(ENTRY_ID, entry.id)
        self.setZValue(-1)

    def place(
        self,
        *,
        left: float,
        right: float,
        due_x: float | None,
        settled_x: float | None,
        middle: float,
        plot: tuple[float, float],
    ) -> None:
        self.prepareGeometryChange()
        right = max(right, left + MIN_SPAN)
        self.bar = QRectF(left, middle - SPAN_HEIGHT / 2, right - left, SPAN_HEIGHT)
        self.due_x = due_x
        after = max([right] + [x + 2 for x in (due_x, settled_x) if x is not None]) + 4
        self.mark_at = QPointF(after, middle)
        bold = QFontMetricsF(self.bold)
        if self.look.mark:
            after += bold.horizontalAdvance(self.look.mark) + 4
        self.caption, self.caption_left = self._caption(left, after, plot)
        metrics = QFontMetricsF(self.font)
        ends = [self.bar.left() - 1, self.caption_left - 2]
        right_edge = max(after, self.caption_left + metrics.horizontalAdvance(self.caption) + 2)
        half = max(metrics.height(), 18.0) / 2
        self.bounds = QRectF(min(ends), middle - half, right_edge - min(ends), half * 2)

    def _caption(self, left: float, after: float, plot: tuple[float, float]) -> tuple[str, float]:
        if not self.entry.caption:
            return "", after
        metrics = QFontMetricsF(self.font)
        room_right, room_left = plot[1] - after, left - 6 - plot[0]
        whole = metrics.horizontalAdvance(self.entry.caption)
        if whole <= room_right or room_right >= room_left:
            text = metrics.elidedText(self.entry.caption, Qt.TextElideMode.ElideRight, room_right)
            return text, after
        text = metrics.elidedText(self.entry.caption, Qt.TextElideMode.ElideRight, room_left)
        return text, left - 6 - metrics.horizontalAdvance(text)

    def boundingRect(self) -> QRectF:
        return self.bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.bounds)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_bar(painter, self.look, self.bar)
        middle = self.bar.center().y()
        if self.due_x is not None:
            paint_due(painter, self.due_x, middle)
        if self.look.mark:
            painter.setFont(self.bold)
            painter.setPen(QColor(self.look.colour))
            metrics = QFontMetricsF(self.bold)
            painter.drawText(
                QPointF(self.mark_at.x(), middle + metrics.ascent() / 2 - 1), self.look.mark
            )
        if self.caption:
            metrics = QFontMetricsF(self.font)
            backed_text(
                painter,
                self.font,
                self.caption_left,
                middle - metrics.height() / 2,
                self.caption,
                INK,
            )


class MilestoneItem(QGraphicsItem):
    """A day across the lanes: its line from its label down, and its label."""

    def __init__(self, entry: Milestone, font: QFont) -> None:
        super().__init__()
        self.entry = entry
        self.look = LINE_LOOKS[entry.kind]
        self.font = font
        self.text = f"{entry.label} →" if entry.beyond else entry.label
        self.line_x = 0.0
        self.line_top = 0.0
        self.line_bottom = 0.0
        self.label_at = QPointF()
        self.bounds = QRectF()
        self.setData(ENTRY_ID, entry.id)
        self.setZValue(-2)

    def label_width(self) -> float:
        return QFontMetricsF(self.font).horizontalAdvance(self.text)

    def place(self, *, x: float, label_left: float, label_top: float, bottom: float) -> None:
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self.font)
        self.line_x, self.line_top, self.line_bottom = x, label_top + metrics.height(), bottom
        self.label_at = QPointF(label_left, label_top)
        label = QRectF(label_left - 2, label_top, self.label_width() + 4, metrics.height())
        line = QRectF(x - 3, label_top, 6, bottom - label_top)
        self.bounds = label if self.entry.beyond else label.united(line)

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.entry.beyond:
            pen = QPen(QColor(self.look.colour))
            pen.setWidthF(self.look.width * 1.4)
            if self.look.dashes:
                pen.setDashPattern([dash / self.look.width for dash in self.look.dashes])
            painter.setPen(pen)
            painter.drawLine(
                QPointF(self.line_x, self.line_top), QPointF(self.line_x, self.line_bottom)
            )
        backed_text(
            painter, self.font, self.label_at.x(), self.label_at.y(), self.text, self.look.colour
        )


class GridItem(QGraphicsItem):
    """The lane bands, the grid line of each date and the dates under the lanes."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.font = font
        self.bands: list[QRectF] = []
        self.ticks: list[tuple[float, str]] = []
        self.top = 0.0
        self.bottom = 0.0
        self.left = 0.0
        self.right = 0.0
        self.bounds = QRectF()
        self.setZValue(-3)

    def place(
        self,
        *,
        bands: list[QRectF],
        ticks: list[tuple[float, str]],
        top: float,
        bottom: float,
        plot: tuple[float, float],
        width: float,
    ) -> None:
        self.prepareGeometryChange()
        self.bands, self.ticks = bands, ticks
        self.top, self.bottom = top, bottom
        self.left, self.right = plot
        height = QFontMetricsF(self.font).height()
        self.bounds = QRectF(0, top, width, bottom - top + height + 8)

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAND))
        for band in self.bands:
            painter.drawRect(band)
        exposed = option.exposedRect
        metrics = QFontMetricsF(self.font)
        painter.setFont(self.font)
        for x, label in self.ticks:
            if x < exposed.left() - 200 or x > exposed.right():
                continue
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(QPointF(x, self.top), QPointF(x, self.bottom + 3))
            painter.setPen(QColor(MUTED))
            painter.drawText(QPointF(x + 3, self.bottom + 4 + metrics.ascent()), label)
        painter.setPen(QPen(QColor(MUTED), 1))
        painter.drawLine(QPointF(self.left, self.bottom), QPointF(self.right, self.bottom))


class PinnedColumn(QGraphicsItem):
    """The names of the lanes, and the legend under the chart: kept at the left edge of
    what the view shows while the dates scroll under them."""

    def __init__(self, lanes: Sequence[Lane], legend: Sequence[LegendEntry], font: QFont) -> None:
        super().__init__()
        self.lanes = lanes
        self.legend = legend
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.width = 0.0
        self.row_height = 0.0
        self.lanes_top = 0.0
        self.legend_rows: list[list[tuple[LegendEntry, float]]] = []
        self.legend_top = 0.0
        self.bounds = QRectF()
        self.setZValue(5)

    def label_width(self) -> float:
        metrics = QFontMetricsF(self.bold)
        return max((metrics.horizontalAdvance(lane.label) for lane in self.lanes), default=0.0)

    def place(
        self, *, width: float, row_height: float, lanes_top: float, legend_top: float, room: float
    ) -> float:
        """Lay the column out; returns the legend's height for `room` pixels of width."""
        self.prepareGeometryChange()
        self.width, self.row_height = width, row_height
        self.lanes_top, self.legend_top = lanes_top, legend_top
        metrics = QFontMetricsF(self.font)
        rows: list[list[tuple[LegendEntry, float]]] = [[]]
        used = 8.0
        for entry in self.legend:
            size = 34 + metrics.horizontalAdvance(entry.label) + 18
            if rows[-1] and used + size > room:
                rows.append([])
                used = 8.0
            rows[-1].append((entry, used))
            used += size
        self.legend_rows = [row for row in rows if row]
        legend_height = len(self.legend_rows) * (metrics.height() + 8)
        widest = max([width] + [offset for row in rows for _entry, offset in row[-1:]]) + 240
        self.bounds = QRectF(0, lanes_top, widest, legend_top + legend_height - lanes_top)
        return legend_height

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for number, lane in enumerate(self.lanes):
            top = self.lanes_top + lane.first_row * self.row_height
            band = QRectF(0, top, self.width, lane.rows * self.row_height)
            painter.fillRect(band, QColor(BAND) if number % 2 == 0 else QColor("#ffffff"))
            painter.setFont(self.bold)
            painter.setPen(QColor(MUTED))
            painter.drawText(
                band.adjusted(6, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                lane.label,
            )
        metrics = QFontMetricsF(self.font)
        line = metrics.height() + 8
        painter.setFont(self.font)
        for number, row in enumerate(self.legend_rows):
            middle = self.legend_top + number * line + line / 2
            for entry, offset in row:
                _paint_glyph(painter, entry.symbol, offset, middle)
                painter.setPen(QColor(MUTED))
                painter.setFont(self.font)
                painter.drawText(
                    QPointF(offset + 34, middle + metrics.ascent() / 2 - 1), entry.label
                )


def _paint_glyph(painter: QPainter, symbol: Symbol, left: float, middle: float) -> None:
    if symbol in _LEGEND_SHAPES:
        painter.save()
        painter.translate(left + 10, middle)
        painter.setPen(marker_pen())
        painter.setBrush(marker_brush(INK))
        painter.drawPath(marker_path(_LEGEND_SHAPES[symbol], MARKER_RADIUS))
        painter.restore()
        return
    if symbol is Symbol.DUE:
        paint_due(painter, left + 10, middle)
        return
    look = SPAN_LOOKS[State(symbol.value)]
    paint_bar(painter, look, QRectF(left, middle - SPAN_HEIGHT / 2 + 1, 16, SPAN_HEIGHT - 2))
    if look.mark:
        painter.setPen(QColor(look.colour))
        painter.drawText(QPointF(left + 18, middle + 4), look.mark)
