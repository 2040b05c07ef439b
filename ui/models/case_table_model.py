"""The list of cases: one row per dispute, as a person scanning them needs to see it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QFont

from core.clock import today as current_day
from core.model import CaseStatus, CaseSummary
from ui.formatting import format_amounts, format_day
from ui.labels import label
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import day_value, moment_value, text_value
from ui.palette import alert_text

_STATUS_ORDER = {status: position for position, status in enumerate(CaseStatus)}
_NOTHING_DUE = dt.date.max.toordinal() + 1
"""Cases with nothing pending sort after every due day: the soonest deadline comes first."""


class CaseColumn(IntEnum):
    TITLE = 0
    STATUS = 1
    COUNTERPARTY = 2
    PROMISES_BROKEN = 3
    IN_DISPUTE = 4
    LAST_INTERACTION = 5
    NEXT_DUE = 6


class CaseTableModel(RecordTableModel[CaseSummary]):
    """Rows of `core.model.CaseSummary`, from `core.case_summaries.list_case_summaries`.

    "Next due" is the first day the case awaits something: a pending promise, or the reply to
    a letter sent. One already past is said in words ("Overdue by 5 days", "Reply late by 3
    days") and in colour, so it reads the same to everyone; it sorts by the day itself.
    """

    Column = CaseColumn
    right_aligned: ClassVar[frozenset[int]] = frozenset(
        {CaseColumn.PROMISES_BROKEN, CaseColumn.IN_DISPUTE}
    )
    elastic: ClassVar[frozenset[int]] = frozenset({CaseColumn.COUNTERPARTY})
    give_way: ClassVar[tuple[int, ...]] = (
        CaseColumn.IN_DISPUTE,
        CaseColumn.COUNTERPARTY,
        CaseColumn.PROMISES_BROKEN,
        CaseColumn.LAST_INTERACTION,
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = current_day()

    def set_summaries(self, summaries: Iterable[CaseSummary], today: dt.date) -> None:
        """Show these cases, judging what is overdue as of `today`."""
        self._today = today
        self.set_records(summaries)

    @staticmethod
    def next_awaited(record: CaseSummary) -> tuple[dt.date, bool] | None:
        """The first day something is awaited, and whether it is a reply (not a promise)."""
        awaited = [
            (day, is_reply)
            for day, is_reply in ((record.next_due, False), (record.next_reply_due, True))
            if day is not None
        ]
        return min(awaited, default=None)

    def is_overdue(self, record: CaseSummary) -> bool:
        awaited = self.next_awaited(record)
        return awaited is not None and awaited[0] < self._today

    def next_due_text(self, record: CaseSummary) -> str:
        awaited = self.next_awaited(record)
        if awaited is None:
            return ""
        day, is_reply = awaited
        days = (self._today - day).days
        if is_reply:
            if days == 1:
                return self.tr("Reply late by 1 day")
            if days > 1:
                return self.tr("Reply late by {count} days").format(count=days)
            if days == 0:
                return self.tr("Reply due today")
            return self.tr("Reply by {day}").format(day=format_day(day))
        if days == 1:
            return self.tr("Overdue by 1 day")
        if days > 1:
            return self.tr("Overdue by {count} days").format(count=days)
        if days == 0:
            return self.tr("Due today")
        return format_day(day)

    def row_of_case(self, case_id: int) -> int | None:
        for row, summary in enumerate(self.records()):
            if summary.id == case_id:
                return row
        return None

    def summary_of_case(self, case_id: int) -> CaseSummary | None:
        row = self.row_of_case(case_id)
        return None if row is None else self.record_at(row)

    def header(self, column: int) -> str:
        match column:
            case CaseColumn.TITLE:
                return self.tr("Case")
            case CaseColumn.STATUS:
                return self.tr("Status")
            case CaseColumn.COUNTERPARTY:
                return self.tr("Company")
            case CaseColumn.PROMISES_BROKEN:
                return self.tr("Broken")
            case CaseColumn.IN_DISPUTE:
                return self.tr("In dispute")
            case CaseColumn.LAST_INTERACTION:
                return self.tr("Last contact")
            case _:
                return self.tr("Next due")

    def header_tooltip(self, column: int) -> str | None:
        match column:
            case CaseColumn.PROMISES_BROKEN:
                return self.tr("Promises broken, out of all the promises made in the case")
            case CaseColumn.IN_DISPUTE:
                return self.tr("The amount claimed, or what was billed beyond what was promised")
            case CaseColumn.LAST_INTERACTION:
                return self.tr("The day of the latest call, email, letter or visit")
            case CaseColumn.NEXT_DUE:
                return self.tr("When the next pending promise, or the reply to a letter, falls due")
            case _:
                return None

    def display(self, record: CaseSummary, column: int) -> str:
        match column:
            case CaseColumn.TITLE:
                return record.title
            case CaseColumn.STATUS:
                return label(record.status)
            case CaseColumn.COUNTERPARTY:
                return record.counterparty
            case CaseColumn.PROMISES_BROKEN:
                return f"{record.promises_broken}/{record.promises_total}"
            case CaseColumn.IN_DISPUTE:
                return format_amounts(record.in_dispute)
            case CaseColumn.LAST_INTERACTION:
                last = record.last_interaction
                return "" if last is None else format_day(last.day)
            case _:
                return self.next_due_text(record)

    def sort_value(self, record: CaseSummary, column: int) -> SortValue:
        """Broken promises sort by how many were broken, then by how many were made; amounts
        by currency, then by size; deadlines by day, cases with none last."""
        match column:
            case CaseColumn.TITLE:
                return text_value(record.title)
            case CaseColumn.STATUS:
                return _STATUS_ORDER[record.status]
            case CaseColumn.COUNTERPARTY:
                return text_value(record.counterparty)
            case CaseColumn.PROMISES_BROKEN:
                return record.promises_broken * 1_000_000 + record.promises_total
            case CaseColumn.IN_DISPUTE:
                return "".join(f"{money.currency}{money.minor:020d}" for money in record.in_dispute)
            case CaseColumn.LAST_INTERACTION:
                return moment_value(record.last_interaction)
            case _:
                awaited = self.next_awaited(record)
                if awaited is None:
                    return _NOTHING_DUE
                return day_value(awaited[0])

    def tooltip(self, record: CaseSummary, column: int) -> str | None:
        if column == CaseColumn.PROMISES_BROKEN:
            broken = self.tr("Promises broken: {broken} of {total}").format(
                broken=record.promises_broken, total=record.promises_total
            )
            if record.promises_overdue:
                overdue = self.tr("overdue: {count}").format(count=record.promises_overdue)
                return self.tr("{broken}; {overdue}").format(broken=broken, overdue=overdue)
            return broken
        if column == CaseColumn.NEXT_DUE:
            return self.next_due_tooltip(record)
        if column == CaseColumn.TITLE and record.signed_by:
            return self.tr("{title}\nLetters signed by {client}").format(
                title=record.title, client=record.signed_by
            )
        return super().tooltip(record, column)

    def next_due_tooltip(self, record: CaseSummary) -> str | None:
        """The promise and the reply awaited first, each with its day, and how many are late."""
        lines = []
        if record.next_due is not None:
            due = self.tr("The next pending promise is due on {day}").format(
                day=format_day(record.next_due)
            )
            if record.promises_overdue:
                overdue = self.tr("pending promises overdue: {count}").format(
                    count=record.promises_overdue
                )
                due = self.tr("{due}; {overdue}").format(due=due, overdue=overdue)
            lines.append(due)
        if record.next_reply_due is not None:
            reply = self.tr("The reply to a letter you sent is due on {day}").format(
                day=format_day(record.next_reply_due)
            )
            if record.replies_overdue:
                late = self.tr("replies late: {count}").format(count=record.replies_overdue)
                reply = self.tr("{reply}; {late}").format(reply=reply, late=late)
            lines.append(reply)
        return "\n".join(lines) or None

    def foreground(self, record: CaseSummary, column: int) -> QBrush | None:
        if column == CaseColumn.PROMISES_BROKEN and record.promises_broken:
            return QBrush(alert_text())
        if column == CaseColumn.NEXT_DUE and self.is_overdue(record):
            return QBrush(alert_text())
        return None

    def font(self, record: CaseSummary, column: int) -> QFont | None:
        overdue_column = column == CaseColumn.NEXT_DUE and self.is_overdue(record)
        if overdue_column or (column == CaseColumn.PROMISES_BROKEN and record.promises_overdue):
            bold = QFont()
            bold.setBold(True)
            return bold
        return None
