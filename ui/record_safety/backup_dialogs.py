"""Choosing a backup to put back, and what the window says when the record is damaged.

Both dialogs only choose: the restore itself is `ui.record_safety.record_guard`'s, which closes
the record, puts the backup back (the replaced file is kept aside by the core) and opens it
again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core.backups.catalog import Backup, backups_dir
from core.backups.restore import StartupCheck
from ui.formatting import format_size
from ui.language import interface_language
from ui.models.backup_table_model import (
    BackupColumn,
    BackupTableModel,
    ListedBackup,
    listed_backups,
    reason_label,
    taken_label,
)
from ui.record_table_view import RecordTableView

_LIST_ROWS = 8
_TEXT_WIDTH_CHARACTERS = 70


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def describe_backup(listed: ListedBackup) -> str:
    """ "14 Mar 2026, 10:15 (daily, 2.1 MB)": enough to recognise a backup by."""
    backup = listed.backup
    reason = reason_label(backup.reason)
    details = reason[:1].lower() + reason[1:]
    if listed.size >= 0:
        details = f"{details}, {format_size(listed.size)}"
    return f"{taken_label(backup)} ({details})"


class BackupChooser(QDialog):
    """The data folder's backups, newest first, the newest selected; accepted with one chosen.

    `action_text` names the button that accepts ("Restore…"); Enter and a double click choose
    too, Esc cancels.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        title: str,
        explanation: str,
        action_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.model = BackupTableModel()
        self.view: RecordTableView[ListedBackup] = RecordTableView(
            self.model,
            accessible_name=self.tr("Backups"),
            stretch_column=BackupColumn.TAKEN,
        )
        self.view.setSortingEnabled(False)
        backups = listed_backups(data_dir)
        self.model.set_records(backups)
        self.view.fit_columns()

        intro = _paragraph(explanation)
        list_label = QLabel(self.tr("&Backups, newest first:"))
        list_label.setBuddy(self.view)
        self.empty_note = _paragraph(self.tr("There are no backups yet."))
        self.empty_note.setVisible(not backups)
        folder = _paragraph(
            self.tr("They are kept in {folder}.").format(folder=backups_dir(data_dir))
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = self.buttons.addButton(
            action_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.choose_button.setAccessibleName(action_text.replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.view.selectionModel().selectionChanged.connect(self._enable)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_note)
        layout.addWidget(folder)
        layout.addWidget(self.buttons)
        self.choose_button.setDefault(True)

        row_height = self.view.verticalHeader().defaultSectionSize()
        header_height = self.view.horizontalHeader().sizeHint().height()
        self.view.setMinimumHeight(header_height + row_height * _LIST_ROWS)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * _TEXT_WIDTH_CHARACTERS)
        if backups:
            self.view.select_view_row(0)
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        """The list has the keyboard: arrows choose, Enter restores."""
        super().showEvent(event)
        self.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def chosen(self) -> Backup | None:
        listed = self.view.current_record()
        return None if listed is None else listed.backup

    def _enable(self) -> None:
        self.choose_button.setEnabled(self.view.current_record() is not None)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


class DamagedRecordDialog(QDialog):
    """The record failed its integrity check at start: say so, and offer the latest good
    backup or another one. The damaged file is kept aside by the restore, never deleted.

    Signals:
        restore_chosen(Backup): put this backup back.
        declined(): restore nothing now; the window explains what to do.
    """

    restore_chosen = Signal(object)
    declined = Signal()

    def __init__(
        self,
        check: StartupCheck,
        data_dir: Path,
        latest_good: ListedBackup | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.latest_good = latest_good
        self.chooser: BackupChooser | None = None
        title = self.tr("The Case Record Is Damaged")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.finding = _paragraph(check.describe(interface_language().value))
        if latest_good is None:
            offer = self.tr(
                "No backup passes its own check; you may still choose one from the list."
            )
        else:
            offer = self.tr("The latest good backup was taken {backup}.").format(
                backup=describe_backup(latest_good)
            )
        self.offer = _paragraph(offer)
        self.kept_aside = _paragraph(
            self.tr(
                "Whichever you choose, nothing is deleted: the damaged file stays in {folder} "
                "under another name."
            ).format(folder=data_dir)
        )

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore the Latest Backup"))
        self.restore_button.setAccessibleName(self.tr("Restore the latest good backup"))
        self.restore_button.setEnabled(latest_good is not None)
        self.choose_button = QPushButton(self.tr("&Choose Another Backup…"))
        self.choose_button.setAccessibleName(self.tr("Choose another backup"))
        self.decline_button = QPushButton(self.tr("&Don’t Restore"))
        self.decline_button.setAccessibleName(self.tr("Do not restore"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore_latest)
        self.choose_button.clicked.connect(self.choose_another)
        self.decline_button.clicked.connect(self.reject)
        self.rejected.connect(self.declined)

        text = QVBoxLayout()
        text.addWidget(self.finding)
        text.addWidget(self.offer)
        text.addWidget(self.kept_aside)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        (self.restore_button if latest_good is not None else self.choose_button).setDefault(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * _TEXT_WIDTH_CHARACTERS)

    def _restore_latest(self) -> None:
        if self.latest_good is None:
            return
        self.done(QDialog.DialogCode.Accepted)
        self.restore_chosen.emit(self.latest_good.backup)

    def choose_another(self) -> None:
        chooser = BackupChooser(
            self.data_dir,
            title=self.tr("Choose a Backup"),
            explanation=self.tr(
                "Choose the backup to put back. Changes made after it was taken are not in it."
            ),
            action_text=self.tr("&Restore"),
            parent=self,
        )
        chooser.accepted.connect(lambda: self._restore_chosen(chooser))
        chooser.finished.connect(chooser.deleteLater)
        self.chooser = chooser
        chooser.open()

    def _restore_chosen(self, chooser: BackupChooser) -> None:
        backup = chooser.chosen()
        self.chooser = None
        if backup is None:
            return
        self.done(QDialog.DialogCode.Accepted)
        self.restore_chosen.emit(backup)
