"""A short list edited in place: a few rows of fields, each with its own Remove button,
optionally Move up / Move down, and an Add button below.

For the handful of rows a form holds (the parties of a case, its references), a grid of
fields is clearer than a table with editors popping up in cells; long lists use item models.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

FieldsT = TypeVar("FieldsT", bound="RowFields")


class RowFields:
    """The fields of one row, left to right; the editor adds the buttons."""

    def widgets(self) -> Sequence[QWidget]:
        raise NotImplementedError

    def name_for_row(self, row_number: int) -> None:
        """Say which row a button among the fields acts on, as the editor does for its own
        buttons; fields without one leave this as it is."""


class _Row(Generic[FieldsT]):
    def __init__(self, fields: FieldsT) -> None:
        self.fields = fields
        self.up: QToolButton | None = None
        self.down: QToolButton | None = None
        self.remove = QToolButton()

    def buttons(self) -> list[QToolButton]:
        return [button for button in (self.up, self.down, self.remove) if button is not None]

    def widgets(self) -> list[QWidget]:
        return [*self.fields.widgets(), *self.buttons()]


class RowsEditor(QWidget, Generic[FieldsT]):
    """Rows of `FieldsT` under column headers; `make_fields` builds one row's fields.

    Signals:
        rows_changed(): a row was added, removed or moved (the tab order changed).
    """

    rows_changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        *,
        add_text: str,
        add_accessible_name: str,
        reorderable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._reorderable = reorderable
        self._rows: list[_Row[FieldsT]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_accessible_name)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_and_focus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._header_labels = [QLabel(f"<b>{text}</b>") for text in self._headers]
        self._relayout()

    def make_fields(self) -> FieldsT:
        raise NotImplementedError

    def fields(self) -> list[FieldsT]:
        return [row.fields for row in self._rows]

    def focus_chain(self) -> list[QWidget]:
        """The controls in the order Tab visits them: row by row, then the Add button. The
        form holding the editor orders its tabs again on `rows_changed`."""
        return [*(widget for row in self._rows for widget in row.widgets()), self.add_button]

    def clear_rows(self) -> None:
        for row in self._rows:
            for widget in row.widgets():
                widget.deleteLater()
        self._rows = []
        self._relayout()
        self.rows_changed.emit()

    def add_row(self) -> FieldsT:
        fields = self.make_fields()
        row: _Row[FieldsT] = _Row(fields)
        if self._reorderable:
            row.up = self._button(QStyle.StandardPixmap.SP_ArrowUp)
            row.up.clicked.connect(lambda: self._move(row, -1))
            row.down = self._button(QStyle.StandardPixmap.SP_ArrowDown)
            row.down.clicked.connect(lambda: self._move(row, 1))
        row.remove = self._button(QStyle.StandardPixmap.SP_DialogDiscardButton)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._rows.append(row)
        self._relayout()
        self.rows_changed.emit()
        return fields

    def _button(self, pixmap: QStyle.StandardPixmap) -> QToolButton:
        """A button acting on its row; its words are set by `_name_buttons`."""
        button = QToolButton()
        button.setIcon(self.style().standardIcon(pixmap))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _add_and_focus(self) -> None:
        self.add_row().widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self, row: _Row[FieldsT]) -> None:
        position = self._rows.index(row)
        self._rows.remove(row)
        for widget in row.widgets():
            widget.hide()
            widget.deleteLater()
        self._relayout()
        self.rows_changed.emit()
        if self._rows:
            following = self._rows[min(position, len(self._rows) - 1)]
            following.fields.widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _move(self, row: _Row[FieldsT], offset: int) -> None:
        position = self._rows.index(row)
        target = position + offset
        if not 0 <= target < len(self._rows):
            return
        self._rows[position], self._rows[target] = self._rows[target], self._rows[position]
        self._relayout()
        self.rows_changed.emit()
        pressed, other = (row.up, row.down) if offset < 0 else (row.down, row.up)
        if pressed is not None and other is not None:
            (pressed if pressed.isEnabled() else other).setFocus(Qt.FocusReason.OtherFocusReason)

    def _relayout(self) -> None:
        """Lay the rows out again in order, headers on top when there is a row. Rows are
        shown at once (a layout would show them later), so a new row can take the focus."""
        while self.grid.count():
            self.grid.takeAt(0)
        shown_headers = bool(self._rows)
        for column, header in enumerate(self._header_labels):
            header.setVisible(shown_headers)
            if shown_headers:
                self.grid.addWidget(header, 0, column)
        for row_number, row in enumerate(self._rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, row_number, column)
                widget.show()
            self._name_buttons(row, row_number)
            row.fields.name_for_row(row_number)
            self._enable_moves(row, row_number)
        for column in range(len(self._headers)):
            self.grid.setColumnStretch(column, 1)

    def _name_buttons(self, row: _Row[FieldsT], row_number: int) -> None:
        """Say which row a button acts on ("Remove row 2"), for people who cannot see it."""
        named = [
            (
                row.remove,
                QCoreApplication.translate("RowsEditor", "Remove"),
                QCoreApplication.translate("RowsEditor", "Remove row {number}"),
            )
        ]
        if row.up is not None and row.down is not None:
            named += [
                (
                    row.up,
                    QCoreApplication.translate("RowsEditor", "Move up"),
                    QCoreApplication.translate("RowsEditor", "Move row {number} up"),
                ),
                (
                    row.down,
                    QCoreApplication.translate("RowsEditor", "Move down"),
                    QCoreApplication.translate("RowsEditor", "Move row {number} down"),
                ),
            ]
        for button, text, accessible in named:
            button.setText(text)
            button.setToolTip(text)
            button.setAccessibleName(accessible.format(number=row_number))

    def _enable_moves(self, row: _Row[FieldsT], row_number: int) -> None:
        if row.up is not None and row.down is not None:
            row.up.setEnabled(row_number > 1)
            row.down.setEnabled(row_number < len(self._rows))
