"""A read-only, sortable table over one `RecordTableModel`, set up the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.models.record_table_model import RecordTableModel, sorting_proxy

RecordT = TypeVar("RecordT")

_WIDEST_COLUMN_SHARE = 0.3
"""No name or description sized to its contents takes more than this share of the visible
width; dates, statuses and amounts show whole."""
_STRETCH_COLUMN_SHARE = 0.3
"""By default the stretching column (a summary, a promise) keeps at least this share."""
_NARROWEST_COLUMN = 48
_USEFUL_ELASTIC_WIDTH = 96
"""A name cut shorter than this says little: a narrow list leaves out a column rather than
cut names to less."""
_ROWS_MEASURED = 200
"""Columns fit the first rows and those on screen, not all 10,000 of a long timeline."""
_REFIT_DELAY_MS = 80
"""While a window or a pane is being resized, columns are fitted again once it pauses."""


class MiddleElidingDelegate(QStyledItemDelegate):
    """Cuts long texts in the middle ("orange-invo…2149.pdf", "401bc2b8…2c9d3e"), for
    columns whose two ends both matter: file names and fingerprints."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class RecordTableView(QTableView, Generic[RecordT]):
    """Rows are selected whole, one at a time; clicking a header sorts by that column's values.

    One column stretches to take the width the others leave (by default the last); the others
    fit their contents when records are loaded, and again when the list gets wider or
    narrower, until the user sizes a column by hand.

    `source_model` holds the records; the view shows them through `proxy`, so a row of the
    view is always mapped back with `record_at_view_row` before use. A list that filters its
    rows passes its own `proxy` over the same model (a `RecordSortProxy` subclass).
    """

    def __init__(
        self,
        model: RecordTableModel[RecordT],
        *,
        accessible_name: str,
        stretch_column: int | None = None,
        stretch_share: float = _STRETCH_COLUMN_SHARE,
        proxy: QSortFilterProxyModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source_model = model
        self.stretch_column = model.columnCount() - 1 if stretch_column is None else stretch_column
        self.stretch_share = stretch_share
        self._fit_when_shown = False
        self._fitting = False
        self._follow_width = True
        self._sorted_by_hand = -1
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(_REFIT_DELAY_MS)
        self._refit_timer.timeout.connect(self._refit)
        model.setParent(self)
        self.proxy: QSortFilterProxyModel = proxy or sorting_proxy(model, self)
        self.proxy.setParent(self)
        self.setModel(self.proxy)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSortingEnabled(True)
        self.verticalHeader().hide()
        self.verticalHeader().setResizeContentsPrecision(_ROWS_MEASURED)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(_ROWS_MEASURED)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._note_hand_sizing)
        header.sectionClicked.connect(self._note_sorting_by_hand)
        header.sortIndicatorChanged.connect(lambda _column, _order: self._refit_timer.start())
        self.viewport().installEventFilter(self)

    def elide_in_the_middle(self, *columns: int) -> None:
        delegate = MiddleElidingDelegate(self)
        for column in columns:
            self.setItemDelegateForColumn(column, delegate)

    def record_at_view_row(self, row: int) -> RecordT:
        source = self.proxy.mapToSource(self.proxy.index(row, 0))
        return self.source_model.record_at(source.row())

    def current_record(self) -> RecordT | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.record_at_view_row(rows[0].row())

    def select_where(self, matches: Callable[[RecordT], bool]) -> bool:
        """Select the first row whose record matches; False when none does."""
        for row, record in enumerate(self.source_model.records()):
            if matches(record):
                view_row = self.proxy.mapFromSource(self.source_model.index(row, 0)).row()
                self.select_view_row(view_row)
                return True
        return False

    def select_view_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def fit_columns(self) -> None:
        """Size columns to their contents, none wider than a share of the view, then let the
        widest names and descriptions (the model's `elastic` columns) give way until the
        stretching column keeps its share. Long texts end in "…", whole on hover. A list too
        narrow even so leaves out the model's `give_way` columns, one after the other.

        A hidden view (a tab in the background) has no real width yet: it is fitted when
        it is first shown. Afterwards the columns follow the list's width until the user
        sizes one by hand.
        """
        self._follow_width = True
        if not self.isVisible():
            self._fit_when_shown = True
            return
        self._fit_when_shown = False
        self._fitting = True
        try:
            self._fit_to_width()
        finally:
            self._fitting = False

    def _fit_to_width(self) -> None:
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        available = self.viewport().width()
        room = int(available * (1 - self.stretch_share))
        widest = max(120, int(available * _WIDEST_COLUMN_SHARE))
        elastic_columns = self.source_model.elastic
        widths = {
            column: min(width, widest) if column in elastic_columns else width
            for column, width in self.content_widths().items()
            if column != self.stretch_column
        }
        left_out = self._columns_left_out(widths, room)
        for column in left_out:
            self.setColumnHidden(column, True)
            widths.pop(column)
        elastic = {column: widths.pop(column) for column in elastic_columns if column in widths}
        room -= sum(widths.values())
        cap = max(_common_cap(list(elastic.values()), room), _NARROWEST_COLUMN)
        widths |= {column: min(width, cap) for column, width in elastic.items()}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)

    def _columns_left_out(self, widths: dict[int, int], room: int) -> set[int]:
        """The `give_way` columns to leave out so the others fit in `room`, names cut to a
        useful width; never the column the user sorted by."""
        elastic = self.source_model.elastic
        shown = dict(widths)
        kept = self._sorted_by_hand
        left_out: set[int] = set()
        for column in self.source_model.give_way:
            needed = sum(
                min(width, _USEFUL_ELASTIC_WIDTH) if column_ in elastic else width
                for column_, width in shown.items()
            )
            if needed <= room:
                break
            if column in shown and column != kept:
                shown.pop(column)
                left_out.add(column)
        return left_out

    def content_widths(self) -> dict[int, int]:
        """The width each column needs to show its header and its rows whole.

        Only the column the list is sorted by keeps room for the sort arrow beside its name
        (Qt reserves it in every header), so narrow lists do not lose a column's width to
        arrows that are not drawn. Columns left out are shown again to be measured.
        """
        header = self.horizontalHeader()
        columns = range(self.source_model.columnCount())
        for column in self.source_model.give_way:
            self.setColumnHidden(column, False)
        with_arrow = {column: header.sectionSizeHint(column) for column in columns}
        header.setSortIndicatorShown(False)
        without_arrow = {column: header.sectionSizeHint(column) for column in columns}
        header.setSortIndicatorShown(True)
        sorted_by = header.sortIndicatorSection()
        return {
            column: max(
                self.sizeHintForColumn(column),
                with_arrow[column] if column == sorted_by else without_arrow[column],
            )
            for column in columns
        }

    def _note_sorting_by_hand(self, column: int) -> None:
        """A column the user sorts by stays in sight, however narrow the list."""
        self._sorted_by_hand = column

    def _note_hand_sizing(self, column: int, old: int, new: int) -> None:
        """A column the user sized stays as they left it (until another case is shown).
        A column left out or shown again goes from or to nothing: that is no sizing."""
        by_hand = not self._fitting and old and new and column != self.stretch_column
        if by_hand and self.isVisible():
            self._follow_width = False

    def _refit(self) -> None:
        if self._follow_width and self.isVisible():
            self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self.viewport() and event.type() == QEvent.Type.Resize
        if resized and self._follow_width and self.isVisible():
            self._refit_timer.start()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            self.fit_columns()


def _common_cap(widths: list[int], room: int) -> int:
    """The largest width that, given to every column wider than it, makes all fit in `room`.

    Narrow columns (dates, statuses) keep their whole width; only the widest give way.
    """
    remaining = room
    ordered = sorted(widths)
    for position, width in enumerate(ordered):
        left = len(ordered) - position
        if width * left > remaining:
            return remaining // left
        remaining -= width
    return max(ordered, default=room)
