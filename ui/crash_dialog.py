"""What the user sees when Recours itself has a bug: an apology, and details to copy.

The app keeps running: the dialog is not modal, the record is untouched (every write is its
own transaction), and the user can go on working or copy the details into a bug report.
"""

from __future__ import annotations

import platform
import sys
import traceback
from importlib import metadata
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import RecoursError

_dialogs_without_parent: set[CrashDialog] = set()


def _recours_version() -> str:
    try:
        return metadata.version("recours")
    except metadata.PackageNotFoundError:
        return "unknown"


def crash_details(error: BaseException) -> str:
    """The traceback and the versions a developer needs to reproduce the bug."""
    versions = (
        f"Recours {_recours_version()}, Python {platform.python_version()}, "
        f"Qt {qVersion()}, PySide6 {pyside_version}, {platform.platform()}"
    )
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return f"{versions}\n\n{trace}"


class CrashDialog(QDialog):
    """Says that something went wrong inside Recours and shows the details, ready to copy."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        explanation = QLabel(
            self.tr(
                "Recours ran into a problem it did not expect. Everything saved before this "
                "moment is kept, and you can go on working.\n\n"
                "If it happens again, please copy the details below into a bug report."
            )
        )
        explanation.setWordWrap(True)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def show_crash_dialog(parent: QWidget | None, error: BaseException) -> CrashDialog:
    """Open the crash dialog without blocking: the rest of the window stays usable."""
    dialog = CrashDialog(crash_details(error), parent)
    if parent is None:
        _dialogs_without_parent.add(dialog)
        dialog.finished.connect(lambda _result: _dialogs_without_parent.discard(dialog))
    dialog.show()
    return dialog


class CrashHandler:
    """The `sys.excepthook` of the desktop app: a bug shows a dialog instead of ending Recours.

    Expected problems that escaped (a `RecoursError`) are worded like any other error; real
    bugs get the crash dialog. The traceback is printed to stderr as well, for logs.
    """

    def __init__(self) -> None:
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            self._previous(exc_type, error, trace)
            return
        traceback.print_exception(exc_type, error, trace, file=sys.stderr)
        parent = QApplication.activeWindow()
        if isinstance(error, RecoursError):
            from ui.errors import show_error

            show_error(parent, error)
            return
        show_crash_dialog(parent, error.with_traceback(trace))
