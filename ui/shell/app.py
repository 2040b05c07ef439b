"""The desktop app's entry point: `run_gui(data_dir)`, called by main.py.

Only light imports here: the window must appear before sqlite-utils, reportlab, pypdf or
Pillow load (each loads when first needed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core.datadir import APP_NAME
from ui.crash_dialog import CrashHandler
from ui.icons import app_icon
from ui.qt_compat import protect_singletons_from_release
from ui.record_safety.instance_lock import DataFolderLock, refuse_second_window
from ui.settings import APPLICATION_NAME, ORGANISATION_NAME, app_settings
from ui.shell.startup import DesktopSession
from ui.translation import install_translators


def create_application() -> QApplication:
    """The QApplication, named so QSettings and the window manager know it."""
    protect_singletons_from_release()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    return app


def run_gui(data_dir: Path) -> int:
    """Run the desktop app on `data_dir` (already created, private) until it quits.

    Returns the exit code: 0 after a normal quit, 1 when another window already has this
    data folder open.
    """
    app = create_application()
    lock = DataFolderLock(data_dir)
    if not lock.acquire():
        refuse_second_window(lock)
        return 1
    settings = app_settings()
    install_translators(app, settings)
    crash_handler = CrashHandler()
    crash_handler.install()
    session = DesktopSession(data_dir, settings)
    try:
        session.start()
        return app.exec()
    finally:
        session.close()
        crash_handler.uninstall()
        lock.release()
