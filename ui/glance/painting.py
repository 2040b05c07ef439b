"""Drawing the chart's marks with QPainter, in the looks core.timeline_chart.style gives the
printed chart: the same shapes, fills and end marks on screen as on paper."""

from __future__ import annotations

from functools import cache
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from core.timeline_chart.style import Fill, Shape, SpanLook

MARKER_RADIUS: Final = 5.0
SPAN_HEIGHT: Final = 10.0
_PATTERNS: Final = {
    Fill.HATCH: Qt.BrushStyle.BDiagPattern,
    Fill.CROSS: Qt.BrushStyle.DiagCrossPattern,
}


@cache
def marker_path(shape: Shape, radius: float = MARKER_RADIUS) -> QPainterPath:
    """A marker's outline centred on (0, 0): built once, shared by every marker."""
    path = QPainterPath()
    if shape is Shape.CIRCLE:
        path.addEllipse(QPointF(0, 0), radius, radius)
        return path
    if shape is Shape.TRIANGLE:
        points = [(-radius * 1.15, radius), (radius * 1.15, radius), (0.0, -radius * 1.25)]
    else:
        points = [
            (0.0, -radius * 1.3),
            (radius * 1.1, 0.0),
            (0.0, radius * 1.3),
            (-radius * 1.1, 0.0),
        ]
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.closeSubpath()
    return path


@cache
def marker_brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


@cache
def marker_pen() -> QPen:
    """A hairline white outline, parting markers that touch. A pen of width 0 (cosmetic)
    lets Qt bound a marker by its points instead of stroking its outline: ten thousand
    markers come up in a fraction of the time."""
    pen = QPen(QColor("#ffffff"))
    pen.setWidth(0)
    return pen


def paint_bar(painter: QPainter, look: SpanLook, rect: QRectF) -> None:
    """A span's bar: white under a pattern, or solid, then its outline (dashed if so)."""
    colour = QColor(look.colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour if look.fill is Fill.SOLID else QColor("#ffffff"))
    painter.drawRect(rect)
    pattern = _PATTERNS.get(look.fill)
    if pattern is not None:
        painter.setBrush(QBrush(colour, pattern))
        painter.drawRect(rect)
    pen = QPen(colour)
    pen.setWidthF(1.2)
    if look.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def paint_due(painter: QPainter, x: float, middle: float) -> None:
    """The tick that marks a due date across a span."""
    pen = QPen(QColor("#212121"))
    pen.setWidthF(2.0)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, middle - 8), QPointF(x, middle + 8))
