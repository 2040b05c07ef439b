"""The preferences: who the user is on letters, defaults for new cases, the interface
language and the user's own addresses; and the language the interface starts in."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.model import Jurisdiction, Language, Sender
from ui.language import interface_language
from ui.settings import InterfaceLanguage, Preferences, load_preferences, save_preferences
from ui.shell.settings_dialog import PreferencesDialog
from ui.shell.startup import DesktopSession
from ui.translation import install_translators

from .accessibility import unnamed_controls


def open_preferences(qtbot: QtBot, session: DesktopSession) -> PreferencesDialog:
    session.window.preferences_action.trigger()
    dialog = session.window.preferences_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_preferences_typed_are_saved_and_new_cases_start_with_them(
    demo_session: DesktopSession, settings: QSettings, qtbot: QtBot
) -> None:
    dialog = open_preferences(qtbot, demo_session)
    assert dialog.identity.name.hasFocus()
    qtbot.keyClicks(dialog.identity.name, "Julie Martin")
    qtbot.keyClicks(dialog.identity.postal_address, "3 rue des Lilas")
    qtbot.keyClick(dialog.identity.postal_address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.identity.postal_address, "75011 Paris")
    qtbot.keyClicks(dialog.identity.email, "julie@example.org")
    qtbot.keyClicks(dialog.identity.phone, "01 02 03 04 05")
    qtbot.keyClicks(dialog.own_emails, "julie@example.org")
    qtbot.keyClick(dialog.own_emails, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.own_emails, "not an address")
    dialog.jurisdiction.setFocus()
    qtbot.keyClicks(dialog.jurisdiction, "United Kingdom")
    dialog.letter_language.setFocus()
    qtbot.keyClicks(dialog.letter_language, "English")

    qtbot.keyClick(dialog.identity.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.text() == "“not an address” is not an email address."
    assert load_preferences(settings).identity.is_empty()

    dialog.own_emails.setPlainText("julie@example.org\nj.martin@work.example")
    qtbot.keyClick(dialog.identity.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert demo_session.window.statusBar().currentMessage() == "Preferences saved"

    saved = load_preferences(settings)
    assert saved == Preferences(
        identity=Sender(
            name="Julie Martin",
            postal_address="3 rue des Lilas\n75011 Paris",
            email="julie@example.org",
            phone="01 02 03 04 05",
        ),
        own_emails=("julie@example.org", "j.martin@work.example"),
        jurisdiction=Jurisdiction.UK,
        letter_language=Language.EN,
        interface_language=InterfaceLanguage.SYSTEM,
    )

    demo_session.window.case_actions.new_action.trigger()
    editor = demo_session.window.case_actions.editor
    assert editor is not None
    assert editor.sender_form.identity() == saved.identity
    assert editor.jurisdiction.currentText() == "United Kingdom"
    assert editor.language.currentText() == "English"
    editor.reject()


def test_cancel_forgets_and_a_new_language_says_it_needs_a_restart(
    demo_session: DesktopSession, settings: QSettings, qtbot: QtBot
) -> None:
    save_preferences(settings, Preferences(identity=Sender(name="Julie Martin")))
    dialog = open_preferences(qtbot, demo_session)
    assert dialog.identity.name.text() == "Julie Martin"
    assert not dialog.restart_notice.isVisible()
    dialog.interface_language.setFocus()
    qtbot.keyClicks(dialog.interface_language, "F")
    assert dialog.interface_language.currentText() == "Français"
    assert dialog.restart_notice.isVisible()
    qtbot.keyClicks(dialog.identity.name, " Dupont")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    kept = load_preferences(settings)
    assert kept.identity.name == "Julie Martin"
    assert kept.interface_language is InterfaceLanguage.SYSTEM


def test_every_control_of_the_preferences_has_an_accessible_name(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    dialog = open_preferences(qtbot, demo_session)
    assert unnamed_controls(dialog) == []
    dialog.reject()


@pytest.fixture
def restore_language() -> Iterator[None]:
    """Put Qt's default locale and translators back as they were."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def compile_translation(folder: Path, lang: str, source: str, translation: str) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    assert lrelease is not None, "pyside6-lrelease comes with PySide6"
    ts = folder / f"recours_{lang}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{lang}"><context><name>MainWindow</name>'
        f"<message><source>{source}</source><translation>{translation}</translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(ts)], check=True, capture_output=True)


def test_french_chosen_sets_the_locale_and_loads_both_translations(
    tmp_path: Path, qapp: QApplication, restore_language: None
) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    save_preferences(settings, Preferences(interface_language=InterfaceLanguage.FR))
    compile_translation(tmp_path, "fr", "&amp;Quit", "&amp;Quitter")

    installed = install_translators(qapp, settings, app_translations=tmp_path)
    try:
        assert QLocale().language() == QLocale.Language.French
        assert interface_language() is Language.FR
        assert len(installed) == 2
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quitter"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_the_system_language_is_kept_and_a_missing_translation_is_no_error(
    tmp_path: Path, qapp: QApplication, restore_language: None
) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    installed = install_translators(qapp, settings, app_translations=tmp_path)
    try:
        assert QLocale().name() == QLocale.system().name()
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
