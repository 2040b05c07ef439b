"""The evidence tab: each file of the case with the fingerprint that proves it unaltered.

Files come in from the Add dialog or dropped from the file manager (here, on the case's
summary, on a case in the list, or on a timeline row to tie them to that interaction). Saved
emails (`.eml` files and folders of them) dropped anywhere there, or chosen with Import
Emails, become interactions with their files as evidence (ui.evidence.email_import). Files
open in the system viewer, export as checked copies, and get a kind, date, amount and
description. Pictures show a thumbnail and PDFs their page count, read on other threads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.database import Store
from core.errors import RecoursError
from core.evidence import delete_evidence, list_evidence
from core.model import Evidence
from ui.case.case_tab import CaseTab
from ui.errors import show_error
from ui.evidence.email_import import EmailImporter, split_drop
from ui.evidence.evidence_delegate import FileCellDelegate
from ui.evidence.evidence_dialog import EvidenceDialog
from ui.evidence.evidence_import import EvidenceImporter, ImportReport
from ui.evidence.file_drops import DropTarget, FileDropFilter, whole_area
from ui.evidence.import_queue import ImportQueue
from ui.evidence.open_attachment import EvidenceFileActions
from ui.evidence.thumbnails import EvidencePreviews
from ui.models.evidence_table_model import EvidenceColumn, EvidenceTableModel
from ui.record_change import Part, RecordChange
from ui.record_table_view import RecordTableView
from ui.workspace import Workspace

ADD_EVIDENCE_SHORTCUT: Final = QKeySequence("Ctrl+Shift+E")
THUMBNAIL_SIZE: Final = QSize(40, 40)
_ROW_PADDING: Final = 8
_ADD_FOLDER_KEY: Final = "evidence/add_folder"
_EMAIL_FOLDER_KEY: Final = "evidence/email_folder"
_FACTS_COLUMNS: Final = (
    EvidenceColumn.TYPE,
    EvidenceColumn.CONTENTS,
    EvidenceColumn.SIZE,
    EvidenceColumn.ADDED,
)
"""Shown on the line under each file's name (and in its tooltip) rather than as columns,
so the list fits beside the list of cases."""


class EvidenceTab(CaseTab):
    """The case's files, the actions on them, and a place to drop more."""

    part = Part.EVIDENCE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previews = EvidencePreviews(self)
        self.model = EvidenceTableModel()
        self.model.show_previews(self.previews)
        self.view: RecordTableView[Evidence] = RecordTableView(
            self.model, accessible_name=self.tr("Evidence"), stretch_column=EvidenceColumn.NAME
        )
        self.view.sortByColumn(EvidenceColumn.DATE, Qt.SortOrder.AscendingOrder)
        self.view.elide_in_the_middle(EvidenceColumn.FINGERPRINT)
        self.view.setItemDelegateForColumn(EvidenceColumn.NAME, FileCellDelegate(self.view))
        for told_under_the_name in _FACTS_COLUMNS:
            self.view.setColumnHidden(told_under_the_name, True)
        self.view.setIconSize(THUMBNAIL_SIZE)
        self.view.verticalHeader().setDefaultSectionSize(THUMBNAIL_SIZE.height() + _ROW_PADDING)
        self.imports = ImportQueue(self)
        self.importer = EvidenceImporter(self, self.imports)
        self.importer.finished.connect(self._imported)
        self.mail_importer = EmailImporter(self, self.imports)
        self.file_actions = EvidenceFileActions(self)
        self.dialog: EvidenceDialog | None = None

        self.empty = QLabel(
            self.tr(
                "No evidence yet.\n\nDrag files here from your file manager (an invoice, a photo "
                "of the parcel), or drop them on a timeline row to tie them to that call or "
                "letter. Saved emails (.eml files, or a folder of them) join the timeline, with "
                "their attachments as evidence."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No evidence yet"))
        self.add_button = QPushButton()
        self.import_emails_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_emails_button)
        buttons.addStretch(1)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(empty_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        for drop_place in (self.view.viewport(), empty_page):
            drop_filter = FileDropFilter(drop_place, whole_area(drop_place, lambda: self.case_id))
            drop_filter.files_dropped.connect(self.import_dropped)

        self._create_actions()
        self.add_button.setText(self.add_action.text().replace("&", ""))
        self.add_button.setAccessibleName(self.add_action.text().replace("&", ""))
        self.add_button.clicked.connect(self.add_files)
        self.import_emails_button.setText(self.import_emails_action.text().replace("&", ""))
        self.import_emails_button.setAccessibleName(
            self.import_emails_action.text().replace("&", "")
        )
        self.import_emails_button.clicked.connect(self.choose_emails)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([*self.case_actions(), self.copy_fingerprint_action])
        self.view.activated.connect(lambda _index: self.open_selected())
        details_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.view, self.describe_selected)
        details_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.selectionModel().selectionChanged.connect(self._enable_actions)
        self._enable_actions()

    def _create_actions(self) -> None:
        self.add_action = QAction(self.tr("Add &Evidence Files…"), self)
        self.add_action.setShortcut(ADD_EVIDENCE_SHORTCUT)
        self.add_action.setStatusTip(
            self.tr("Attach files to the case; you can also drop them on the window")
        )
        self.add_action.setIconText(self.tr("Add Files"))
        self.add_action.triggered.connect(self.add_files)
        self.import_emails_action = QAction(self.tr("Import E&mails…"), self)
        self.import_emails_action.setObjectName("import_emails")
        self.import_emails_action.setStatusTip(
            self.tr("Add saved emails (.eml) to the timeline, their attachments as evidence")
        )
        self.import_emails_action.setIconText(self.tr("Import Emails"))
        self.import_emails_action.triggered.connect(self.choose_emails)
        self.import_email_folder_action = QAction(self.tr("Import an Email &Folder…"), self)
        self.import_email_folder_action.setObjectName("import_email_folder")
        self.import_email_folder_action.setStatusTip(
            self.tr("Import every saved email (.eml) of a folder and its subfolders")
        )
        self.import_email_folder_action.setIconText(self.tr("Import Folder"))
        self.import_email_folder_action.triggered.connect(self.choose_email_folder)
        self.open_action = QAction(self.tr("&Open Evidence"), self)
        self.open_action.setStatusTip(
            self.tr("Show the file in the usual program (Enter or a double click on the list)")
        )
        self.open_action.setIconText(self.tr("Open"))
        self.open_action.triggered.connect(self.open_selected)
        self.export_action = QAction(self.tr("E&xport a Copy…"), self)
        self.export_action.setStatusTip(
            self.tr("Save a copy of the file elsewhere; the stored original is not touched")
        )
        self.export_action.setIconText(self.tr("Export"))
        self.export_action.triggered.connect(self.export_selected)
        self.describe_action = QAction(self.tr("Evidence &Details…"), self)
        self.describe_action.setStatusTip(
            self.tr("Say what the file is and shows: kind, date, amount, interaction (F2)")
        )
        self.describe_action.setIconText(self.tr("Details"))
        self.describe_action.triggered.connect(self.describe_selected)
        self.copy_fingerprint_action = QAction(self.tr("&Copy Fingerprint"), self)
        self.copy_fingerprint_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_fingerprint_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_fingerprint_action.setStatusTip(
            self.tr("Copy the SHA-256 fingerprint, to compare it or quote it in a letter")
        )
        self.copy_fingerprint_action.triggered.connect(self.copy_fingerprint)
        self.delete_action = QAction(self.tr("&Delete Evidence…"), self)
        self.delete_action.setIconText(self.tr("Delete"))
        self.delete_action.setObjectName("delete")
        self.delete_action.setStatusTip(
            self.tr("Remove the selected file from the case's evidence (Undo brings it back)")
        )
        self.delete_action.triggered.connect(self.delete_selected)
        self._selection_actions = (
            self.open_action,
            self.export_action,
            self.describe_action,
            self.copy_fingerprint_action,
            self.delete_action,
        )

    def case_actions(self) -> list[QAction]:
        return [
            self.add_action,
            self.import_emails_action,
            self.import_email_folder_action,
            self.open_action,
            self.export_action,
            self.describe_action,
            self.delete_action,
        ]

    def bind(self, workspace: Workspace) -> None:
        super().bind(workspace)
        self.previews.bind(workspace.store)
        self.importer.bind(workspace)
        self.mail_importer.bind(workspace)
        self.file_actions.bind(workspace)

    def load(self) -> None:
        assert self.workspace is not None and self.case_id is not None
        self.model.set_records(list_evidence(self.workspace.store, self.case_id))

    def reload(self) -> None:
        super().reload()
        self.pages.setCurrentIndex(0 if self.model.rowCount() or self.case_id is None else 1)
        self._enable_actions()

    def title(self) -> str:
        return self.tr("Evidence ({count})").format(count=self.model.rowCount())

    def selected_evidence(self) -> Evidence | None:
        return self.view.current_record()

    def _enable_actions(self) -> None:
        selected = self.selected_evidence() is not None
        for action in self._selection_actions:
            action.setEnabled(selected)
        has_case = self.workspace is not None and self.case_id is not None
        for action in (self.add_action, self.import_emails_action, self.import_email_folder_action):
            action.setEnabled(has_case)

    def add_files(self) -> None:
        """Choose files to attach to the case on show."""
        if self.workspace is None or self.case_id is None:
            return
        case_id = self.case_id
        settings = QSettings()
        folder = str(settings.value(_ADD_FOLDER_KEY, "") or Path.home())
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files to the case"), folder
        )
        if not chosen:
            return
        paths = [Path(name) for name in chosen]
        settings.setValue(_ADD_FOLDER_KEY, str(paths[0].parent))
        self.importer.import_files(paths, DropTarget(case_id))

    def import_dropped(self, paths: list[Path], target: DropTarget) -> None:
        """Files dropped on the case: saved emails and folders are imported as emails, the
        other files attached as evidence."""
        emails, others = split_drop(paths)
        if emails:
            self.mail_importer.import_sources(emails, target.case_id)
        if others:
            self.importer.import_files(others, target)

    def choose_emails(self) -> None:
        """Choose saved emails to import into the case on show."""
        if self.workspace is None or self.case_id is None:
            return
        case_id = self.case_id
        settings = QSettings()
        folder = str(settings.value(_EMAIL_FOLDER_KEY, "") or Path.home())
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import emails into the case"),
            folder,
            self.tr("Saved emails (*.eml);;All files (*)"),
        )
        if not chosen:
            return
        paths = [Path(name) for name in chosen]
        settings.setValue(_EMAIL_FOLDER_KEY, str(paths[0].parent))
        self.mail_importer.import_sources(paths, case_id)

    def choose_email_folder(self) -> None:
        """Choose a folder whose saved emails (subfolders included) go into the case."""
        if self.workspace is None or self.case_id is None:
            return
        case_id = self.case_id
        settings = QSettings()
        start = str(settings.value(_EMAIL_FOLDER_KEY, "") or Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder of emails into the case"), start
        )
        if not chosen:
            return
        folder = Path(chosen)
        settings.setValue(_EMAIL_FOLDER_KEY, str(folder))
        self.mail_importer.import_sources([folder], case_id)

    def _imported(self, report: ImportReport) -> None:
        """Show the first new file when it went to the case on show."""
        if report.attached and report.target.case_id == self.case_id:
            self.select_id(report.attached[0].evidence.id)

    def open_selected(self) -> None:
        evidence = self.selected_evidence()
        if evidence is not None:
            self.file_actions.open(evidence)

    def export_selected(self) -> None:
        evidence = self.selected_evidence()
        if evidence is not None:
            self.file_actions.export(evidence)

    def copy_fingerprint(self) -> None:
        evidence = self.selected_evidence()
        if evidence is None:
            return
        QGuiApplication.clipboard().setText(evidence.sha256)
        if self.workspace is not None:
            self.workspace.announced.emit(
                self.tr("Fingerprint of “{name}” copied").format(name=evidence.original_name)
            )

    def describe_selected(self) -> None:
        """Open the details of the selected file without blocking the window."""
        evidence = self.selected_evidence()
        if self.workspace is None or evidence is None:
            return
        dialog = EvidenceDialog(self.workspace, evidence, parent=self)
        dialog.saved.connect(lambda saved: self.select_id(saved.id))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        """Remove the selected file from the case, once the user confirms; Undo brings it back."""
        evidence = self.selected_evidence()
        if self.workspace is None or evidence is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the evidence"),
            self.tr(
                "Remove “{name}” from the case's evidence?\n\nEdit › Undo brings it back."
            ).format(name=evidence.original_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        evidence_id = evidence.id

        def delete(store: Store) -> Evidence:
            return delete_evidence(store, evidence_id, keep_file=True)

        try:
            self.workspace.perform(
                self.tr("Delete “{name}”").format(name=evidence.original_name),
                delete,
                RecordChange(
                    Part.EVIDENCE | Part.PROMISES | Part.MONEY | Part.TIMELINE,
                    case_id=evidence.case_id,
                ),
            )
        except RecoursError as error:
            show_error(self, error)
