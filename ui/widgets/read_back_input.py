"""A line to type a date in words, with what the words are read as shown beside it at every
key, so nobody saves a day they did not mean."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from core.errors import InvalidInputError
from ui.language import interface_language

_READING_MARGIN = 8

ValueT = TypeVar("ValueT")


class ReadBackInput(QWidget, Generic[ValueT]):
    """The line (`line`) and its reading (`reading`), named for screen readers after the field.

    Subclasses implement `read_back`, which reads the text typed and returns the value with
    its reading, raising InvalidInputError for what cannot be read, and `announce`, which
    emits their signal with the value read (None when there is none).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        accessible_name: str,
        widest_reading: str,
    ) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.reading = QLabel()
        self.reading.setMinimumWidth(
            self.reading.fontMetrics().horizontalAdvance(widest_reading) + _READING_MARGIN
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
        self.line.textChanged.connect(self.show_reading)

    def text(self) -> str:
        return self.line.text().strip()

    def read_back(self) -> tuple[ValueT | None, str]:
        raise NotImplementedError

    def announce(self, value: ValueT | None) -> None:
        raise NotImplementedError

    def show_reading(self) -> None:
        """Show what the text now reads as, or that it is not a date and why (on hover)."""
        try:
            value, reading = self.read_back()
        except InvalidInputError as error:
            self.reading.setText(self.tr("not a date"))
            self.reading.setToolTip(error.describe(interface_language().value))
            self.announce(None)
            return
        self.reading.setText(reading)
        self.reading.setToolTip("")
        self.announce(value)
