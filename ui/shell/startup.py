"""One run of the desktop app on one data folder: the window first, then the record.

The window appears before the database is opened (opening may run migrations, which load
sqlite-utils), so the first paint never waits on the disk. An empty record offers the demo
case, which is built in the background because it writes a PDF and a photo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from core.backups.catalog import Backup
from core.database import Store
from core.datadir import APP_NAME
from core.errors import RecoursError
from core.evidence import collect_unreferenced_files
from core.model import Language
from ui.errors import describe_problem, show_error
from ui.language import interface_language
from ui.record_safety.record_guard import RecordGuard
from ui.shell.main_window import MainWindow
from ui.tasks import run_in_background
from ui.workspace import Workspace


def build_demo_case(data_dir: Path, lang: Language) -> int:
    """Write the demo case with a connection of the calling (background) thread; its id."""
    from core.demo import create_demo_case

    with Store.open(data_dir) as store:
        return create_demo_case(store, lang=lang).id


class DesktopSession(QObject):
    """Owns the main window and the record it shows, from start to quit.

    Signals:
        record_opened(): the record is open and its cases are listed.
        record_failed(): the record could not be opened; the window says why.
        demo_created(): the demo case was written and is now listed.
    """

    record_opened = Signal()
    record_failed = Signal()
    demo_created = Signal()

    def __init__(self, data_dir: Path, settings: QSettings) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.window = MainWindow(settings)
        self.guard = RecordGuard(self.window, data_dir)
        self.guard.restored.connect(self.open_record)
        self.window.backup_actions.restore_requested.connect(self.restore_backup)

    def start(self) -> None:
        """Show the window now; open the record once the event loop has painted it."""
        self.window.show()
        QTimer.singleShot(0, self.open_record)

    def open_record(self) -> None:
        """Check the record, then open it; a damaged one is offered its latest good backup."""
        self.window.storage_banner.show_for(self.data_dir)
        if not self.guard.record_is_whole():
            self.record_failed.emit()
            return
        try:
            store = Store.open(self.data_dir)
        except RecoursError as error:
            self.window.show_unavailable(describe_problem(error) or "", self.data_dir)
            self.record_failed.emit()
            show_error(self.window, error)
            return
        self.workspace = Workspace(store, self)
        self.window.set_workspace(self.workspace)
        self.record_opened.emit()
        self.window.backup_actions.start_daily_backup()
        if not self.window.has_cases():
            self.offer_demo_case()

    def offer_demo_case(self) -> None:
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            self.tr(
                "There are no cases in this data folder yet.\n\n"
                "Create the demo case? It is the true story of a phone sold as free and then "
                "billed, with its calls, broken promises and evidence: a quick way to see how "
                "Recours keeps a dispute."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.statusBar().showMessage(self.tr("Creating the demo case…"))
        data_dir, lang = self.data_dir, interface_language()
        run_in_background(
            lambda: build_demo_case(data_dir, lang),
            on_success=self._on_demo_created,
            on_failure=self._on_demo_failed,
            parent=self.window,
        )

    def _on_demo_created(self, case_id: int) -> None:
        self.window.reload_cases(select_case_id=case_id)
        self.demo_created.emit()

    def _on_demo_failed(self, error: BaseException) -> None:
        self.window.statusBar().clearMessage()
        show_error(self.window, error)

    def restore_backup(self, backup: Backup) -> None:
        """File › Restore a Backup…: close the record, put the backup back, open it again.
        The undo history belonged to the record that is replaced, so it goes with it."""
        workspace = self.workspace
        if workspace is not None:
            workspace.undo_stack.clear()
        self.close()
        if workspace is not None:
            workspace.deleteLater()
        self.window.show_unavailable(self.tr("Restoring the backup…"), self.data_dir)
        result = self.guard.put_back(backup)
        self.open_record()
        if result is not None:
            self.guard.report(result)

    @property
    def store(self) -> Store | None:
        return None if self.workspace is None else self.workspace.store

    def close(self) -> None:
        """Close the record; evidence files only an undone attachment used go now."""
        if self.workspace is None:
            return
        store = self.workspace.store
        self.workspace = None
        try:
            collect_unreferenced_files(store)
        finally:
            store.close()
