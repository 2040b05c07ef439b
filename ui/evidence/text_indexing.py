"""The words inside evidence files, read in the background so the search finds them.

Reading a PDF can take seconds, and a record opened for the first time with this feature
may hold hundreds of files never read, so the reading runs on a thread of its own at low
priority, with its own connection to the record (`core.text_extraction.extract_pending`).
It runs a few seconds after the record opens (the first moments belong to the window and
the user), then after every change that touches evidence (a file attached, an email
imported, an undo or a redo bringing evidence back), and after View › Reload (the command
line may have attached files). Nothing is shown: the search simply finds more. Only a real
failure is said, in the status line.

Quitting stops it between two pages: whatever was half read is read again next time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QThread, QThreadPool, QTimer, Signal

from core.database import Store
from core.errors import OperationCancelled
from core.text_extraction import extract_pending
from ui.errors import describe_problem
from ui.record_change import Part, RecordChange
from ui.tasks import TaskControl, TaskHandle, start_task
from ui.workspace import Workspace

START_DELAY_MS: Final = 3000
"""How long after the record opens the first reading starts."""
STOP_WAIT_MS: Final = 5000
"""How long closing the window waits for the reader to notice it must stop (it checks
between pages and between files, so this is a ceiling, not a delay)."""


def read_pending_text(data_dir: Path, control: TaskControl) -> int:
    """Read the text of every piece of evidence not read yet (on the reader's thread); how
    many were read."""
    with Store.open(data_dir) as store:
        return extract_pending(store, should_cancel=control.cancelled)


class TextIndexer(QObject):
    """Keeps the text of the record's evidence read, one run at a time.

    A request made while a run is going starts another run after it: the running one may
    already have passed the files the request is about.

    Signals:
        finished(int): a run ended normally, having read this many files.
    """

    finished = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setThreadPriority(QThread.Priority.LowestPriority)
        self._handle: TaskHandle | None = None
        self._again = False
        self._stopped = False
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.setInterval(START_DELAY_MS)
        self.start_timer.timeout.connect(self.request)

    def bind(self, workspace: Workspace) -> None:
        """Read what the record holds unread (soon), and what later edits bring."""
        self.workspace = workspace
        workspace.changed.connect(self._record_changed)
        self.start_timer.start()

    def is_busy(self) -> bool:
        """Whether a run is going or about to start."""
        return self._handle is not None or self._again or self.start_timer.isActive()

    def request(self) -> None:
        """Read whatever is unread, now or right after the run going on."""
        self.start_timer.stop()
        if self._stopped or self.workspace is None:
            return
        data_dir = self.workspace.store.data_dir
        if data_dir is None:
            return
        if self._handle is not None:
            self._again = True
            return
        self._handle = start_task(
            lambda control: read_pending_text(data_dir, control),
            on_success=self.finished.emit,
            on_failure=self._failed,
            parent=self,
            pool=self.pool,
        )
        self._handle.finished.connect(self._ended)

    def stop(self) -> None:
        """Stop reading (the window closes) and wait for the reader to let go of the record."""
        self._stopped = True
        self._again = False
        self.start_timer.stop()
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self.pool.waitForDone(STOP_WAIT_MS)

    def _record_changed(self, change: RecordChange) -> None:
        if change.parts & Part.EVIDENCE:
            self.request()

    def _ended(self) -> None:
        self._handle = None
        if self._again:
            self._again = False
            self.request()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled) or self.workspace is None:
            return
        reason = describe_problem(error)
        if reason:
            sentence = self.tr(
                "The text inside the evidence files could not be read for the search: {reason}"
            ).format(reason=reason)
        else:
            sentence = self.tr(
                "The text inside the evidence files could not be read for the search."
            )
        self.workspace.announced.emit(sentence)
