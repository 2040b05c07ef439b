"""Icons drawn for Recours (SVG files in resources/icons), loaded by name."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from core.resources import resource_path


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    return icon("recours")
