"""File › Export This Case…, Export All Cases… and Import a Case…: case archives (`.recours`)
written and read in the background, with progress and Cancel.

The work runs on a pool thread with its own `Store` (`core.archive` streams every evidence
file and fingerprints it), so the window stays usable however large the archive. An archive
that is damaged or hostile is refused by the core with a sentence saying why, and nothing is
written.

An import is not one step of the undo history: it is written by the worker's connection, whose
rows the window's journal does not see, and it may replace a case whole. The history is
cleared after it instead, and the status line says so: an older step replayed over imported
rows could otherwise change a case that was not there when the step was recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from core.backups.catalog import BackupReason
from core.backups.making import create_backup
from core.database import Store
from core.errors import OperationCancelled
from core.filenames import safe_filename
from ui.errors import show_error
from ui.evidence.file_drops import local_files
from ui.formatting import format_size
from ui.record_change import EVERYTHING, RecordChange
from ui.tasks import TaskControl, TaskHandle, show_progress, start_task
from ui.workspace import Workspace

if TYPE_CHECKING:
    from core.archive import ExportReport, ImportMode, ImportReport
    from ui.shell.main_window import MainWindow

ResultT = TypeVar("ResultT")

_FOLDER_KEY: Final = "archives/folder"
_CASE_PRESENT: Final = "archive.case_present"


def is_archive(path: Path) -> bool:
    from core.archive import ARCHIVE_EXTENSION

    return path.suffix.lower() == ARCHIVE_EXTENSION


def archive_drop(event: QDropEvent) -> Path | None:
    """The one case archive a drag carries, or None for anything else."""
    files = local_files(event.mimeData())
    if files is None or len(files) != 1 or not is_archive(files[0]):
        return None
    if not event.possibleActions() & Qt.DropAction.CopyAction:
        return None
    return files[0]


def with_archive_extension(chosen: str) -> Path:
    from core.archive import ARCHIVE_EXTENSION

    path = Path(chosen)
    return path if is_archive(path) else path.with_name(path.name + ARCHIVE_EXTENSION)


class ArchiveActions(QObject):
    """The archive actions of the File menu, and dropping an archive on the window.

    One archive task at a time: the actions are disabled while one runs.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.task: TaskHandle | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.mode_box: QMessageBox | None = None

        self.export_case_action = QAction(self.tr("&Export This Case…"), self)
        self.export_case_action.setStatusTip(
            self.tr("Save the selected case and its evidence in one .recours file")
        )
        self.export_case_action.triggered.connect(self.export_case)
        self.export_all_action = QAction(self.tr("Export &All Cases…"), self)
        self.export_all_action.setStatusTip(
            self.tr("Save every case and its evidence in one .recours file")
        )
        self.export_all_action.triggered.connect(self.export_all)
        self.import_action = QAction(self.tr("&Import a Case…"), self)
        self.import_action.setStatusTip(
            self.tr("Take in the cases of a .recours file, as new cases or restored")
        )
        self.import_action.triggered.connect(self.choose_archive)

        window.case_list.case_selected.connect(lambda _case_id: self._enable())
        window.case_list.selection_cleared.connect(self._enable)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self._enable()

    def menu_actions(self) -> list[QAction]:
        return [self.export_case_action, self.export_all_action, self.import_action]

    def bind(self, workspace: Workspace | None) -> None:
        """Work on this open record (None while no record is open)."""
        self.workspace = workspace
        self._enable()

    def is_busy(self) -> bool:
        return self.task is not None

    def _enable(self) -> None:
        ready = self.workspace is not None and self.task is None
        self.export_case_action.setEnabled(
            ready and self.window.case_list.current_record() is not None
        )
        self.export_all_action.setEnabled(ready)
        self.import_action.setEnabled(ready)

    def _data_dir(self) -> Path | None:
        return None if self.workspace is None else self.workspace.store.data_dir

    def _folder(self) -> Path:
        return Path(str(self.window.settings.value(_FOLDER_KEY, "") or Path.home()))

    # Export

    def export_case(self) -> None:
        case = self.window.case_list.current_record()
        if case is None:
            return
        self._export(
            [case.id],
            suggested=case.title,
            title=self.tr("Export This Case"),
            text=self.tr("Exporting “{title}”…").format(title=case.title),
        )

    def export_all(self) -> None:
        day = dt.date.today().isoformat()
        self._export(
            None,
            suggested=self.tr("Recours cases {day}").format(day=day),
            title=self.tr("Export All Cases"),
            text=self.tr("Exporting every case…"),
        )

    def _export(
        self, case_ids: Sequence[int] | None, *, suggested: str, title: str, text: str
    ) -> None:
        from core.archive import ARCHIVE_EXTENSION, export_cases

        data_dir = self._data_dir()
        if data_dir is None or self.task is not None:
            return
        proposed = self._folder() / safe_filename(suggested + ARCHIVE_EXTENSION)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, title, str(proposed), self.tr("Recours archives (*.recours)")
        )
        if not chosen:
            return
        target = with_archive_extension(chosen)
        if str(target) != chosen and target.exists() and not self._may_replace(target, title):
            return
        self.window.settings.setValue(_FOLDER_KEY, str(target.parent))

        def work(control: TaskControl) -> ExportReport:
            control.report(0, 1, text)
            with Store.open(data_dir) as store:
                return export_cases(
                    store,
                    destination=target,
                    case_ids=case_ids,
                    all_cases=case_ids is None,
                    progress=control.report,
                    should_cancel=control.cancelled,
                )

        self._start(work, self._exported, title=title, cancelled=self.tr("Export cancelled"))

    def _may_replace(self, target: Path, title: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            title,
            self.tr("{name} already exists. Replace it?").format(name=target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _exported(self, report: ExportReport) -> None:
        if len(report.cases) == 1:
            sentence = self.tr("Exported the case to {path} ({size})")
        else:
            sentence = self.tr("Exported {count} cases to {path} ({size})")
        self.window.announce(
            sentence.format(
                count=len(report.cases),
                path=report.destination,
                size=format_size(report.archive_bytes),
            )
        )

    # Import

    def choose_archive(self) -> None:
        if self.workspace is None or self.task is not None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a Case"),
            str(self._folder()),
            self.tr("Recours archives (*.recours);;All files (*)"),
        )
        if chosen:
            self.window.settings.setValue(_FOLDER_KEY, str(Path(chosen).parent))
            self.ask_how_to_import(Path(chosen))

    def ask_how_to_import(self, source: Path) -> None:
        """New copy or restore: the box says what each does, then the import starts."""
        from core.archive import ImportMode

        if self.workspace is None:
            return
        if self.task is not None:
            self.window.announce(self.tr("Wait for the archive on its way to finish first"))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import a Case"),
            self.tr("How should the cases of “{name}” join this record?").format(name=source.name),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setAccessibleName(self.tr("How to import the archive"))
        box.setInformativeText(
            self.tr(
                "A new copy adds the cases beside yours, renamed if a title is taken: for a "
                "case someone sent you.\n"
                "Restore brings them back exactly as they were, to move your own record: a "
                "case already here is replaced only if you agree."
            )
        )
        new_copy = box.addButton(self.tr("&New Copy"), QMessageBox.ButtonRole.AcceptRole)
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new_copy)
        new_copy.setAccessibleName(self.tr("Import as new cases"))
        restore.setAccessibleName(self.tr("Restore the cases as they were"))

        def chosen() -> None:
            clicked = box.clickedButton()
            self.mode_box = None
            box.deleteLater()
            if clicked is new_copy:
                self.start_import(source, ImportMode.NEW)
            elif clicked is restore:
                self.start_import(source, ImportMode.RESTORE)

        box.finished.connect(chosen)
        self.mode_box = box
        box.open()

    def start_import(self, source: Path, mode: ImportMode, *, replace: bool = False) -> None:
        from core.archive import ArchiveError, import_archive

        data_dir = self._data_dir()
        if data_dir is None or self.task is not None:
            return
        text = self.tr("Importing “{name}”…").format(name=source.name)
        backed_up = self.tr("Backing up the record before replacing its cases…")

        def work(control: TaskControl) -> ImportReport:
            with Store.open(data_dir) as store:
                if replace:
                    control.report(0, 1, backed_up)
                    create_backup(store, reason=BackupReason.MANUAL)
                control.report(0, 1, text)
                return import_archive(
                    store,
                    source=source,
                    mode=mode,
                    replace=replace,
                    progress=control.report,
                    should_cancel=control.cancelled,
                )

        def failed(error: BaseException) -> bool:
            if replace or not isinstance(error, ArchiveError):
                return False
            if error.message_id != _CASE_PRESENT:
                return False
            title = str(error.params.get("title", ""))
            QTimer.singleShot(0, lambda: self._offer_replace(source, title))
            return True

        self._start(
            work,
            self._imported,
            title=self.tr("Import a Case"),
            cancelled=self.tr("Import cancelled; nothing was imported"),
            failed=failed,
        )

    def _offer_replace(self, source: Path, title: str) -> None:
        from core.archive import ImportMode

        answer = QMessageBox.question(
            self.window,
            self.tr("Restore"),
            self.tr(
                "“{title}” is already in this record.\n\n"
                "Replace it with the case from the archive? What was recorded in it here is "
                "replaced; a backup of the record is taken first, so Restore a Backup can "
                "bring it back."
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_import(source, ImportMode.RESTORE, replace=True)
        else:
            self.window.announce(self.tr("Nothing was imported"))

    def _imported(self, report: ImportReport) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        workspace.undo_stack.clear()
        workspace.undo_log.retain([])
        workspace.notify(RecordChange(EVERYTHING))
        if report.cases:
            self.window.reveal_case(report.cases[0].case_id)
        if len(report.cases) == 1:
            sentence = self.tr("Imported “{title}” from {name}.")
        else:
            sentence = self.tr("Imported {count} cases from {name}.")
        cleared = self.tr("The undo history was cleared: an import cannot be undone.")
        self.window.announce(
            sentence.format(
                title=report.cases[0].title if report.cases else "",
                count=len(report.cases),
                name=report.source.name,
            )
            + " "
            + cleared
        )

    # Dropping an archive on the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or self.workspace is None:
            return False
        match event.type():
            case QEvent.Type.DragEnter | QEvent.Type.DragMove:
                assert isinstance(event, QDragMoveEvent)
                if archive_drop(event) is None:
                    return False
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
            case QEvent.Type.Drop:
                assert isinstance(event, QDropEvent)
                source = archive_drop(event)
                if source is None:
                    return False
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.ask_how_to_import(source)
                return True
        return False

    # Running one task

    def _start(
        self,
        work: Callable[[TaskControl], ResultT],
        done: Callable[[ResultT], None],
        *,
        title: str,
        cancelled: str,
        failed: Callable[[BaseException], bool] | None = None,
    ) -> None:
        def succeed(result: ResultT) -> None:
            self._release()
            done(result)

        def fail(error: BaseException) -> None:
            self._release()
            if isinstance(error, OperationCancelled):
                self.window.announce(cancelled)
            elif failed is None or not failed(error):
                show_error(self.window, error)

        task = start_task(work, on_success=succeed, on_failure=fail, parent=self)
        self.task = task
        self.progress_dialog = show_progress(task, title=title, parent=self.window)
        self._enable()

    def _release(self) -> None:
        """The task has ended: another may start (its progress dialog closes right after)."""
        self.task = None
        self.progress_dialog = None
        self._enable()
