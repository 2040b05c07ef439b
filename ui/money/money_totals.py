"""What the money lines of a case add up to: each kind per currency, what was billed beyond
what was promised, and the amount in dispute, written as the user's language writes amounts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from core.model import Money, MoneyKind, MoneyLine
from core.money import LOYALTY_POINTS, amount_in_dispute, totals_by_kind
from ui.formatting import format_amounts
from ui.labels import label

_EMPTY = "—"


def _bold(widget: QLabel) -> QLabel:
    font = QFont(widget.font())
    font.setBold(True)
    widget.setFont(font)
    return widget


class MoneyTotals(QFrame):
    """A small table under the money lines: a row per kind of line, a column per currency,
    then the difference billed minus promised and, in bold, the amount in dispute."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = _bold(QLabel(self.tr("Totals")))
        self.empty = QLabel(self.tr("No amounts yet."))
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid_holder)
        self._columns: dict[str, int] = {}
        self.values: dict[tuple[str, str], QLabel] = {}
        """Each figure shown, by (row caption, currency): what tests and screen readers read."""

    def show_lines(self, lines: Sequence[MoneyLine]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.values = {}
        totals = totals_by_kind(lines)
        self.empty.setVisible(not totals)
        self.grid_holder.setVisible(bool(totals))
        if not totals:
            return
        currencies = sorted(totals, key=lambda code: (code == LOYALTY_POINTS, code))
        self._columns = {currency: column for column, currency in enumerate(currencies, start=1)}
        for currency, column in self._columns.items():
            header = _bold(QLabel(self._currency_name(currency)))
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(header, 0, column)

        present = {(line.kind, line.amount.currency) for line in lines}
        row = 1
        for kind in MoneyKind:
            figures = {
                currency: totals[currency][kind]
                for currency in currencies
                if (kind, currency) in present
            }
            if figures:
                self._add_row(row, label(kind), figures, bold=False, columns=currencies)
                row += 1

        difference = {
            currency: totals[currency][MoneyKind.BILLED] - totals[currency][MoneyKind.PROMISED]
            for currency in currencies
            if {(MoneyKind.BILLED, currency), (MoneyKind.PROMISED, currency)} & present
        }
        if difference:
            self._add_row(
                row, self.tr("Billed minus promised"), difference, bold=False, columns=currencies
            )
            row += 1
        disputed = {amount.currency: amount.minor for amount in amount_in_dispute(lines)}
        caption = self._add_row(row, self.tr("In dispute"), disputed, bold=True, columns=currencies)
        caption.setToolTip(
            self.tr(
                "The amount claimed when one is stated; otherwise what was billed beyond what "
                "was promised. Refunds received come off."
            )
        )
        self.grid.setColumnStretch(len(currencies) + 1, 1)

    def _currency_name(self, currency: str) -> str:
        return self.tr("Loyalty points") if currency == LOYALTY_POINTS else currency

    def _add_row(
        self,
        row: int,
        caption_text: str,
        figures: dict[str, int],
        *,
        bold: bool,
        columns: Sequence[str] | None = None,
    ) -> QLabel:
        """A caption and its figure in each currency of `figures` (or of `columns`, a dash
        where there is none)."""
        caption = QLabel(caption_text)
        self.grid.addWidget(_bold(caption) if bold else caption, row, 0)
        for currency in columns if columns is not None else list(figures):
            minor = figures.get(currency)
            text = _EMPTY if minor is None else format_amounts([Money(minor, currency)])
            value = QLabel(text)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(
                self.tr("{row}, {currency}").format(
                    row=caption_text, currency=self._currency_name(currency)
                )
            )
            if bold:
                _bold(value)
            self.grid.addWidget(value, row, self._columns[currency])
            self.values[(caption_text, currency)] = value
        return caption
