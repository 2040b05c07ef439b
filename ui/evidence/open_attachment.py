"""Looking at an evidence file in the system's viewer, and giving a copy of it to someone.

Opening hands a file to whatever program the desktop associates with its name, and a
program renamed "facture.pdf" would be run (pitfall 10). So the type is judged by the file's
content, not its name; known document types (PDF, pictures, plain text, e-mail) open at once
from a read-only temporary copy named with the extension of what the content is; anything
else asks first, and the question defaults to Cancel.

The stored original is never handed out: viewers and exports get copies, checked against the
fingerprint as they are made.
"""

from __future__ import annotations

import contextlib
import shutil
import stat
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Final

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.datadir import APP_NAME
from core.errors import OperationCancelled
from core.evidence import evidence_path
from core.evidence_export import copy_evidence_out
from core.filenames import safe_filename
from core.media_types import (
    EMAIL,
    JPEG,
    PDF,
    PLAIN_TEXT,
    PNG,
    SNIFF_BYTES,
    extension_for,
    sniff_media_type,
)
from core.model import Evidence
from ui.errors import show_error
from ui.tasks import TaskControl, show_progress, start_task
from ui.workspace import Workspace

SAFE_TO_OPEN: Final = frozenset(
    {PDF, JPEG, PNG, "image/gif", "image/tiff", "image/webp", PLAIN_TEXT, EMAIL}
)
"""Types whose usual viewers show a document and run nothing, recognised by content."""
_EXPORT_FOLDER_KEY: Final = "evidence/export_folder"
_FINGERPRINT_DIGITS_IN_FOLDER: Final = 16


def content_type(path: Path, name: str) -> str:
    """The media type of a stored file, read again from its first bytes."""
    with path.open("rb") as handle:
        return sniff_media_type(handle.read(SNIFF_BYTES), name)


def viewer_name(evidence: Evidence, media_type: str) -> str:
    """A safe file name for a copy, ending with the extension of what the content is
    ("facture.pdf" stays so; a program called "facture.pdf" gets no ".pdf" of its own)."""
    name = safe_filename(evidence.original_name)
    extension = extension_for(media_type)
    if not extension:
        return name
    stem = PurePath(name).stem if PurePath(name).suffix else name
    return safe_filename(f"{stem}{extension}")


def remove_viewer_copies(folder: Path) -> None:
    """Delete the read-only copies made for viewers (when the window goes, or at exit)."""
    for copy in folder.glob("*/*"):
        with contextlib.suppress(OSError):
            copy.chmod(stat.S_IRUSR | stat.S_IWUSR)
    shutil.rmtree(folder, ignore_errors=True)


class EvidenceFileActions(QObject):
    """Opens evidence in the system viewer and exports copies, for one window."""

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.workspace: Workspace | None = None
        self._viewer_folder: Path | None = None

    def bind(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def _viewer_copy_path(self, evidence: Evidence, media_type: str) -> Path:
        if self._viewer_folder is None:
            self._viewer_folder = Path(tempfile.mkdtemp(prefix="recours-open-"))
            weakref.finalize(self, remove_viewer_copies, self._viewer_folder)
        folder = self._viewer_folder / evidence.sha256[:_FINGERPRINT_DIGITS_IN_FOLDER]
        folder.mkdir(exist_ok=True)
        return folder / viewer_name(evidence, media_type)

    def open(self, evidence: Evidence) -> None:
        """Show the file in the desktop's viewer, asking first unless it is a known document."""
        if self.workspace is None:
            return
        stored = evidence_path(self.workspace.store, evidence)
        try:
            media_type = content_type(stored, evidence.original_name)
        except OSError as error:
            show_error(self.parent_widget, error)
            return
        if media_type not in SAFE_TO_OPEN and not self._confirm_unknown(evidence):
            return
        target = self._viewer_copy_path(evidence, media_type)
        if target.is_file():
            self._show(target)
            return
        self._copy(
            stored,
            evidence,
            target,
            read_only=True,
            title=self.tr("Opening “{name}”").format(name=evidence.original_name),
            then=lambda: self._show(target),
        )

    def _confirm_unknown(self, evidence: Evidence) -> bool:
        answer = QMessageBox.warning(
            self.parent_widget,
            APP_NAME,
            self.tr(
                "“{name}” is not a document Recours recognises (a PDF, a picture, plain text "
                "or an e-mail). It may be a program or contain one: opening it could run it "
                "on this computer.\n\nOpen it anyway?"
            ).format(name=evidence.original_name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def _show(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self.parent_widget,
                APP_NAME,
                self.tr(
                    "No program on this computer opens this kind of file. "
                    "Export a copy to open it elsewhere."
                ),
            )

    def export(self, evidence: Evidence) -> None:
        """Save a copy where the user chooses; the stored original is only read."""
        if self.workspace is None:
            return
        settings = QSettings()
        folder = str(settings.value(_EXPORT_FOLDER_KEY, "") or Path.home())
        stored = evidence_path(self.workspace.store, evidence)
        try:
            media_type = content_type(stored, evidence.original_name)
        except OSError:
            media_type = evidence.media_type
        suggested = Path(folder) / viewer_name(evidence, media_type)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export a copy of the evidence"), str(suggested)
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.resolve().is_relative_to(self.workspace.store.evidence_dir.resolve()):
            QMessageBox.warning(
                self.parent_widget,
                APP_NAME,
                self.tr("Choose a folder outside the case record's evidence folder."),
            )
            return
        settings.setValue(_EXPORT_FOLDER_KEY, str(target.parent))
        workspace = self.workspace
        self._copy(
            stored,
            evidence,
            target,
            read_only=False,
            title=self.tr("Exporting “{name}”").format(name=evidence.original_name),
            then=lambda: workspace.announced.emit(
                self.tr("Exported a copy to {path}").format(path=target)
            ),
        )

    def _copy(
        self,
        stored: Path,
        evidence: Evidence,
        target: Path,
        *,
        read_only: bool,
        title: str,
        then: Callable[[], None],
    ) -> None:
        sha256 = evidence.sha256

        def work(control: TaskControl) -> None:
            copy_evidence_out(
                stored,
                sha256,
                target,
                read_only=read_only,
                progress=control.report,
                should_cancel=control.cancelled,
            )

        handle = start_task(
            work,
            on_success=lambda _result: then(),
            on_failure=self._copy_failed,
            parent=self,
        )
        show_progress(handle, title=title, parent=self.parent_widget)

    def _copy_failed(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            return
        show_error(self.parent_widget, error)
