"""The head of a selected case: who it is against, where it stands, what is at stake, and
what to do next, in a few lines so the case's tabs keep most of the height.

Long values (references, parties, the sender, the desired outcome, the notes) are cut to a
line or two with "…"; the whole of each is on hover, in Edit Case, and read by screen readers.
Beside the company, a link opens its contact details, and asks for its postal address while
the letters have none to print.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.cases import get_case, list_references
from core.database import Store
from core.model import CaseParty, Money, MoneyKind, MoneyLine, Party, PartyRole, Sender
from core.money import amount_in_dispute, totals_by_kind
from core.money_lines import list_money_lines
from core.parties import case_parties, get_party
from ui.case.party_dialog import open_party_dialog
from ui.formatting import format_amounts
from ui.labels import label
from ui.next_steps.case_steps import CaseNextSteps
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.party_picker import with_details_beside
from ui.workspace import Workspace

_EMPTY = "—"
_SEPARATOR = " · "
_PAIR_SPACING = 24
_OUTCOME_LINES = 2


class _Value(QLabel):
    """A short value beside its field name (a status, a company), selectable to be copied."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(accessible_name)

    def show_value(self, text: str) -> None:
        self.setText(text or _EMPTY)


class CaseSummaryPanel(QWidget):
    """Read-only summary of one case under its title: the company, status, jurisdiction
    and sector on one line, the money on the next, then one labelled line for each longer
    value and the next steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.company_id: int | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAccessibleName(self.tr("Case title"))

        self.counterparty = _Value(self.tr("Company"))
        self.company_details = QLabel()
        self.company_details.setTextFormat(Qt.TextFormat.RichText)
        self.company_details.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.company_details.setAccessibleName(self.tr("Contact details of the company"))
        self.company_details.linkActivated.connect(self._edit_company_details)
        self.company_details.hide()
        self.status = _Value(self.tr("Status"))
        self.jurisdiction = _Value(self.tr("Jurisdiction"))
        self.sector = _Value(self.tr("Sector"))
        self.money = _Value(self.tr("Money"))
        self.in_dispute = _Value(self.tr("In dispute"))
        self.references = ElidedLabel(self.tr("References"))
        self.parties = ElidedLabel(self.tr("Parties"))
        self.letters_from = ElidedLabel(self.tr("Letters sent from"))
        self.desired_outcome = ElidedLabel(self.tr("Desired outcome"), lines=_OUTCOME_LINES)
        self.notes = ElidedLabel(self.tr("Notes"))
        self.next_steps = CaseNextSteps()
        bold = QFont(self.in_dispute.font())
        bold.setBold(True)
        self.in_dispute.setFont(bold)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        rows: tuple[tuple[str, QLabel, QWidget], ...] = (
            (
                self.tr("Company:"),
                self.counterparty,
                self._pairs(
                    with_details_beside(self.counterparty, self.company_details),
                    (self.tr("Status:"), self.status),
                    (self.tr("Jurisdiction:"), self.jurisdiction),
                    (self.tr("Sector:"), self.sector),
                ),
            ),
            (
                self.tr("Money:"),
                self.money,
                self._pairs(self.money, (self.tr("In dispute:"), self.in_dispute)),
            ),
            (self.tr("References:"), self.references, self.references),
            (self.tr("Parties:"), self.parties, self.parties),
            (self.tr("Letters sent from:"), self.letters_from, self.letters_from),
            (self.tr("Desired outcome:"), self.desired_outcome, self.desired_outcome),
            (self.tr("Next steps:"), self.next_steps, self.next_steps),
            (self.tr("Notes:"), self.notes, self.notes),
        )
        for row, (caption, value, cell) in enumerate(rows):
            grid.addWidget(self._name(caption, value), row, 0)
            grid.addWidget(cell, row, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _pairs(self, first: QWidget, *pairs: tuple[str, QLabel]) -> QWidget:
        """A value followed on the same line by other named values."""
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(first)
        for caption, value in pairs:
            row.addSpacing(_PAIR_SPACING - row.spacing())
            row.addWidget(self._name(caption, value))
            row.addWidget(value)
        row.addStretch(1)
        return cell

    @staticmethod
    def _name(caption: str, value: QWidget) -> QLabel:
        name = QLabel(caption)
        name.setBuddy(value)
        name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return name

    def bind(self, workspace: Workspace) -> None:
        """The record whose company details the link opens, to be edited."""
        self.workspace = workspace

    def show_case(self, store: Store, case_id: int) -> None:
        """Read and show the head of a case (not its timeline: that may be long)."""
        case = get_case(store, case_id)
        lines = list_money_lines(store, case_id)
        self.title.setText(case.title)
        company = get_party(store, case.counterparty_id)
        self.counterparty.show_value(company.name)
        self._offer_company_details(company)
        self.status.show_value(label(case.status))
        self.jurisdiction.show_value(label(case.jurisdiction))
        self.sector.show_value(label(case.sector))
        self.money.show_value(self._money_text(lines))
        self.in_dispute.show_value(format_amounts(amount_in_dispute(lines)) or self.tr("Nothing"))
        references = list(list_references(store, case_id))
        self.references.show_value(
            _SEPARATOR.join(f"{item.label} {item.value}" for item in references),
            details="\n".join(
                self.tr("{label}: {value}").format(label=item.label, value=item.value)
                for item in references
            ),
        )
        parties = self._parties(case_parties(store, case_id))
        self.parties.show_value(_SEPARATOR.join(parties), details="\n".join(parties))
        sender, sender_lines = self._sender_text(case.sender)
        self.letters_from.show_value(sender, details=sender_lines)
        self.desired_outcome.show_value(case.desired_outcome)
        self.notes.show_value(_beginning(case.notes), details=case.notes.strip())
        self.next_steps.show_case(store, case_id)

    def _offer_company_details(self, company: Party) -> None:
        """A link to the company's details; while it has no postal address, one to add it."""
        self.company_id = company.id
        if company.postal_address.strip():
            text = self.tr("Contact details…")
            details = [company.postal_address, company.email, company.phone, company.website]
            tip = "\n".join(detail for detail in details if detail)
        else:
            text = self.tr("Add its postal address…")
            tip = self.tr("No postal address yet: letters to {name} leave a blank for it").format(
                name=company.name
            )
        link = f'<a href="details">{html.escape(text)}</a>'
        self.company_details.setText(link)
        self.company_details.setToolTip(tip)
        self.company_details.setVisible(self.workspace is not None)

    def _edit_company_details(self) -> None:
        if self.workspace is not None and self.company_id is not None:
            open_party_dialog(self.workspace, self.company_id, parent=self)

    def _parties(self, parties: Iterable[CaseParty]) -> list[str]:
        """Each party once, with all its roles in this case: "Chronopost (Carrier)"."""
        roles: dict[int, list[PartyRole]] = {}
        names: dict[int, str] = {}
        for involved in parties:
            names[involved.party.id] = involved.party.name
            roles.setdefault(involved.party.id, []).append(involved.role)
        return [
            f"{names[party_id]} ({', '.join(label(role) for role in party_roles)})"
            for party_id, party_roles in roles.items()
        ]

    def _sender_text(self, sender: Sender) -> tuple[str, str]:
        """The sender on one line, and a line each on hover."""
        if sender.is_empty():
            return self.tr("Not set yet (Edit Case)"), ""
        address = ", ".join(line.strip() for line in sender.postal_address.splitlines() if line)
        details = [part for part in (sender.name, address, sender.email, sender.phone) if part]
        return ", ".join(details), "\n".join(details)

    def _money_text(self, money_lines: Iterable[MoneyLine]) -> str:
        """Each kind of amount, one after the other: "Billed: €60.00 · Paid: 8,600 points"."""
        totals = sorted(totals_by_kind(money_lines).items())
        shown = []
        for kind in MoneyKind:
            amounts = [Money(kinds[kind], currency) for currency, kinds in totals if kinds[kind]]
            if amounts:
                shown.append(
                    self.tr("{kind}: {amounts}").format(
                        kind=label(kind), amounts=format_amounts(amounts)
                    )
                )
        return _SEPARATOR.join(shown)


def _beginning(notes: str) -> str:
    """The first line of the notes, marked "…" when more follows."""
    text = notes.strip()
    first_line = text.split("\n", 1)[0]
    return first_line if first_line == text else first_line + " …"
