"""The money tab: each amount of the case, and what it adds up to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.model import MoneyLine
from core.money_lines import list_money_lines
from ui.case_tab import CaseTab
from ui.models.money_table_model import MoneyColumn, MoneyTableModel
from ui.record_change import Part
from ui.record_table_view import RecordTableView


class MoneyTab(CaseTab):
    part = Part.MONEY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MoneyTableModel()
        self.view: RecordTableView[MoneyLine] = RecordTableView(
            self.model, accessible_name=self.tr("Money"), stretch_column=MoneyColumn.LABEL
        )
        self.view.sortByColumn(MoneyColumn.DATE, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        self.model.set_records(list_money_lines(self.workspace.store, self.case_id))

    def title(self) -> str:
        return self.tr("Money ({count})").format(count=self.model.rowCount())
