"""The shared shape of the record's small forms (a promise, what came of it, an amount, a
party's contact details): fields, then Save and Cancel; and how a tab shows one.

Saving is one undoable edit through `Workspace.perform`. What the record refuses (an empty
promise, a due day before the day it was made, an amount that is not one) is said under the
form in the user's language, and the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.database import Store
from core.errors import RecoursError
from ui.language import interface_language
from ui.record_change import RecordChange
from ui.widgets.date_input import DateInput
from ui.widgets.problem_label import ProblemLabel
from ui.workspace import Workspace

_WIDTH_IN_CHARACTERS = 100

Edit = tuple[str, Callable[[Store], Any], RecordChange]
"""What saving does: its description for the Undo menu, the action, the parts it changes."""


class LedgerDialog(QDialog):
    """A form saved as one edit. Enter saves, Esc cancels.

    Subclasses call `name`, add their fields with `add_row` and implement `edit`, which may raise a
    `RecoursError` for what was typed (a date that is not one).

    Signals:
        saved(object): the edit was made; carries what the action returned, the record saved.
    """

    saved = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * _WIDTH_IN_CHARACTERS)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def name(self, title: str, save_text: str) -> None:
        """The window title, and the words on the button that saves ("&Add", "&Save")."""
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.save_button.setText(save_text)
        self.save_button.setAccessibleName(save_text.replace("&", ""))

    def add_row(self, text: str, field: QWidget) -> QLabel:
        """A labelled field; the label's mnemonic (&) moves the focus to it."""
        caption = QLabel(text)
        caption.setBuddy(field.line if isinstance(field, DateInput) else field)
        self.form.addRow(caption, field)
        return caption

    def edit(self) -> Edit:
        raise NotImplementedError

    def show_problem(self, error: RecoursError) -> None:
        self.problem.setText(error.describe(interface_language().value))
        self.problem.show()

    def save(self) -> None:
        """Make the edit; on a refusal, say why and stay open."""
        try:
            description, action, change = self.edit()
            result = self.workspace.perform(description, action, change)
        except RecoursError as error:
            self.show_problem(error)
            return
        self.problem.hide()
        self.saved.emit(result)
        self.accept()


def show_form(form: LedgerDialog, select_id: Callable[[int], object]) -> LedgerDialog:
    """Show `form` without blocking (the window stays responsive, tests can drive it); the
    record it saves is then selected with `select_id`, and the form let go once closed."""
    form.saved.connect(lambda saved: select_id(saved.id))
    form.finished.connect(lambda _result: form.deleteLater())
    form.open()
    return form
