"""Fixtures for the desktop app's tests: private settings, a data folder with the demo case,
a way to start the app's session on a folder without running its event loop, and the
interface in French."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.database import Store
from core.demo import create_demo_case
from core.model import Language
from ui.settings import InterfaceLanguage, Preferences, save_preferences
from ui.shell.startup import DesktopSession
from ui.translation import install_translators

StartSession = Callable[[Path], DesktopSession]


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, qapp: QApplication) -> Path:
    """Point every user-scope QSettings into the test's folder: never the user's own.

    Also makes sure the QApplication exists, which every widget in these tests needs.
    """
    folder = tmp_path / "settings"
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_data_dir(data_dir: Path) -> Path:
    """A data folder holding the English demo case (case 1), as `recours demo` makes it."""
    with Store.open(data_dir) as store:
        create_demo_case(store, lang=Language.EN)
    return data_dir


@pytest.fixture
def start_session(qtbot: QtBot, settings: QSettings) -> Iterator[StartSession]:
    """Start the app's session on a folder: window shown, record opening on the next turn."""
    sessions: list[DesktopSession] = []

    def start(data_dir: Path) -> DesktopSession:
        session = DesktopSession(data_dir, settings)
        qtbot.addWidget(session.window)
        sessions.append(session)
        session.start()
        return session

    yield start
    for session in sessions:
        session.close()


@pytest.fixture
def demo_session(start_session: StartSession, demo_data_dir: Path, qtbot: QtBot) -> DesktopSession:
    """The app open on the demo case, its record loaded."""
    session = start_session(demo_data_dir)
    qtbot.waitUntil(lambda: session.store is not None and session.window.has_cases())
    return session


@pytest.fixture
def french_interface(tmp_path: Path, qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app's own translators installed as at start with French chosen; undone after."""
    before = QLocale()
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    save_preferences(settings, Preferences(interface_language=InterfaceLanguage.FR))
    installed = install_translators(qapp, settings)
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
