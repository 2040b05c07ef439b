"""Where the interface keeps its preferences and window state (never case data).

A readable INI file per user (on Linux ~/.config/Recours/Recours.ini). Case data lives only in
the data folder's database, so copying that folder moves a whole record.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSettings

ORGANISATION_NAME: Final = "Recours"
APPLICATION_NAME: Final = "Recours"


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        ORGANISATION_NAME,
        APPLICATION_NAME,
    )
