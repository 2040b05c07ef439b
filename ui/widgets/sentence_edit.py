"""A field for a sentence or two (what was promised, a note): the text wraps so a long sentence
shows whole, yet Enter saves the form as in a one-line field, and Tab moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SentenceEdit(QPlainTextEdit):
    """Wrapping text, `lines` high. Enter is left to the dialog (its default button saves);
    Shift+Enter starts a new line when `multiline` is set."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        accessible_name: str = "",
        lines: int = 2,
        multiline: bool = False,
    ) -> None:
        super().__init__(parent)
        self.multiline = multiline
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * lines
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def text(self) -> str:
        return self.toPlainText().strip()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _SUBMIT_KEYS:
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if self.multiline and shifted:
                self.insertPlainText("\n")
                return
            event.ignore()
            return
        super().keyPressEvent(event)
