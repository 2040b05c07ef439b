"""The shared shape of the tabs of a case (timeline, promises, evidence, money).

Each tab reads its own part of the record through core functions and reloads when an edit,
an undo or a redo changes that part, so logging a call never reloads the evidence, and a case
with 10,000 interactions is read once, not after every promise edited.
"""

from __future__ import annotations

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
        """Read this tab's part again, keeping the selected row and the user's column widths."""
        if self.workspace is not None and self.case_id is not None:
            selected = self.view.current_record()
            self.load()
            if selected is not None:
                self.view.select_where(lambda record: record.id == selected.id)
        self.title_changed.emit(self.title())

    def apply_change(self, change: RecordChange) -> None:
        """Reload when an edit, an undo or a redo touched what this tab shows."""
        if self.case_id is not None and change.touches(self.part, self.case_id):
            self.reload()

    def select_id(self, record_id: int) -> bool:
        """Select the row of this record (a search hit, a link followed); False if absent."""
        return self.view.select_where(lambda record: record.id == record_id)

    def case_actions(self) -> list[QAction]:
        """Actions this tab offers for the selected case (menus and toolbar show them)."""
        return []

    def load(self) -> None:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError
