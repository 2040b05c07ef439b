"""The right side of the window: the selected case's summary over its tabs (timeline,
promises, evidence, money), or a sentence saying why there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from core.errors import RecoursError
from core.search import HitKind
from ui.case.case_summary import CaseSummaryPanel
from ui.case.case_tab import CaseTab
from ui.errors import show_error
from ui.evidence.evidence_tab import EvidenceTab
from ui.glance.glance_tab import GlanceTab
from ui.letters.letters_tab import LettersTab
from ui.money.money_tab import MoneyTab
from ui.promises.promises_tab import PromisesTab
from ui.record_change import Part, RecordChange
from ui.timeline.timeline_tab import TimelineTab
from ui.workspace import Workspace

_SUMMARY_PARTS = Part.CASE | Part.MONEY | Part.DIRECTORY
_SUMMARY_MAX_SHARE = 0.4
"""On first start the summary takes what it needs up to this share; the tabs the rest."""


class CaseDetail(QStackedWidget):
    """Shows one case of the open record; `show_placeholder` replaces it with an explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.case_id: int | None = None
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

        self.timeline = TimelineTab()
        self.promises = PromisesTab()
        self.evidence = EvidenceTab()
        self.money = MoneyTab()
        self.letters = LettersTab()
        self.glance = GlanceTab()
        self.glance.open_record.connect(self._open_from_chart)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in self.case_tabs():
            index = self.tabs.addTab(tab, tab.title())
            tab.title_changed.connect(lambda title, index=index: self.tabs.setTabText(index, title))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.summary_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)

        self.addWidget(self.placeholder)
        self.addWidget(self.splitter)

    def case_tabs(self) -> tuple[CaseTab, ...]:
        return (self.timeline, self.promises, self.evidence, self.money, self.letters, self.glance)

    def tab_name(self, tab: CaseTab) -> str:
        """The tab's name without its count, for the menus that group its actions."""
        names = {
            self.timeline: self.tr("Timeline"),
            self.promises: self.tr("Promises"),
            self.evidence: self.tr("Evidence"),
            self.money: self.tr("Money"),
            self.letters: self.tr("Letters"),
            self.glance: self.tr("At a Glance"),
        }
        return names.get(tab, tab.title())

    def tab_holding(self, kind: HitKind) -> CaseTab | None:
        """The tab that lists records of this kind (a search hit's); None for the case
        itself or a party."""
        return {
            HitKind.INTERACTION: self.timeline,
            HitKind.PROMISE: self.promises,
            HitKind.EVIDENCE: self.evidence,
        }.get(kind)

    def show_record(self, tab: CaseTab, record_id: int) -> bool:
        """Bring a tab forward and select one of its rows, ready for the keyboard."""
        self.tabs.setCurrentWidget(tab)
        found = tab.select_id(record_id)
        tab.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def _open_from_chart(self, kind: str, record_id: int) -> None:
        """A mark clicked on the chart: its interaction, promise or letter in its own tab."""
        tab = {"interaction": self.timeline, "promise": self.promises, "letter": self.letters}
        if kind in tab:
            self.show_record(tab[kind], record_id)

    def bind(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.summary.bind(workspace)
        for tab in self.case_tabs():
            tab.bind(workspace)

    def show_placeholder(self, text: str) -> None:
        self.case_id = None
        for tab in self.case_tabs():
            tab.show_case(None)
        self.placeholder.setText(text)
        self.setCurrentWidget(self.placeholder)

    def show_case(self, case_id: int) -> None:
        """Show a case whole: its summary and every tab, columns fitted to the rows."""
        if self.workspace is None:
            return
        self.case_id = case_id
        try:
            self.summary.show_case(self.workspace.store, case_id)
            for tab in self.case_tabs():
                tab.show_case(case_id)
        except RecoursError as error:
            show_error(self, error)
            return
        self.setCurrentWidget(self.splitter)

    def apply_change(self, change: RecordChange) -> None:
        """Reload what the change touched of the case on show (which still exists)."""
        if self.workspace is None or self.case_id is None:
            return
        if change.touches(_SUMMARY_PARTS, self.case_id):
            self.summary.show_case(self.workspace.store, self.case_id)
        for tab in self.case_tabs():
            tab.apply_change(change)

    def fit_summary(self) -> None:
        """Give the summary the height it needs (at most a share of it), the tabs the rest."""
        total = sum(self.splitter.sizes())
        width = self.summary_scroll.viewport().width()
        needed = (
            self.summary.heightForWidth(width)
            if self.summary.hasHeightForWidth()
            else self.summary.sizeHint().height()
        )
        summary_height = min(
            needed + self.summary_scroll.frameWidth() * 2, int(total * _SUMMARY_MAX_SHARE)
        )
        self.splitter.setSizes([summary_height, total - summary_height])
