"""A list of things to put in a letter or leave out, each with a check box."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

IdT = TypeVar("IdT", int, str)
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(slots=True)
class CheckItem(Generic[IdT]):
    id: IdT
    label: str
    checked: bool
    detail: str = ""


class ChecklistModel(QAbstractListModel, Generic[IdT]):
    """Checkable rows (interactions, promises, enclosures, legal grounds).

    Signals:
        selection_changed(): the user checked or unchecked a row.
    """

    selection_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[CheckItem[IdT]] = []

    def set_items(self, items: Iterable[CheckItem[IdT]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def checked_ids(self) -> tuple[IdT, ...]:
        return tuple(item.id for item in self._items if item.checked)

    def check_only(self, ids: Iterable[object]) -> None:
        """Check exactly these rows (ids the model does not hold are ignored)."""
        wanted = set(ids)
        for item in self._items:
            item.checked = item.id in wanted
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    def set_all(self, checked: bool) -> None:
        for item in self._items:
            item.checked = checked
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))
            self.selection_changed.emit()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.detail or item.label
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        item = self._items[index.row()]
        if item.checked == checked:
            return True
        item.checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
