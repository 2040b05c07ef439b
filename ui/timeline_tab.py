"""The timeline tab: every interaction of the case, in date order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.interactions import list_interactions
from core.model import Interaction
from core.parties import case_parties
from ui.case_tab import CaseTab
from ui.models.interaction_table_model import InteractionColumn, InteractionTableModel
from ui.record_change import Part
from ui.record_table_view import RecordTableView


class TimelineTab(CaseTab):
    part = Part.TIMELINE | Part.DIRECTORY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InteractionTableModel()
        self.view: RecordTableView[Interaction] = RecordTableView(
            self.model, accessible_name=self.tr("Timeline")
        )
        self.view.sortByColumn(InteractionColumn.WHEN, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        store = self.workspace.store
        party_names = {item.party.id: item.party.name for item in case_parties(store, self.case_id)}
        self.model.set_timeline(list_interactions(store, self.case_id), party_names)

    def title(self) -> str:
        return self.tr("Timeline ({count})").format(count=self.model.rowCount())
