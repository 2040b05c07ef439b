"""Adding or correcting an amount of the case: what kind of money it is (promised, billed, paid,
refunded, claimed), how much, when, what for, and what it is linked to.

The amount is typed as people type it ("12,50", "1 234.56", "€60") and shown back as read, in
the interface language, so nobody saves 1250 € for 12,50 €.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from core.cases import get_case
from core.clock import today
from core.database import Store
from core.errors import InvalidInputError
from core.evidence import list_evidence
from core.interactions import list_interactions
from core.model import Jurisdiction, Language, Money, MoneyKind, MoneyLine
from core.money import LOYALTY_POINTS, currency_exponent, normalise_currency, parse_amount
from core.money_lines import add_money_line, list_money_lines, save_money_line
from core.promises import list_promises
from ui.formatting import format_amounts
from ui.labels import label
from ui.language import interface_language
from ui.ledger_dialog import Edit, LedgerDialog
from ui.record_change import Part, RecordChange
from ui.widgets.date_input import DateInput
from ui.widgets.link_picker import (
    LinkPicker,
    evidence_caption,
    evidence_newest_first,
    interaction_caption,
    interactions_newest_first,
    promise_caption,
)
from ui.workspace import Workspace

_COMMON_CURRENCIES = ("EUR", "GBP", "USD", "CHF")
_JURISDICTION_CURRENCY = {Jurisdiction.UK: "GBP", Jurisdiction.US: "USD"}


def usual_currency(store: Store, case_id: int) -> str:
    """The currency the case's amounts are mostly in (loyalty points aside); for a case
    without any, the currency of its jurisdiction (euros but in the UK and the US)."""
    counts = Counter(
        line.amount.currency
        for line in list_money_lines(store, case_id)
        if line.amount.currency != LOYALTY_POINTS
    )
    if counts:
        return counts.most_common(1)[0][0]
    return _JURISDICTION_CURRENCY.get(get_case(store, case_id).jurisdiction, "EUR")


class CurrencyPicker(QComboBox):
    """The usual currencies and loyalty points by name; any other ISO code can be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in _COMMON_CURRENCIES:
            self.addItem(code, code)
        self.addItem(self.tr("Loyalty points"), LOYALTY_POINTS)
        self.setAccessibleName(self.tr("Currency"))

    def set_currency(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:
            self.setEditText(code)
        else:
            self.setCurrentIndex(index)

    def currency(self) -> str:
        """The code chosen or typed; raises InvalidInputError for what is not one."""
        index = self.findText(self.currentText().strip())
        if index >= 0:
            return str(self.itemData(index))
        return normalise_currency(self.currentText())


class MoneyLineDialog(LedgerDialog):
    """A new amount of case `case_id`, or changes to `line`."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        case_id: int,
        line: MoneyLine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        if line is None:
            self.name(self.tr("Add an amount"), self.tr("&Add"))
        else:
            self.name(self.tr("Edit the amount"), self.tr("&Save"))
        self.case_id = case_id
        self.line = line
        store = workspace.store

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in MoneyKind:
            self.kind.addItem(label(kind), kind.value)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("e.g. 12.50"))
        self.currency = CurrencyPicker()
        self.reading = QLabel()
        self.reading.setAccessibleName(self.tr("Amount, understood as"))
        self.reading.setMinimumWidth(self.reading.fontMetrics().horizontalAdvance("€000,000.00"))
        amount_row = QWidget()
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount, 1)
        amount_layout.addWidget(self.currency)
        amount_layout.addWidget(self.reading)
        self.day = DateInput(accessible_name=self.tr("Date"))
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("What for"))
        self.label.setPlaceholderText(self.tr("e.g. Partial refund of the invoice"))
        self.interaction = LinkPicker(accessible_name=self.tr("Linked interaction"))
        self.evidence = LinkPicker(accessible_name=self.tr("Linked evidence"))
        self.promise = LinkPicker(accessible_name=self.tr("Linked promise"))

        self.add_row(self.tr("&Kind:"), self.kind)
        amount_caption = self.add_row(self.tr("A&mount:"), amount_row)
        amount_caption.setBuddy(self.amount)
        self.add_row(self.tr("&Date:"), self.day)
        self.add_row(self.tr("&What for:"), self.label)
        self.add_row(self.tr("&Interaction:"), self.interaction)
        self.add_row(self.tr("E&vidence:"), self.evidence)
        self.add_row(self.tr("&Promise:"), self.promise)

        self.interaction.set_choices(
            interactions_newest_first(list_interactions(store, case_id)),
            interaction_caption,
            current=None if line is None else line.interaction_id,
        )
        self.evidence.set_choices(
            evidence_newest_first(list_evidence(store, case_id)),
            evidence_caption,
            current=None if line is None else line.evidence_id,
        )
        self.promise.set_choices(
            list_promises(store, case_id),
            promise_caption,
            current=None if line is None else line.promise_id,
        )
        if line is None:
            self.kind.setCurrentIndex(self.kind.findData(MoneyKind.BILLED.value))
            self.currency.set_currency(usual_currency(store, case_id))
            self.day.set_date(today())
        else:
            self.kind.setCurrentIndex(self.kind.findData(line.kind.value))
            self.currency.set_currency(line.amount.currency)
            self.amount.setText(_typed(line.amount))
            self.day.set_date(line.occurred_on)
            self.label.setText(line.label)
        self.amount.textChanged.connect(self._read)
        self.currency.currentTextChanged.connect(self._read)
        self._read()
        self.kind.setFocus()

    def money(self) -> Money:
        """The amount typed, in the currency chosen; raises InvalidInputError otherwise."""
        return parse_amount(self.amount.text(), self.currency.currency())

    def _read(self) -> None:
        if not self.amount.text().strip():
            self.reading.setText("")
            return
        try:
            self.reading.setText(format_amounts([self.money()]))
            self.reading.setToolTip("")
        except InvalidInputError as error:
            self.reading.setText(self.tr("not an amount"))
            self.reading.setToolTip(error.describe(interface_language().value))

    def edit(self) -> Edit:
        kind = MoneyKind(self.kind.currentData())
        amount = self.money()
        occurred_on = self.day.date()
        what_for = self.label.text().strip()
        interaction_id = self.interaction.current_id()
        evidence_id = self.evidence.current_id()
        promise_id = self.promise.current_id()
        case_id = self.case_id
        change = RecordChange(Part.MONEY, case_id=case_id)
        if self.line is None:

            def add(store: Store) -> MoneyLine:
                return add_money_line(
                    store,
                    case_id=case_id,
                    kind=kind,
                    amount=amount,
                    label=what_for,
                    occurred_on=occurred_on,
                    interaction_id=interaction_id,
                    evidence_id=evidence_id,
                    promise_id=promise_id,
                )

            return self.tr("Add an amount"), add, change

        edited = replace(
            self.line,
            kind=kind,
            amount=amount,
            label=what_for,
            occurred_on=occurred_on,
            interaction_id=interaction_id,
            evidence_id=evidence_id,
            promise_id=promise_id,
        )

        def save(store: Store) -> MoneyLine:
            return save_money_line(store, edited)

        return self.tr("Edit an amount"), save, change


def _typed(amount: Money) -> str:
    """An amount as a person would type it back in the interface language: "12,50", "12.50"."""
    exponent = currency_exponent(amount.currency)
    sign = "-" if amount.minor < 0 else ""
    whole, fraction = divmod(abs(amount.minor), 10**exponent)
    if not exponent:
        return f"{sign}{whole}"
    mark = "," if interface_language() is Language.FR else "."
    return f"{sign}{whole}{mark}{str(fraction).rjust(exponent, '0')}"
