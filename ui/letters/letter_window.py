"""The letter composer: choose what goes in, rewrite any paragraph, watch the PDF, then save,
print, or record it as sent.

The draft is rebuilt from the record on the main thread (it is pure and quick); the PDF,
with its enclosures, is made in the background and shown when ready, so typing never waits.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Final

from PySide6.QtCore import QItemSelection, QSettings, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.case_record import CaseRecord, load_case_record
from core.errors import RecoursError
from core.filenames import safe_filename
from core.letters.compose import build_draft
from core.letters.draft import LetterDraft, LetterWarning, apply_edits
from core.letters.kinds import LetterKind
from core.letters.options import LetterOptions
from core.letters.pdf import RenderedLetter
from core.letters.register import Letter, record_letter
from core.model import Sender
from ui.case.party_dialog import open_party_dialog
from ui.errors import describe_problem, show_error
from ui.formatting import format_day
from ui.labels import label
from ui.language import interface_language
from ui.letters.choices import LetterChoices
from ui.letters.options_form import LetterOptionsForm
from ui.letters.paragraph_model import ParagraphModel
from ui.letters.piece_delegate import PieceDelegate
from ui.letters.printing import print_pdf
from ui.letters.rendering import LetterRequest, render
from ui.next_steps.preferences_group import deadline_settings
from ui.record_change import Part, RecordChange
from ui.settings import load_preferences
from ui.tasks import run_in_background
from ui.window_state import WindowState, first_size
from ui.workspace import Workspace

PREVIEW_DELAY_MS: Final = 450
_DEFAULT_SIZE = QSize(1400, 900)
_COLUMN_SHARES = (0.3, 0.3, 0.4)
"""What goes in, the text, and the preview, the first time the composer opens."""
_RECORDED_PARTS = Part.LETTERS | Part.TIMELINE | Part.EVIDENCE | Part.CASE


class LetterWindow(QDialog):
    """Writes one letter for one case.

    Signals:
        preview_ready(): the preview shows the letter as it now stands.
        recorded(int): the letter was recorded on the case; its id in the register.
    """

    preview_ready = Signal()
    recorded = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        *,
        settings: QSettings,
        default_sender: Sender | None = None,
        kind: LetterKind = LetterKind.COMPLAINT,
        again: Letter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id = case_id
        self.default_sender = default_sender
        self.settings = settings
        self.setWindowTitle(self.tr("Write a letter"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.record: CaseRecord = load_case_record(workspace.store, case_id)
        self._previews = Path(tempfile.mkdtemp(prefix="recours-letter-"))
        previews = str(self._previews)
        self.destroyed.connect(lambda: shutil.rmtree(previews, ignore_errors=True))
        self._generation = 0
        self._latest: RenderedLetter | None = None
        self._draft: LetterDraft | None = None
        self._recorded = again is not None

        self.form = LetterOptionsForm(self.record.parties)
        self.choices = LetterChoices(self)
        self._build_editor()
        self._build_preview()
        self._build_buttons()
        self._lay_out()

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.render_preview)

        case = self.record.case
        self.form.start_with(kind, case.language, case.jurisdiction)
        if again is not None:
            self.form.restore(again)
            self.paragraphs.set_edits(again.edits)
        self._reset_selection()
        if again is not None:
            self.choices.check_stored(again.options)
        self._connect()
        self.rebuild()
        self.window_state = WindowState("LetterWindow", settings)
        if not self.window_state.restore(self, {"letter": self.splitter}):
            self._use_default_geometry()
        workspace.changed.connect(self._on_record_changed)

    def _use_default_geometry(self) -> None:
        """First time: as large as fits the screen, the preview on the widest part."""
        size = first_size(self, _DEFAULT_SIZE)
        self.resize(size)
        self.splitter.setSizes([int(size.width() * share) for share in _COLUMN_SHARES])

    def _build_editor(self) -> None:
        self.paragraphs = ParagraphModel(self)
        self.paragraph_list = QListView()
        self.paragraph_list.setModel(self.paragraphs)
        self.paragraph_list.setAccessibleName(self.tr("Paragraphs of the letter"))
        self.paragraph_list.setItemDelegate(PieceDelegate(self.paragraph_list))
        self.paragraph_list.setUniformItemSizes(True)
        self.paragraph_list.setAlternatingRowColors(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Text of the selected paragraph"))
        self.editor.setPlaceholderText(self.tr("Select a paragraph to rewrite it."))
        self.editor.setEnabled(False)
        self.restore_button = QPushButton(self.tr("Restore &Generated Text"))
        self.restore_button.setAccessibleName(self.tr("Restore the generated text"))
        self.restore_button.setEnabled(False)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setAccessibleName(self.tr("Things to check before sending"))

    def _build_preview(self) -> None:
        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setAccessibleName(self.tr("Preview of the letter"))
        self.preview_status = QLabel(self.tr("Preparing the preview…"))
        self.preview_status.setAccessibleName(self.tr("State of the preview"))

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.record_button = QPushButton(self.tr("&Record as Sent…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.print_button, self.record_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)

    def _lay_out(self) -> None:
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.addWidget(self.form)
        choices_layout.addWidget(self.choices.tabs, 1)

        text = QWidget()
        text_layout = QVBoxLayout(text)
        text_layout.addWidget(_caption(self.tr("Letter te&xt:"), self.paragraph_list))
        text_layout.addWidget(self.paragraph_list, 3)
        text_layout.addWidget(_caption(self.tr("Selected p&aragraph:"), self.editor))
        text_layout.addWidget(self.editor, 2)
        text_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        text_layout.addWidget(self.warnings)

        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(_caption(self.tr("Preview:"), self.preview))
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.preview_status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (choices, text, preview):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.form.kind_changed.connect(self._on_kind_changed)
        self.form.changed.connect(self.rebuild)
        self.choices.changed.connect(self.rebuild)
        self.paragraph_list.selectionModel().selectionChanged.connect(self._show_paragraph)
        self.editor.textChanged.connect(self._on_text_edited)
        self.restore_button.clicked.connect(self._restore_paragraph)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_letter)
        self.record_button.clicked.connect(self.record_as_sent)
        self.close_button.clicked.connect(self.close)
        self.form.recipient_details_requested.connect(self._edit_recipient)

    def options(self) -> LetterOptions:
        """The letter as the form and the check lists describe it now."""
        return replace(
            self.form.options(),
            interaction_ids=self.choices.facts.checked_ids(),
            promise_ids=self.choices.promises.checked_ids(),
            evidence_ids=self.choices.enclosures.checked_ids(),
            ground_ids=self.choices.grounds.checked_ids(),
            default_sender=self.default_sender,
            deadline_settings=deadline_settings(load_preferences(self.settings)),
        )

    def _reset_selection(self) -> None:
        self.choices.reset(self.record, self.form.options())

    def _on_kind_changed(self) -> None:
        self._reset_selection()
        self.rebuild()

    def _on_record_changed(self, change: RecordChange) -> None:
        if change.touches(
            Part.CASE | Part.TIMELINE | Part.PROMISES | Part.EVIDENCE | Part.MONEY | Part.DIRECTORY,
            self.case_id,
        ):
            self.record = load_case_record(self.workspace.store, self.case_id)
            self.form.set_parties(self.record.parties)
            self.rebuild()

    def _edit_recipient(self, party_id: int) -> None:
        """The recipient's details; once saved, the letter is written again with them."""
        open_party_dialog(self.workspace, party_id, parent=self)

    def rebuild(self) -> None:
        """Write the draft again from the record and the form; the preview follows."""
        selected = self._selected_key()
        draft = build_draft(self.record, self.options())
        self._draft = draft
        self.paragraphs.set_draft(draft)
        if selected is not None:
            row = self.paragraphs.row_of(selected)
            if row is not None:
                self.paragraph_list.setCurrentIndex(self.paragraphs.index(row, 0))
        self._show_warnings(apply_edits(draft, self.paragraphs.edits()).warnings)
        self.preview_timer.start()

    def _selected_key(self) -> str | None:
        index = self.paragraph_list.currentIndex()
        if not index.isValid() or index.row() >= self.paragraphs.rowCount():
            return None
        return self.paragraphs.piece(index.row()).key

    def _show_paragraph(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.paragraph_list.currentIndex()
        valid = index.isValid()
        self.editor.setEnabled(valid)
        self.restore_button.setEnabled(valid)
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.paragraphs.text(index.row()) if valid else "")
        self.editor.blockSignals(False)

    def _on_text_edited(self) -> None:
        index = self.paragraph_list.currentIndex()
        if not index.isValid():
            return
        self.paragraphs.set_text(index.row(), self.editor.toPlainText())
        self._recorded = False
        self.preview_timer.start()

    def _restore_paragraph(self) -> None:
        index = self.paragraph_list.currentIndex()
        if index.isValid():
            self.paragraphs.restore(index.row())
            self.editor.setPlainText(self.paragraphs.text(index.row()))

    def _show_warnings(self, warnings: tuple[LetterWarning, ...]) -> None:
        lang = interface_language().value
        lines = [f"• {warning.describe(lang)}" for warning in warnings]
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def request(self) -> LetterRequest:
        data_dir = self.workspace.store.data_dir
        assert data_dir is not None
        return LetterRequest(data_dir, self.case_id, self.options(), self.paragraphs.edits())

    def render_preview(self) -> None:
        """Make the PDF in the background; show it if nothing changed meanwhile."""
        self._generation += 1
        generation = self._generation
        request = self.request()
        destination = self._previews / f"preview-{generation}.pdf"
        self.preview_status.setText(self.tr("Updating the preview…"))
        run_in_background(
            lambda: render(request, destination),
            on_success=lambda rendered: self._show_preview(generation, rendered),
            on_failure=self._on_render_failed,
            parent=self,
        )

    def _show_preview(self, generation: int, rendered: RenderedLetter) -> None:
        if generation != self._generation:
            return
        self._latest = rendered
        self.document.load(str(rendered.path))
        self._show_warnings(rendered.warnings)
        if rendered.pages == 1:
            pages = self.tr("1 page, enclosures included")
        else:
            pages = self.tr("{count} pages, enclosures included").format(count=rendered.pages)
        self.preview_status.setText(pages)
        self.preview_ready.emit()

    def _on_render_failed(self, error: BaseException) -> None:
        self.preview_status.setText(describe_problem(error) or self.tr("The preview failed."))
        if describe_problem(error) is None:
            show_error(self, error)

    def default_file_name(self) -> str:
        options = self.options()
        company = self.record.counterparty.name
        return safe_filename(
            f"{options.letter_date.isoformat()} {label(options.kind)} - {company}.pdf"
        )

    def save_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter"),
            str(Path(folder) / self.default_file_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        destination = Path(chosen)
        request = self.request()
        self.preview_status.setText(self.tr("Saving…"))
        run_in_background(
            lambda: render(request, destination),
            on_success=lambda rendered: self.preview_status.setText(
                self.tr("Saved to {path}").format(path=rendered.path)
            ),
            on_failure=lambda error: show_error(self, error),
            parent=self,
        )

    def print_letter(self) -> None:
        """Print the letter as previewed, with its enclosures, through the system's dialog."""
        if self._latest is None or self.preview_timer.isActive():
            self.render_preview()
            self.preview_ready.connect(self._print_when_ready)
            return
        self._print_document()

    def _print_when_ready(self) -> None:
        self.preview_ready.disconnect(self._print_when_ready)
        self._print_document()

    def _print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self.document, printer)
        self.preview_status.setText(self.tr("Sent to the printer."))

    def record_as_sent(self) -> None:
        """Record the letter on the case: an outbound letter with this PDF as evidence, the
        reply deadline in the register, the case awaiting the reply."""
        options = self.options()
        question = self.tr(
            "Record this {kind} as sent on {date} ({mode})? It goes on the case's timeline with "
            "the PDF as evidence, and Recours will follow its reply deadline."
        ).format(
            kind=label(options.kind).lower(),
            date=format_day(options.letter_date),
            mode=label(options.sending_mode).lower(),
        )
        answer = QMessageBox.question(
            self,
            self.tr("Record as Sent"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        request = self.request()
        destination = self._previews / f"sent-{dt.datetime.now():%H%M%S%f}.pdf"
        self.preview_status.setText(self.tr("Preparing the letter to record…"))
        run_in_background(
            lambda: render(request, destination),
            on_success=lambda rendered: self._record(request, rendered),
            on_failure=lambda error: show_error(self, error),
            parent=self,
        )

    def _record(self, request: LetterRequest, rendered: RenderedLetter) -> None:
        options = request.options
        try:
            letter = self.workspace.perform(
                self.tr("Record a letter as sent"),
                lambda store: record_letter(
                    store,
                    draft=rendered.draft,
                    options=options,
                    edits=request.edits,
                    pdf=rendered.path,
                    recipient_party_id=options.recipient_party_id,
                ),
                RecordChange(_RECORDED_PARTS, case_id=self.case_id),
            )
        except RecoursError as error:
            show_error(self, error)
            return
        self._recorded = True
        self.preview_status.setText(self.tr("Recorded on the case."))
        self.recorded.emit(letter.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.paragraphs.edits() and not self._recorded:
            answer = QMessageBox.question(
                self,
                self.tr("Close the letter"),
                self.tr("Close without recording? Your changes to the text will be lost."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.window_state.save(self, {"letter": self.splitter})
        self.document.close()
        super().closeEvent(event)


def _caption(text: str, buddy: QWidget) -> QLabel:
    """The name over one part of the composer; its letter puts the keyboard there."""
    caption = QLabel(text)
    caption.setBuddy(buddy)
    return caption
