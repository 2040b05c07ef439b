"""Before the record opens: is it whole? And putting a backup back, at start or on request.

The quick integrity check (`core.backups.restore.check_at_start`) takes a few milliseconds,
so it runs at every start, on the main thread, after the window's first paint. A damaged
record is said plainly, with the offer to put the latest good backup back; declining writes
nothing and leaves the window explaining where the data folder is and what to do.

A restore runs on the main thread, with a busy cursor: it copies the database only (never the
evidence files), and nothing may use the record while it is replaced, so letting the window
take clicks meanwhile would only invite edits to a record that is closed. The core keeps the
replaced file aside under another name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from core.backups.catalog import Backup, latest_good_backup
from core.backups.restore import RestoreResult, StartupCheck, check_at_start, restore_backup
from core.datadir import APP_NAME
from core.errors import RecoursError
from core.i18n import translate
from ui.errors import show_error
from ui.language import interface_language
from ui.models.backup_table_model import listed_backups, taken_label
from ui.record_safety.backup_dialogs import DamagedRecordDialog

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class RecordGuard(QObject):
    """Checks the record before it opens, and puts backups back.

    Signals:
        restored(): a backup was put back at start; the record may be opened now.
    """

    restored = Signal()

    def __init__(self, window: MainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.damaged_dialog: DamagedRecordDialog | None = None
        self.warning_box: QMessageBox | None = None

    def record_is_whole(self) -> bool:
        """True when the record may be opened; otherwise the user is told and asked."""
        check = check_at_start(self.data_dir)
        if not check.damaged:
            return True
        self._offer_restore(check)
        return False

    def _offer_restore(self, check: StartupCheck) -> None:
        lang = interface_language().value
        self.window.show_unavailable(check.describe(lang), self.data_dir)
        listed = listed_backups(self.data_dir)
        if not listed:
            self._explain_without_backup(check)
            return
        good = latest_good_backup(self.data_dir)
        latest = next((item for item in listed if good and item.backup.path == good.path), None)
        dialog = DamagedRecordDialog(check, self.data_dir, latest, self.window)
        dialog.restore_chosen.connect(self._restore_at_start)
        dialog.declined.connect(lambda: self._explain_declined(check))
        dialog.finished.connect(dialog.deleteLater)
        self.damaged_dialog = dialog
        dialog.open()

    def _restore_at_start(self, backup: Backup) -> None:
        self.damaged_dialog = None
        result = self.put_back(backup)
        if result is None:
            self._offer_restore(check_at_start(self.data_dir))
            return
        self.restored.emit()
        self.report(result)

    def put_back(self, backup: Backup) -> RestoreResult | None:
        """Restore `backup` with no connection open on the record; None (and the reason
        shown) when it could not be done, the record then left as it was."""
        self.window.statusBar().showMessage(self.tr("Restoring the backup…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return restore_backup(self.data_dir, backup=backup)
        except RecoursError as error:
            failure = error
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().clearMessage()
        show_error(self.window, failure)
        return None

    def report(self, result: RestoreResult) -> None:
        """Say in the status line which backup is back and where the replaced file went; a
        warning too when evidence files it names are missing."""
        backup = result.backup
        when = taken_label(backup) if isinstance(backup, Backup) else backup.name
        sentence = self.tr("Restored the backup taken {when}.").format(when=when)
        if result.set_aside:
            sentence += " " + self.tr("The record it replaced is kept as {path}.").format(
                path=result.set_aside[0]
            )
        self.window.statusBar().showMessage(sentence)
        if result.missing_evidence:
            plural = "one" if result.missing_evidence == 1 else "other"
            self._warn(
                translate(
                    f"backup.missing_evidence.{plural}",
                    interface_language().value,
                    count=result.missing_evidence,
                )
            )

    def _warn(self, text: str) -> None:
        """A warning that does not stop the user: the window stays usable behind it."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.warning_box = box
        box.show()

    def _what_to_do(self) -> str:
        return self.tr(
            "Nothing was changed. The data folder is {folder}: copy it somewhere safe before "
            "trying anything else. To put a backup back later, choose File › Restore a "
            "Backup…, or run “recours restore” in a terminal; “recours check” says what is "
            "wrong. Whoever helps you will need that folder."
        ).format(folder=self.data_dir)

    def _explain_declined(self, check: StartupCheck) -> None:
        self.damaged_dialog = None
        finding = check.describe(interface_language().value)
        self.window.show_unavailable(f"{finding}\n\n{self._what_to_do()}", self.data_dir)

    def _explain_without_backup(self, check: StartupCheck) -> None:
        detail = check.problems[0].detail if check.problems else ""
        text = self.tr(
            "The case record {path} is damaged (SQLite reports “{detail}”), and there is no "
            "backup of it to put back."
        ).format(path=check.path, detail=detail)
        text = f"{text}\n\n{self._what_to_do()}"
        self.window.show_unavailable(text, self.data_dir)
        box = QMessageBox(
            QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
