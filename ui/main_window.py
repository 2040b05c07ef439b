"""The main window: the list of cases beside the selected case's record.

The window reads the record through core functions on the main thread (each read is small);
every edit goes through the `Workspace`, whose `changed` signal is the one place views learn
what to reload; anything slow goes through `ui.tasks`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from core.case_summaries import list_case_summaries
from core.datadir import APP_NAME
from core.errors import RecoursError
from ui.case_detail import CaseDetail
from ui.case_list import CaseList
from ui.errors import show_error
from ui.icons import app_icon
from ui.record_change import Part, RecordChange
from ui.window_state import WindowState
from ui.workspace import Workspace

_DEFAULT_SIZE = QSize(1600, 1000)
_ANNOUNCEMENT_MS = 8000
_DEFAULT_SCREEN_SHARE = 0.92
_CASE_LIST_SHARE = 0.32
_CASE_LIST_MAX_SHARE = 0.42


class MainWindow(QMainWindow):
    """Cases on the left, the selected case on the right, a status line below.

    The window starts without a record (`workspace` is None) so it can appear before the
    database is opened; `set_workspace` fills it.
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())

        self.case_list = CaseList()
        self.case_detail = CaseDetail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.case_detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.folder_label)

        self._create_menus()
        self.case_list.case_selected.connect(self.show_case)
        self.case_list.selection_cleared.connect(self._show_no_selection)

        self.window_state = WindowState("MainWindow", settings)
        self._arrange_for_first_case = not self.window_state.restore(self, self._splitters())
        if self._arrange_for_first_case:
            self._use_default_geometry()
        self.case_detail.show_placeholder(self.tr("Opening the case record…"))

    def _use_default_geometry(self) -> None:
        """First start: a roomy window that still fits the screen, the list of cases on
        a bit less than half of it."""
        size = _DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            available = screen.availableSize()
            size = size.boundedTo(
                QSize(
                    int(available.width() * _DEFAULT_SCREEN_SHARE),
                    int(available.height() * _DEFAULT_SCREEN_SHARE),
                )
            )
        self.resize(size)
        case_list_width = int(size.width() * _CASE_LIST_SHARE)
        self.splitter.setSizes([case_list_width, size.width() - case_list_width])

    def _fit_case_list(self) -> None:
        """Widen the list of cases to show its columns whole, within a share of the window."""
        total = sum(self.splitter.sizes())
        width = min(self.case_list.natural_width(), int(total * _CASE_LIST_MAX_SHARE))
        width = max(width, int(total * _CASE_LIST_SHARE))
        self.splitter.setSizes([width, total - width])
        self.case_list.fit_columns()

    def _splitters(self) -> dict[str, QSplitter]:
        return {"cases": self.splitter, "case": self.case_detail.splitter}

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setEnabled(False)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.reload_action = QAction(self.tr("&Reload"), self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.setStatusTip(
            self.tr("Read the case record again, with changes made from the command line")
        )
        self.reload_action.setEnabled(False)
        self.reload_action.triggered.connect(self.reload_cases)
        view_menu.addAction(self.reload_action)

    def set_workspace(self, workspace: Workspace) -> None:
        """Show and edit this open record (the caller opened it and closes it)."""
        self.workspace = workspace
        data_dir = workspace.store.data_dir
        if data_dir is not None:
            self.folder_label.setText(self.tr("Data folder: {path}").format(path=data_dir))
            self.folder_label.setToolTip(str(data_dir))
        self.reload_action.setEnabled(True)
        self._connect_undo(workspace.undo_stack)
        workspace.changed.connect(self.apply_change)
        workspace.announced.connect(self.announce)
        workspace.failed.connect(lambda error: show_error(self, error))
        self.case_detail.bind(workspace)
        self.reload_cases()

    def _connect_undo(self, stack: QUndoStack) -> None:
        """Undo and Redo say what they would undo or redo ("Undo Log a call")."""
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)

    def _name_undo(self, action: str) -> None:
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=action) if action else self.tr("&Undo")
        )

    def _name_redo(self, action: str) -> None:
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=action) if action else self.tr("&Redo")
        )

    def apply_change(self, change: RecordChange) -> None:
        """The record changed: refresh the list of cases, then what the change touched of the
        case on show (unless it is gone)."""
        if change.parts & Part.CASE_LIST:
            self.reload_cases()
        shown = self.case_detail.case_id
        if shown is not None and self.case_list.cases.row_of_case(shown) is not None:
            self.case_detail.apply_change(change)
            if change.touches(Part.CASE, shown):
                self._show_title(shown)

    def announce(self, sentence: str) -> None:
        """Say in the status line what just happened."""
        self.statusBar().showMessage(sentence, _ANNOUNCEMENT_MS)

    def show_unavailable(self, reason: str, data_dir: Path) -> None:
        """The record could not be opened: say why where the case would be."""
        self.workspace = None
        self.reload_action.setEnabled(False)
        self.folder_label.setText(self.tr("Data folder: {path}").format(path=data_dir))
        self.case_detail.show_placeholder(reason)
        self.statusBar().showMessage(self.tr("The case record could not be opened."))

    def has_cases(self) -> bool:
        return self.case_list.cases.rowCount() > 0

    def reload_cases(self, *, select_case_id: int | None = None) -> None:
        if self.workspace is None:
            return
        try:
            summaries = list_case_summaries(self.workspace.store)
        except RecoursError as error:
            show_error(self, error)
            return
        self.case_list.set_cases(summaries)
        if select_case_id is not None:
            self.case_list.select_case(select_case_id)

    def show_case(self, case_id: int) -> None:
        if self.workspace is None or case_id == self.case_detail.case_id:
            return
        self.case_detail.show_case(case_id)
        if self._arrange_for_first_case:
            self._arrange_for_first_case = False
            self._fit_case_list()
            self.case_detail.fit_summary()
        self._show_title(case_id)

    def _show_title(self, case_id: int) -> None:
        summary = self.case_list.cases.summary_of_case(case_id)
        self.setWindowTitle(summary.title if summary is not None else APP_NAME)

    def _show_no_selection(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.case_detail.case_id = None
        if self.has_cases():
            self.case_detail.show_placeholder(self.tr("Select a case to see its record."))
        else:
            self.case_detail.show_placeholder(
                self.tr(
                    "There are no cases yet.\n\n"
                    "Cases added from the command line (recours new-case) appear here "
                    "after View › Reload."
                )
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_state.save(self, self._splitters())
        super().closeEvent(event)
