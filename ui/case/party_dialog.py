"""The contact details of one party of the directory: its name, postal address, email,
phone, website and notes.

Letters are addressed to the postal address kept here, so this form is reached from where a
missing address shows: the company of the case editor, each of its other parties, the "To:"
of the letter composer, and the case's summary. A party is shared by every case it appears
in, so saving is one undoable edit of the directory that every view of any case reloads.
Only what was changed in the form is written, over the party as it is stored by then: two
forms open on one party (say the letter composer's and the case summary's), or a
`main.py party` run meanwhile, keep each other's changes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from core.database import Store
from core.errors import RecoursError
from core.model import Party
from core.parties import get_party, save_party
from ui.errors import show_error
from ui.ledger_dialog import Edit, LedgerDialog
from ui.record_change import Part, RecordChange
from ui.workspace import Workspace

CHANGED_PARTS = Part.DIRECTORY | Part.CASE
"""A party's name and details show in the case (summary, letters) and, through the
directory, in the timeline, the promises and every picker of parties."""

_ADDRESS_LINES = 4
_NOTES_LINES = 3


def _text_box(accessible_name: str, lines: int) -> QPlainTextEdit:
    """Several lines, where Enter starts a new line and Tab moves on."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(accessible_name)
    margins = box.contentsMargins()
    box.setFixedHeight(
        box.fontMetrics().lineSpacing() * lines
        + 2 * int(box.document().documentMargin())
        + margins.top()
        + margins.bottom()
    )
    return box


class PartyDialog(LedgerDialog):
    """The details of the party `party_id`, saved as one edit.

    Enter saves from a one-line field; in the address and the notes it starts a new line,
    and Ctrl+Enter saves from anywhere. A name emptied or already another party's is said
    under the form, which stays open. Saving a form left as it was closes it without an edit,
    so Undo gets no empty step.
    """

    def __init__(self, workspace: Workspace, party_id: int, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.party: Party = get_party(workspace.store, party_id)
        self.name(
            self.tr("Contact details of {name}").format(name=self.party.name), self.tr("&Save")
        )
        self.save_button.setToolTip(self.tr("Save (Enter, or Ctrl+Enter from any field)"))

        self.party_name = QLineEdit(self.party.name)
        self.party_name.setAccessibleName(self.tr("Name"))
        self.postal_address = _text_box(self.tr("Postal address"), _ADDRESS_LINES)
        self.postal_address.setPlaceholderText(self.tr("Street, postcode and town, on lines"))
        self.postal_address.setPlainText(self.party.postal_address)
        self.email = QLineEdit(self.party.email)
        self.email.setAccessibleName(self.tr("Email address"))
        self.email.setPlaceholderText(self.tr("e.g. complaints@example.com"))
        self.phone = QLineEdit(self.party.phone)
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.website = QLineEdit(self.party.website)
        self.website.setAccessibleName(self.tr("Website"))
        self.notes = _text_box(self.tr("Notes"), _NOTES_LINES)
        self.notes.setPlainText(self.party.notes)

        self.add_row(self.tr("&Name:"), self.party_name)
        self.add_row(self.tr("Postal &address:"), self.postal_address)
        self.add_row(self.tr("&Email:"), self.email)
        self.add_row(self.tr("&Phone:"), self.phone)
        self.add_row(self.tr("&Website:"), self.website)
        self.add_row(self.tr("N&otes:"), self.notes)

        hint = QLabel(
            self.tr(
                "Kept in the directory: every case with {name} shares these details, and "
                "letters to {name} are addressed to this postal address."
            ).format(name=self.party.name)
        )
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, hint)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.postal_address.setFocus(Qt.FocusReason.OtherFocusReason)
        self._shown = self._typed()

    def _typed(self) -> dict[str, str]:
        """Each field of the party as the form holds it, by its name in `Party`."""
        return {
            "name": self.party_name.text(),
            "postal_address": self.postal_address.toPlainText(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "website": self.website.text(),
            "notes": self.notes.toPlainText().strip(),
        }

    def changes(self) -> dict[str, str]:
        """The fields changed in this form since it opened, as typed."""
        return {field: text for field, text in self._typed().items() if text != self._shown[field]}

    def edit(self) -> Edit:
        party_id = self.party.id
        changes: dict[str, Any] = self.changes()

        def save(store: Store) -> Party:
            return save_party(store, replace(get_party(store, party_id), **changes))

        description = self.tr("Edit the details of {name}").format(name=self.party.name)
        return description, save, RecordChange(CHANGED_PARTS)

    def save(self) -> None:
        if not self.changes():
            self.accept()
            return
        super().save()

    def show_problem(self, error: RecoursError) -> None:
        """Say what is wrong, and put the cursor in the field to correct; Enter saves again
        (Save lost its place as the default button when the cursor left it)."""
        super().show_problem(error)
        field = {
            "error.empty_name": self.party_name,
            "party.name_taken": self.party_name,
            "party.bad_email": self.email,
        }.get(error.message_id)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_button.setDefault(True)


def open_party_dialog(
    workspace: Workspace, party_id: int, parent: QWidget | None = None
) -> PartyDialog | None:
    """Show the details of a party without blocking (tests drive it, the window stays
    responsive); let go of the form once closed. None, with the reason said, when the party
    cannot be read (an undo removed it meanwhile)."""
    try:
        dialog = PartyDialog(workspace, party_id, parent)
    except RecoursError as error:
        show_error(parent, error)
        return None
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
