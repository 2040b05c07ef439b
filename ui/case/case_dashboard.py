"""The dashboard of cases: what needs attention across them, which cases to show (by status,
by what is typed), and the list.

When nothing is shown the list gives way to a sentence saying why ("No case matches
“edf”.") and the way out (show every case, or create the first one).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.model import CaseStatus
from ui.case.case_list import CaseList
from ui.labels import label
from ui.next_steps.attention_panel import AttentionPanel
from ui.next_steps.notice_banner import NoticeBanner

ALL_CASES: Final = "all"
ONGOING_CASES: Final = "ongoing"
ONGOING_STATUSES: Final = frozenset(
    {CaseStatus.OPEN, CaseStatus.AWAITING_REPLY, CaseStatus.ESCALATED}
)


class CaseDashboard(QWidget):
    """The daily notice and what needs attention, over the status filter and the
    type-to-filter field above the list of cases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_list = CaseList()
        self.notice_banner = NoticeBanner()
        self.attention = AttentionPanel()

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All cases"), ALL_CASES)
        self.status_filter.addItem(self.tr("Ongoing"), ONGOING_CASES)
        self.status_filter.setItemData(
            1,
            self.tr("Open, awaiting a reply or escalated: not yet resolved or closed"),
            Qt.ItemDataRole.ToolTipRole,
        )
        for status in CaseStatus:
            self.status_filter.addItem(label(status), status.value)
        self.status_filter.setAccessibleName(self.tr("Show cases"))
        self.status_filter.setToolTip(self.tr("Show the cases of one status only"))
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.status_filter)

        self.filter_field = QLineEdit()
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setPlaceholderText(self.tr("Filter by title, company or client"))
        self.filter_field.setAccessibleName(self.tr("Filter cases by title, company or client"))
        self.filter_field.installEventFilter(self)

        self.empty_message = QLabel()
        self.empty_message.setWordWrap(True)
        self.empty_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_message.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_message.setAccessibleName(self.tr("No case shown"))
        self.show_all_button = QPushButton(self.tr("Show &All Cases"))
        self.show_all_button.setAccessibleName(self.tr("Show all cases"))
        self.show_all_button.clicked.connect(self.clear_filters)
        self.new_case_button = QPushButton(self.tr("&New Case…"))
        self.new_case_button.setAccessibleName(self.tr("New case"))

        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_message)
        for button in (self.show_all_button, self.new_case_button):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            empty_layout.addLayout(row)
        empty_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.case_list)
        self.pages.addWidget(empty_page)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 0, 2)
        bar.addWidget(show_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.filter_field, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice_banner)
        layout.addWidget(self.attention)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        self.setTabOrder(self.notice_banner.show_button, self.notice_banner.close_button)
        self.setTabOrder(self.notice_banner.close_button, self.attention.toggle)
        self.setTabOrder(self.attention.toggle, self.attention.view)
        self.setTabOrder(self.attention.view, self.status_filter)
        self.setTabOrder(self.status_filter, self.filter_field)
        self.setTabOrder(self.filter_field, self.case_list)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.filter_field.textChanged.connect(self._apply_filter)
        self.case_list.cases.modelReset.connect(self._show_list_or_why_empty)

    def set_new_case_action(self, action: QAction) -> None:
        """The empty record offers to create a case with the window's own action."""
        self.new_case_button.clicked.connect(action.trigger)

    def statuses(self) -> frozenset[CaseStatus] | None:
        """The statuses shown, None for every one."""
        chosen = self.status_filter.currentData()
        if chosen == ALL_CASES:
            return None
        if chosen == ONGOING_CASES:
            return ONGOING_STATUSES
        return frozenset({CaseStatus(chosen)})

    def clear_filters(self) -> None:
        """Show every case again."""
        self.filter_field.clear()
        self.status_filter.setCurrentIndex(0)

    def _apply_filter(self) -> None:
        self.case_list.set_filter(self.statuses(), self.filter_field.text())
        self._show_list_or_why_empty()

    def _show_list_or_why_empty(self) -> None:
        has_cases = self.case_list.cases.rowCount() > 0
        if self.case_list.shown_count() > 0:
            self.pages.setCurrentWidget(self.case_list)
            return
        self.empty_message.setText(self._why_empty(has_cases=has_cases))
        self.show_all_button.setVisible(has_cases)
        self.new_case_button.setVisible(not has_cases)
        self.pages.setCurrentIndex(1)

    def _why_empty(self, *, has_cases: bool) -> str:
        if not has_cases:
            return self.tr("There are no cases yet.")
        text = " ".join(self.filter_field.text().split())
        status = self.status_filter.currentText()
        if self.statuses() is None:
            return self.tr("No case matches “{text}”.").format(text=text)
        if not text:
            return self.tr("No case in “{status}”.").format(status=status)
        return self.tr("No case in “{status}” matches “{text}”.").format(status=status, text=text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the filter field, Down goes to the list and Escape clears what was typed."""
        if (
            watched is self.filter_field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Down and self.case_list.shown_count():
                self.case_list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_field.text():
                self.filter_field.clear()
                return True
        return super().eventFilter(watched, event)
