"""The promise ledger tab: what the company undertook, by when, and what came of it.

The ledger is above, the story of the selected promise below. Marking a promise kept or broken
is one shortcut and Enter (Ctrl+K, Ctrl+B): the dialog opens with the outcome chosen and today's
date, for the note and the interaction or evidence that shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from core.clock import today
from core.database import Store
from core.errors import RecoursError
from core.model import Promise, PromiseStatus
from core.parties import case_parties
from core.promise_ledger import ledger_interactions, promise_story
from core.promises import delete_promise, list_promises
from ui.case.case_tab import CaseTab
from ui.errors import show_error
from ui.ledger_dialog import LedgerDialog, show_form
from ui.models.promise_table_model import PromiseColumn, PromiseTableModel
from ui.promises.promise_dialog import PromiseDialog
from ui.promises.promise_history import PromiseHistoryPanel
from ui.promises.settle_promise_dialog import SettlePromiseDialog
from ui.record_change import Part, RecordChange
from ui.record_table_view import RecordTableView

ADD_PROMISE_SHORTCUT = QKeySequence("Ctrl+Shift+P")
MARK_KEPT_SHORTCUT = QKeySequence("Ctrl+K")
MARK_BROKEN_SHORTCUT = QKeySequence("Ctrl+B")

_FEWEST_ROWS_SHOWN = 4
_LEDGER_MIN_SHARE = 0.25
_LEDGER_MAX_SHARE = 0.6


class PromisesTab(CaseTab):
    """The ledger, the selected promise's history, and the actions on promises."""

    part = Part.PROMISES | Part.DIRECTORY | Part.TIMELINE | Part.EVIDENCE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PromiseTableModel()
        self.view: RecordTableView[Promise] = RecordTableView(
            self.model, accessible_name=self.tr("Promises"), stretch_column=PromiseColumn.TEXT
        )
        self.view.sortByColumn(PromiseColumn.MADE_ON, Qt.SortOrder.AscendingOrder)
        self.history = PromiseHistoryPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.dialog: LedgerDialog | None = None
        self._fitted = False

        self.add_action = self.make_action(
            self.tr("Add &Promise…"),
            self.tr("Add Promise"),
            self.tr("Record a promise not made in a logged interaction (a contract, a letter)"),
            self.add_promise,
        )
        self.add_action.setShortcut(ADD_PROMISE_SHORTCUT)
        self.edit_action = self.make_action(
            self.tr("&Edit Promise…"),
            self.tr("Edit"),
            self.tr("Change the wording, who made it, when, and by when"),
            self.edit_promise,
        )
        self.kept_action = self.make_action(
            self.tr("Mark Promise &Kept…"),
            self.tr("Kept"),
            self.tr("The promise was kept: say when, and what shows it"),
            lambda: self.settle_promise(PromiseStatus.KEPT),
        )
        self.kept_action.setShortcut(MARK_KEPT_SHORTCUT)
        self.broken_action = self.make_action(
            self.tr("Mark Promise &Broken…"),
            self.tr("Broken"),
            self.tr("The promise was broken: say when, and what shows it"),
            lambda: self.settle_promise(PromiseStatus.BROKEN),
        )
        self.broken_action.setShortcut(MARK_BROKEN_SHORTCUT)
        self.settle_action = self.make_action(
            self.tr("&What Came of the Promise…"),
            self.tr("Outcome"),
            self.tr("Mark the promise kept, broken, partly kept, withdrawn or pending again"),
            lambda: self.settle_promise(None),
        )
        self.delete_action = self.make_action(
            self.tr("&Delete Promise…"),
            self.tr("Delete"),
            self.tr("Delete the selected promise and its history"),
            self.delete_selected,
        )
        self.delete_action.setObjectName("delete")
        self._selection_actions = (
            self.edit_action,
            self.kept_action,
            self.broken_action,
            self.settle_action,
            self.delete_action,
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(self.case_actions())
        self.view.activated.connect(lambda _index: self.edit_promise())
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self._show_selected()

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the ledger is seen, fit it to its rows; after that the splitter
        stays where the user put it."""
        super().showEvent(event)
        if not self._fitted:
            self.fit_ledger()

    def fit_ledger(self) -> None:
        """Give the ledger the height of its rows (within limits), the history the rest: a
        case has a handful of promises, and their stories are what needs reading."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        self._fitted = True
        rows = max(self.model.rowCount(), _FEWEST_ROWS_SHOWN)
        wanted = (
            self.view.horizontalHeader().height()
            + rows * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
            + self.view.horizontalScrollBar().sizeHint().height()
        )
        ledger = max(min(wanted, int(total * _LEDGER_MAX_SHARE)), int(total * _LEDGER_MIN_SHARE))
        self.splitter.setSizes([ledger, total - ledger])

    def case_actions(self) -> list[QAction]:
        return [
            self.add_action,
            self.edit_action,
            self.kept_action,
            self.broken_action,
            self.settle_action,
            self.delete_action,
        ]

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        store = self.workspace.store
        party_names = {item.party.id: item.party.name for item in case_parties(store, self.case_id)}
        self.model.set_ledger(
            list_promises(store, self.case_id),
            party_names,
            today(),
            ledger_interactions(store, self.case_id),
        )

    def reload(self) -> None:
        super().reload()
        self._show_selected()

    def title(self) -> str:
        return self.tr("Promises ({count})").format(count=self.model.rowCount())

    def selected_promise(self) -> Promise | None:
        return self.view.current_record()

    def _show_selected(self) -> None:
        """Tell the story of the selected promise, and offer what can be done with it."""
        promise = self.selected_promise()
        for action in self._selection_actions:
            action.setEnabled(promise is not None)
        self.add_action.setEnabled(self.workspace is not None and self.case_id is not None)
        if promise is None or self.workspace is None:
            if self.model.rowCount() == 0:
                self.history.show_nothing(
                    self.tr(
                        "No promises yet. Promises made on the phone are recorded while logging "
                        "the call; others (a contract, a letter) with Add Promise…"
                    )
                )
            else:
                self.history.show_nothing(self.tr("Select a promise to see its history."))
            return
        try:
            story = promise_story(self.workspace.store, promise.id)
        except RecoursError as error:
            self.history.show_nothing(str(error))
            return
        self.history.show_story(story, today())

    def add_promise(self) -> None:
        if self.workspace is None or self.case_id is None:
            return
        self.dialog = show_form(
            PromiseDialog(self.workspace, case_id=self.case_id, parent=self), self.select_id
        )

    def edit_promise(self) -> None:
        promise = self.selected_promise()
        if self.workspace is None or self.case_id is None or promise is None:
            return
        self.dialog = show_form(
            PromiseDialog(self.workspace, case_id=self.case_id, promise=promise, parent=self),
            self.select_id,
        )

    def settle_promise(self, status: PromiseStatus | None) -> None:
        """Open the settlement form with `status` chosen (None: the promise's own)."""
        promise = self.selected_promise()
        if self.workspace is None or promise is None:
            return
        self.dialog = show_form(
            SettlePromiseDialog(self.workspace, promise=promise, status=status, parent=self),
            self.select_id,
        )

    def delete_selected(self) -> None:
        """Delete the selected promise, once the user confirms; Undo brings it back."""
        promise = self.selected_promise()
        if self.workspace is None or promise is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the promise"),
            self.tr(
                "Delete the promise “{promise}” and its history?\n\nEdit › Undo brings it back."
            ).format(promise=promise.text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        promise_id = promise.id

        def delete(store: Store) -> Promise:
            return delete_promise(store, promise_id)

        try:
            self.workspace.perform(
                self.tr("Delete a promise"),
                delete,
                RecordChange(Part.PROMISES | Part.MONEY | Part.TIMELINE, case_id=promise.case_id),
            )
        except RecoursError as error:
            show_error(self, error)
