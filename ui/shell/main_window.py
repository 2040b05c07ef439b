"""The main window: the dashboard of cases beside the selected case's record.

The window reads the record through core functions on the main thread (each read is small);
every edit goes through the `Workspace`, whose `changed` signal is the one place views learn
what to reload; anything slow goes through `ui.tasks`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from core.case_summaries import list_case_summaries
from core.datadir import APP_NAME
from core.errors import RecoursError
from core.search import SearchHit
from ui.case.case_actions import CaseActions
from ui.case.case_dashboard import CaseDashboard
from ui.case.case_detail import CaseDetail
from ui.case.case_tab import CaseTab
from ui.errors import show_error
from ui.evidence.file_drops import install_evidence_drops
from ui.evidence.text_indexing import TextIndexer
from ui.icons import app_icon
from ui.next_steps.controller import NextStepsController
from ui.record_change import Part, RecordChange
from ui.record_safety.archive_actions import ArchiveActions
from ui.record_safety.backup_actions import BackupActions
from ui.record_safety.storage_banner import StorageBanner, under_banner
from ui.settings import LAST_CASE_KEY
from ui.shell.about_dialog import AboutAction
from ui.shell.focused_delete import FocusedDelete
from ui.shell.main_toolbar import MainToolbar
from ui.shell.search_bar import SearchBar
from ui.shell.settings_dialog import PreferencesDialog
from ui.shortcuts import set_standard_shortcut
from ui.window_state import WindowState, first_size
from ui.workspace import Workspace

_DEFAULT_SIZE = QSize(1600, 1000)
_ANNOUNCEMENT_MS = 8000
_FOLDER_LABEL_GAP = 16
"""Room between a long status message and the data folder, which would otherwise touch."""
_CASE_LIST_SHARE = 0.26
_CASE_LIST_MAX_SHARE = 0.32
"""On first start the list of cases takes about a third of the window at most: the case
on show, its summary and its tabs, needs the room."""


class MainWindow(QMainWindow):
    """Cases on the left, the selected case on the right, a status line below.

    The window starts without a record (`workspace` is None) so it can appear before the
    database is opened; `set_workspace` fills it.
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.workspace: Workspace | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())

        self.dashboard = CaseDashboard()
        self.case_list = self.dashboard.case_list
        self.case_detail = CaseDetail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.dashboard)
        self.splitter.addWidget(self.case_detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.storage_banner = StorageBanner(settings)
        self.setCentralWidget(under_banner(self.storage_banner, self.splitter))

        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.folder_label.setContentsMargins(_FOLDER_LABEL_GAP, 0, 0, 0)
        self.statusBar().addPermanentWidget(self.folder_label)

        self.case_actions = CaseActions(self, settings)
        self.search_bar = SearchBar(self)
        self.delete_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.EditDelete), "", self)
        self.focused_delete = FocusedDelete(self, self.delete_action, self._delete_target)
        self.data_dir: Path | None = None
        self.archive_actions = ArchiveActions(self)
        self.backup_actions = BackupActions(self)
        self.about_action = AboutAction(self, lambda: self.data_dir)
        self._create_actions()
        self._create_menus()
        self.toolbar = MainToolbar(self, self.search_bar)
        self.addToolBar(self.toolbar)
        self.toolbar.set_fixed_actions(
            [self.case_actions.new_action, self.case_actions.edit_action],
            [self.undo_action, self.redo_action],
        )
        self.dashboard.set_new_case_action(self.case_actions.new_action)
        self.text_indexer = TextIndexer(self)
        self.reload_action.triggered.connect(self.text_indexer.request)
        mail_importer = self.case_detail.evidence.mail_importer
        mail_importer.settings = settings
        mail_importer.finished.connect(
            lambda report: self.show_interactions(report.case_id, report.interaction_ids())
        )

        self.case_list.case_selected.connect(self.show_case)
        self.case_list.selection_cleared.connect(self._show_no_selection)
        self.case_list.doubleClicked.connect(lambda _index: self.case_actions.edit_case())
        self.case_actions.case_saved.connect(self.reveal_case)
        self.search_bar.hit_chosen.connect(self.show_hit)
        self.case_detail.tabs.currentChanged.connect(self._show_tab_actions)
        self._adopt_tab_actions()
        install_evidence_drops(self.case_list, self.case_detail)
        self.next_steps = NextStepsController(self)
        QWidget.setTabOrder(self.search_bar, self.dashboard.notice_banner.show_button)

        self.window_state = WindowState("MainWindow", settings)
        self._arrange_for_first_case = not self.window_state.restore(self, self._splitters())
        if self._arrange_for_first_case:
            self._use_default_geometry()
        self.case_detail.show_placeholder(self.tr("Opening the case record…"))

    def _use_default_geometry(self) -> None:
        """First start: a roomy window that still fits the screen, the list of cases on
        about a quarter of it."""
        size = first_size(self, _DEFAULT_SIZE)
        self.resize(size)
        case_list_width = int(size.width() * _CASE_LIST_SHARE)
        self.splitter.setSizes([case_list_width, size.width() - case_list_width])

    def _fit_case_list(self) -> None:
        """Widen the list of cases towards the width that shows its columns whole, within a
        share of the window."""
        total = sum(self.splitter.sizes())
        width = min(self.case_list.natural_width(), int(total * _CASE_LIST_MAX_SHARE))
        width = max(width, int(total * _CASE_LIST_SHARE))
        self.splitter.setSizes([width, total - width])
        self.case_list.fit_columns()

    def _splitters(self) -> dict[str, QSplitter]:
        return {"cases": self.splitter, "case": self.case_detail.splitter}

    def _create_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quit"), self)
        set_standard_shortcut(self.quit_action, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.undo_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.EditUndo), "", self)
        self.undo_action.setText(self.tr("&Undo"))
        self.undo_action.setIconText(self.tr("Undo"))
        set_standard_shortcut(self.undo_action, QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.EditRedo), "", self)
        self.redo_action.setText(self.tr("&Redo"))
        self.redo_action.setIconText(self.tr("Redo"))
        set_standard_shortcut(self.redo_action, QKeySequence.StandardKey.Redo)
        self.redo_action.setEnabled(False)

        set_standard_shortcut(self.delete_action, QKeySequence.StandardKey.Delete)

        self.find_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.EditFind), "", self)
        self.find_action.setText(self.tr("&Find in All Cases…"))
        set_standard_shortcut(self.find_action, QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)

        self.preferences_action = QAction(self.tr("Prefere&nces…"), self)
        set_standard_shortcut(self.preferences_action, QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)

        self.reload_action = QAction(self.tr("&Reload"), self)
        set_standard_shortcut(self.reload_action, QKeySequence.StandardKey.Refresh)
        self.reload_action.setStatusTip(
            self.tr("Read the case record again, with changes made from the command line")
        )
        self.reload_action.setEnabled(False)
        self.reload_action.triggered.connect(self.reload_cases)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.case_actions.new_action)
        file_menu.addSeparator()
        file_menu.addActions(self.archive_actions.menu_actions())
        file_menu.addSeparator()
        file_menu.addActions(self.backup_actions.menu_actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.reload_action)

        self.case_menu = self.menuBar().addMenu(self.tr("&Case"))
        self.case_menu.aboutToShow.connect(self._fill_case_menu)
        self._fill_case_menu()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _fill_case_menu(self) -> None:
        """The case's own actions, then each tab's, under the tab's name. Built again each
        time it opens, so it shows what the tabs offer now."""
        menu = self.case_menu
        menu.clear()
        actions = self.case_actions
        menu.addAction(actions.new_action)
        menu.addAction(actions.edit_action)
        menu.addSeparator()
        menu.addAction(actions.close_action)
        status_menu = menu.addMenu(self.tr("Set &Status"))
        status_menu.setEnabled(actions.case is not None)
        status_menu.addActions(list(actions.status_actions.values()))
        menu.addSeparator()
        menu.addAction(actions.delete_action)
        for tab in self.case_detail.case_tabs():
            tab_actions = tab.case_actions()
            if tab_actions:
                menu.addSection(self.case_detail.tab_name(tab))
                menu.addActions(tab_actions)
        self._adopt_tab_actions()

    def _adopt_tab_actions(self) -> None:
        """Make every tab's actions answer their shortcuts anywhere in the window."""
        for tab in self.case_detail.case_tabs():
            for action in tab.case_actions():
                if action not in self.actions():
                    self.addAction(action)

    def _show_tab_actions(self) -> None:
        """The toolbar offers the actions of the tab on show, none while no case is."""
        tab = self.case_detail.tabs.currentWidget()
        if isinstance(tab, CaseTab) and self.case_detail.case_id is not None:
            self.toolbar.show_tab_actions(tab.case_actions())
        else:
            self.toolbar.show_tab_actions([])

    def _delete_target(self, focus: QWidget) -> QAction | None:
        """What the Delete key deletes: the case when the list of cases has the focus, the
        selected row of a tab that offers a "delete" action when that tab has it."""
        if focus is self.case_list or self.case_list.isAncestorOf(focus):
            return self.case_actions.delete_action
        for tab in self.case_detail.case_tabs():
            if tab is focus or tab.isAncestorOf(focus):
                return next(
                    (action for action in tab.case_actions() if action.objectName() == "delete"),
                    None,
                )
        return None

    def set_workspace(self, workspace: Workspace) -> None:
        """Show and edit this open record (the caller opened it and closes it), on the case
        the user had open last time."""
        self.workspace = workspace
        data_dir = workspace.store.data_dir
        if data_dir is not None:
            self.folder_label.setText(self.tr("Data folder: {path}").format(path=data_dir))
            self.folder_label.setToolTip(str(data_dir))
        self.reload_action.setEnabled(True)
        self.data_dir = data_dir
        self.archive_actions.bind(workspace)
        self.backup_actions.bind(workspace)
        self._connect_undo(workspace.undo_stack)
        workspace.changed.connect(self.apply_change)
        workspace.announced.connect(self.announce)
        workspace.failed.connect(lambda error: show_error(self, error))
        self.text_indexer.bind(workspace)
        self.case_actions.bind(workspace)
        self.search_bar.bind(workspace)
        self.case_detail.bind(workspace)
        self.next_steps.bind(workspace)
        last_case = self.settings.value(LAST_CASE_KEY)
        self.reload_cases(select_case_id=int(last_case) if str(last_case).isdigit() else None)
        self._adopt_tab_actions()

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
        case on show (unless it is gone). A case that has just appeared (created, or brought
        back by an undo) is selected."""
        before = {summary.id for summary in self.case_list.cases.records()}
        if change.parts & Part.CASE_LIST:
            self.reload_cases()
        appeared = {summary.id for summary in self.case_list.cases.records()} - before
        if len(appeared) == 1:
            self.reveal_case(appeared.pop())
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
        self.data_dir = data_dir
        self.archive_actions.bind(None)
        self.backup_actions.bind(None)
        self.folder_label.setText(self.tr("Data folder: {path}").format(path=data_dir))
        self.case_detail.show_placeholder(reason)
        self.statusBar().showMessage(self.tr("The case record could not be opened."))

    def has_cases(self) -> bool:
        return self.case_list.cases.rowCount() > 0

    def reload_cases(self, *, select_case_id: int | None = None) -> None:
        if self.workspace is None:
            return
        day = self.next_steps.day.today()
        try:
            summaries = list_case_summaries(self.workspace.store, today=day)
        except RecoursError as error:
            show_error(self, error)
            return
        self.case_list.set_cases(summaries, prefer_case_id=select_case_id, today=day)
        self._sync_case_actions()
        self.next_steps.refresh()

    def reveal_case(self, case_id: int) -> None:
        """Select a case, showing every case again if the filters hid it."""
        if not self.case_list.select_case(case_id):
            self.dashboard.clear_filters()
            self.case_list.select_case(case_id)

    def show_case(self, case_id: int) -> None:
        if self.workspace is None or case_id == self.case_detail.case_id:
            self._sync_case_actions()
            return
        self.case_detail.show_case(case_id)
        if self._arrange_for_first_case:
            self._arrange_for_first_case = False
            self._fit_case_list()
            self.case_detail.fit_summary()
        self._show_title(case_id)
        self._sync_case_actions()
        self._show_tab_actions()
        self.settings.setValue(LAST_CASE_KEY, case_id)

    def show_hit(self, hit: SearchHit) -> None:
        """Go to a search hit: its case, then its row in the tab that lists it."""
        self.reveal_case(hit.case_id)
        if self.case_detail.case_id != hit.case_id:
            return
        tab = self.case_detail.tab_holding(hit.kind)
        if tab is None:
            self.case_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.case_detail.show_record(tab, hit.item_id)

    def show_interactions(self, case_id: int, interaction_ids: list[int]) -> None:
        """Go to interactions just added (imported emails): their case, its timeline, the
        first of them selected and the list scrolled to it."""
        if not interaction_ids:
            return
        self.reveal_case(case_id)
        if self.case_detail.case_id == case_id:
            self.case_detail.show_record(self.case_detail.timeline, interaction_ids[0])

    def focus_search(self) -> None:
        self.search_bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.selectAll()

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.announce(self.tr("Preferences saved")))
        dialog.accepted.connect(self.next_steps.settings_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.preferences_dialog = dialog
        dialog.open()

    def _sync_case_actions(self) -> None:
        self.case_actions.show_case(self.case_list.current_record())
        self.focused_delete.update()

    def _show_title(self, case_id: int) -> None:
        summary = self.case_list.cases.summary_of_case(case_id)
        if summary is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(self.tr("{case} — {app}").format(case=summary.title, app=APP_NAME))

    def _show_no_selection(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.case_detail.case_id = None
        self._sync_case_actions()
        self._show_tab_actions()
        if self.has_cases():
            self.case_detail.show_placeholder(self.tr("Select a case to see its record."))
            return
        shortcut = self.case_actions.new_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.case_detail.show_placeholder(
            self.tr(
                "There are no cases yet.\n\n"
                "Start one with Case › New Case ({shortcut}). Cases added from the command "
                "line (recours new-case) appear here after View › Reload."
            ).format(shortcut=shortcut)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_state.save(self, self._splitters())
        self.text_indexer.stop()
        super().closeEvent(event)
