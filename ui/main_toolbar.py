"""The window's toolbars: the usual actions and those of the tab on show, then the search.

The search has a toolbar of its own so that a narrow window folds the actions away (behind
the toolbar's » button) and never the search field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from ui.search_bar import SearchBar


class MainToolbar(QToolBar):
    """Fixed groups of actions first, then the current tab's, which change with the tab; it
    stretches, pushing the search toolbar to the window's right edge."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("main_toolbar")
        self.setWindowTitle(self.tr("Toolbar"))
        self.setAccessibleName(self.tr("Toolbar"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMovable(False)
        self._tab_actions: list[QAction] = []
        self._tab_separator = self.addSeparator()
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._spacer = self.addWidget(spacer)

    def set_fixed_actions(self, *groups: Sequence[QAction]) -> None:
        for position, group in enumerate(groups):
            if position:
                self.insertSeparator(self._tab_separator)
            self.insertActions(self._tab_separator, list(group))

    def show_tab_actions(self, actions: Sequence[QAction]) -> None:
        for action in self._tab_actions:
            self.removeAction(action)
        self._tab_actions = list(actions)
        self.insertActions(self._spacer, self._tab_actions)
        self._tab_separator.setVisible(bool(self._tab_actions))


class SearchToolbar(QToolBar):
    """Holds the search field across every case."""

    def __init__(self, search_bar: SearchBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search_toolbar")
        self.setWindowTitle(self.tr("Search"))
        self.setAccessibleName(self.tr("Search"))
        self.setMovable(False)
        self.addWidget(search_bar)
