"""The few colours the window adds to the system palette, readable on light and dark themes.

Colour never carries meaning alone: what is marked in red is also said in words (a status, a
tooltip), for people who do not see the difference.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def _dark_theme() -> bool:
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return base.lightness() < 128


def alert_text() -> QColor:
    """Text for something that went wrong: a broken or overdue promise."""
    return QColor("#ff8a80") if _dark_theme() else QColor("#b3261e")


def alert_background() -> QColor:
    """Behind a row that needs the user's attention now (an overdue promise)."""
    return QColor("#5c1f1b") if _dark_theme() else QColor("#fde7e5")


def kept_text() -> QColor:
    return QColor("#81c995") if _dark_theme() else QColor("#1e6b34")
