"""Where a form says what it refused, under its fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.palette import alert_text


class ProblemLabel(QLabel):
    """Plain text in bold and the alert colour, wrapped, hidden until there is a problem;
    screen readers name it "Problem"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Problem"))
        self.setStyleSheet(f"color: {alert_text().name()}; font-weight: bold;")
        self.hide()
