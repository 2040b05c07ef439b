"""The right side of the window: the selected case's summary over its timeline, promises
and evidence, or a sentence saying why there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from core.case_record import CaseRecord
from core.model import Evidence, Interaction, Promise
from ui.case_summary import CaseSummaryPanel
from ui.models.evidence_table_model import EvidenceColumn, EvidenceTableModel
from ui.models.interaction_table_model import InteractionColumn, InteractionTableModel
from ui.models.promise_table_model import PromiseColumn, PromiseTableModel
from ui.record_table_view import RecordTableView


class CaseDetail(QStackedWidget):
    """Shows one `CaseRecord`; `show_placeholder` replaces it with an explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.placeholder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placeholder.setAccessibleName(self.tr("No case shown"))

        self.summary = CaseSummaryPanel()
        self.summary_scroll = QScrollArea()
        self.summary_scroll.setWidget(self.summary)
        self.summary_scroll.setWidgetResizable(True)
        self.summary_scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.timeline_model = InteractionTableModel()
        self.timeline: RecordTableView[Interaction] = RecordTableView(
            self.timeline_model,
            accessible_name=QCoreApplication.translate("CaseDetail", "Timeline"),
        )
        self.timeline.sortByColumn(InteractionColumn.WHEN, Qt.SortOrder.AscendingOrder)
        self.promise_model = PromiseTableModel()
        self.promises: RecordTableView[Promise] = RecordTableView(
            self.promise_model,
            accessible_name=QCoreApplication.translate("CaseDetail", "Promises"),
            stretch_column=PromiseColumn.TEXT,
        )
        self.promises.sortByColumn(PromiseColumn.MADE_ON, Qt.SortOrder.AscendingOrder)
        self.evidence_model = EvidenceTableModel()
        self.evidence: RecordTableView[Evidence] = RecordTableView(
            self.evidence_model,
            accessible_name=QCoreApplication.translate("CaseDetail", "Evidence"),
            stretch_column=EvidenceColumn.NAME,
        )
        self.evidence.sortByColumn(EvidenceColumn.ADDED, Qt.SortOrder.AscendingOrder)
        self.evidence.elide_in_the_middle(EvidenceColumn.NAME, EvidenceColumn.FINGERPRINT)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.promises, "")
        self.tabs.addTab(self.evidence, "")
        self._name_tabs(interactions=0, promises=0, evidence=0)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.summary_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)

        self.addWidget(self.placeholder)
        self.addWidget(self.splitter)

    def show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.setCurrentWidget(self.placeholder)

    def show_record(self, record: CaseRecord) -> None:
        party_names = {involved.party.id: involved.party.name for involved in record.parties}
        self.summary.show_record(record)
        self.timeline_model.set_timeline(record.interactions, party_names)
        self.promise_model.set_ledger(record.promises, party_names, record.today)
        self.evidence_model.set_records(record.evidence)
        self._name_tabs(
            interactions=len(record.interactions),
            promises=len(record.promises),
            evidence=len(record.evidence),
        )
        self.setCurrentWidget(self.splitter)
        self.timeline.fit_columns()
        self.promises.fit_columns()
        self.evidence.fit_columns()

    def fit_summary(self) -> None:
        """Give the summary the height it needs (at most half), the tabs the rest."""
        total = sum(self.splitter.sizes())
        width = self.summary_scroll.viewport().width()
        needed = (
            self.summary.heightForWidth(width)
            if self.summary.hasHeightForWidth()
            else self.summary.sizeHint().height()
        )
        summary_height = min(needed + self.summary_scroll.frameWidth() * 2 + 6, total // 2)
        self.splitter.setSizes([summary_height, total - summary_height])

    def _name_tabs(self, *, interactions: int, promises: int, evidence: int) -> None:
        self.tabs.setTabText(0, self.tr("Timeline ({count})").format(count=interactions))
        self.tabs.setTabText(1, self.tr("Promises ({count})").format(count=promises))
        self.tabs.setTabText(2, self.tr("Evidence ({count})").format(count=evidence))
