"""The other parties of a case and the role each plays (the carrier, the seller, a mediator),
chosen from the directory or typed as new names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QToolButton, QWidget

from core.database import Store
from core.model import Party, PartyKind, PartyRole
from ui.labels import label
from ui.widgets.party_picker import PartyChoice, PartyPicker, offer_details_button
from ui.widgets.rows_editor import RowFields, RowsEditor

ROLES = tuple(role for role in PartyRole if role is not PartyRole.COUNTERPARTY)
"""The counterparty is a field of the case itself, not one of these roles."""

_KIND_OF_ROLE = {
    PartyRole.AGENT: PartyKind.PERSON,
    PartyRole.MEDIATOR: PartyKind.MEDIATOR,
    PartyRole.REGULATOR: PartyKind.REGULATOR,
    PartyRole.CUSTOMER_SERVICE: PartyKind.DEPARTMENT,
    PartyRole.COMPLAINTS: PartyKind.DEPARTMENT,
}


class PartyRoleFields(RowFields):
    """One party, its role, and a button to its contact details (once in the directory)."""

    def __init__(self, parties: Sequence[Party]) -> None:
        self.picker = PartyPicker(
            accessible_name=QCoreApplication.translate("PartyRolesEditor", "Party")
        )
        self.picker.set_parties(parties)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(label(role), role.value)
        self.role.setAccessibleName(QCoreApplication.translate("PartyRolesEditor", "Role"))
        self.details = QToolButton()
        self.details.setText(QCoreApplication.translate("PartyRolesEditor", "Details…"))
        self.picker.editTextChanged.connect(self.offer_details)
        self.offer_details()

    def widgets(self) -> Sequence[QWidget]:
        return (self.picker, self.role, self.details)

    def name_for_row(self, row_number: int) -> None:
        self.details.setAccessibleName(
            QCoreApplication.translate(
                "PartyRolesEditor", "Contact details of the party in row {number}"
            ).format(number=row_number)
        )

    def offer_details(self) -> None:
        """A party of the directory has details to give; a new name joins it on saving."""
        offer_details_button(
            self.picker,
            self.details,
            known_tip=QCoreApplication.translate(
                "PartyRolesEditor", "The postal address, email, phone and website of {name}"
            ),
            empty_tip=QCoreApplication.translate("PartyRolesEditor", "Choose the party first"),
        )

    def chosen_role(self) -> PartyRole:
        return PartyRole(self.role.currentData())

    def set_role(self, role: PartyRole) -> None:
        self.role.setCurrentIndex(self.role.findData(role.value))


class PartyRolesEditor(RowsEditor[PartyRoleFields]):
    """Rows of party and role; rows left without a party are ignored.

    Signals:
        details_requested(int): the Details button of a row was pressed (the party's id).
    """

    details_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Party"), self.tr("Role")],
            add_text=self.tr("Add &Party"),
            add_accessible_name=self.tr("Add a party"),
            parent=parent,
        )
        self._parties: list[Party] = []

    def set_directory(self, parties: Iterable[Party]) -> None:
        """The directory offered in every row's picker (set before adding rows)."""
        self._parties = list(parties)

    def make_fields(self) -> PartyRoleFields:
        fields = PartyRoleFields(self._parties)
        fields.details.clicked.connect(lambda: self._request_details(fields))
        return fields

    def _request_details(self, fields: PartyRoleFields) -> None:
        party_id = fields.picker.choice().party_id
        if party_id is not None:
            self.details_requested.emit(party_id)

    def offer_directory(self, parties: Iterable[Party]) -> None:
        """Offer the directory as it now is in every row, each keeping the party it names."""
        self._parties = list(parties)
        for fields in self.fields():
            reoffer_keeping_choice(fields.picker, self._parties)
            fields.offer_details()

    def set_involved(self, involved: Iterable[tuple[int, PartyRole]]) -> None:
        """Show these (party id, role) pairs, one row each."""
        self.clear_rows()
        for party_id, role in involved:
            fields = self.add_row()
            fields.picker.set_parties(self._parties, current=party_id)
            line = fields.picker.lineEdit()
            if line is not None:
                line.setCursorPosition(0)
            fields.set_role(role)
            fields.offer_details()

    def choices(self) -> list[tuple[PartyChoice, PartyRole]]:
        """Each party named, with its role; empty rows left out."""
        chosen = [(fields.picker.choice(), fields.chosen_role()) for fields in self.fields()]
        return [(choice, role) for choice, role in chosen if not choice.is_empty]


def reoffer_keeping_choice(picker: PartyPicker, parties: Sequence[Party]) -> None:
    """Offer `parties` in `picker`, keeping its choice: the same party when it was one of the
    directory (under its new name, if renamed), else the name typed."""
    choice = picker.choice()
    picker.set_parties(parties, current=choice.party_id)
    if choice.party_id is None:
        picker.setEditText(choice.name)
    line = picker.lineEdit()
    if line is not None:
        line.setCursorPosition(0)


def resolve_involved(
    store: Store, choices: Iterable[tuple[PartyChoice, PartyRole]]
) -> set[tuple[int, PartyRole]]:
    """The (party id, role) pairs chosen, new names added to the directory as the kind of
    party their role suggests (inside the caller's edit)."""
    involved = set()
    for choice, role in choices:
        party_id = choice.resolve(store, kind=_KIND_OF_ROLE.get(role, PartyKind.COMPANY))
        if party_id is not None:
            involved.add((party_id, role))
    return involved
