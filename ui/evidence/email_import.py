"""Saved emails (`.eml` files, or folders of them) brought into a case, without freezing.

Each message becomes an interaction with the original message and its attachments as
evidence (`core.mail`). Reading and copying the files is the slow part, so it runs on a pool
thread with its own connection, with progress and Cancel: `read_email_file` and
`ingest_email` put every file in the evidence store, writing no row. Then, on the main
thread, every message is recorded in ONE `Workspace.perform` (`record_email` each): one
Undo removes the whole import. Cancel leaves nothing, neither rows nor files.

Afterwards one report says what came in, what the case already had, what could not be
imported and why, and each message's warnings, in the interface language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from core.cases import get_case
from core.database import Store
from core.errors import InvalidInputError, OperationCancelled, RecoursError
from core.evidence import evidence_files
from core.filenames import display_name, name_from_path
from core.interactions import get_interaction
from core.mail import (
    IngestedMail,
    MailImport,
    email_files,
    find_duplicate,
    ingest_email,
    read_email_file,
    record_email,
)
from core.mail.folders import EMAIL_SUFFIX
from core.media_types import SNIFF_BYTES
from ui.errors import show_error
from ui.evidence.email_import_report import EmailImportReport, EmailImportReportDialog, headline
from ui.evidence.import_queue import ImportQueue, QueuedImporter
from ui.record_change import Part, RecordChange
from ui.settings import Preferences, app_settings, load_preferences
from ui.tasks import TaskControl, TaskHandle, show_progress, start_task
from ui.workspace import Workspace

IMPORTED_PARTS: Final = Part.TIMELINE | Part.EVIDENCE | Part.DIRECTORY | Part.CASE


def is_email_source(path: Path) -> bool:
    """Whether a dropped path goes to the email import: an `.eml` file, or a folder (whose
    `.eml` files, subfolders included, are the messages)."""
    return path.suffix.lower() == EMAIL_SUFFIX or path.is_dir()


def split_drop(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """The emails and folders of a drop, and the other files (plain evidence)."""
    emails = [path for path in paths if is_email_source(path)]
    others = [path for path in paths if not is_email_source(path)]
    return emails, others


def own_addresses(preferences: Preferences) -> list[str]:
    """The user's addresses: those listed in the preferences, and the identity's own."""
    listed = [*preferences.own_emails, preferences.identity.email]
    return list(dict.fromkeys(address.strip() for address in listed if address.strip()))


@dataclass(frozen=True, slots=True)
class ReadMail:
    """A message read and stored, waiting to be recorded; `path` is its file."""

    path: Path
    ingested: IngestedMail


@dataclass(frozen=True, slots=True)
class ReadOutcome:
    """What the pool thread did: messages to record, results already settled (a message the
    case has, a file that is not an email), and the files this import added to the store."""

    ready: list[ReadMail] = field(default_factory=list)
    settled: list[MailImport] = field(default_factory=list)
    new_hashes: set[str] = field(default_factory=set)
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class ProgressTexts:
    """What the progress dialog says, worded on the main thread: `reading` takes {name},
    {index} and {count}."""

    searching: str
    reading: str


def _lightened(ingested: IngestedMail) -> IngestedMail:
    """The message without the bytes already copied into the evidence store.

    A folder of a real mailbox can hold gigabytes of attachments; recording needs only what
    the message says about its files (names, and the first bytes that tell a file's type).
    """
    attachments = tuple(
        (replace(item, payload=item.payload[:SNIFF_BYTES]), stored)
        for item, stored in ingested.attachments
    )
    parsed = replace(ingested.parsed, raw=b"", attachments=tuple(item for item, _ in attachments))
    return replace(ingested, parsed=parsed, attachments=attachments)


def message_paths(sources: Sequence[Path]) -> tuple[list[Path], list[MailImport]]:
    """The message files of dropped files and folders, each once; a folder without any
    `.eml` is a failed result."""
    found: list[Path] = []
    failed: list[MailImport] = []
    for source in sources:
        if source.is_dir():
            inside = email_files(source)
            if not inside:
                error = InvalidInputError("mail.empty_folder", folder=source)
                failed.append(MailImport(name_from_path(source), path=source, error=error))
            found.extend(inside)
        else:
            found.append(source)
    return list(dict.fromkeys(found)), failed


def read_messages(
    data_dir: Path,
    case_id: int,
    sources: Sequence[Path],
    texts: ProgressTexts,
    control: TaskControl,
) -> ReadOutcome:
    """Read each message and copy it and its files into the evidence store (pool thread).

    A message the case already has is not copied again. On Cancel, the outcome says so and
    names the files copied so far, for the main thread to remove.
    """
    control.report(0, 0, texts.searching)
    paths, settled = message_paths(sources)
    ready: list[ReadMail] = []
    new_hashes: set[str] = set()
    with Store.open(data_dir) as store:
        before = evidence_files(store).stored_hashes()
        try:
            for index, path in enumerate(paths, start=1):
                control.stop_if_cancelled()
                name = display_name(name_from_path(path))
                text = texts.reading.format(name=name, index=index, count=len(paths))
                control.report(index - 1, len(paths), text)
                try:
                    parsed = read_email_file(path)
                    duplicate_of = find_duplicate(
                        store, case_id=case_id, message_id=parsed.message_id, sha256=parsed.sha256
                    )
                    if duplicate_of is not None:
                        held_by = get_interaction(store, duplicate_of)
                        settled.append(MailImport(name, held_by, duplicate=True, path=path))
                        continue
                    ingested = ingest_email(store, parsed, should_cancel=control.cancelled)
                except OperationCancelled:
                    raise
                except RecoursError as error:
                    settled.append(MailImport(name, error=error, path=path))
                    continue
                new_hashes |= ingested.hashes() - before
                ready.append(ReadMail(path, _lightened(ingested)))
        except OperationCancelled:
            return ReadOutcome(settled=settled, new_hashes=new_hashes, cancelled=True)
    control.report(len(paths), len(paths))
    return ReadOutcome(ready, settled, new_hashes)


def _oldest_first(item: ReadMail) -> tuple[dt.date, dt.time, str]:
    occurred = item.ingested.parsed.occurred
    return occurred.day, occurred.time or dt.time.min, str(item.path)


@dataclass(frozen=True, slots=True)
class _Request:
    sources: tuple[Path, ...]
    case_id: int


class EmailImporter(QueuedImporter[_Request]):
    """Imports saved emails into a case, one drop at a time (drops made meanwhile wait).

    Signals:
        finished(EmailImportReport): an import ended; the record already shows its messages.
    """

    def __init__(self, parent_widget: QWidget, queue: ImportQueue) -> None:
        super().__init__(parent_widget, queue)
        self.settings: QSettings | None = None
        self.report_dialog: EmailImportReportDialog | None = None

    def import_sources(self, sources: Sequence[Path], case_id: int) -> None:
        """Import these `.eml` files and folders into the case, in the background."""
        if self.workspace is not None and sources:
            self.enqueue(_Request(tuple(sources), case_id))

    def start(self, request: _Request, workspace: Workspace) -> TaskHandle | None:
        data_dir = workspace.store.data_dir
        if data_dir is None:
            return None
        texts = ProgressTexts(
            searching=self.tr("Looking for emails…"),
            reading=self.tr("Reading “{name}” ({index} of {count})…"),
        )
        handle = start_task(
            lambda control: read_messages(
                data_dir, request.case_id, request.sources, texts, control
            ),
            on_success=lambda outcome: self._read(request, outcome),
            on_failure=self.task_failed,
            parent=self,
        )
        self.progress_dialog = show_progress(
            handle, title=self.tr("Importing emails"), parent=self.parent_widget
        )
        return handle

    def _preferences(self) -> Preferences:
        return load_preferences(self.settings if self.settings is not None else app_settings())

    def _read(self, request: _Request, outcome: ReadOutcome) -> None:
        assert self.workspace is not None
        if outcome.cancelled:
            self.forget(outcome.new_hashes)
            self.workspace.announced.emit(self.tr("Email import cancelled: nothing was imported."))
            self.finished.emit(EmailImportReport(request.case_id, cancelled=True))
            return
        addresses = own_addresses(self._preferences())
        try:
            recorded = self._record(request.case_id, outcome.ready, addresses)
            case_title = get_case(self.workspace.store, request.case_id).title
        except RecoursError as error:
            self.forget(outcome.new_hashes)
            show_error(self.parent_widget, error)
            return
        self.forget(outcome.new_hashes)
        report = EmailImportReport(
            request.case_id,
            results=(*recorded, *outcome.settled),
            directions_guessed=not addresses,
            case_title=case_title,
        )
        self.workspace.announced.emit(headline(report, with_directions=True))
        dialog = EmailImportReportDialog(report, self.parent_widget.window())
        dialog.finished.connect(dialog.deleteLater)
        self.report_dialog = dialog
        self.finished.emit(report)
        dialog.open()

    def _record(
        self, case_id: int, ready: list[ReadMail], addresses: list[str]
    ) -> list[MailImport]:
        """Record every message read, oldest first, as one undoable step."""
        assert self.workspace is not None
        if not ready:
            return []
        ordered = sorted(ready, key=_oldest_first)
        if len(ordered) == 1:
            description = self.tr("Import an email")
        else:
            description = self.tr("Import {count} emails").format(count=len(ordered))

        def record(store: Store) -> list[MailImport]:
            return [
                replace(
                    record_email(
                        store, case_id=case_id, ingested=item.ingested, own_addresses=addresses
                    ),
                    source=display_name(name_from_path(item.path)),
                    path=item.path,
                )
                for item in ordered
            ]

        return self.workspace.perform(
            description, record, RecordChange(IMPORTED_PARTS, case_id=case_id)
        )
