"""When something happened, typed as people say it ("now", "yesterday 14:05", "14/03/2026
9h30"), with the moment it reads as shown beside it, so a call is never filed on a day the
user did not mean."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from core.clock import local_now
from core.dates import parse_moment
from core.errors import InvalidInputError
from core.model import Moment
from ui.formatting import format_moment
from ui.language import interface_language


def moment_text(moment: Moment) -> str:
    """A moment written the way the field reads it back: "2026-03-14 09:30"."""
    return moment.iso().replace("T", " ")


class MomentInput(QWidget):
    """A line to type a day, or a day and a time, in; never empty.

    Signals:
        moment_changed(object): the moment now typed (a `Moment`), or None when the text
            is not one.
    """

    moment_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("e.g. now, yesterday 14:05, 14/03/2026 9:30"))
        self.reading = QLabel()
        self.reading.setMinimumWidth(
            self.reading.fontMetrics().horizontalAdvance("00 Sept 0000, 00:00") + 8
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

    def set_moment(self, moment: Moment) -> None:
        self.line.setText(moment_text(moment))

    def text(self) -> str:
        return self.line.text().strip()

    def moment(self, *, now: dt.datetime | None = None) -> Moment:
        """The moment typed. Raises InvalidInputError for what is not one (or nothing)."""
        return parse_moment(self.text(), now=now or local_now())

    def _read(self) -> None:
        try:
            moment = self.moment()
        except InvalidInputError as error:
            self.reading.setText(self.tr("not a date"))
            self.reading.setToolTip(error.describe(interface_language().value))
            self.moment_changed.emit(None)
            return
        self.reading.setText(format_moment(moment))
        self.reading.setToolTip("")
        self.moment_changed.emit(moment)
