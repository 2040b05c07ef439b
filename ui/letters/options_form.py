"""The settings of a letter: its kind, language, law, date, how it is sent and to whom."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.clock import today
from core.errors import RecoursError
from core.letters.kinds import LetterKind, SendingMode
from core.letters.options import LetterOptions
from core.letters.register import Letter
from core.model import CaseParty, Jurisdiction, Language
from ui.labels import label
from ui.widgets.date_input import DateInput

_SHORTEST_CHOICE = 14


class LetterOptionsForm(QWidget):
    """A form whose `options()` are the letter's settings, without what goes in it.

    Signals:
        kind_changed(): another kind of letter was chosen (its defaults change).
        changed(): any other setting changed.
        recipient_details_requested(int): the user asked to give the recipient's address
            (the party's id).
    """

    kind_changed = Signal()
    changed = Signal()
    recipient_details_requested = Signal(int)

    def __init__(self, parties: Iterable[CaseParty], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = self._combo(LetterKind, self.tr("Kind of letter"))
        self.language = self._combo(Language, self.tr("Language of the letter"))
        self.jurisdiction = self._combo(Jurisdiction, self.tr("Law that applies"))
        self.letter_date = DateInput(accessible_name=self.tr("Date of the letter"))
        self.letter_date.set_date(today())
        self.sending_mode = self._combo(SendingMode, self.tr("How it is sent"))
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("If you already have it"))
        self.tracking.setAccessibleName(self.tr("Tracking number"))
        self.recipient = QComboBox()
        self.set_parties(parties)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient_details = QPushButton(self.tr("&Edit Address…"))
        self.recipient_details.setAutoDefault(False)
        self.recipient_details.setAccessibleName(self.tr("Edit the recipient’s address"))
        self.recipient_details.setToolTip(
            self.tr("The postal address the letter is sent to, and the recipient’s other details")
        )
        self.recipient_details.clicked.connect(self._request_recipient_details)
        for combo in (
            self.kind,
            self.language,
            self.jurisdiction,
            self.sending_mode,
            self.recipient,
        ):
            _narrow(combo)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, field in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Language:"), self.language),
            (self.tr("La&w:"), self.jurisdiction),
            (self.tr("&Date:"), self.letter_date),
            (self.tr("Sent &by:"), self.sending_mode),
            (self.tr("&Tracking number:"), self.tracking),
        ):
            form.addRow(caption, field)
        recipient_caption = QLabel(self.tr("T&o:"))
        recipient_caption.setBuddy(self.recipient)
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.recipient, 1)
        recipient_row.addWidget(self.recipient_details)
        form.addRow(recipient_caption, recipient_row)

        self.kind.currentIndexChanged.connect(self.kind_changed)
        for combo in (self.language, self.jurisdiction, self.sending_mode, self.recipient):
            combo.currentIndexChanged.connect(self.changed)
        self.tracking.textChanged.connect(self.changed)
        self.letter_date.date_changed.connect(self.changed)

    def set_parties(self, parties: Iterable[CaseParty]) -> None:
        """Offer these recipients (their names as they now are), keeping the one chosen."""
        position = self.recipient.currentIndex()
        chosen = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for involved in parties:
            self.recipient.addItem(
                f"{involved.party.name} ({label(involved.role)})", involved.party.id
            )
        if 0 <= position < self.recipient.count() and self.recipient.itemData(position) == chosen:
            self.recipient.setCurrentIndex(position)
        else:
            self._select(self.recipient, chosen)
        self.recipient.blockSignals(False)

    def _request_recipient_details(self) -> None:
        party_id = self.recipient.currentData()
        if party_id is not None:
            self.recipient_details_requested.emit(party_id)

    def _combo(self, enum: type[StrEnum], name: str) -> QComboBox:
        combo = QComboBox()
        for value in enum:
            combo.addItem(label(value), value.value)
        combo.setAccessibleName(name)
        return combo

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def start_with(self, kind: LetterKind, language: Language, jurisdiction: Jurisdiction) -> None:
        self._select(self.kind, kind.value)
        self._select(self.language, language.value)
        self._select(self.jurisdiction, jurisdiction.value)

    def restore(self, letter: Letter) -> None:
        """Set the form as it was when a letter of the register was made."""
        self.start_with(letter.kind, letter.language, letter.jurisdiction)
        self.letter_date.set_date(letter.letter_date)
        self._select(self.sending_mode, letter.sending_mode.value)
        self.tracking.setText(letter.tracking_number)
        self._select(self.recipient, letter.options.get("recipient_party_id"))

    def options(self) -> LetterOptions:
        """The settings as typed; an unreadable date counts as today (the field says so)."""
        try:
            letter_date = self.letter_date.date() or today()
        except RecoursError:
            letter_date = today()
        return LetterOptions(
            kind=LetterKind(self.kind.currentData()),
            language=Language(self.language.currentData()),
            jurisdiction=Jurisdiction(self.jurisdiction.currentData()),
            letter_date=letter_date,
            sending_mode=SendingMode(self.sending_mode.currentData()),
            tracking_number=self.tracking.text(),
            recipient_party_id=self.recipient.currentData(),
        )


def _narrow(combo: QComboBox) -> None:
    """A long choice ("Orange complaints department (Complaints department)") is cut in the
    field, whole in its list, so the form does not push the letter's preview aside."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(_SHORTEST_CHOICE)
