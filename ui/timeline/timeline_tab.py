"""The timeline tab: every interaction of the case in date order, the selected one in full
below it, and the actions to log, correct and delete interactions.

Enter on the timeline logs a new interaction (the thing done most often, right after a call),
F2 or a double click edits the selected one. Lists are models only: a case of 10,000 calls
loads, sorts and filters as fast as one of ten.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.clock import today
from core.errors import RecoursError
from core.interaction_links import interaction_links
from core.interactions import list_interactions
from core.model import Interaction
from core.parties import case_parties
from ui.case.case_tab import CaseTab
from ui.errors import show_error
from ui.formatting import format_day, format_moment
from ui.models.interaction_table_model import InteractionColumn, InteractionTableModel
from ui.record_change import Part, RecordChange
from ui.record_table_view import RecordTableView
from ui.timeline.interaction_detail import InteractionDetail
from ui.timeline.interaction_edits import remove_interaction
from ui.timeline.log_interaction_dialog import InteractionDialog
from ui.timeline.timeline_filter import TimelineFilter, TimelineFilterBar, TimelineProxy

LOG_SHORTCUT = QKeySequence("Ctrl+L")
"""Log an interaction from anywhere in the window: no standard action uses Ctrl+L."""

_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_LIST_SHARE = 2
_DETAIL_SHARE = 1


class TimelineTab(CaseTab):
    """The interactions of the shown case, filtered by channel and party, with the selected
    one's details, promises and evidence under the list."""

    part = Part.TIMELINE | Part.DIRECTORY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: InteractionDialog | None = None
        self.model = InteractionTableModel()
        self.proxy = TimelineProxy(self.model)
        self.view: RecordTableView[Interaction] = RecordTableView(
            self.model, accessible_name=self.tr("Timeline"), proxy=self.proxy
        )
        self.view.sortByColumn(InteractionColumn.WHEN, Qt.SortOrder.AscendingOrder)
        self.filter_bar = TimelineFilterBar()
        self.detail = InteractionDetail()
        self._make_actions()

        log_button = QToolButton()
        log_button.setDefaultAction(self.log_action)
        log_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        log_button.setAccessibleName(self.tr("Log an interaction"))
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.filter_bar)
        top.addStretch(1)
        top.addWidget(log_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, _LIST_SHARE)
        self.splitter.setStretchFactor(1, _DETAIL_SHARE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.log_action, self.edit_action, self.delete_action])
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self.edit_selected)
        self.view.selectionModel().selectionChanged.connect(self.show_selected)
        self.filter_bar.filter_changed.connect(self._filter)
        self._update_actions()

    def _make_actions(self) -> None:
        self.log_action = QAction(self.tr("&Log Interaction…"), self)
        self.log_action.setObjectName("log_interaction")
        self.log_action.setShortcut(LOG_SHORTCUT)
        self.log_action.setStatusTip(
            self.tr("Note a call, email, letter or visit, and the promises made in it")
        )
        self.log_action.triggered.connect(self.log_interaction)
        self.edit_action = QAction(self.tr("&Edit Interaction…"), self)
        self.edit_action.setObjectName("edit_interaction")
        self.edit_action.setStatusTip(self.tr("Correct the selected interaction (F2)"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("&Delete Interaction…"), self)
        self.delete_action.setObjectName("delete")
        self.delete_action.setStatusTip(
            self.tr("Remove the selected interaction; its promises and evidence stay")
        )
        self.delete_action.triggered.connect(self.delete_selected)

    def case_actions(self) -> list[QAction]:
        return [self.log_action, self.edit_action, self.delete_action]

    def show_case(self, case_id: int | None) -> None:
        """Show another case with all its interactions: a filter chose among the parties of
        the case shown before."""
        if case_id != self.case_id:
            self.filter_bar.clear()
        super().show_case(case_id)

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        store = self.workspace.store
        party_names = {item.party.id: item.party.name for item in case_parties(store, self.case_id)}
        interactions = list_interactions(store, self.case_id)
        self.model.set_timeline(interactions, party_names)
        involved = {item.party_id for item in interactions}
        self.filter_bar.set_choices(
            {item.channel for item in interactions},
            {party_id: name for party_id, name in party_names.items() if party_id in involved},
        )

    def reload(self) -> None:
        super().reload()
        self.show_selected()

    def apply_change(self, change: RecordChange) -> None:
        """Reload the list when interactions or parties changed; only the pane below it when
        a promise or a file of the selected interaction may have."""
        if self.case_id is None:
            return
        if change.touches(self.part, self.case_id):
            self.reload()
        elif change.touches(Part.PROMISES | Part.EVIDENCE, self.case_id):
            self.show_selected()

    def title(self) -> str:
        total = self.model.rowCount()
        if self.proxy.timeline_filter.is_active:
            return self.tr("Timeline ({shown} of {total})").format(
                shown=self.proxy.rowCount(), total=total
            )
        return self.tr("Timeline ({count})").format(count=total)

    def select_id(self, record_id: int) -> bool:
        """Select an interaction, showing every interaction again if a filter hid it."""
        for record in self.model.records():
            if record.id == record_id:
                if not self.proxy.timeline_filter.accepts(record):
                    self.filter_bar.clear()
                return super().select_id(record_id)
        return False

    def show_selected(self) -> None:
        """Show the selected interaction in full under the list."""
        self._update_actions()
        record = self.view.current_record()
        if record is None or self.workspace is None:
            self.detail.show_nothing(self._overview())
            return
        try:
            links = interaction_links(self.workspace.store, record.id)
        except RecoursError as error:
            show_error(self, error)
            return
        self.detail.show_interaction(record, links, self.model.party_names(), today())

    def _overview(self) -> str:
        """What the pane says when no interaction is selected: the span of the timeline,
        and how to go on."""
        shown = self.proxy.rowCount()
        if shown == 0:
            return self.tr("No interaction to show. Press Enter to log one.")
        first = self.view.record_at_view_row(0).occurred
        last = self.view.record_at_view_row(shown - 1).occurred
        earliest, latest = min(first, last), max(first, last)
        return self.tr(
            "Interactions shown: {count}, from {first} to {last}. Select one to see it in "
            "full, or press Enter to log a new one."
        ).format(count=shown, first=format_day(earliest.day), last=format_day(latest.day))

    def _filter(self, timeline_filter: TimelineFilter) -> None:
        self.proxy.set_filter(timeline_filter)
        self.show_selected()
        self.title_changed.emit(self.title())

    def _update_actions(self) -> None:
        has_case = self.workspace is not None and self.case_id is not None
        selected = has_case and self.view.current_record() is not None
        self.log_action.setEnabled(has_case)
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)

    def log_interaction(self) -> None:
        """Open the form to log an interaction of the case on show."""
        if self.workspace is None or self.case_id is None:
            return
        self._open(InteractionDialog(self.workspace, self.case_id, parent=self))

    def edit_selected(self) -> None:
        """Open the selected interaction in the same form, filled in."""
        record = self.view.current_record()
        if self.workspace is None or self.case_id is None or record is None:
            return
        self._open(InteractionDialog(self.workspace, self.case_id, interaction=record, parent=self))

    def _open(self, dialog: InteractionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved: self.select_id(saved.id))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: InteractionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.view.setFocus()

    def delete_selected(self) -> None:
        """Delete the selected interaction once the user confirms; its promises and evidence
        stay in the case, unlinked (Undo links them again)."""
        record = self.view.current_record()
        if self.workspace is None or self.case_id is None or record is None:
            return
        question = self.tr("Delete the interaction “{summary}” of {when}?").format(
            summary=record.summary, when=format_moment(record.occurred)
        )
        if not interaction_links(self.workspace.store, record.id).is_empty():
            question += "\n\n" + self.tr(
                "The promises and evidence recorded with it stay in the case, "
                "no longer linked to it."
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete Interaction"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_interaction(self.workspace, record)
        except RecoursError as error:
            show_error(self, error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the list, Enter logs a new interaction and F2 edits the selected one (the list
        claims these keys before any window-wide shortcut)."""
        if watched is self.view and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            key = Qt.Key(event.key())
            if plain and (key in _ENTER_KEYS or key == Qt.Key.Key_F2):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    if key == Qt.Key.Key_F2:
                        self.edit_selected()
                    else:
                        self.log_interaction()
                    return True
        return super().eventFilter(watched, event)
