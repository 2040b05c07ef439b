"""One desktop window per data folder: a second one would show a record the first is changing.

The lock is a `QLockFile` in the data folder. A lock left behind by a crashed Recours is
recognised (its process is gone) and taken over, so a crash never locks the user out. The
command line does not take this lock: SQLite's own locking lets it run beside the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLockFile, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.datadir import APP_NAME

LOCK_FILENAME: Final = "recours.lock"
STALE_LOCK_MILLISECONDS: Final = 60_000
"""Age after which an unheld lock file counts as left over even if its process id was reused.

A running Recours keeps its lock file open and locked at the system level, which Qt checks
before removing a lock it thinks is stale, so this age never robs a live window.
"""


class DataFolderLock:
    """The claim of one desktop window on a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILENAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(STALE_LOCK_MILLISECONDS)

    def acquire(self) -> bool:
        """Take the lock at once, or say False when another window holds it."""
        return self._lock.tryLock(0)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def held_by_another_window(self) -> bool:
        """True when the failure to lock means another Recours, not an unwritable folder."""
        return self._lock.error() == QLockFile.LockError.LockFailedError


def refuse_second_window(lock: DataFolderLock, parent: QWidget | None = None) -> None:
    """Explain why this start stops here, in the interface language."""
    folder = str(lock.path.parent)
    if lock.held_by_another_window():
        text = QCoreApplication.translate(
            "InstanceLock",
            "Recours is already open on this data folder:\n{folder}\n\n"
            "Switch to the window that is already open, or close it and start Recours again.",
        ).format(folder=folder)
    else:
        text = QCoreApplication.translate(
            "InstanceLock",
            "Recours cannot create its lock file in the data folder:\n{folder}\n\n"
            "Check that the folder exists and that you are allowed to write in it.",
        ).format(folder=folder)
    box = QMessageBox(
        QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
