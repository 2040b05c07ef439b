"""Work that may take longer than a blink runs here, off the main thread, so the window
never freezes.

The work function runs on a pool thread and must not touch widgets or the window's database
connection (open its own `Store` if it needs the record). Its result or its exception comes
back on the main thread, to `on_success` or `on_failure`.

Long work the user watches (copying a big file) uses `start_task`: the work reports its
progress through a `TaskControl` and stops when the user cancels, and `show_progress` puts
that in a progress dialog with a Cancel button.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import OperationCancelled

ResultT = TypeVar("ResultT")

PROGRESS_STEPS: Final = 1000
"""A progress bar counts in thousandths: smooth even for a 1 GB copy."""
_STEPS_PER_SIGNAL: Final = 10
"""Progress reaches the main thread once per whole percent: a hundred signals per task."""
PROGRESS_DIALOG_DELAY_MS: Final = 400
"""A progress dialog appears only for work still running after this long, so quick work
never flashes a window."""


class _Relay(QObject, Generic[ResultT]):
    """Lives on the main thread; signals emitted from the pool thread queue up here.

    Signals:
        succeeded(object): the work returned this result.
        failed(object): the work raised this exception.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_success: Callable[[ResultT], None],
        on_failure: Callable[[BaseException], None],
        parent: QObject | None,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self.deleteLater()
        self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, error: Any) -> None:
        self.deleteLater()
        self._on_failure(error)


class _Job(QRunnable, Generic[ResultT]):
    def __init__(self, work: Callable[[], ResultT], relay: _Relay[ResultT]) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            self._report(succeeded=False, value=error)
        else:
            self._report(succeeded=True, value=result)

    def _report(self, *, succeeded: bool, value: object) -> None:
        """Hand the outcome to the main thread, unless the window it was for has closed."""
        if not shiboken6.isValid(self._relay):
            return
        signal = self._relay.succeeded if succeeded else self._relay.failed
        signal.emit(value)


def run_in_background(
    work: Callable[[], ResultT],
    *,
    on_success: Callable[[ResultT], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject,
    pool: QThreadPool | None = None,
) -> None:
    """Run `work` on a pool thread; call back on the main thread when it is done.

    `parent` is the object the callbacks belong to (usually the window): the callbacks are
    not delivered once it is destroyed.
    """
    relay = _Relay(on_success, on_failure, parent)
    (pool or QThreadPool.globalInstance()).start(_Job(work, relay))


@dataclass(frozen=True, slots=True)
class TaskProgress:
    """How far the work is: `done` of `total` (any unit, bytes usually), and what it is doing."""

    done: int
    total: int
    text: str = ""

    def steps(self) -> int:
        """The progress in thousandths, for a progress bar (whose values are 32-bit)."""
        if self.total <= 0:
            return 0
        return min(PROGRESS_STEPS, self.done * PROGRESS_STEPS // self.total)


class TaskControl:
    """What the work function holds: a way to report progress and to hear about Cancel.

    Used from the pool thread; it never touches widgets. Progress goes to the main thread
    only when it moves by a whole percent or the text changes, so a 1 GB copy in 1 MB chunks
    does not flood the window with signals.
    """

    def __init__(self, emit: Callable[[TaskProgress], None]) -> None:
        self._emit = emit
        self._cancel_requested = threading.Event()
        self._last: TaskProgress | None = None

    def cancel(self) -> None:
        self._cancel_requested.set()

    def cancelled(self) -> bool:
        """Whether the user asked to stop; a `should_cancel` for core functions."""
        return self._cancel_requested.is_set()

    def stop_if_cancelled(self) -> None:
        if self.cancelled():
            raise OperationCancelled()

    def report(self, done: int, total: int, text: str | None = None) -> None:
        """Say how far the work is; `text` None keeps the last text."""
        last = self._last
        progress = TaskProgress(done, total, last.text if text is None and last else text or "")
        same_percent = last is not None and (
            last.steps() // _STEPS_PER_SIGNAL == progress.steps() // _STEPS_PER_SIGNAL
        )
        if last is not None and last.text == progress.text and same_percent:
            return
        self._last = progress
        self._emit(progress)


class TaskHandle(QObject):
    """A task started by `start_task`, seen from the main thread.

    Signals:
        progressed(object): a `TaskProgress` from the work; the last one is `last_progress`.
        finished(): the work ended (succeeded, failed or cancelled); the callbacks have run.
            The handle is deleted soon after: keep no reference to it past this signal.
    """

    progressed = Signal(object)
    finished = Signal()
    _reported = Signal(object)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.control = TaskControl(self._emit_progress)
        self.running = True
        self.last_progress: TaskProgress | None = None
        self._reported.connect(self._receive_progress)

    def _emit_progress(self, progress: TaskProgress) -> None:
        """From the pool thread: queue the progress to the main thread."""
        if shiboken6.isValid(self):
            self._reported.emit(progress)

    @Slot(object)
    def _receive_progress(self, progress: TaskProgress) -> None:
        self.last_progress = progress
        self.progressed.emit(progress)

    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next check, with `OperationCancelled`."""
        self.control.cancel()

    def cancelled(self) -> bool:
        return self.control.cancelled()

    def _end(self) -> None:
        self.running = False
        self.finished.emit()
        self.deleteLater()


def start_task(
    work: Callable[[TaskControl], ResultT],
    *,
    on_success: Callable[[ResultT], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Run `work(control)` on a pool thread, where it reports progress and checks for Cancel.

    Work that stops because it was cancelled raises `OperationCancelled`, which reaches
    `on_failure` like any other failure. Progress signals always arrive before the outcome.
    Quitting the app cancels the work, so closing the window never waits for a long copy.
    """
    handle = TaskHandle(parent)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(handle.cancel)

    def succeed(result: ResultT) -> None:
        on_success(result)
        handle._end()

    def fail(error: BaseException) -> None:
        on_failure(error)
        handle._end()

    run_in_background(
        lambda: work(handle.control),
        on_success=succeed,
        on_failure=fail,
        parent=handle,
        pool=pool,
    )
    return handle


def show_progress(handle: TaskHandle, *, title: str, parent: QWidget) -> QProgressDialog:
    """A progress dialog for a running task: its bar and text follow the work, its Cancel
    button cancels it, it closes when the work ends. It waits a moment before appearing.

    The dialog is not modal: the window stays usable while a big file is copied.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, PROGRESS_STEPS)
    dialog.setMinimumDuration(PROGRESS_DIALOG_DELAY_MS)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60)
    dialog.canceled.connect(handle.cancel)

    def follow(progress: TaskProgress) -> None:
        if progress.text:
            dialog.setLabelText(progress.text)
        dialog.setValue(progress.steps())

    def close() -> None:
        dialog.canceled.disconnect(handle.cancel)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    handle.progressed.connect(follow)
    handle.finished.connect(close)
    dialog.setValue(0)
    if handle.last_progress is not None:
        follow(handle.last_progress)
    return dialog
