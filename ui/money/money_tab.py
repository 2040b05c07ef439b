"""The money tab: each amount of the case, and what it adds up to.

The lines are above, their totals below: per kind and currency, what was billed beyond what was
promised, and the amount in dispute, which the letters will claim.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from core.database import Store
from core.errors import RecoursError
from core.model import MoneyLine
from core.money_lines import delete_money_line, list_money_lines
from ui.case.case_tab import CaseTab
from ui.errors import show_error
from ui.formatting import format_amounts
from ui.labels import label
from ui.ledger_dialog import LedgerDialog, show_form
from ui.models.money_table_model import MoneyColumn, MoneyTableModel
from ui.money.money_line_dialog import MoneyLineDialog
from ui.money.money_totals import MoneyTotals
from ui.record_change import Part, RecordChange
from ui.record_table_view import RecordTableView

ADD_AMOUNT_SHORTCUT = QKeySequence("Ctrl+Shift+M")


class MoneyTab(CaseTab):
    """The money lines of the case, their totals, and the actions on them."""

    part = Part.MONEY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MoneyTableModel()
        self.view: RecordTableView[MoneyLine] = RecordTableView(
            self.model, accessible_name=self.tr("Money"), stretch_column=MoneyColumn.LABEL
        )
        self.view.sortByColumn(MoneyColumn.DATE, Qt.SortOrder.AscendingOrder)
        self.totals = MoneyTotals()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        self.dialog: LedgerDialog | None = None

        self.add_action = self.make_action(
            self.tr("Add &Amount…"),
            self.tr("Add Amount"),
            self.tr("Record an amount promised, billed, paid, refunded or claimed"),
            self.add_line,
        )
        self.add_action.setShortcut(ADD_AMOUNT_SHORTCUT)
        self.edit_action = self.make_action(
            self.tr("&Edit Amount…"),
            self.tr("Edit"),
            self.tr("Change the selected amount"),
            self.edit_line,
        )
        self.delete_action = self.make_action(
            self.tr("&Delete Amount…"),
            self.tr("Delete"),
            self.tr("Delete the selected amount"),
            self.delete_selected,
        )
        self.delete_action.setObjectName("delete")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(self.case_actions())
        self.view.activated.connect(lambda _index: self.edit_line())
        self.view.selectionModel().selectionChanged.connect(self._enable_actions)
        self._enable_actions()

    def case_actions(self) -> list[QAction]:
        return [self.add_action, self.edit_action, self.delete_action]

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        lines = list_money_lines(self.workspace.store, self.case_id)
        self.model.set_records(lines)
        self.totals.show_lines(lines)

    def reload(self) -> None:
        super().reload()
        self._enable_actions()

    def title(self) -> str:
        return self.tr("Money ({count})").format(count=self.model.rowCount())

    def selected_line(self) -> MoneyLine | None:
        return self.view.current_record()

    def _enable_actions(self) -> None:
        selected = self.selected_line() is not None
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        self.add_action.setEnabled(self.workspace is not None and self.case_id is not None)

    def add_line(self) -> None:
        if self.workspace is None or self.case_id is None:
            return
        self.dialog = show_form(
            MoneyLineDialog(self.workspace, case_id=self.case_id, parent=self), self.select_id
        )

    def edit_line(self) -> None:
        line = self.selected_line()
        if self.workspace is None or self.case_id is None or line is None:
            return
        self.dialog = show_form(
            MoneyLineDialog(self.workspace, case_id=self.case_id, line=line, parent=self),
            self.select_id,
        )

    def delete_selected(self) -> None:
        """Delete the selected amount, once the user confirms; Undo brings it back."""
        line = self.selected_line()
        if self.workspace is None or line is None:
            return
        described = f"{label(line.kind)} {format_amounts([line.amount])}"
        if line.label:
            described += f" ({line.label})"
        answer = QMessageBox.question(
            self,
            self.tr("Delete the amount"),
            self.tr("Delete the amount “{amount}”?\n\nEdit › Undo brings it back.").format(
                amount=described
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        line_id = line.id

        def delete(store: Store) -> MoneyLine:
            return delete_money_line(store, line_id)

        try:
            self.workspace.perform(
                self.tr("Delete an amount"),
                delete,
                RecordChange(Part.MONEY, case_id=line.case_id),
            )
        except RecoursError as error:
            show_error(self, error)
