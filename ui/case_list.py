"""The list of cases on the left of the window."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import QWidget

from core.model import CaseSummary
from ui.models.case_table_model import CaseColumn, CaseTableModel
from ui.record_table_view import RecordTableView

_TITLE_SHARE = 0.2
"""In a narrow list the titles give way before the other columns' headers are cut."""


class CaseList(RecordTableView[CaseSummary]):
    """Every case, sortable; selecting one asks the window to show it.

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
        self.sortByColumn(CaseColumn.LAST_INTERACTION, Qt.SortOrder.DescendingOrder)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def set_cases(self, summaries: Iterable[CaseSummary]) -> None:
        """Show these cases, keeping the same case selected when it is still there."""
        previous = self.current_record()
        self.cases.set_records(summaries)
        self.fit_columns()
        if previous is None or not self.select_case(previous.id):
            if self.proxy.rowCount() > 0:
                self.select_view_row(0)
            else:
                self.selection_cleared.emit()

    def natural_width(self) -> int:
        """The width that shows every column whole, including the longest title."""
        header = self.horizontalHeader()
        columns = range(self.cases.columnCount())
        content = sum(
            max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in columns
        )
        return content + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def select_case(self, case_id: int) -> bool:
        row = self.cases.row_of_case(case_id)
        if row is None:
            return False
        view_row = self.proxy.mapFromSource(self.cases.index(row, 0)).row()
        self.select_view_row(view_row)
        return True

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        summary = self.current_record()
        if summary is None:
            self.selection_cleared.emit()
        else:
            self.case_selected.emit(summary.id)
