"""The evidence tab: each file of the case with the fingerprint that proves it unaltered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.evidence import list_evidence
from core.model import Evidence
from ui.case_tab import CaseTab
from ui.models.evidence_table_model import EvidenceColumn, EvidenceTableModel
from ui.record_change import Part
from ui.record_table_view import RecordTableView


class EvidenceTab(CaseTab):
    part = Part.EVIDENCE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EvidenceTableModel()
        self.view: RecordTableView[Evidence] = RecordTableView(
            self.model, accessible_name=self.tr("Evidence"), stretch_column=EvidenceColumn.NAME
        )
        self.view.sortByColumn(EvidenceColumn.ADDED, Qt.SortOrder.AscendingOrder)
        self.view.elide_in_the_middle(EvidenceColumn.NAME, EvidenceColumn.FINGERPRINT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        self.model.set_records(list_evidence(self.workspace.store, self.case_id))

    def title(self) -> str:
        return self.tr("Evidence ({count})").format(count=self.model.rowCount())
