"""The window's toolbar: the usual actions and those of the tab on show, then the search.

The actions sit in a toolbar of their own inside it, so a narrow window folds the actions
away (behind that toolbar's » button) and never the search field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolBar, QWidget

from ui.shell.search_bar import SearchBar


class ActionsBar(QToolBar):
    """Fixed groups of actions first, then the current tab's, which change with the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Actions"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._tab_actions: list[QAction] = []
        self._tab_separator = self.addSeparator()

    def set_fixed_actions(self, *groups: Sequence[QAction]) -> None:
        for position, group in enumerate(groups):
            if position:
                self.insertSeparator(self._tab_separator)
            self.insertActions(self._tab_separator, list(group))

    def show_tab_actions(self, actions: Sequence[QAction]) -> None:
        for action in self._tab_actions:
            self.removeAction(action)
        self._tab_actions = list(actions)
        self.addActions(self._tab_actions)
        self._tab_separator.setVisible(bool(self._tab_actions))


class MainToolbar(QToolBar):
    """The actions on the left, taking the room they can get; the search field on the right."""

    def __init__(self, parent: QWidget, search_bar: SearchBar) -> None:
        super().__init__(parent)
        self.setObjectName("main_toolbar")
        self.setWindowTitle(self.tr("Toolbar"))
        self.setAccessibleName(self.tr("Toolbar"))
        self.setMovable(False)
        self.actions_bar = ActionsBar()
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_bar, 1)
        layout.addWidget(search_bar)
        self.addWidget(holder)

    def set_fixed_actions(self, *groups: Sequence[QAction]) -> None:
        self.actions_bar.set_fixed_actions(*groups)

    def show_tab_actions(self, actions: Sequence[QAction]) -> None:
        self.actions_bar.show_tab_actions(actions)
