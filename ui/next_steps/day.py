"""The day the window counts deadlines from, and the news that it has turned.

Every view of what is due asks `DayWatch.today()` rather than the clock, so one place says
which day it is (a test sets another), and a window left open overnight notices midnight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal

from core import clock

CHECK_INTERVAL_MS: Final = 60_000
"""How often the day is looked at: a minute late at midnight is soon enough, and a polled
day also notices a computer waking up from sleep or a clock set by hand."""


def system_day() -> dt.date:
    """Today by the computer's clock."""
    return clock.today()


class DayWatch(QObject):
    """Says which day it is, and signals when it changes.

    Signals:
        day_changed(object): the new day (a `datetime.date`), once per change.
    """

    day_changed = Signal(object)

    def __init__(
        self, read_day: Callable[[], dt.date] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._read_day = read_day or (lambda: system_day())
        self._day = self._read_day()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def today(self) -> dt.date:
        """The day as last checked; `check` moves it on."""
        return self._day

    def check(self) -> bool:
        """Read the day again; True (and `day_changed` emitted) when it has turned."""
        day = self._read_day()
        if day == self._day:
            return False
        self._day = day
        self.day_changed.emit(day)
        return True
