"""The daily notice in the window: a band above the dashboard saying what became due since
the user was last told, with a way to the list and a way to put it away. Never a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from ui.widgets.elided_label import ElidedLabel

_LINES = 2
"""The notice keeps to two lines above the list that says the same in full; all of it on
hover and in the status line."""


class NoticeBanner(QFrame):
    """Hidden until `show_notice`; Show asks for the list, the close button dismisses.

    Signals:
        show_requested(): the user wants to see what needs attention.
        dismissed(): the user put the notice away.
    """

    show_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
        self.setAccessibleName(self.tr("Daily notice"))

        self.message = ElidedLabel(self.tr("What needs your attention"), lines=_LINES)

        self.show_button = QPushButton(self.tr("S&how"))
        self.show_button.setAccessibleName(self.tr("Show what needs attention"))
        self.show_button.setToolTip(self.tr("Show the list of what needs attention"))
        self.show_button.clicked.connect(self.show_requested)
        self.close_button = QToolButton()
        self.close_button.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.WindowClose))
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss the notice"))
        self.close_button.setToolTip(self.tr("Put this notice away until something new is due"))
        self.close_button.clicked.connect(self.dismiss)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, text: str) -> None:
        self.message.show_value(text)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
