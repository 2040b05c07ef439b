"""The list of cases on the left of the window, filtered by status and by what is typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from core.clock import today as current_day
from core.model import CaseStatus, CaseSummary
from ui.models.case_table_model import CaseColumn, CaseTableModel
from ui.models.record_table_model import RecordSortProxy
from ui.models.sort_values import text_value
from ui.record_table_view import RecordTableView

_TITLE_SHARE = 0.33
"""In a narrow list the titles keep a third of the width; the columns that matter least
are left out rather than every header cut."""


class CaseFilterProxy(RecordSortProxy):
    """Shows the cases of some statuses whose title, company or client (the name letters are
    signed with) holds every word typed, ignoring case and accents ("electricite" finds
    "Électricité de France")."""

    def __init__(self, model: CaseTableModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self._cases = model
        self._statuses: frozenset[CaseStatus] | None = None
        self._words: tuple[str, ...] = ()

    def set_filter(self, statuses: frozenset[CaseStatus] | None, text: str) -> None:
        """Keep the cases in `statuses` (None: every status) matching `text`."""
        self.beginFilterChange()
        self._statuses = statuses
        self._words = tuple(text_value(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return self._statuses is not None or bool(self._words)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        summary = self._cases.record_at(source_row)
        if self._statuses is not None and summary.status not in self._statuses:
            return False
        searched = text_value(f"{summary.title} {summary.counterparty} {summary.signed_by}")
        return all(word in searched for word in self._words)


class CaseList(RecordTableView[CaseSummary]):
    """Every case, sortable and filtered; selecting one asks the window to show it.

    Signals:
        case_selected(int): the id of the case the user selected.
        selection_cleared(): no case is selected any more.
    """

    case_selected = Signal(int)
    selection_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        model = CaseTableModel()
        super().__init__(
            model,
            accessible_name=QCoreApplication.translate("CaseList", "Cases"),
            stretch_column=CaseColumn.TITLE,
            stretch_share=_TITLE_SHARE,
            parent=parent,
        )
        self.cases = model
        unfiltered, unfiltered_selection = self.proxy, self.selectionModel()
        self.filter_proxy = CaseFilterProxy(model, self)
        self.proxy = self.filter_proxy
        self.setModel(self.filter_proxy)
        unfiltered_selection.deleteLater()
        unfiltered.deleteLater()
        self.sortByColumn(CaseColumn.LAST_INTERACTION, Qt.SortOrder.DescendingOrder)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def set_cases(
        self,
        summaries: Iterable[CaseSummary],
        *,
        prefer_case_id: int | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Show these cases, selecting `prefer_case_id` if given and shown, otherwise keeping
        the same case selected when it is still there, otherwise the first."""
        previous = self.current_record()
        self.cases.set_summaries(summaries, today or current_day())
        self.fit_columns()
        if prefer_case_id is None or not self.select_case(prefer_case_id):
            self._keep_a_selection(None if previous is None else previous.id)

    def set_filter(self, statuses: frozenset[CaseStatus] | None, text: str) -> None:
        """Show only some cases; the selected one stays selected if it is still shown,
        otherwise the first case shown is selected."""
        previous = self.current_record()
        self.filter_proxy.set_filter(statuses, text)
        self._keep_a_selection(None if previous is None else previous.id)

    def _keep_a_selection(self, previous_id: int | None) -> None:
        if previous_id is not None and self.select_case(previous_id):
            return
        if self.proxy.rowCount() > 0:
            self.select_view_row(0)
        else:
            self.selection_cleared.emit()

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def natural_width(self) -> int:
        """The width that shows every column whole, including the longest title."""
        content = sum(self.content_widths().values())
        return content + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def select_case(self, case_id: int) -> bool:
        """Select a case; False when it is not in the record or hidden by the filter."""
        row = self.cases.row_of_case(case_id)
        if row is None:
            return False
        view_row = self.proxy.mapFromSource(self.cases.index(row, 0)).row()
        if view_row < 0:
            return False
        self.select_view_row(view_row)
        return True

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        summary = self.current_record()
        if summary is None:
            self.selection_cleared.emit()
        else:
            self.case_selected.emit(summary.id)
