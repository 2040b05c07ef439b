"""The promise ledger of a case: what the company undertook, by when, and what came of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont

from core.clock import today as current_day
from core.model import Interaction, Promise, PromiseStatus
from ui.formatting import format_day, format_moment
from ui.labels import label
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import day_value, text_value
from ui.palette import alert_background, alert_text, kept_text

_STATUS_ORDER = {status: position for position, status in enumerate(PromiseStatus)}
_NO_DUE_DAY_ASCENDING = dt.date.max.toordinal() + 1
_NO_DUE_DAY_DESCENDING = -1


class PromiseColumn(IntEnum):
    STATUS = 0
    DUE = 1
    TEXT = 2
    MADE_BY = 3
    MADE_ON = 4
    MADE_IN = 5


class PromiseTableModel(RecordTableModel[Promise]):
    """Rows of `core.model.Promise`. Pending promises past their due day stand out: tinted,
    in bold, and called overdue in words ("Overdue by 3 days").

    Sorted by due day, promises without one come last whichever the direction: they are
    never the next thing due.
    """

    Column = PromiseColumn
    elastic: ClassVar[frozenset[int]] = frozenset({PromiseColumn.MADE_BY, PromiseColumn.MADE_IN})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._party_names: Mapping[int, str] = {}
        self._interactions: Mapping[int, Interaction] = {}
        self._today = current_day()
        self._descending = False

    def set_ledger(
        self,
        promises: Iterable[Promise],
        party_names: Mapping[int, str],
        today: dt.date,
        interactions: Mapping[int, Interaction] | None = None,
    ) -> None:
        """Show these promises; `interactions` are those they were made in, by id."""
        self._party_names = dict(party_names)
        self._interactions = dict(interactions or {})
        self._today = today
        self.set_records(promises)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._descending = order == Qt.SortOrder.DescendingOrder
        super().sort(column, order)

    def is_overdue(self, record: Promise) -> bool:
        return record.is_overdue(self._today)

    def days_overdue(self, record: Promise) -> int:
        if not self.is_overdue(record) or record.due_on is None:
            return 0
        return (self._today - record.due_on).days

    def made_by(self, record: Promise) -> str:
        party = "" if record.party_id is None else self._party_names.get(record.party_id, "")
        if party and record.person:
            return f"{party} ({record.person})"
        return party or record.person

    def made_in(self, record: Promise) -> Interaction | None:
        if record.interaction_id is None:
            return None
        return self._interactions.get(record.interaction_id)

    def status_text(self, record: Promise) -> str:
        days = self.days_overdue(record)
        if days == 1:
            return self.tr("Overdue by 1 day")
        if days > 1:
            return self.tr("Overdue by {count} days").format(count=days)
        if (
            record.status is PromiseStatus.PENDING
            and record.due_on is not None
            and record.due_on == self._today
        ):
            return self.tr("Due today")
        return label(record.status)

    def header(self, column: int) -> str:
        match column:
            case PromiseColumn.STATUS:
                return self.tr("Status")
            case PromiseColumn.DUE:
                return self.tr("Due")
            case PromiseColumn.TEXT:
                return self.tr("Promise")
            case PromiseColumn.MADE_BY:
                return self.tr("Made by")
            case PromiseColumn.MADE_ON:
                return self.tr("Made on")
            case _:
                return self.tr("Made in")

    def header_tooltip(self, column: int) -> str | None:
        if column == PromiseColumn.MADE_IN:
            return self.tr("The interaction the promise was made in")
        return None

    def display(self, record: Promise, column: int) -> str:
        match column:
            case PromiseColumn.STATUS:
                return self.status_text(record)
            case PromiseColumn.DUE:
                return format_day(record.due_on)
            case PromiseColumn.TEXT:
                return record.text
            case PromiseColumn.MADE_BY:
                return self.made_by(record)
            case PromiseColumn.MADE_ON:
                return format_day(record.made_on)
            case _:
                interaction = self.made_in(record)
                return "" if interaction is None else interaction.summary

    def sort_value(self, record: Promise, column: int) -> SortValue:
        match column:
            case PromiseColumn.STATUS:
                if self.is_overdue(record):
                    return -self.days_overdue(record)
                return _STATUS_ORDER[record.status]
            case PromiseColumn.DUE:
                if record.due_on is None:
                    return _NO_DUE_DAY_DESCENDING if self._descending else _NO_DUE_DAY_ASCENDING
                return day_value(record.due_on)
            case PromiseColumn.TEXT:
                return text_value(record.text)
            case PromiseColumn.MADE_BY:
                return text_value(self.made_by(record))
            case PromiseColumn.MADE_ON:
                return day_value(record.made_on)
            case _:
                interaction = self.made_in(record)
                return text_value("" if interaction is None else interaction.summary)

    def tooltip(self, record: Promise, column: int) -> str | None:
        if column == PromiseColumn.STATUS:
            if self.is_overdue(record):
                return self.tr("Still pending, due {day}").format(day=format_day(record.due_on))
            if record.settled_on is not None:
                settled = self.tr("{status} on {day}").format(
                    status=label(record.status), day=format_day(record.settled_on)
                )
                if record.settlement_note:
                    return self.tr("{settled}: {note}").format(
                        settled=settled, note=record.settlement_note
                    )
                return settled
        if column == PromiseColumn.MADE_IN:
            interaction = self.made_in(record)
            if interaction is not None:
                return f"{interaction.summary}\n{label(interaction.channel)}, " + format_moment(
                    interaction.occurred
                )
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
