"""The shared shape of the tabs of a case (timeline, promises, evidence, money).

Each tab reads its own part of the record through core functions and reloads when an edit,
an undo or a redo changes that part, so logging a call never reloads the evidence, and a case
with 10,000 interactions is read once, not after every promise edited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.record_change import Part, RecordChange
from ui.record_table_view import RecordTableView
from ui.workspace import Workspace


class CaseTab(QWidget):
    """One tab of the selected case.

    Subclasses set `part` (what they show) and `view` (their main list, whose records have
    an `id`), and implement `load` (read the case `self.case_id` from
    `self.workspace.store` into the view's model) and `title` (the label, with a count).

    Actions (`case_actions`): the main window shows every tab's actions in its Case menu,
    under the tab's name, and the current tab's in the toolbar; it adds them to the window
    so their shortcuts work wherever the focus is. Create them once (in `__init__`) and
    return the same objects each time; keep their enabled state up to date yourself (e.g.
    disabled while no row is selected). Give them a short text (`setText("&Log Call…")`),
    an `iconText` for the toolbar if the text is long, and a status tip.

    Deleting the selected row (Edit › Delete, the Delete key): a tab whose rows can be
    deleted includes, among its `case_actions()`, one QAction whose `objectName()` is
    exactly "delete" (`action.setObjectName("delete")`), whose text names what it deletes
    ("&Delete Interaction…"), and which is enabled only while a row is selected. When the
    keyboard focus is inside the tab and the user presses Delete or chooses Edit › Delete,
    the window triggers that action; the window's Edit › Delete takes its text and enabled
    state. Do NOT give it a shortcut yourself: the window owns the Delete key, and a second
    shortcut on the same key would be ambiguous and fire neither. When triggered, the action
    asks for confirmation if the row holds something hard to retype (default button Cancel),
    then deletes through `workspace.perform` (evidence with `keep_file=True`), so Undo
    brings the row back. A tab without a "delete" action leaves Delete greyed out.

    Signals:
        title_changed(str): the tab's label changed (its count, usually).
    """

    title_changed = Signal(str)
    part: ClassVar[Part]
    view: RecordTableView[Any]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.case_id: int | None = None

    def bind(self, workspace: Workspace) -> None:
        """Attach the open record; edits made in this tab go through it."""
        self.workspace = workspace

    def show_case(self, case_id: int | None) -> None:
        """Show another case: its rows, columns fitted to them."""
        self.case_id = case_id
        self.reload()
        self.view.fit_columns()

    def reload(self) -> None:
        """Read this tab's part again, keeping the selected row and the user's column widths;
        with no case, empty the list."""
        if self.workspace is not None and self.case_id is not None:
            selected = self.view.current_record()
            self.load()
            if selected is not None:
                self.view.select_where(lambda record: record.id == selected.id)
        else:
            self.view.source_model.set_records([])
        self.title_changed.emit(self.title())

    def apply_change(self, change: RecordChange) -> None:
        """Reload when an edit, an undo or a redo touched what this tab shows."""
        if self.case_id is not None and change.touches(self.part, self.case_id):
            self.reload()

    def select_id(self, record_id: int) -> bool:
        """Select the row of this record (a search hit, a link followed); False if absent."""
        return self.view.select_where(lambda record: record.id == record_id)

    def make_action(
        self, text: str, icon_text: str, status_tip: str, slot: Callable[[], None]
    ) -> QAction:
        """An action of this tab: its menu text, its short toolbar text, the tip that says
        what it does (in the status line and on hover), and what it does."""
        action = QAction(text, self)
        action.setIconText(icon_text)
        action.setStatusTip(status_tip)
        action.setToolTip(status_tip)
        action.triggered.connect(slot)
        return action

    def case_actions(self) -> list[QAction]:
        """Actions this tab offers for the selected case (menus and toolbar show them)."""
        return []

    def load(self) -> None:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError
