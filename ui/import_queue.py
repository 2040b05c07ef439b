"""Imports run one at a time in the background: files dropped while one runs wait their turn.

`EvidenceImporter` and `EmailImporter` share this shape: a queue of requests, one task at a
time with its progress dialog, and the clean-up of copied files no record ended up using.
"""

from __future__ import annotations

from collections import deque
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.evidence import collect_unreferenced_files
from ui.errors import show_error
from ui.tasks import TaskHandle
from ui.workspace import Workspace

RequestT = TypeVar("RequestT")


class ImportQueue(QObject, Generic[RequestT]):
    """Runs the requests given to `enqueue` one after the other.

    Subclasses implement `start`, which begins the task of one request (and its progress
    dialog, kept in `progress_dialog`) and returns its handle, or None when it cannot run.

    Signals:
        finished(object): an import ended, with the subclass's report of it.
    """

    finished = Signal(object)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.workspace: Workspace | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._waiting: deque[RequestT] = deque()
        self._running: RequestT | None = None

    def bind(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def is_busy(self) -> bool:
        return self._running is not None

    def enqueue(self, request: RequestT) -> None:
        self._waiting.append(request)
        if self._running is None:
            self._start_next()

    def start(self, request: RequestT, workspace: Workspace) -> TaskHandle | None:
        raise NotImplementedError

    def _start_next(self) -> None:
        while self._waiting and self.workspace is not None:
            request = self._running = self._waiting.popleft()
            handle = self.start(request, self.workspace)
            if handle is not None:
                handle.finished.connect(self._task_ended)
                return
            self._running = None

    def _task_ended(self) -> None:
        self._running = None
        self.progress_dialog = None
        self._start_next()

    def task_failed(self, error: BaseException) -> None:
        show_error(self.parent_widget, error)

    def forget(self, hashes: set[str]) -> None:
        """Remove the files this import copied in that no record uses (a cancelled import, a
        file found twice in one drop)."""
        if self.workspace is not None and hashes:
            collect_unreferenced_files(self.workspace.store, candidates=hashes)
