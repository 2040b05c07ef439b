"""A strip at the top of the window when the data folder is somewhere SQLite is not safe.

On a network share or inside a synced folder (Dropbox, OneDrive...) the database can be
damaged (`core.storage_location` explains why). The warning must be seen, but it is no reason
to stop the user, so it is a banner, not a box to click away at every start. Once dismissed
it stays dismissed for that data folder (remembered in the settings); another folder at risk
warns again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core import storage_location
from ui.language import interface_language

DISMISSED_KEY: Final = "storage_warning/dismissed_folders"


def dismissed_folders(settings: QSettings) -> list[str]:
    value = settings.value(DISMISSED_KEY, [])
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(item) for item in value]
    return []


class StorageBanner(QFrame):
    """Says why the data folder is at risk; "Learn more" explains on hover, the close button
    dismisses it for good for this folder."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir: Path | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        role = QPalette.ColorRole
        palette.setColor(role.Window, palette.color(role.ToolTipBase))
        palette.setColor(role.WindowText, palette.color(role.ToolTipText))
        self.setPalette(palette)
        self.setAccessibleName(self.tr("Warning about the data folder"))

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.learn_more = QToolButton()
        self.learn_more.setText(self.tr("Learn more"))
        self.learn_more.setAutoRaise(True)
        self.learn_more.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.learn_more.setAccessibleName(self.tr("Learn more"))
        self.learn_more.setToolTip(
            self.tr(
                "<p>SQLite, which keeps the case record, relies on the disk to lock the "
                "database while it writes and to keep its journal beside it.</p>"
                "<p>Network drives do not lock reliably. Sync services copy the database in "
                "the middle of a write, without its journal, and may bring back an older "
                "copy after a conflict. Either can damage the record.</p>"
                "<p>Keep the data folder on a local disk of this computer (start Recours with "
                "--data-dir, or set RECOURS_DATA_DIR). Recours makes its own backups in "
                "the data folder.</p>"
            )
        )
        self.learn_more.setAccessibleDescription(self.learn_more.toolTip())
        self.learn_more.clicked.connect(self.explain)
        self.close_button = QToolButton()
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss this warning for this data folder"))
        self.close_button.setAccessibleName(self.tr("Dismiss the warning"))
        self.close_button.clicked.connect(self.dismiss)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.message)
        text.addWidget(self.learn_more, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addLayout(text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_for(self, data_dir: Path) -> None:
        """Warn about this data folder if it is at risk and the warning was not dismissed."""
        self.data_dir = data_dir
        warnings = storage_location.storage_warnings(data_dir)
        if not warnings or str(data_dir) in dismissed_folders(self.settings):
            self.hide()
            return
        lang = interface_language().value
        text = " ".join(warning.describe(lang) for warning in warnings)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.show()

    def explain(self) -> None:
        """The "Learn more" text, for keyboard users too (a click or Space shows it)."""
        corner = self.learn_more.mapToGlobal(self.learn_more.rect().bottomLeft())
        QToolTip.showText(corner, self.learn_more.toolTip(), self.learn_more)

    def dismiss(self) -> None:
        if self.data_dir is not None:
            folders = dismissed_folders(self.settings)
            if str(self.data_dir) not in folders:
                self.settings.setValue(DISMISSED_KEY, [*folders, str(self.data_dir)])
        self.hide()


def under_banner(banner: StorageBanner, content: QWidget) -> QWidget:
    """The window's central area: the banner (hidden unless needed) over `content`."""
    area = QWidget()
    layout = QVBoxLayout(area)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return area
