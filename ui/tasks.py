"""Work that may take longer than a blink runs here, off the main thread, so the window
never freezes.

The work function runs on a pool thread and must not touch widgets or the window's database
connection (open its own `Store` if it needs the record). Its result or its exception comes
back on the main thread, to `on_success` or `on_failure`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ResultT = TypeVar("ResultT")


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
