"""Problems told to the user in plain words, in the interface language.

`show_error` is the one way the interface reports a failure. A `RecoursError` (a damaged
database, a full disk, a file that cannot be read) gets its sentence from the core's message
catalogue; a raw `OSError` is worded the same way; anything else is a bug and opens the crash
dialog with details that can be copied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.datadir import APP_NAME
from core.errors import RecoursError, storage_error_from
from ui.language import interface_language


def describe_problem(error: BaseException) -> str | None:
    """The sentence a user should read about `error`, or None when `error` is a bug."""
    lang = interface_language().value
    if isinstance(error, RecoursError):
        return error.describe(lang)
    if isinstance(error, OSError):
        return storage_error_from(error, error.filename or "").describe(lang)
    return None


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong and wait until they have read it."""
    sentence = describe_problem(error)
    if sentence is None:
        from ui.crash_dialog import show_crash_dialog

        show_crash_dialog(parent, error)
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning, APP_NAME, sentence, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
