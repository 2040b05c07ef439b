"""Imports into the record run one at a time: what is dropped while one runs waits its turn.

A window has one `ImportQueue`; `EvidenceImporter` and `EmailImporter` are `QueuedImporter`s
putting their work on it, so a drop holding emails and other files, or two drops in a row,
never run side by side (two imports sharing the evidence store could otherwise remove, as
unused, a file the other is about to record).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.evidence import collect_unreferenced_files
from ui.errors import show_error
from ui.tasks import TaskHandle
from ui.workspace import Workspace

RequestT = TypeVar("RequestT")

Start = Callable[[], TaskHandle | None]
"""Begins one import and returns its running task, or None when there was nothing to run."""


class ImportQueue(QObject):
    """Starts the imports given to `enqueue` one after the other."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[Start] = deque()
        self._running = False

    def is_busy(self) -> bool:
        return self._running

    def enqueue(self, start: Start) -> None:
        self._waiting.append(start)
        if not self._running:
            self._start_next()

    def _start_next(self) -> None:
        while self._waiting:
            handle = self._waiting.popleft()()
            if handle is not None:
                self._running = True
                handle.finished.connect(self._task_ended)
                return

    def _task_ended(self) -> None:
        self._running = False
        self._start_next()


class QueuedImporter(QObject, Generic[RequestT]):
    """One kind of import, whose requests wait their turn on the window's `ImportQueue`.

    Subclasses implement `start`, which begins the task of one request (and its progress
    dialog, kept in `progress_dialog`) and returns its handle, or None when it cannot run.

    Signals:
        finished(object): an import ended, with the subclass's report of it.
    """

    finished = Signal(object)

    def __init__(self, parent_widget: QWidget, queue: ImportQueue) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.queue = queue
        self.workspace: Workspace | None = None
        self.progress_dialog: QProgressDialog | None = None

    def bind(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def is_busy(self) -> bool:
        """Whether an import of any kind is running on the queue."""
        return self.queue.is_busy()

    def enqueue(self, request: RequestT) -> None:
        self.queue.enqueue(lambda: self._begin(request))

    def start(self, request: RequestT, workspace: Workspace) -> TaskHandle | None:
        raise NotImplementedError

    def _begin(self, request: RequestT) -> TaskHandle | None:
        if self.workspace is None:
            return None
        handle = self.start(request, self.workspace)
        if handle is not None:
            handle.finished.connect(self._task_ended)
        return handle

    def _task_ended(self) -> None:
        self.progress_dialog = None

    def task_failed(self, error: BaseException) -> None:
        show_error(self.parent_widget, error)

    def forget(self, hashes: set[str]) -> None:
        """Remove the files this import copied in that no record uses (a cancelled import, a
        file found twice in one drop)."""
        if self.workspace is not None and hashes:
            collect_unreferenced_files(self.workspace.store, candidates=hashes)
