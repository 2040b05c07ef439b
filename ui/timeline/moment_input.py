"""When something happened, typed as people say it ("now", "yesterday 14:05", "14/03/2026
9h30"), with the moment it reads as shown beside it, so a call is never filed on a day the
user did not mean."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from core.clock import local_now
from core.dates import parse_moment
from core.model import Moment
from ui.formatting import format_moment
from ui.widgets.read_back_input import ReadBackInput


def moment_text(moment: Moment) -> str:
    """A moment written the way the field reads it back: "2026-03-14 09:30"."""
    return moment.iso().replace("T", " ")


class MomentInput(ReadBackInput[Moment]):
    """A line to type a day, or a day and a time, in; never empty.

    Signals:
        moment_changed(object): the moment now typed (a `Moment`), or None when the text
            is not one.
    """

    moment_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(
            parent, accessible_name=accessible_name, widest_reading="00 Sept 0000, 00:00"
        )
        self.line.setPlaceholderText(self.tr("e.g. now, yesterday 14:05, 14/03/2026 9:30"))

    def set_moment(self, moment: Moment) -> None:
        self.line.setText(moment_text(moment))

    def moment(self, *, now: dt.datetime | None = None) -> Moment:
        """The moment typed. Raises InvalidInputError for what is not one (or nothing)."""
        return parse_moment(self.text(), now=now or local_now())

    def read_back(self) -> tuple[Moment | None, str]:
        moment = self.moment()
        return moment, format_moment(moment)

    def announce(self, value: Moment | None) -> None:
        self.moment_changed.emit(value)
