"""The promise ledger of a case: what the company undertook, by when, and what came of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QFont

from core.clock import today as current_day
from core.model import Promise, PromiseStatus
from ui.formatting import format_day
from ui.labels import label
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import day_value, text_value
from ui.palette import alert_background, alert_text, kept_text

_STATUS_ORDER = {status: position for position, status in enumerate(PromiseStatus)}


class PromiseColumn(IntEnum):
    TEXT = 0
    MADE_BY = 1
    MADE_ON = 2
    DUE = 3
    STATUS = 4


class PromiseTableModel(RecordTableModel[Promise]):
    """Rows of `core.model.Promise`. Pending promises past their due day stand out: tinted,
    in bold, and called overdue in words."""

    Column = PromiseColumn
    elastic: ClassVar[frozenset[int]] = frozenset({PromiseColumn.MADE_BY})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._party_names: Mapping[int, str] = {}
        self._today = current_day()

    def set_ledger(
        self,
        promises: Iterable[Promise],
        party_names: Mapping[int, str],
        today: dt.date,
    ) -> None:
        self._party_names = dict(party_names)
        self._today = today
        self.set_records(promises)

    def is_overdue(self, record: Promise) -> bool:
        return record.is_overdue(self._today)

    def made_by(self, record: Promise) -> str:
        party = "" if record.party_id is None else self._party_names.get(record.party_id, "")
        if party and record.person:
            return f"{party} ({record.person})"
        return party or record.person

    def status_text(self, record: Promise) -> str:
        if self.is_overdue(record):
            return self.tr("Overdue")
        return label(record.status)

    def header(self, column: int) -> str:
        match column:
            case PromiseColumn.TEXT:
                return self.tr("Promise")
            case PromiseColumn.MADE_BY:
                return self.tr("Made by")
            case PromiseColumn.MADE_ON:
                return self.tr("Made on")
            case PromiseColumn.DUE:
                return self.tr("Due")
            case _:
                return self.tr("Status")

    def display(self, record: Promise, column: int) -> str:
        match column:
            case PromiseColumn.TEXT:
                return record.text
            case PromiseColumn.MADE_BY:
                return self.made_by(record)
            case PromiseColumn.MADE_ON:
                return format_day(record.made_on)
            case PromiseColumn.DUE:
                return format_day(record.due_on)
            case _:
                return self.status_text(record)

    def sort_value(self, record: Promise, column: int) -> SortValue:
        match column:
            case PromiseColumn.TEXT:
                return text_value(record.text)
            case PromiseColumn.MADE_BY:
                return text_value(self.made_by(record))
            case PromiseColumn.MADE_ON:
                return day_value(record.made_on)
            case PromiseColumn.DUE:
                return day_value(record.due_on)
            case _:
                return -1 if self.is_overdue(record) else _STATUS_ORDER[record.status]

    def tooltip(self, record: Promise, column: int) -> str | None:
        if column == PromiseColumn.STATUS:
            if self.is_overdue(record):
                return self.tr("Still pending, due {day}").format(day=format_day(record.due_on))
            if record.settled_on is not None:
                settled = self.tr("{status} on {day}").format(
                    status=label(record.status), day=format_day(record.settled_on)
                )
                if record.settlement_note:
                    return f"{settled}: {record.settlement_note}"
                return settled
        return super().tooltip(record, column)

    def foreground(self, record: Promise, column: int) -> QBrush | None:
        if column != PromiseColumn.STATUS and not self.is_overdue(record):
            return None
        if self.is_overdue(record) or record.status is PromiseStatus.BROKEN:
            return QBrush(alert_text())
        if record.status is PromiseStatus.KEPT:
            return QBrush(kept_text())
        return None

    def background(self, record: Promise, column: int) -> QBrush | None:
        return QBrush(alert_background()) if self.is_overdue(record) else None

    def font(self, record: Promise, column: int) -> QFont | None:
        if self.is_overdue(record) or (
            column == PromiseColumn.STATUS and record.status is PromiseStatus.BROKEN
        ):
            bold = QFont()
            bold.setBold(True)
            return bold
        return None
