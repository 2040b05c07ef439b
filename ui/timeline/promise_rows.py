"""The promises made in an interaction, typed while logging it: what was promised, and by
when ("in 3 days", "dans 2 semaines", a date), counted from the day of the interaction.

There is always one empty row at the bottom; typing in it adds the next, so a list of
promises is typed with Tab alone. Empty rows are ignored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QToolButton, QWidget

from core.errors import InvalidInputError, RecoursError
from ui.widgets.date_input import DateInput


@dataclass(frozen=True, slots=True)
class PromiseDraft:
    """A promise as typed, ready for `core.promises.add_promise`."""

    text: str
    due_on: dt.date | None


class PromiseRowError(Exception):
    """A row that cannot be saved as typed: the core's reason, and the field to fix."""

    def __init__(self, error: RecoursError, field: QWidget) -> None:
        super().__init__(str(error))
        self.error = error
        self.field = field


@dataclass(frozen=True, slots=True)
class _Row:
    text: QLineEdit
    due: DateInput
    remove: QToolButton

    def is_empty(self) -> bool:
        return not self.text.text().strip() and not self.due.text()


class PromiseRows(QWidget):
    """Rows of (promise, due date), growing as the last one is filled in.

    Signals:
        rows_changed(): a row was added, removed or typed in.
    """

    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self._reference: dt.date | None = None
        self._next_grid_row = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self._add_row()

    def set_reference(self, day: dt.date | None) -> None:
        """Count "in 3 days" from this day (the interaction's)."""
        self._reference = day
        for row in self.rows:
            row.due.set_reference(day)

    def first_field(self) -> QWidget:
        return self.rows[0].text

    def last_field(self) -> QWidget:
        return self.rows[-1].due.line

    def drafts(self) -> list[PromiseDraft]:
        """The promises typed, in order. Raises PromiseRowError for a row that is not one."""
        drafts = []
        for row in self.rows:
            if row.is_empty():
                continue
            try:
                due_on = row.due.date()
            except InvalidInputError as error:
                raise PromiseRowError(error, row.due) from None
            text = " ".join(row.text.text().split())
            if not text:
                raise PromiseRowError(InvalidInputError("error.empty_promise"), row.text)
            if due_on is not None and self._reference is not None and due_on < self._reference:
                raise PromiseRowError(InvalidInputError("error.due_before_made"), row.due)
            drafts.append(PromiseDraft(text, due_on))
        return drafts

    def has_input(self) -> bool:
        return any(not row.is_empty() for row in self.rows)

    def _add_row(self) -> None:
        """Add an empty row, shown at once rather than on the next turn of the event loop,
        so a Tab typed right away reaches it."""
        number = len(self.rows) + 1
        text = QLineEdit()
        text.setPlaceholderText(self.tr("What was promised, e.g. a refund of €60"))
        text.setAccessibleName(self.tr("Promise {number}").format(number=number))
        due = DateInput(accessible_name=self.tr("Promise {number} due").format(number=number))
        due.line.setPlaceholderText(self.tr("Due: in 3 days…"))
        due.set_reference(self._reference)
        remove = QToolButton()
        remove.setText("×")
        remove.setAccessibleName(self.tr("Remove promise {number}").format(number=number))
        remove.setToolTip(self.tr("Remove this promise (or leave it empty)"))
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = _Row(text, due, remove)
        position = self._next_grid_row
        self._next_grid_row += 1
        self._grid.addWidget(text, position, 0)
        self._grid.addWidget(due, position, 1)
        self._grid.addWidget(remove, position, 2)
        for widget in (text, due, remove):
            widget.show()
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].due.line, text)
            QWidget.setTabOrder(text, due.line)
        self.rows.append(row)
        text.textChanged.connect(self._grow)
        due.line.textChanged.connect(self._grow)
        remove.clicked.connect(lambda: self._remove(row))
        self._update_remove_buttons()

    def _grow(self) -> None:
        if not self.rows[-1].is_empty():
            self._add_row()
        self._update_remove_buttons()
        self.rows_changed.emit()

    def _remove(self, row: _Row) -> None:
        """Clear a row; a row left empty above the last one goes away."""
        row.text.clear()
        row.due.line.clear()
        if row is not self.rows[-1]:
            self.rows.remove(row)
            for widget in (row.text, row.due, row.remove):
                self._grid.removeWidget(widget)
                widget.deleteLater()
            self._renumber()
        self._update_remove_buttons()
        self.rows_changed.emit()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.text.setAccessibleName(self.tr("Promise {number}").format(number=number))
            due_name = self.tr("Promise {number} due").format(number=number)
            row.due.line.setAccessibleName(due_name)
            row.due.reading.setAccessibleName(
                self.tr("{field}, understood as").format(field=due_name)
            )
            row.remove.setAccessibleName(self.tr("Remove promise {number}").format(number=number))

    def _update_remove_buttons(self) -> None:
        for row in self.rows:
            row.remove.setEnabled(not row.is_empty())
