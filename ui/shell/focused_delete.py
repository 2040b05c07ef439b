"""Edit › Delete (the Delete key) acts on what has the keyboard focus: the case in the list
of cases, or the selected row of a case's tab that offers a "delete" action.

The focus is followed as it moves; opening a menu does not count as moving it, so Edit ›
Delete chosen from the menu still deletes what the user was on.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

DeleteTarget = Callable[[QWidget], QAction | None]


class FocusedDelete(QObject):
    """Routes one window-wide Delete action to the delete action of the focused area."""

    def __init__(self, window: QWidget, action: QAction, target_of: DeleteTarget) -> None:
        super().__init__(window)
        self.window = window
        self.action = action
        self.target_of = target_of
        self._focus: QWidget | None = None
        self._watched: QAction | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        action.triggered.connect(self.trigger)
        self.update()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or isinstance(new, QMenu | QMenuBar):
            return
        if new is not self.window and not self.window.isAncestorOf(new):
            return
        self._focus = new
        self.update()

    def target(self) -> QAction | None:
        """The action Delete would trigger now, enabled or not."""
        if self._focus is None or not shiboken6.isValid(self._focus):
            return None
        return self.target_of(self._focus)

    def update(self) -> None:
        """Say what Delete would delete ("Delete Case…"), greyed when nothing; follow that
        action's own changes (enabled as its tab's selection comes and goes)."""
        target = self.target()
        if target is not self._watched:
            if self._watched is not None and shiboken6.isValid(self._watched):
                self._watched.changed.disconnect(self.update)
            if target is not None:
                target.changed.connect(self.update)
            self._watched = target
        self.action.setEnabled(target is not None and target.isEnabled())
        self.action.setText(target.text() if target is not None else self.tr("&Delete"))

    def trigger(self) -> None:
        target = self.target()
        if target is not None and target.isEnabled():
            target.trigger()
