"""The interface language, set once at start: the locale and the translations Qt loads.

The choice comes from the preferences (System, Français, English). "System" keeps Qt's
default locale; another choice makes it the default, so dates, amounts and the core's
messages (`ui.language`) follow it. Then two translation files are installed when present:
Recours's own (resources/translations/recours_<lang>.qm) and Qt's (qtbase_<lang>.qm, the
words of standard buttons and dialogs). A missing file leaves the English source texts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core.model import Language
from core.resources import resource_path
from ui.language import interface_language
from ui.settings import InterfaceLanguage, load_preferences

_LOCALE_LANGUAGE = {
    InterfaceLanguage.FR: QLocale.Language.French,
    InterfaceLanguage.EN: QLocale.Language.English,
}


def translations_dir() -> Path:
    return resource_path("translations")


def apply_locale(choice: InterfaceLanguage) -> None:
    """Make the chosen language Qt's default locale, keeping the system's own variant of it
    (fr_CA stays fr_CA when French is chosen)."""
    wanted = _LOCALE_LANGUAGE.get(choice)
    system = QLocale.system()
    QLocale.setDefault(system if wanted in (None, system.language()) else QLocale(wanted))


def install_translators(
    app: QCoreApplication, settings: QSettings, *, app_translations: Path | None = None
) -> list[QTranslator]:
    """Apply the interface language chosen in the preferences; the translators installed.

    Called once before the first window is built: a change of language in the preferences
    applies at the next start.
    """
    apply_locale(load_preferences(settings).interface_language)
    lang = "fr" if interface_language() is Language.FR else "en"
    sources = (
        (f"recours_{lang}", app_translations or translations_dir()),
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    installed = []
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, str(folder)) and QCoreApplication.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
