"""Adding files to a case as evidence, from a drop or the file dialog, without freezing.

Copying is the slow part (a video of a broken parcel can be a gigabyte), so it runs on a pool
thread, with progress and Cancel, straight into the evidence store (`EvidenceFiles.ingest`
needs no database). Then, on the main thread, every copied file is recorded in ONE
`Workspace.perform`: one Undo removes the whole drop. Files that cannot be taken (a folder,
an empty file, one that vanished) are told together at the end, in plain words; the others
are kept. A file the case already has is said to be there, and kept once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from core.database import Store
from core.datadir import APP_NAME
from core.errors import OperationCancelled, RecoursError
from core.evidence import Attachment, list_evidence, record_evidence
from core.evidence_store import EvidenceFiles, StoredFile
from core.filenames import display_name, name_from_path
from ui.errors import describe_problem, show_error
from ui.evidence.file_drops import DropTarget
from ui.evidence.import_queue import ImportQueue, QueuedImporter
from ui.record_change import Part, RecordChange
from ui.tasks import TaskControl, TaskHandle, show_progress, start_task
from ui.workspace import Workspace


@dataclass(frozen=True, slots=True)
class CopiedFile:
    """A file now in the evidence store; `new` when this import put it there."""

    path: Path
    stored: StoredFile
    new: bool

    @property
    def name(self) -> str:
        return display_name(name_from_path(self.path))


@dataclass(frozen=True, slots=True)
class FailedFile:
    path: Path
    error: RecoursError


@dataclass(frozen=True, slots=True)
class CopyOutcome:
    copied: list[CopiedFile]
    failed: list[FailedFile]
    cancelled: bool = False

    def new_hashes(self) -> set[str]:
        return {copy.stored.sha256 for copy in self.copied if copy.new}


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What became of the files of one drop or one choice in the file dialog."""

    target: DropTarget
    attached: list[Attachment] = field(default_factory=list)
    already_attached: list[str] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class _Request:
    paths: tuple[Path, ...]
    target: DropTarget


def copy_into_store(
    files: EvidenceFiles, paths: Sequence[Path], texts: Sequence[str], control: TaskControl
) -> CopyOutcome:
    """Copy each file into the store (on a pool thread); stop at Cancel.

    Progress counts bytes over all the files; `texts` says which file is being copied.
    """
    before = files.stored_hashes()
    sizes = [_size_or_zero(path) for path in paths]
    total = sum(sizes)
    copied: list[CopiedFile] = []
    failed: list[FailedFile] = []
    done_before = 0
    for path, size, text in zip(paths, sizes, texts, strict=True):
        control.report(done_before, total, text)
        start = done_before

        def report(done: int, _size: int, start: int = start) -> None:
            control.report(start + done, total)

        try:
            stored = files.ingest(path, progress=report, should_cancel=control.cancelled)
        except OperationCancelled:
            return CopyOutcome(copied, failed, cancelled=True)
        except RecoursError as error:
            failed.append(FailedFile(path, error))
        else:
            copied.append(CopiedFile(path, stored, new=stored.sha256 not in before))
        done_before += size
    return CopyOutcome(copied, failed)


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


class EvidenceImporter(QueuedImporter[_Request]):
    """Imports files into a case, one drop at a time (drops made meanwhile wait their turn).

    Signals:
        finished(ImportReport): an import ended; the record already shows its files.
    """

    def __init__(self, parent_widget: QWidget, queue: ImportQueue) -> None:
        super().__init__(parent_widget, queue)
        self.report_box: QMessageBox | None = None

    def import_files(self, paths: Sequence[Path], target: DropTarget) -> None:
        """Attach these files to the target's case (and interaction), in the background."""
        if self.workspace is not None and paths:
            self.enqueue(_Request(tuple(paths), target))

    def start(self, request: _Request, workspace: Workspace) -> TaskHandle:
        files = EvidenceFiles(workspace.store.evidence_dir)
        count = len(request.paths)
        texts = [
            self.tr("Copying “{name}” ({index} of {count})…").format(
                name=display_name(name_from_path(path)), index=index, count=count
            )
            for index, path in enumerate(request.paths, start=1)
        ]
        handle = start_task(
            lambda control: copy_into_store(files, request.paths, texts, control),
            on_success=lambda outcome: self._copied(request, outcome),
            on_failure=self.task_failed,
            parent=self,
        )
        self.progress_dialog = show_progress(
            handle, title=self.tr("Adding evidence"), parent=self.parent_widget
        )
        return handle

    def _copied(self, request: _Request, outcome: CopyOutcome) -> None:
        if outcome.cancelled:
            self.forget(outcome.new_hashes())
            self._announce(self.tr("Adding evidence cancelled: nothing was attached."))
            self.finished.emit(ImportReport(request.target, cancelled=True))
            return
        to_record, already = self._new_to_case(request.target.case_id, outcome.copied)
        attached: list[Attachment] = []
        if to_record:
            try:
                attached = self._record(request.target, to_record)
            except RecoursError as error:
                self.forget(outcome.new_hashes())
                show_error(self.parent_widget, error)
                return
        report = ImportReport(request.target, attached, already, outcome.failed)
        if report.failed or report.already_attached:
            self._show_report(report)
        self.finished.emit(report)

    def _new_to_case(
        self, case_id: int, copied: list[CopiedFile]
    ) -> tuple[list[CopiedFile], list[str]]:
        """The copied files the case lacks, each once; the names of those it already has."""
        assert self.workspace is not None
        try:
            held = {item.sha256 for item in list_evidence(self.workspace.store, case_id)}
        except RecoursError:
            held = set()
        to_record: list[CopiedFile] = []
        already: list[str] = []
        for copy in copied:
            if copy.stored.sha256 in held:
                already.append(copy.name)
            else:
                held.add(copy.stored.sha256)
                to_record.append(copy)
        return to_record, already

    def _record(self, target: DropTarget, copies: list[CopiedFile]) -> list[Attachment]:
        assert self.workspace is not None
        if len(copies) == 1:
            description = self.tr("Attach “{name}”").format(name=copies[0].name)
        else:
            description = self.tr("Attach {count} files").format(count=len(copies))
        parts = Part.EVIDENCE
        if target.interaction_id is not None:
            parts |= Part.TIMELINE

        def record(store: Store) -> list[Attachment]:
            return [
                record_evidence(
                    store,
                    case_id=target.case_id,
                    stored=copy.stored,
                    original_name=copy.name,
                    interaction_id=target.interaction_id,
                )
                for copy in copies
            ]

        return self.workspace.perform(
            description, record, RecordChange(parts, case_id=target.case_id)
        )

    def _announce(self, sentence: str) -> None:
        if self.workspace is not None:
            self.workspace.announced.emit(sentence)

    def _show_report(self, report: ImportReport) -> None:
        """Say together what was not attached, and why; the files that were stay attached."""
        count = len(report.attached)
        if count == 0:
            summary = self.tr("No file was attached.")
        elif count == 1:
            summary = self.tr("1 file was attached, but not all of them.")
        else:
            summary = self.tr("{count} files were attached, but not all of them.").format(
                count=count
            )
        lines = [
            self.tr("“{name}” is already attached to this case; it is kept once.").format(name=name)
            for name in report.already_attached
        ]
        lines += [
            describe_problem(failure.error) or str(failure.error) for failure in report.failed
        ]
        icon = QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information
        box = QMessageBox(icon, APP_NAME, summary, QMessageBox.StandardButton.Ok)
        box.setParent(self.parent_widget.window(), box.windowFlags())
        box.setInformativeText("\n\n".join(lines))
        box.setAccessibleName(self.tr("What was not attached"))
        box.finished.connect(box.deleteLater)
        self.report_box = box
        box.open()
