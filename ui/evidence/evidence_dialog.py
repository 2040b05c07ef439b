"""What the user says about a piece of evidence: what it is, what it shows, its date, the
amount on it, and the interaction it came with. The file itself and its fingerprint are
shown, never changed.

Saving is one undoable edit. What the record refuses (an amount that is not one, a date that
is not a date) is said under the form, and the dialog stays open with what was typed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.cases import get_case
from core.database import Store
from core.errors import RecoursError
from core.evidence import save_evidence
from core.interactions import list_interactions
from core.model import Evidence, EvidenceKind, Jurisdiction, Money
from core.money import currency_exponent, parse_amount
from ui.formatting import format_moment, format_size, format_timestamp
from ui.labels import label
from ui.language import interface_language, interface_locale
from ui.models.evidence_table_model import describe_media_type
from ui.record_change import Part, RecordChange
from ui.widgets.date_input import DateInput
from ui.widgets.problem_label import ProblemLabel
from ui.workspace import Workspace

CURRENCIES: Final = ("EUR", "GBP", "USD", "CHF", "CAD", "PTS")
_CURRENCY_OF_JURISDICTION: Final = {Jurisdiction.UK: "GBP", Jurisdiction.US: "USD"}
_SUMMARY_LENGTH: Final = 80


def amount_text(amount: Money) -> str:
    """An amount as the user would type it again: "60.00", "60,00"."""
    exponent = currency_exponent(amount.currency)
    whole, fraction = divmod(abs(amount.minor), 10**exponent)
    sign = "-" if amount.minor < 0 else ""
    if exponent == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}{interface_locale().decimalPoint()}{fraction:0{exponent}d}"


class EvidenceDialog(QDialog):
    """Describes one piece of evidence. Enter saves, Esc cancels.

    Signals:
        saved(Evidence): the evidence as recorded after saving.
    """

    saved = Signal(object)

    def __init__(
        self, workspace: Workspace, evidence: Evidence, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.evidence = evidence
        title = self.tr("Evidence details")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        store = workspace.store

        self.file_name = QLineEdit(evidence.original_name)
        self.file_name.setAccessibleName(self.tr("Name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in EvidenceKind:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(evidence.kind))
        self.description = QLineEdit(evidence.description)
        self.description.setAccessibleName(self.tr("What it shows"))
        self.description.setPlaceholderText(
            self.tr("e.g. The invoice billing the phone sold as free")
        )
        self.document_date = DateInput(accessible_name=self.tr("Date on the document"))
        self.document_date.set_date(evidence.document_date)
        self.amount = QLineEdit("" if evidence.amount is None else amount_text(evidence.amount))
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("e.g. 60.00"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(self._usual_currency(store))
        amount_row = QHBoxLayout()
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.currency)
        amount_field = QWidget()
        amount_field.setLayout(amount_row)
        amount_field.setFocusProxy(self.amount)
        self.interaction = QComboBox()
        self.interaction.setAccessibleName(self.tr("Came with the interaction"))
        self.interaction.addItem(self.tr("No interaction"), None)
        for item in list_interactions(store, evidence.case_id):
            summary = item.summary
            if len(summary) > _SUMMARY_LENGTH:
                summary = summary[: _SUMMARY_LENGTH - 1] + "…"
            caption = f"{format_moment(item.occurred)} · {label(item.channel)} · {summary}"
            self.interaction.addItem(caption, item.id)
        self.interaction.setCurrentIndex(self.interaction.findData(evidence.interaction_id))

        self.fingerprint = QLineEdit(evidence.sha256)
        self.fingerprint.setReadOnly(True)
        self.fingerprint.setAccessibleName(self.tr("SHA-256 fingerprint"))
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_fingerprint = QPushButton(self.tr("&Copy"))
        self.copy_fingerprint.setAccessibleName(self.tr("Copy the fingerprint"))
        self.copy_fingerprint.setAutoDefault(False)
        self.copy_fingerprint.clicked.connect(self._copy_fingerprint)
        fingerprint_row = QHBoxLayout()
        fingerprint_row.setContentsMargins(0, 0, 0, 0)
        fingerprint_row.addWidget(self.fingerprint, 1)
        fingerprint_row.addWidget(self.copy_fingerprint)
        fingerprint_field = QWidget()
        fingerprint_field.setLayout(fingerprint_row)
        fingerprint_field.setFocusProxy(self.fingerprint)
        self.file_facts = QLabel(
            self.tr("{type}, {size}, added {added}").format(
                type=describe_media_type(evidence.media_type),
                size=format_size(evidence.size),
                added=format_timestamp(evidence.added_at),
            )
        )
        self.file_facts.setAccessibleName(self.tr("File"))
        self.file_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(self.tr("&Name:"), self.file_name)
        self._add_row(self.tr("&Kind:"), self.kind)
        self._add_row(self.tr("&What it shows:"), self.description)
        self._add_row(self.tr("&Dated:"), self.document_date, buddy=self.document_date.line)
        self._add_row(self.tr("&Amount:"), amount_field, buddy=self.amount)
        self._add_row(self.tr("Came &with:"), self.interaction)
        self._add_row(self.tr("&Fingerprint:"), fingerprint_field, buddy=self.fingerprint)
        self._add_row(self.tr("File:"), self.file_facts)

        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.description.setFocus()

    def _add_row(self, text: str, field: QWidget, *, buddy: QWidget | None = None) -> None:
        caption = QLabel(text)
        caption.setBuddy(buddy or field)
        self.form.addRow(caption, field)

    def _usual_currency(self, store: Store) -> str:
        if self.evidence.amount is not None:
            return self.evidence.amount.currency
        try:
            jurisdiction = get_case(store, self.evidence.case_id).jurisdiction
        except RecoursError:
            return CURRENCIES[0]
        return _CURRENCY_OF_JURISDICTION.get(jurisdiction, CURRENCIES[0])

    def _copy_fingerprint(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.evidence.sha256)

    def described(self) -> Evidence:
        """The evidence with what was typed. Raises InvalidInputError for what cannot be read."""
        amount_typed = self.amount.text().strip()
        amount = parse_amount(amount_typed, self.currency.currentText()) if amount_typed else None
        return replace(
            self.evidence,
            original_name=self.file_name.text().strip() or self.evidence.original_name,
            kind=EvidenceKind(self.kind.currentData()),
            description=self.description.text(),
            document_date=self.document_date.date(),
            amount=amount,
            interaction_id=self.interaction.currentData(),
        )

    def save(self) -> None:
        """Record what was typed as one edit; on a refusal, say why and stay open."""
        try:
            described = self.described()
            result = self.workspace.perform(
                self.tr("Describe “{name}”").format(name=described.original_name),
                lambda store: save_evidence(store, described),
                RecordChange(Part.EVIDENCE | Part.TIMELINE, case_id=self.evidence.case_id),
            )
        except RecoursError as error:
            self.problem.setText(error.describe(interface_language().value))
            self.problem.show()
            return
        self.problem.hide()
        self.saved.emit(result)
        self.accept()
