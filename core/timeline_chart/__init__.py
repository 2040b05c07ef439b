"""The case at a glance: a timeline chart computed as plain data (model, axis, build), and
drawn for print with reportlab (drawing). The desktop app draws the same data with Qt."""

from core.timeline_chart.build import build_chart, case_chart, letter_chart
from core.timeline_chart.model import (
    Axis,
    ChartItem,
    ItemKind,
    Lane,
    LaneKind,
    LegendEntry,
    Milestone,
    MilestoneKind,
    State,
    Symbol,
    Tick,
    TickUnit,
    TimelineChart,
)

__all__ = [
    "Axis",
    "ChartItem",
    "ItemKind",
    "Lane",
    "LaneKind",
    "LegendEntry",
    "Milestone",
    "MilestoneKind",
    "State",
    "Symbol",
    "Tick",
    "TickUnit",
    "TimelineChart",
    "build_chart",
    "case_chart",
    "letter_chart",
]
