"""The dashboard's "needs attention" list: one row per next step, across every case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QFont

from core.deadlines import NextStep, Severity
from ui.formatting import format_day
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import text_value
from ui.next_steps.day import system_day
from ui.next_steps.wording import is_unverified, sentence, step_title, unverified_note, when_text
from ui.palette import alert_text


@dataclass(frozen=True, slots=True)
class AttentionRow:
    """A step with the case it belongs to, and its place in the core's order (overdue
    first, then by date)."""

    step: NextStep
    case_title: str
    counterparty: str
    order: int


class AttentionColumn(IntEnum):
    WHAT = 0
    CASE = 1
    DATE = 2
    WHEN = 3


class AttentionModel(RecordTableModel[AttentionRow]):
    """Rows of `AttentionRow`, from `core.deadlines.attention`. An overdue step says so in
    words ("Overdue by 3 days") and in colour; the "When" column sorts in the core's order."""

    Column = AttentionColumn
    elastic: ClassVar[frozenset[int]] = frozenset({AttentionColumn.CASE})
    give_way: ClassVar[tuple[int, ...]] = (AttentionColumn.DATE,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = system_day()

    def set_steps(
        self, steps: Iterable[NextStep], titles: dict[int, tuple[str, str]], today: dt.date
    ) -> None:
        """Show these steps (already in the core's order); `titles` gives each case's title
        and company by id."""
        self.today = today
        self.set_records(
            AttentionRow(
                step=step,
                case_title=titles.get(step.case_id, ("", ""))[0],
                counterparty=titles.get(step.case_id, ("", ""))[1],
                order=position,
            )
            for position, step in enumerate(steps)
        )

    def steps(self) -> list[NextStep]:
        return [row.step for row in self.records()]

    def header(self, column: int) -> str:
        match column:
            case AttentionColumn.WHAT:
                return self.tr("What")
            case AttentionColumn.CASE:
                return self.tr("Case")
            case AttentionColumn.DATE:
                return self.tr("Date")
            case _:
                return self.tr("When")

    def header_tooltip(self, column: int) -> str | None:
        if column == AttentionColumn.WHAT:
            return self.tr("An asterisk marks a rule not yet checked by a lawyer")
        if column == AttentionColumn.WHEN:
            return self.tr("Overdue first, then the soonest")
        return None

    def display(self, record: AttentionRow, column: int) -> str:
        match column:
            case AttentionColumn.WHAT:
                return step_title(record.step)
            case AttentionColumn.CASE:
                return record.case_title
            case AttentionColumn.DATE:
                return format_day(record.step.date)
            case _:
                return when_text(record.step, self.today)

    def sort_value(self, record: AttentionRow, column: int) -> SortValue:
        match column:
            case AttentionColumn.WHAT:
                return text_value(step_title(record.step))
            case AttentionColumn.CASE:
                return text_value(record.case_title)
            case AttentionColumn.DATE:
                return (record.step.date or self.today).toordinal()
            case _:
                return record.order

    def tooltip(self, record: AttentionRow, column: int) -> str | None:
        if column == AttentionColumn.CASE:
            return self.tr("{case} ({company})").format(
                case=record.case_title, company=record.counterparty
            )
        text = sentence(record.step)
        if is_unverified(record.step):
            return f"{text}\n\n* {unverified_note(record.step)}"
        return text

    def foreground(self, record: AttentionRow, column: int) -> QBrush | None:
        overdue = record.step.severity is Severity.OVERDUE
        if overdue and column in (AttentionColumn.DATE, AttentionColumn.WHEN):
            return QBrush(alert_text())
        return None

    def font(self, record: AttentionRow, column: int) -> QFont | None:
        if record.step.severity is Severity.OVERDUE and column == AttentionColumn.WHEN:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None
