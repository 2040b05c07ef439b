"""The shared shape of every list in the window: a read-only table over plain records.

Each list (cases, timeline, promises, evidence) is one subclass that says what a column shows
and how it sorts. Views never hold a widget per row, so a case with thousands of interactions
opens as fast as one with three.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

RecordT = TypeVar("RecordT")
SortValue = int | str

SORT_ROLE = Qt.ItemDataRole.UserRole
"""The role that carries a cell's real value (a number, a date as a day count) for sorting."""

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RecordTableModel(QAbstractTableModel, Generic[RecordT]):
    """A table with one row per record and the columns of `Column`.

    Subclasses set `Column` (an IntEnum numbering the columns from 0) and implement
    `header`, `display` and `sort_value`; the rest is optional. Reloading replaces every row
    (a model reset): each list comes from one small read.
    """

    Column: ClassVar[type[IntEnum]]
    right_aligned: ClassVar[frozenset[int]] = frozenset()
    elastic: ClassVar[frozenset[int]] = frozenset()
    """Columns of names and descriptions that may be cut short ("…") when space runs out;
    the others (dates, statuses, amounts) always show whole."""
    give_way: ClassVar[tuple[int, ...]] = ()
    """Columns a narrow list leaves out, first to last, so the others show whole; they come
    back when the list is wider. A column the user clicked to sort by stays."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[RecordT] = []
        self._sort_keys: dict[int, list[SortValue]] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_records(self, records: Iterable[RecordT]) -> None:
        """Show these records, in the order the user last chose by clicking a header."""
        self.beginResetModel()
        self._records = list(records)
        self._sort_keys.clear()
        if self._sort_column >= 0:
            self._records = [self._records[row] for row in self._sorted_rows()]
            self._sort_keys.clear()
        self.endResetModel()

    def sort_keys(self, column: int) -> list[SortValue]:
        """Every row's sort value in one column, computed once per load: sorting compares
        them many times."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [self.sort_value(record, column) for record in self._records]
            self._sort_keys[column] = keys
        return keys

    def records(self) -> Sequence[RecordT]:
        return tuple(self._records)

    def record_at(self, row: int) -> RecordT:
        return self._records[row]

    def header(self, column: int) -> str:
        raise NotImplementedError

    def header_tooltip(self, column: int) -> str | None:
        """What a column means, when its short header needs explaining."""
        return None

    def display(self, record: RecordT, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, record: RecordT, column: int) -> SortValue:
        raise NotImplementedError

    def tooltip(self, record: RecordT, column: int) -> str | None:
        """Extra words on hover; by default the cell's own text, for cells cut short."""
        return self.display(record, column) or None

    def foreground(self, record: RecordT, column: int) -> QBrush | None:
        return None

    def background(self, record: RecordT, column: int) -> QBrush | None:
        return None

    def font(self, record: RecordT, column: int) -> QFont | None:
        return None

    def _sorted_rows(self) -> list[int]:
        """Current row numbers in sorted order; equal values keep their order (stable)."""
        keys = self.sort_keys(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by one column's real values, keeping selections on their record.

        Sorting happens here, in Python, on the cached keys: a 10,000-row timeline sorts in
        milliseconds, where a proxy asking each cell for its value would take a second.
        """
        self._sort_column, self._sort_order = column, order
        if column < 0 or not self._records:
            return
        self.layoutAboutToBeChanged.emit()
        order_of_rows = self._sorted_rows()
        new_row_of = [0] * len(order_of_rows)
        for new_row, old_row in enumerate(order_of_rows):
            new_row_of[old_row] = new_row
        self._records = [self._records[row] for row in order_of_rows]
        self._sort_keys.clear()
        before = self.persistentIndexList()
        after = [self.index(new_row_of[index.row()], index.column()) for index in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == SORT_ROLE:
            return self.sort_value(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.right_aligned else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(record, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(record, column)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.right_aligned else _LEFT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class RecordSortProxy(QSortFilterProxyModel):
    """The proxy every view looks through: it will filter, and it hands sorting to the
    model, which sorts by real values (numbers, day counts, text without case or accents)
    far faster than a proxy comparing cell by cell."""

    def __init__(self, model: RecordTableModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records_model = model
        self.setSourceModel(model)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._records_model.sort(column, order)


def sorting_proxy(model: RecordTableModel[Any], parent: QObject | None = None) -> RecordSortProxy:
    return RecordSortProxy(model, parent)
