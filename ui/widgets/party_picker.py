"""Choosing a party by typing its name: the directory is offered as you type, and a name
that is not there yet becomes a new party when the form is saved. Beside a party, a control
opens its contact details once it is in the directory."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QCompleter, QHBoxLayout, QWidget

from core.database import Store
from core.model import Party, PartyKind
from core.parties import find_or_add_party, name_key


@dataclass(frozen=True, slots=True)
class PartyChoice:
    """What the user picked: a directory entry, a new name, or nothing."""

    party_id: int | None
    name: str

    @property
    def is_empty(self) -> bool:
        return self.party_id is None and not self.name

    def resolve(self, store: Store, *, kind: PartyKind = PartyKind.COMPANY) -> int | None:
        """The party's id, adding a new name to the directory (inside the caller's edit)."""
        if self.party_id is not None:
            return self.party_id
        if not self.name:
            return None
        return find_or_add_party(store, name=self.name, kind=kind).id


class PartyPicker(QComboBox):
    """An editable list of the directory's parties, matched anywhere in the name, ignoring
    case and accents as the rest of Recours does ("chrono" finds "Chronopost")."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._keys: dict[str, int] = {}
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def set_parties(self, parties: Iterable[Party], *, current: int | None = None) -> None:
        """Offer these parties; select `current` (an id), or leave the field empty."""
        self.clear()
        self._keys = {}
        for party in parties:
            self.addItem(party.name, party.id)
            self._keys[name_key(party.name)] = party.id
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def choice(self) -> PartyChoice:
        """The party named in the field: known when its name matches one (any case, accents)."""
        typed = " ".join(self.currentText().split())
        return PartyChoice(self._keys.get(name_key(typed)), typed)


def offer_details_button(
    picker: PartyPicker, button: QAbstractButton, *, known_tip: str, empty_tip: str
) -> None:
    """Enable `button`, which opens the contact details of the party chosen in `picker`, once
    that party is in the directory; its tooltip says what it opens (`known_tip`, where
    {name} is the party's name as the directory spells it), or why it cannot yet: nothing is
    chosen (`empty_tip`), or the name is new and joins the directory when the form is saved.
    """
    choice = picker.choice()
    button.setEnabled(choice.party_id is not None)
    if choice.party_id is not None:
        name = picker.itemText(picker.findData(choice.party_id))
        button.setToolTip(known_tip.format(name=name))
    elif choice.is_empty:
        button.setToolTip(empty_tip)
    else:
        button.setToolTip(
            QCoreApplication.translate(
                "PartyPicker",
                "{name} joins the directory when the case is saved: then give its details",
            ).format(name=choice.name)
        )


def with_details_beside(party: QWidget, details: QWidget) -> QWidget:
    """A party (its picker, or its name) with the control to its contact details on its right;
    the party takes any room to spare."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(party, 1)
    layout.addWidget(details)
    return row
