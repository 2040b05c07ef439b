"""Help › About Recours: which Recours this is, what it is built on, where its data lives.

The versions are what a bug report needs; the data folder is selectable so it can be copied
into a file manager; and the promise that Recours never goes on the network is stated where
people look for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.datadir import APP_NAME
from ui.icons import app_icon

_ICON_SIZE = 64


def recours_version() -> str:
    try:
        return metadata.version("recours")
    except metadata.PackageNotFoundError:
        return "?"


def _selectable(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class AboutDialog(QDialog):
    """Versions, the data folder, and the network promise; Close or Esc closes it."""

    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("About {app}").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(_ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(f"<h2>{APP_NAME} {recours_version()}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        purpose = _selectable(
            self.tr(
                "Keeps the whole record of a dispute with a company, and turns it into "
                "letters that get answered."
            ),
            self.tr("What Recours does"),
        )
        purpose.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.network_note = _selectable(
            self.tr(
                "Recours never connects to the network: your cases, evidence and letters "
                "stay on this computer."
            ),
            self.tr("Network"),
        )
        self.network_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        folder = str(data_dir) if data_dir is not None else self.tr("not open")
        self.folder = _selectable(folder, self.tr("Data folder"))
        facts = QFormLayout()
        facts.addRow(self.tr("Version:"), _selectable(recours_version(), self.tr("Version")))
        facts.addRow(
            self.tr("SQLite:"), _selectable(sqlite3.sqlite_version, self.tr("SQLite version"))
        )
        facts.addRow(
            self.tr("Qt:"),
            _selectable(
                self.tr("{qt} (PySide6 {pyside})").format(qt=qVersion(), pyside=pyside_version),
                self.tr("Qt version"),
            ),
        )
        facts.addRow(self.tr("Data folder:"), self.folder)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addLayout(facts)
        layout.addWidget(self.network_note)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)


class AboutAction(QAction):
    """Help › About Recours; `data_dir` says which folder the dialog names."""

    def __init__(self, parent: QWidget, data_dir: Callable[[], Path | None]) -> None:
        super().__init__(QCoreApplication.translate("AboutAction", "&About Recours"), parent)
        self.parent_widget = parent
        self.data_dir = data_dir
        self.dialog: AboutDialog | None = None
        self.setMenuRole(QAction.MenuRole.AboutRole)
        self.triggered.connect(self.show_dialog)

    def show_dialog(self) -> None:
        dialog = AboutDialog(self.data_dir(), self.parent_widget)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
