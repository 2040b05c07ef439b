"""The "needs attention" panel above the list of cases: what is due soon in every case, or a
sentence saying nothing is. Choosing a row asks the window to go to it."""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from core.deadlines import NextStep, Severity
from ui.next_steps.attention_model import AttentionColumn, AttentionModel, AttentionRow
from ui.record_table_view import RecordTableView

ROWS_SHOWN: Final = 5
"""The list grows with its rows up to this many, then scrolls: the cases stay in view."""
WEEK_DAYS: Final = 7
_WHAT_SHARE: Final = 0.4
"""What is due keeps this share of a narrow list; the day gives way before it is cut."""


class AttentionPanel(QWidget):
    """A disclosure button with the count over the list of steps (a model, no widget per
    row). A click, Enter or a double-click on a row chooses it.

    Signals:
        step_chosen(object): the `NextStep` the user chose.
        expanded_changed(bool): the list was shown or hidden.
    """

    step_chosen = Signal(object)
    expanded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._expanded = True
        self.toggle = QToolButton()
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        bold = QFont(self.toggle.font())
        bold.setBold(True)
        self.toggle.setFont(bold)
        self.toggle.setAccessibleName(self.tr("Needs attention"))
        self.toggle.setToolTip(self.tr("Show or hide what needs attention in every case"))
        self.toggle.setText(self.tr("Needs attention"))
        self.toggle.setAccessibleDescription(self.tr("The list is shown"))

        self.model = AttentionModel()
        self.view: RecordTableView[AttentionRow] = RecordTableView(
            self.model,
            accessible_name=self.tr("Needs attention"),
            stretch_column=AttentionColumn.WHAT,
            stretch_share=_WHAT_SHARE,
        )
        self.view.setAlternatingRowColors(False)
        self.view.setTabKeyNavigation(False)
        self.view.sortByColumn(AttentionColumn.WHEN, Qt.SortOrder.AscendingOrder)
        self.view.setAccessibleDescription(
            self.tr("What is due soon in every case, overdue first. Enter opens it.")
        )
        self.empty = QLabel(self.tr("Checking what is due…"))
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAccessibleName(self.tr("Nothing needs attention"))
        self.empty.setContentsMargins(8, 2, 8, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.view.hide()

        self.toggle.clicked.connect(lambda: self.set_expanded(not self._expanded))
        self.view.clicked.connect(self._choose)
        self.view.activated.connect(self._choose)

    def show_steps(
        self,
        steps: list[NextStep],
        titles: dict[int, tuple[str, str]],
        *,
        today: dt.date,
        within_days: int,
    ) -> None:
        """Show these steps (overdue first, then by date), keeping the selected one."""
        selected = self.view.current_record()
        self.model.set_steps(steps, titles, today)
        if selected is not None:
            self.view.select_where(lambda row: row.step.key == selected.step.key)
        self.toggle.setText(self._title(steps))
        if within_days == WEEK_DAYS:
            nothing = self.tr("Nothing is due this week.")
        else:
            nothing = self.tr("Nothing is due in the next {count} days.").format(count=within_days)
        self.empty.setText(nothing)
        self._fit_height()
        self._show_body()
        self.view.fit_columns()

    def _title(self, steps: list[NextStep]) -> str:
        """The count stays in sight when the list is folded: "Needs attention (5, 2 overdue)"."""
        overdue = sum(step.severity is Severity.OVERDUE for step in steps)
        if overdue:
            return self.tr("Needs attention ({count}, {overdue} overdue)").format(
                count=len(steps), overdue=overdue
            )
        if steps:
            return self.tr("Needs attention ({count})").format(count=len(steps))
        return self.tr("Needs attention")

    def show_problem(self, text: str) -> None:
        """What is due could not be read: say why where the list would be."""
        self.model.set_steps([], {}, self.model.today)
        self.empty.setText(text)
        self._show_body()

    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        """Show or hide the list under the button."""
        if expanded == self._expanded:
            return
        self._expanded = expanded
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription(
            self.tr("The list is shown") if expanded else self.tr("The list is hidden")
        )
        self._show_body()
        self.expanded_changed.emit(expanded)

    def reveal(self) -> None:
        """Show the list and put the keyboard in it, on the first row."""
        self.set_expanded(True)
        if self.model.rowCount():
            if self.view.current_record() is None:
                self.view.select_view_row(0)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.toggle.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_body(self) -> None:
        expanded = self._expanded
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(expanded and has_rows)
        self.empty.setVisible(expanded and not has_rows)

    def _fit_height(self) -> None:
        """Tall enough for its rows, up to `ROWS_SHOWN`; the rest scrolls."""
        rows = min(max(self.model.rowCount(), 1), ROWS_SHOWN)
        header = self.view.horizontalHeader().sizeHint().height()
        row_height = self.view.verticalHeader().defaultSectionSize()
        scroll_bar = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setFixedHeight(
            header + rows * row_height + 2 * self.view.frameWidth() + scroll_bar // 2
        )

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.step_chosen.emit(self.view.record_at_view_row(index.row()).step)
