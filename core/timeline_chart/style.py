"""How the chart looks, shared by every renderer so the printed letter and the app agree.

Print is often black and white: every state differs by more than its colour (a fill
pattern, a dashed outline, a mark at its end), and interactions by the shape of their
marker (received, sent, in person) as well as by their lane.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from core.model import Channel, Direction
from core.timeline_chart.model import MilestoneKind, State


class Fill(StrEnum):
    SOLID = "solid"
    HATCH = "hatch"
    CROSS = "cross"
    NONE = "none"


class Shape(StrEnum):
    CIRCLE = "circle"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"


@dataclass(frozen=True, slots=True)
class SpanLook:
    """A span's colour, its fill, whether its outline is dashed, and the mark at its end."""

    colour: str
    fill: Fill
    dashed: bool
    mark: str


@dataclass(frozen=True, slots=True)
class LineLook:
    """A milestone's line: colour, width in points, dash pattern (empty: solid)."""

    colour: str
    width: float
    dashes: tuple[float, ...]


INK: Final = "#212121"
MUTED: Final = "#616161"
GRID: Final = "#d0d0d0"
BAND: Final = "#f3f3f3"
BROKEN_RED: Final = "#c62828"

SPAN_LOOKS: Final = {
    State.KEPT: SpanLook("#2e7d32", Fill.SOLID, False, "✓"),
    State.BROKEN: SpanLook(BROKEN_RED, Fill.HATCH, False, "✗"),
    State.PARTLY_KEPT: SpanLook("#e65100", Fill.CROSS, False, "½"),
    State.PENDING: SpanLook("#1565c0", Fill.NONE, False, ""),
    State.OVERDUE: SpanLook(BROKEN_RED, Fill.NONE, True, "!"),
    State.WITHDRAWN: SpanLook(MUTED, Fill.NONE, True, "–"),
    State.AWAITED: SpanLook("#455a64", Fill.NONE, False, ""),
    State.ANSWERED: SpanLook("#455a64", Fill.SOLID, False, "✓"),
    State.UNANSWERED: SpanLook(BROKEN_RED, Fill.HATCH, True, "!"),
}

CHANNEL_COLOURS: Final = {
    Channel.PHONE: "#1565c0",
    Channel.EMAIL: "#6a1b9a",
    Channel.LETTER: "#5d4037",
    Channel.VISIT: "#00695c",
    Channel.CHAT: "#ad1457",
    Channel.SMS: "#283593",
    Channel.DELIVERY: "#e65100",
    Channel.WEB: "#37474f",
    Channel.OTHER: MUTED,
}

SHAPES: Final = {
    Direction.INBOUND: Shape.CIRCLE,
    Direction.OUTBOUND: Shape.TRIANGLE,
    Direction.IN_PERSON: Shape.DIAMOND,
}

LINE_LOOKS: Final = {
    MilestoneKind.ESCALATION_OPENS: LineLook("#2e7d32", 1.1, (4.0, 2.0)),
    MilestoneKind.ESCALATION_LAST_DAY: LineLook(BROKEN_RED, 1.4, (7.0, 2.0)),
    MilestoneKind.NEXT_LEVEL: LineLook(MUTED, 0.9, (1.0, 2.0)),
    MilestoneKind.TODAY: LineLook("#1565c0", 0.8, ()),
}


def hatch_segments(
    left: float, bottom: float, right: float, top: float, *, spacing: float, rising: bool = True
) -> list[tuple[float, float, float, float]]:
    """Diagonal lines at 45° filling a rectangle, clipped to it: a fill pattern for
    renderers without one (a PDF drawing). `rising` lines go up to the right."""
    width, height = right - left, top - bottom
    if width <= 0 or height <= 0 or spacing <= 0:
        return []
    segments = []
    offset = spacing / 2
    while offset < width + height:
        start_x, start_y = left + max(0.0, offset - height), bottom + min(offset, height)
        end_x, end_y = left + min(offset, width), bottom + max(0.0, offset - width)
        if rising:
            segments.append((start_x, top - (start_y - bottom), end_x, top - (end_y - bottom)))
        else:
            segments.append((start_x, start_y, end_x, end_y))
        offset += spacing
    return segments
