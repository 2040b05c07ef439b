"""Where the user left a window: its size and place, and how they divided it.

Kept in QSettings under one group per window, so adding a dialog that remembers its size is
one more `WindowState("SomeDialog", settings)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

SCREEN_SHARE = 0.92
"""A window opened for the first time takes at most this share of its screen."""


def first_size(window: QWidget, wanted: QSize) -> QSize:
    """The size to open a window at the first time: `wanted`, within its screen."""
    available = window.screen().availableSize()
    return wanted.boundedTo(
        QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    )


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None


class WindowState:
    """Saves and restores one window's geometry, toolbar state and splitter positions."""

    def __init__(self, group: str, settings: QSettings) -> None:
        self.group = group
        self.settings = settings

    def _key(self, name: str) -> str:
        return f"{self.group}/{name}"

    def save(self, window: QWidget, splitters: Mapping[str, QSplitter]) -> None:
        self.settings.setValue(self._key("geometry"), window.saveGeometry())
        if isinstance(window, QMainWindow):
            self.settings.setValue(self._key("state"), window.saveState())
        for name, splitter in splitters.items():
            self.settings.setValue(self._key(f"splitter_{name}"), splitter.saveState())
        self.settings.sync()

    def restore(self, window: QWidget, splitters: Mapping[str, QSplitter]) -> bool:
        """Put the window back as it was; False when nothing was saved yet (first start)."""
        geometry = _bytes(self.settings.value(self._key("geometry")))
        if geometry is None or not window.restoreGeometry(geometry):
            return False
        state = _bytes(self.settings.value(self._key("state")))
        if state is not None and isinstance(window, QMainWindow):
            window.restoreState(state)
        for name, splitter in splitters.items():
            splitter_state = _bytes(self.settings.value(self._key(f"splitter_{name}")))
            if splitter_state is not None:
                splitter.restoreState(splitter_state)
        return True
