"""A date typed the way people say it ("14/03/2026", "in 3 days", "dans 2 semaines"), with
the day it means shown beside it as they type, so nobody saves a date they did not mean."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from core.clock import today
from core.dates import parse_due_date
from core.errors import InvalidInputError
from ui.formatting import format_day
from ui.widgets.read_back_input import ReadBackInput

_ROOM_AROUND = 40
"""Beside the typed text: the field's margins and its clear button."""


class DateInput(ReadBackInput[dt.date]):
    """A line to type a date in and the day it reads as; empty means no date.

    Relative dates count from `reference` (today unless set: a promise's due date counts
    from the day it was made).

    Signals:
        date_changed(object): the day now typed (a `datetime.date`), or None.
    """

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent, accessible_name=accessible_name, widest_reading="00 Sept 0000")
        self.reference: dt.date | None = None
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(self.tr("e.g. 14/03/2026, in 3 days"))
        self.line.setMinimumWidth(
            self.line.fontMetrics().horizontalAdvance(self.line.placeholderText()) + _ROOM_AROUND
        )

    def set_reference(self, day: dt.date | None) -> None:
        """Count relative dates from `day` (None: today), and show what the text now means."""
        self.reference = day
        self.show_reading()

    def set_date(self, day: dt.date | None) -> None:
        self.line.setText("" if day is None else day.isoformat())

    def date(self) -> dt.date | None:
        """The day typed; None when empty. Raises InvalidInputError for what is not a date."""
        if not self.text():
            return None
        return parse_due_date(self.text(), today=self.reference or today())

    def is_valid(self) -> bool:
        try:
            self.date()
        except InvalidInputError:
            return False
        return True

    def read_back(self) -> tuple[dt.date | None, str]:
        day = self.date()
        return day, format_day(day)

    def announce(self, value: dt.date | None) -> None:
        self.date_changed.emit(value)
