"""The chart drawn for print: a reportlab Drawing (a flowable) of a given width, in the
embedded DejaVu fonts, readable in black and white.

From the top: the labels of the milestones, the lanes with their names at the left, the
dates under them, then a legend of only what the chart shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

from core.letters.fonts import SANS, register_fonts
from core.timeline_chart.labels import fit_text, place_labels
from core.timeline_chart.model import (
    ChartItem,
    ItemKind,
    State,
    Symbol,
    TimelineChart,
)
from core.timeline_chart.style import (
    BAND,
    CHANNEL_COLOURS,
    GRID,
    INK,
    LINE_LOOKS,
    MUTED,
    SHAPES,
    SPAN_LOOKS,
    Fill,
    Shape,
    SpanLook,
    hatch_segments,
)

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing, Group

FONT_SIZE: Final = 6.8
LANE_FONT_SIZE: Final = 7.2
ROW: Final = 13.0
LABEL_LINE: Final = 9.0
AXIS_LABELS: Final = 11.0
LEGEND_LINE: Final = 10.0
SPAN_HEIGHT: Final = 6.0
MARKER: Final = 3.0
MIN_SPAN: Final = 3.0
_LEGEND_GLYPH: Final = 18.0
_LEGEND_GAP: Final = 9.0
_BOLD: Final = f"{SANS}-Bold"
_LEGEND_SHAPES: Final = {
    Symbol.RECEIVED: Shape.CIRCLE,
    Symbol.SENT: Shape.TRIANGLE,
    Symbol.IN_PERSON: Shape.DIAMOND,
}


def _width(text: str, font: str = SANS, size: float = FONT_SIZE) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def _colour(hex_colour: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(hex_colour)


@dataclass(frozen=True, slots=True)
class _Geometry:
    """Where things go, in points from the drawing's top left."""

    width: float
    plot_left: float
    plot_right: float
    lanes_top: float
    lanes_bottom: float
    legend_top: float
    height: float
    days: float

    def x(self, days: float) -> float:
        return self.plot_left + (self.plot_right - self.plot_left) * days / self.days

    def row_middle(self, row: int) -> float:
        return self.lanes_top + (row + 0.5) * ROW


class _PdfChart:
    def __init__(self, chart: TimelineChart, width: float) -> None:
        from reportlab.graphics.shapes import Drawing

        self.chart = chart
        label_column = min(
            max((_width(lane.label, _BOLD, LANE_FONT_SIZE) for lane in chart.lanes), default=0) + 8,
            width * 0.22,
        )
        plot_left, plot_right = label_column, width - 4
        self.milestone_labels = self._milestone_labels(plot_left, plot_right, chart.axis.length)
        label_lines = 1 + max((line for line, _left, _text in self.milestone_labels), default=-1)
        lanes_top = label_lines * LABEL_LINE + 2
        lanes_bottom = lanes_top + chart.rows * ROW
        self.legend_rows = self._legend_rows(width)
        legend_top = lanes_bottom + AXIS_LABELS + 3
        height = legend_top + len(self.legend_rows) * LEGEND_LINE
        self.geometry = _Geometry(
            width,
            plot_left,
            plot_right,
            lanes_top,
            lanes_bottom,
            legend_top,
            height,
            chart.axis.length,
        )
        self.drawing = Drawing(width, height, initialFontName=SANS)

    def y(self, top: float) -> float:
        return self.geometry.height - top

    def _milestone_labels(
        self, plot_left: float, plot_right: float, days: float
    ) -> list[tuple[int, float, str]]:
        texts = [
            f"{milestone.label} →" if milestone.beyond else milestone.label
            for milestone in self.chart.milestones
        ]
        anchors = [
            (plot_left + (plot_right - plot_left) * milestone.x / days, _width(text))
            for milestone, text in zip(self.chart.milestones, texts, strict=True)
        ]
        placed = place_labels(anchors, right_edge=plot_right)
        return [(spot.line, spot.left, text) for spot, text in zip(placed, texts, strict=True)]

    def _legend_rows(self, width: float) -> list[list[tuple[Symbol, str, float]]]:
        rows: list[list[tuple[Symbol, str, float]]] = [[]]
        used = 0.0
        for entry in self.chart.legend:
            room = _LEGEND_GLYPH + 3 + _width(entry.label) + _LEGEND_GAP
            if rows[-1] and used + room > width:
                rows.append([])
                used = 0.0
            rows[-1].append((entry.symbol, entry.label, used))
            used += room
        return [row for row in rows if row]

    def draw(self) -> Drawing:
        self.lanes()
        self.ticks()
        self.milestones()
        for item in self.chart.items:
            if item.kind is ItemKind.INTERACTION:
                self.marker(item)
            else:
                self.span(item)
        self.legend()
        return self.drawing

    def text(
        self,
        x: float,
        top: float,
        text: str,
        *,
        colour: str = INK,
        anchor: Literal["start", "middle", "end"] = "start",
        font: str = SANS,
        size: float = FONT_SIZE,
    ) -> None:
        from reportlab.graphics.shapes import String

        self.drawing.add(
            String(
                x,
                self.y(top),
                text,
                fontName=font,
                fontSize=size,
                fillColor=_colour(colour),
                textAnchor=anchor,
            )
        )

    def line(
        self,
        x1: float,
        top1: float,
        x2: float,
        top2: float,
        *,
        colour: str,
        width: float,
        dashes: Sequence[float] = (),
    ) -> None:
        from reportlab.graphics.shapes import Line

        shape = Line(x1, self.y(top1), x2, self.y(top2))
        shape.strokeColor = _colour(colour)
        shape.strokeWidth = width
        if dashes:
            shape.strokeDashArray = list(dashes)
        self.drawing.add(shape)

    def lanes(self) -> None:
        geometry = self.geometry
        for number, lane in enumerate(self.chart.lanes):
            top = geometry.lanes_top + lane.first_row * ROW
            height = lane.rows * ROW
            if number % 2 == 0:
                self.drawing.add(_rect(0, self.y(top + height), geometry.width, height, fill=BAND))
            middle = top + height / 2 + LANE_FONT_SIZE * 0.35
            label = fit_text(
                lane.label, geometry.plot_left - 6, lambda text: _width(text, _BOLD, LANE_FONT_SIZE)
            )
            self.text(2, middle, label, colour=MUTED, font=_BOLD, size=LANE_FONT_SIZE)
        self.line(
            geometry.plot_left,
            geometry.lanes_bottom,
            geometry.plot_right,
            geometry.lanes_bottom,
            colour=MUTED,
            width=0.6,
        )

    def ticks(self) -> None:
        geometry = self.geometry
        for tick in self.chart.axis.ticks:
            x = geometry.x(tick.x)
            self.line(x, geometry.lanes_top, x, geometry.lanes_bottom + 2, colour=GRID, width=0.5)
            if x + _width(tick.label) <= geometry.width:
                self.text(x + 1.5, geometry.lanes_bottom + 8.5, tick.label, colour=MUTED)

    def milestones(self) -> None:
        """Each line from its label down through the lanes; the labels over the lines, so a
        line rising to a higher label never crosses out a lower one."""
        geometry = self.geometry
        placed = list(zip(self.chart.milestones, self.milestone_labels, strict=True))
        for milestone, (line, _left, _text) in placed:
            if milestone.beyond:
                continue
            look = LINE_LOOKS[milestone.kind]
            x = geometry.x(milestone.x)
            top = geometry.lanes_top - 2 - (line + 1) * LABEL_LINE + 2
            self.line(
                x,
                top,
                x,
                geometry.lanes_bottom,
                colour=look.colour,
                width=look.width,
                dashes=look.dashes,
            )
        for milestone, (line, left, text) in placed:
            baseline = geometry.lanes_top - 4 - line * LABEL_LINE
            self.backed_text(left, baseline, text, colour=LINE_LOOKS[milestone.kind].colour)

    def marker(self, item: ChartItem) -> None:
        assert item.channel is not None and item.direction is not None
        x = self.geometry.x(item.start)
        middle = self.y(self.geometry.row_middle(item.row))
        self.drawing.add(
            _shape(SHAPES[item.direction], x, middle, MARKER, CHANNEL_COLOURS[item.channel])
        )

    def span(self, item: ChartItem) -> None:
        assert item.state is not None
        geometry = self.geometry
        look = SPAN_LOOKS[item.state]
        left = geometry.x(item.start)
        right = max(geometry.x(item.end), left + MIN_SPAN)
        middle = geometry.row_middle(item.row)
        self.drawing.add(_bar(look, left, self.y(middle), right, SPAN_HEIGHT))
        if item.due is not None:
            due = geometry.x(item.due)
            self.line(due, middle - 5, due, middle + 5, colour=INK, width=1.3)
        ends = [right] + [
            geometry.x(day) + 1 for day in (item.settled, item.due) if day is not None
        ]
        mark_x = max(ends) + 2
        if look.mark:
            self.text(mark_x, middle + 2.6, look.mark, colour=look.colour, font=_BOLD, size=8)
            mark_x += _width(look.mark, _BOLD, 8) + 2
        if item.caption:
            self.caption(item.caption, left, mark_x, middle)

    def caption(self, caption: str, left: float, after: float, middle: float) -> None:
        """Beside the span where the room is, cut to fit."""
        geometry = self.geometry

        def measure(text: str) -> float:
            return _width(text)

        room_right = geometry.plot_right - after
        room_left = left - 3 - geometry.plot_left
        if measure(caption) <= room_right or room_right >= room_left:
            text = fit_text(caption, room_right, measure)
            start = after
        else:
            text = fit_text(caption, room_left, measure)
            start = left - 3 - measure(text)
        self.backed_text(start, middle + 2.4, text)

    def backed_text(self, left: float, baseline: float, text: str, *, colour: str = INK) -> None:
        """Text over a pale backing, so lines crossing it do not strike it through."""
        backing = _rect(left - 1, self.y(baseline + 2.1), _width(text) + 2, 9, fill="#ffffff")
        backing.fillOpacity = 0.85
        self.drawing.add(backing)
        self.text(left, baseline, text, colour=colour)

    def legend(self) -> None:
        geometry = self.geometry
        for number, row in enumerate(self.legend_rows):
            top = geometry.legend_top + number * LEGEND_LINE
            middle = top + LEGEND_LINE / 2
            for symbol, label, offset in row:
                self.glyph(symbol, offset, middle)
                self.text(offset + _LEGEND_GLYPH + 3, middle + 2.4, label, colour=MUTED)

    def glyph(self, symbol: Symbol, left: float, middle: float) -> None:
        centre = left + _LEGEND_GLYPH / 2
        if symbol in _LEGEND_SHAPES:
            self.drawing.add(_shape(_LEGEND_SHAPES[symbol], centre, self.y(middle), MARKER, INK))
        elif symbol is Symbol.DUE:
            self.line(centre, middle - 4.5, centre, middle + 4.5, colour=INK, width=1.3)
        else:
            look_of = SPAN_LOOKS[State(symbol.value)]
            self.drawing.add(_bar(look_of, left, self.y(middle), left + 10, SPAN_HEIGHT - 1))
            if look_of.mark:
                self.text(
                    left + 10.5,
                    middle + 2.6,
                    look_of.mark,
                    colour=look_of.colour,
                    font=_BOLD,
                    size=7,
                )


def _shape(shape: Shape, x: float, y: float, size: float, colour: str) -> Any:
    from reportlab.graphics.shapes import Circle, Polygon

    fill = _colour(colour)
    white = _colour("#ffffff")
    if shape is Shape.CIRCLE:
        return Circle(x, y, size, fillColor=fill, strokeColor=white, strokeWidth=0.4)
    if shape is Shape.TRIANGLE:
        points = [x - size * 1.1, y - size, x + size * 1.1, y - size, x, y + size * 1.2]
    else:
        points = [x, y + size * 1.3, x + size * 1.1, y, x, y - size * 1.3, x - size * 1.1, y]
    return Polygon(points, fillColor=fill, strokeColor=white, strokeWidth=0.4)


def _rect(
    left: float,
    bottom: float,
    width: float,
    height: float,
    *,
    fill: str | None = None,
    stroke: str | None = None,
    stroke_width: float = 0.8,
    dashed: bool = False,
) -> Any:
    from reportlab.graphics.shapes import Rect

    shape = Rect(left, bottom, width, height)
    shape.fillColor = None if fill is None else _colour(fill)
    shape.strokeColor = None if stroke is None else _colour(stroke)
    shape.strokeWidth = stroke_width
    if dashed:
        shape.strokeDashArray = [2, 1.2]
    return shape


def _bar(look: SpanLook, left: float, middle: float, right: float, height: float) -> Group:
    """A span's bar (y upwards): its fill or pattern, then its outline."""
    from reportlab.graphics.shapes import Group, Line

    bottom, top = middle - height / 2, middle + height / 2
    group = Group()
    fill = look.colour if look.fill is Fill.SOLID else "#ffffff"
    group.add(_rect(left, bottom, right - left, height, fill=fill))
    if look.fill in (Fill.HATCH, Fill.CROSS):
        directions = (True, False) if look.fill is Fill.CROSS else (True,)
        for rising in directions:
            for x1, y1, x2, y2 in hatch_segments(
                left, bottom, right, top, spacing=2.6, rising=rising
            ):
                hatch = Line(x1, y1, x2, y2)
                hatch.strokeColor = _colour(look.colour)
                hatch.strokeWidth = 0.6
                group.add(hatch)
    group.add(_rect(left, bottom, right - left, height, stroke=look.colour, dashed=look.dashed))
    return group


def chart_drawing(chart: TimelineChart, width: float) -> Drawing:
    """The chart as a flowable `width` points wide, as tall as its lanes and legend need."""
    register_fonts()
    return _PdfChart(chart, width).draw()
