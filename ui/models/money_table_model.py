"""The money lines of a case: what was announced, billed, paid, refunded and claimed."""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from core.model import MoneyKind, MoneyLine
from ui.formatting import format_amounts, format_day
from ui.labels import label
from ui.models.record_table_model import RecordTableModel, SortValue
from ui.models.sort_values import day_value, text_value

_KIND_ORDER = {kind: position for position, kind in enumerate(MoneyKind)}


class MoneyColumn(IntEnum):
    KIND = 0
    AMOUNT = 1
    DATE = 2
    LABEL = 3


class MoneyTableModel(RecordTableModel[MoneyLine]):
    """Rows of `core.model.MoneyLine`, amounts in the interface language's format."""

    Column = MoneyColumn
    right_aligned: ClassVar[frozenset[int]] = frozenset({MoneyColumn.AMOUNT})
    elastic: ClassVar[frozenset[int]] = frozenset()

    def header(self, column: int) -> str:
        match column:
            case MoneyColumn.KIND:
                return self.tr("Kind")
            case MoneyColumn.AMOUNT:
                return self.tr("Amount")
            case MoneyColumn.DATE:
                return self.tr("Date")
            case _:
                return self.tr("What for")

    def display(self, record: MoneyLine, column: int) -> str:
        match column:
            case MoneyColumn.KIND:
                return label(record.kind)
            case MoneyColumn.AMOUNT:
                return format_amounts([record.amount])
            case MoneyColumn.DATE:
                return format_day(record.occurred_on)
            case _:
                return record.label

    def sort_value(self, record: MoneyLine, column: int) -> SortValue:
        match column:
            case MoneyColumn.KIND:
                return _KIND_ORDER[record.kind]
            case MoneyColumn.AMOUNT:
                return record.amount.minor
            case MoneyColumn.DATE:
                return day_value(record.occurred_on)
            case _:
                return text_value(record.label)
