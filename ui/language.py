"""Which language the interface speaks, so the core's messages and amounts match Qt's texts."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from core.model import Language


def interface_language() -> Language:
    """French when the interface locale is French, English otherwise.

    Reads Qt's default locale, which follows the system until the application sets another,
    so a later interface-language setting only has to call `QLocale.setDefault`.
    """
    if QLocale().language() == QLocale.Language.French:
        return Language.FR
    return Language.EN


def interface_locale() -> QLocale:
    """The locale dates and sizes are written in: the one matching `interface_language`."""
    system = QLocale()
    wanted = (
        QLocale.Language.French if interface_language() is Language.FR else QLocale.Language.English
    )
    return system if system.language() == wanted else QLocale(wanted)
