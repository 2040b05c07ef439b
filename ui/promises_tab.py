"""The promise ledger tab: what the company undertook, by when, and what came of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.clock import today
from core.model import Promise
from core.parties import case_parties
from core.promises import list_promises
from ui.case_tab import CaseTab
from ui.models.promise_table_model import PromiseColumn, PromiseTableModel
from ui.record_change import Part
from ui.record_table_view import RecordTableView


class PromisesTab(CaseTab):
    part = Part.PROMISES | Part.DIRECTORY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PromiseTableModel()
        self.view: RecordTableView[Promise] = RecordTableView(
            self.model, accessible_name=self.tr("Promises"), stretch_column=PromiseColumn.TEXT
        )
        self.view.sortByColumn(PromiseColumn.MADE_ON, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        store = self.workspace.store
        party_names = {item.party.id: item.party.name for item in case_parties(store, self.case_id)}
        self.model.set_ledger(list_promises(store, self.case_id), party_names, today())

    def title(self) -> str:
        return self.tr("Promises ({count})").format(count=self.model.rowCount())
