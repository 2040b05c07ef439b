"""The register of letters sent for a case: how each went, and whether its reply came."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush

from core.clock import today as current_day
from core.letters.register import Letter
from ui.formatting import format_day
from ui.labels import label
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import day_value, text_value
from ui.palette import alert_text


class LetterColumn(IntEnum):
    DATE = 0
    KIND = 1
    SENT_BY = 2
    TRACKING = 3
    POSTED = 4
    RECEIPT = 5
    REPLY_DUE = 6
    REPLY = 7


class LetterTableModel(RecordTableModel[Letter]):
    """Rows of `core.letters.register.Letter`; a late reply is said in words and colour."""

    Column = LetterColumn
    elastic: ClassVar[frozenset[int]] = frozenset({LetterColumn.TRACKING})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today: dt.date = current_day()

    def header(self, column: int) -> str:
        match column:
            case LetterColumn.DATE:
                return self.tr("Date")
            case LetterColumn.KIND:
                return self.tr("Letter")
            case LetterColumn.SENT_BY:
                return self.tr("Sent by")
            case LetterColumn.TRACKING:
                return self.tr("Tracking number")
            case LetterColumn.POSTED:
                return self.tr("Posted")
            case LetterColumn.RECEIPT:
                return self.tr("Receipt back")
            case LetterColumn.REPLY_DUE:
                return self.tr("Reply due")
            case _:
                return self.tr("Reply")

    def display(self, record: Letter, column: int) -> str:
        match column:
            case LetterColumn.DATE:
                return format_day(record.letter_date)
            case LetterColumn.KIND:
                return label(record.kind)
            case LetterColumn.SENT_BY:
                return label(record.sending_mode)
            case LetterColumn.TRACKING:
                return record.tracking_number
            case LetterColumn.POSTED:
                return format_day(record.posted_on)
            case LetterColumn.RECEIPT:
                if record.unclaimed:
                    return self.tr("Unclaimed")
                return format_day(record.receipt_returned_on)
            case LetterColumn.REPLY_DUE:
                return format_day(record.reply_due_on)
            case _:
                if record.reply_received_on is not None:
                    return self.tr("Received {day}").format(
                        day=format_day(record.reply_received_on)
                    )
                if record.reply_overdue(self.today):
                    days = (self.today - record.reply_due_on).days if record.reply_due_on else 0
                    if days == 1:
                        return self.tr("Late by 1 day")
                    return self.tr("Late by {count} days").format(count=days)
                return self.tr("Awaited") if record.reply_due_on else ""

    def sort_value(self, record: Letter, column: int) -> SortValue:
        match column:
            case LetterColumn.DATE:
                return day_value(record.letter_date)
            case LetterColumn.KIND:
                return text_value(label(record.kind))
            case LetterColumn.SENT_BY:
                return text_value(label(record.sending_mode))
            case LetterColumn.TRACKING:
                return text_value(record.tracking_number)
            case LetterColumn.POSTED:
                return day_value(record.posted_on)
            case LetterColumn.RECEIPT:
                return day_value(record.receipt_returned_on)
            case LetterColumn.REPLY_DUE:
                return day_value(record.reply_due_on)
            case _:
                return day_value(record.reply_received_on)

    def foreground(self, record: Letter, column: int) -> QBrush | None:
        if column in (LetterColumn.REPLY, LetterColumn.REPLY_DUE) and record.reply_overdue(
            self.today
        ):
            return QBrush(alert_text())
        return None
