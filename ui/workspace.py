"""The open record as the window edits it: the connection, its undo history, news of changes.

Every edit a user makes goes through `Workspace.perform`: one transaction, one entry in the
undo history (SQLite's own journal of the rows it changed, `core.undo_log`), one `changed`
signal telling the views what to reload, and one sentence for the status line. Nothing waits
for a Save: each edit is on disk when `perform` returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.database import Store
from core.errors import RecoursError
from core.undo_log import Step, UndoLog
from ui.record_change import RecordChange

ResultT = TypeVar("ResultT")
UNDO_LIMIT: Final = 200


class RecordCommand(QUndoCommand):
    """One user action in the undo history, replayed through the undo log."""

    def __init__(self, workspace: Workspace, text: str, step: Step, change: RecordChange) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.step = step
        self.change = change
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._replay(QCoreApplication.translate("Workspace", "Redone: {action}"))

    def undo(self) -> None:
        self._replay(QCoreApplication.translate("Workspace", "Undone: {action}"))

    def _replay(self, announcement: str) -> None:
        try:
            self.step = self.workspace.undo_log.replay(self.step)
        except RecoursError as error:
            self.setObsolete(True)
            self.workspace.failed.emit(error)
            return
        self.workspace.changed.emit(self.change)
        self.workspace.announced.emit(announcement.format(action=self.text()))


class Workspace(QObject):
    """The record open in the window, edited only through `perform`.

    Signals:
        changed(RecordChange): rows changed (an edit, an undo or a redo); views reload
            the parts it names.
        announced(str): a sentence for the status line saying what just happened.
        failed(RecoursError): an undo or redo could not be done; the record is unchanged.
    """

    changed = Signal(object)
    announced = Signal(str)
    failed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_log = UndoLog(store)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)

    def perform(
        self, description: str, action: Callable[[Store], ResultT], change: RecordChange
    ) -> ResultT:
        """Run `action` as one undoable edit called `description` ("Log a call").

        Raises the `RecoursError` the action raised, with nothing changed; the caller
        decides how to show it (a dialog keeps itself open, a menu action shows a box).
        """
        with self.undo_log.recording() as recorded, self.store.write():
            result = action(self.store)
        [step] = recorded
        if not step.is_empty:
            self.undo_stack.push(RecordCommand(self, description, step, change))
            self._forget_unreachable_history()
        self.changed.emit(change)
        self.announced.emit(description)
        return result

    def notify(self, change: RecordChange, announcement: str = "") -> None:
        """Tell the views about rows changed outside `perform` (a reload, a background task)."""
        self.changed.emit(change)
        if announcement:
            self.announced.emit(announcement)

    def _forget_unreachable_history(self) -> None:
        steps = []
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, RecordCommand):
                steps.append(command.step)
        self.undo_log.retain(steps)
