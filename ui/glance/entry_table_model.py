"""What the chart shows, as a list under it: one row per interaction, promise, letter and
date, for the keyboard and for screen readers, which cannot read a drawing."""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from core.timeline_chart.model import ChartItem, ItemKind, Milestone, State
from ui.formatting import format_day
from ui.labels import label
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import day_value, text_value

Entry = ChartItem | Milestone


class EntryColumn(IntEnum):
    WHEN = 0
    WHAT = 1
    DESCRIPTION = 2


class EntryTableModel(RecordTableModel[Entry]):
    """Rows of the chart's entries (core.timeline_chart), with the chart's tooltip on hover."""

    Column = EntryColumn
    elastic: ClassVar[frozenset[int]] = frozenset({EntryColumn.WHAT})

    def header(self, column: int) -> str:
        match column:
            case EntryColumn.WHEN:
                return self.tr("Date")
            case EntryColumn.WHAT:
                return self.tr("What")
            case _:
                return self.tr("Description")

    def display(self, record: Entry, column: int) -> str:
        match column:
            case EntryColumn.WHEN:
                return format_day(record.day)
            case EntryColumn.WHAT:
                return self.what(record)
            case _:
                return record.label

    def what(self, record: Entry) -> str:
        if isinstance(record, Milestone):
            return self.tr("Date to remember")
        if record.kind is ItemKind.INTERACTION:
            assert record.channel is not None and record.direction is not None
            return self.tr("{channel}, {direction}").format(
                channel=label(record.channel), direction=label(record.direction).lower()
            )
        state = self.state(record.state)
        if record.kind is ItemKind.PROMISE:
            return self.tr("Promise, {state}").format(state=state)
        return self.tr("Letter, {state}").format(state=state)

    def state(self, state: State | None) -> str:
        names = {
            State.KEPT: self.tr("kept"),
            State.BROKEN: self.tr("broken"),
            State.PARTLY_KEPT: self.tr("partly kept"),
            State.PENDING: self.tr("pending"),
            State.OVERDUE: self.tr("overdue"),
            State.WITHDRAWN: self.tr("withdrawn"),
            State.AWAITED: self.tr("reply awaited"),
            State.ANSWERED: self.tr("answered"),
            State.UNANSWERED: self.tr("reply late"),
        }
        return "" if state is None else names[state]

    def sort_value(self, record: Entry, column: int) -> SortValue:
        match column:
            case EntryColumn.WHEN:
                return day_value(record.day)
            case EntryColumn.WHAT:
                return text_value(self.what(record))
            case _:
                return text_value(record.label)

    def tooltip(self, record: Entry, column: int) -> str | None:
        return record.tooltip
