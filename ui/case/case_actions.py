"""What a user can do to a whole case: create, edit, move along (awaiting a reply, escalated,
resolved), close, reopen, delete. Each is one undoable edit through the workspace."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from core.case_contents import count_case_contents
from core.cases import delete_case, get_case, set_case_status
from core.datadir import APP_NAME
from core.errors import RecoursError
from core.model import CaseStatus, CaseSummary
from ui.case.case_editor import CaseEditor
from ui.errors import show_error
from ui.labels import label
from ui.record_change import EVERYTHING, Part, RecordChange
from ui.shortcuts import set_standard_shortcut
from ui.workspace import Workspace

FINISHED = frozenset({CaseStatus.RESOLVED, CaseStatus.CLOSED})


class CaseActions(QObject):
    """The Case menu's own actions, acting on the case the window shows.

    Signals:
        case_saved(int): a case was created or edited in the editor (its id).
    """

    case_saved = Signal(int)

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.workspace: Workspace | None = None
        self.case: CaseSummary | None = None
        self.editor: CaseEditor | None = None

        self.new_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.DocumentNew), "", self)
        self.new_action.setText(self.tr("&New Case…"))
        self.new_action.setIconText(self.tr("New Case"))
        self.new_action.setStatusTip(self.tr("Start the record of a new dispute"))
        set_standard_shortcut(self.new_action, QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_case)

        self.edit_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.DocumentProperties), "", self)
        self.edit_action.setText(self.tr("&Edit Case…"))
        self.edit_action.setIconText(self.tr("Edit Case"))
        self.edit_action.setStatusTip(
            self.tr("Change the title, company, parties, references or sender of the case")
        )
        self.edit_action.triggered.connect(self.edit_case)

        self.close_action = QAction(self.tr("&Close Case"), self)
        self.close_action.triggered.connect(self.close_or_reopen)

        self.status_group = QActionGroup(self)
        self.status_actions: dict[CaseStatus, QAction] = {}
        for status in CaseStatus:
            action = QAction(label(status), self.status_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked, status=status: self.set_status(status))
            self.status_actions[status] = action

        self.delete_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.EditDelete), "", self)
        self.delete_action.setText(self.tr("&Delete Case…"))
        self.delete_action.setObjectName("delete")
        self.delete_action.setStatusTip(
            self.tr("Delete the case with its interactions, promises and evidence")
        )
        self.delete_action.triggered.connect(self.delete_case)

        self.show_case(None)

    def bind(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.new_action.setEnabled(True)

    def case_bound_actions(self) -> list[QAction]:
        return [self.edit_action, self.close_action, *self.status_actions.values()]

    def show_case(self, case: CaseSummary | None) -> None:
        """The case the actions act on now (None: no case shown)."""
        self.case = case
        self.new_action.setEnabled(self.workspace is not None)
        for action in (*self.case_bound_actions(), self.delete_action):
            action.setEnabled(case is not None)
        if case is None:
            self.status_group.setExclusive(False)
            for action in self.status_actions.values():
                action.setChecked(False)
            self.status_group.setExclusive(True)
            self.close_action.setText(self.tr("&Close Case"))
            return
        self.status_actions[case.status].setChecked(True)
        if case.status in FINISHED:
            self.close_action.setText(self.tr("&Reopen Case"))
            self.close_action.setStatusTip(self.tr("Take the case up again"))
        else:
            self.close_action.setText(self.tr("&Close Case"))
            self.close_action.setStatusTip(self.tr("Mark the case closed; it can be reopened"))

    def new_case(self) -> None:
        self._open_editor(None)

    def edit_case(self) -> None:
        if self.case is not None:
            self._open_editor(self.case.id)

    def _open_editor(self, case_id: int | None) -> None:
        if self.workspace is None:
            return
        try:
            editor = CaseEditor(self.workspace, self.settings, case_id=case_id, parent=self.window)
        except RecoursError as error:
            show_error(self.window, error)
            return
        editor.saved.connect(self.case_saved)
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def close_or_reopen(self) -> None:
        if self.case is not None:
            finished = self.case.status in FINISHED
            self.set_status(CaseStatus.OPEN if finished else CaseStatus.CLOSED)

    def set_status(self, status: CaseStatus) -> None:
        if self.case is None or self.workspace is None or status is self.case.status:
            return
        case_id = self.case.id
        description = self._status_description(self.case.status, status)
        try:
            self.workspace.perform(
                description,
                lambda store: set_case_status(store, case_id, status),
                RecordChange(Part.CASE, case_id=case_id),
            )
        except RecoursError as error:
            show_error(self.window, error)

    def _status_description(self, before: CaseStatus, after: CaseStatus) -> str:
        match after:
            case CaseStatus.CLOSED:
                return self.tr("Close the case")
            case CaseStatus.OPEN if before in FINISHED:
                return self.tr("Reopen the case")
            case CaseStatus.OPEN:
                return self.tr("Mark the case open")
            case CaseStatus.AWAITING_REPLY:
                return self.tr("Mark the case awaiting a reply")
            case CaseStatus.ESCALATED:
                return self.tr("Mark the case escalated")
            case _:
                return self.tr("Mark the case resolved")

    def delete_case(self) -> None:
        """Ask first, saying what would go; then delete, keeping the files for an undo."""
        if self.case is None or self.workspace is None:
            return
        case_id = self.case.id
        try:
            title = get_case(self.workspace.store, case_id).title
            contents = count_case_contents(self.workspace.store, case_id=case_id)
        except RecoursError as error:
            show_error(self.window, error)
            return
        if contents.is_empty():
            holds = self.tr("The case holds nothing else yet.")
        else:
            holds = self.tr(
                "It goes with everything it holds:\n"
                "interactions: {interactions}\n"
                "promises: {promises}\n"
                "evidence files: {evidence}\n"
                "money lines: {money}"
            ).format(
                interactions=contents.interactions,
                promises=contents.promises,
                evidence=contents.evidence,
                money=contents.money_lines,
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr("Delete the case “{title}”?").format(title=title),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(
            holds + "\n\n" + self.tr("Edit › Undo brings it back, as long as Recours is open.")
        )
        delete_button = box.addButton(
            self.tr("Delete Case"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel_button)
        box.setEscapeButton(cancel_button)
        box.exec()
        if box.clickedButton() is not delete_button:
            return
        try:
            self.workspace.perform(
                self.tr("Delete the case"),
                lambda store: delete_case(store, case_id, keep_files=True),
                RecordChange(EVERYTHING, case_id=case_id),
            )
        except RecoursError as error:
            show_error(self.window, error)
