"""Choosing a party by typing its name: the directory is offered as you type, and a name
that is not there yet becomes a new party when the form is saved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

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
