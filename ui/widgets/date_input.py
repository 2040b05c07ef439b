"""A date typed the way people say it ("14/03/2026", "in 3 days", "dans 2 semaines"), with
the day it means shown beside it as they type, so nobody saves a date they did not mean."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from core.clock import today
from core.dates import parse_due_date
from core.errors import InvalidInputError
from ui.formatting import format_day
from ui.language import interface_language

_ROOM_AROUND = 40
"""Beside the typed text: the field's margins and its clear button."""


class DateInput(QWidget):
    """A line to type a date in and the day it reads as; empty means no date.

    Relative dates count from `reference` (today unless set: a promise's due date counts
    from the day it was made).

    Signals:
        date_changed(object): the day now typed (a `datetime.date`), or None.
    """

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.reference: dt.date | None = None
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(self.tr("e.g. 14/03/2026, in 3 days"))
        self.line.setMinimumWidth(
            self.line.fontMetrics().horizontalAdvance(self.line.placeholderText()) + _ROOM_AROUND
        )
        self.reading = QLabel()
        self.reading.setMinimumWidth(
            self.reading.fontMetrics().horizontalAdvance("00 Sept 0000") + 8
        )
        if accessible_name:
            self.line.setAccessibleName(accessible_name)
            self.reading.setAccessibleName(
                self.tr("{field}, understood as").format(field=accessible_name)
            )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.reading)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._read)

    def set_reference(self, day: dt.date | None) -> None:
        """Count relative dates from `day` (None: today), and show what the text now means."""
        self.reference = day
        self._read()

    def set_date(self, day: dt.date | None) -> None:
        self.line.setText("" if day is None else day.isoformat())

    def text(self) -> str:
        return self.line.text().strip()

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

    def _read(self) -> None:
        try:
            day = self.date()
        except InvalidInputError as error:
            self.reading.setText(self.tr("not a date"))
            self.reading.setToolTip(error.describe(interface_language().value))
            self.date_changed.emit(None)
            return
        self.reading.setText(format_day(day))
        self.reading.setToolTip("")
        self.date_changed.emit(day)
