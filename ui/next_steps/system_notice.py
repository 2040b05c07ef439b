"""A notification from the system (the tray's message balloon, the desktop's notification
centre), where the platform has a tray; nothing where it has none."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from core.datadir import APP_NAME
from ui.icons import app_icon

MESSAGE_MS: Final = 15_000


class SystemNotice(QObject):
    """Puts Recours's icon in the tray while a notice is out, and shows the notice there.

    Signals:
        clicked(): the user clicked the notification or the icon.
    """

    clicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray: QSystemTrayIcon | None = None

    def show_message(self, title: str, text: str) -> bool:
        """Notify through the system; False (and nothing shown) when there is no tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
        self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        return True

    def withdraw(self) -> None:
        """The user has seen the notice in the window: take the icon out of the tray."""
        if self.tray is not None:
            self.tray.hide()
