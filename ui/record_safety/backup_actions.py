"""File › Back Up Now and Restore a Backup…, and the day's backup taken once the record opens.

Backups run on a pool thread with the worker's own `Store` (SQLite's backup API reads one
consistent snapshot while the window goes on writing). Restoring is the session's job, since
it closes and reopens the record: this module chooses the backup, confirms (Cancel by default)
and emits `restore_requested`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from core.backups.catalog import Backup
from core.backups.making import create_backup, ensure_daily_backup
from core.database import Store
from core.datadir import APP_NAME
from core.i18n import translate
from ui.errors import describe_problem, show_error
from ui.language import interface_language
from ui.models.backup_table_model import ListedBackup
from ui.record_safety.backup_dialogs import BackupChooser, describe_backup
from ui.tasks import run_in_background
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def take_backup(data_dir: Path) -> Backup:
    """A backup by hand, from a pool thread."""
    with Store.open(data_dir) as store:
        return create_backup(store)


def take_daily_backup(data_dir: Path) -> Backup | None:
    """The day's backup, unless there is one already (from a pool thread)."""
    with Store.open(data_dir) as store:
        return ensure_daily_backup(store)


class BackupActions(QObject):
    """The backup actions of the File menu.

    Signals:
        restore_requested(Backup): the user chose this backup and confirmed putting it back.
    """

    restore_requested = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.backing_up = False
        self.chooser: BackupChooser | None = None
        self.warning_box: QMessageBox | None = None

        self.back_up_action = QAction(self.tr("&Back Up Now"), self)
        self.back_up_action.setStatusTip(
            self.tr("Copy the case record into the backups of the data folder now")
        )
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("Restore a Bac&kup…"), self)
        self.restore_action.setStatusTip(
            self.tr("Put an earlier state of the case record back; the current one is kept aside")
        )
        self.restore_action.triggered.connect(self.choose_backup)
        self._enable()

    def menu_actions(self) -> list[QAction]:
        return [self.back_up_action, self.restore_action]

    def bind(self, workspace: Workspace | None) -> None:
        """Work on this open record (None while no record is open)."""
        self.workspace = workspace
        self._enable()

    def _enable(self) -> None:
        """Backing up needs the open record; restoring only its folder, so a record that
        could not be opened can still be given a backup back."""
        self.back_up_action.setEnabled(self.workspace is not None and not self.backing_up)
        self.restore_action.setEnabled(self.window.data_dir is not None)

    def _data_dir(self) -> Path | None:
        return None if self.workspace is None else self.workspace.store.data_dir

    def back_up_now(self) -> None:
        data_dir = self._data_dir()
        if data_dir is None or self.backing_up:
            return
        self.window.statusBar().showMessage(self.tr("Backing up the case record…"))
        self._run(
            lambda: take_backup(data_dir), on_success=self._backed_up, on_failure=self._failed
        )

    def _backed_up(self, backup: Backup | None) -> None:
        if backup is not None:
            self.window.statusBar().showMessage(
                self.tr("Backed up the case record to {path}").format(path=backup.path)
            )

    def _failed(self, error: BaseException) -> None:
        self.window.statusBar().clearMessage()
        show_error(self.window, error)

    def start_daily_backup(self) -> None:
        """The day's backup in the background: silent, unless it fails."""
        data_dir = self._data_dir()
        if data_dir is None or self.backing_up:
            return
        self._run(
            lambda: take_daily_backup(data_dir),
            on_success=lambda _backup: None,
            on_failure=self._daily_failed,
        )

    def _daily_failed(self, error: BaseException) -> None:
        """Say it without stopping the user: a line in the status bar and a warning box that
        does not block the window."""
        reason = describe_problem(error)
        if reason is None:
            show_error(self.window, error)
            return
        sentence = translate("backup.daily_failed", interface_language().value, reason=reason)
        self.window.statusBar().showMessage(sentence)
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, sentence, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAccessibleName(self.tr("The daily backup failed"))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "warning_box", None))
        self.warning_box = box
        box.show()

    def _run(
        self,
        work: Callable[[], Backup | None],
        *,
        on_success: Callable[[Backup | None], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self.backing_up = True
        self._enable()

        def succeeded(backup: Backup | None) -> None:
            self._done()
            on_success(backup)

        def failed(error: BaseException) -> None:
            self._done()
            on_failure(error)

        run_in_background(work, on_success=succeeded, on_failure=failed, parent=self)

    def _done(self) -> None:
        self.backing_up = False
        self._enable()

    def choose_backup(self) -> None:
        data_dir = self.window.data_dir
        if data_dir is None or not self._may_restore_now():
            return
        chooser = BackupChooser(
            data_dir,
            title=self.tr("Restore a Backup"),
            explanation=self.tr(
                "Choose the backup to put back. The record closes and opens again as it was "
                "then; the record as it is now is kept aside in the data folder, never deleted."
            ),
            action_text=self.tr("&Restore…"),
            parent=self.window,
        )
        chooser.accepted.connect(lambda: self._confirm(chooser))
        chooser.finished.connect(chooser.deleteLater)
        chooser.finished.connect(lambda _result: setattr(self, "chooser", None))
        self.chooser = chooser
        chooser.open()

    def _confirm(self, chooser: BackupChooser) -> None:
        listed = chooser.view.current_record()
        if listed is None or not self._may_restore_now():
            return
        if self._confirmed(listed):
            self.restore_requested.emit(listed.backup)

    def _confirmed(self, listed: ListedBackup) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore a Backup"),
            self.tr(
                "Put back the backup taken {backup}?\n\n"
                "Everything recorded since then leaves the window, and the undo history is "
                "cleared. The record as it is now is kept aside in the data folder under "
                "another name, never deleted."
            ).format(backup=describe_backup(listed)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _may_restore_now(self) -> bool:
        """Nothing else may be using the record: no background work, no other window of it."""
        busy = (
            self.backing_up
            or self.window.archive_actions.is_busy()
            or self.window.case_detail.evidence.imports.is_busy()
        )
        others = [
            dialog
            for dialog in self.window.findChildren(QDialog)
            if dialog.isVisible()
            and dialog is not self.chooser
            and not isinstance(dialog, QMessageBox | QProgressDialog)
        ]
        if not busy and not others:
            return True
        QMessageBox.information(
            self.window,
            self.tr("Restore a Backup"),
            self.tr(
                "Recours is still working on the record, or another of its windows is open. "
                "Wait for the work to finish and close the other windows, then restore."
            ),
        )
        return False
