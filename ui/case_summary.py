"""The head of a selected case: who it is against, where it stands, what is at stake, and
what to do next."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from core.cases import get_case, list_references
from core.database import Store
from core.model import CaseParty, Money, MoneyKind, MoneyLine, PartyRole, Reference, Sender
from core.money import amount_in_dispute, totals_by_kind
from core.money_lines import list_money_lines
from core.parties import case_parties, get_party
from ui.formatting import format_amounts
from ui.labels import label
from ui.next_steps.case_steps import CaseNextSteps

_EMPTY = "—"
_NOTES_SHOWN = 160
"""The summary shows the start of the notes; the rest is on hover and in Edit Case."""


class _Value(QLabel):
    """A value beside its field name: wraps, and is selectable so a reference can be copied."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(accessible_name)

    def show_value(self, text: str) -> None:
        self.setText(text or _EMPTY)

    def show_beginning(self, text: str, limit: int) -> None:
        """The first line of a long text, cut at `limit` characters; all of it on hover."""
        first_line = text.strip().split("\n", 1)[0]
        shown = first_line if len(first_line) <= limit else first_line[:limit].rstrip() + "…"
        if shown != text.strip():
            shown = shown if shown.endswith("…") else shown + " …"
        self.setText(shown or _EMPTY)
        self.setToolTip(text.strip())
        self.setAccessibleDescription(text.strip())


class CaseSummaryPanel(QWidget):
    """Read-only summary of one case: two columns of labelled values under the title, and
    the desired outcome and the notes across the whole width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAccessibleName(self.tr("Case title"))

        self.counterparty = _Value(self.tr("Company"))
        self.status = _Value(self.tr("Status"))
        self.jurisdiction = _Value(self.tr("Jurisdiction"))
        self.sector = _Value(self.tr("Sector"))
        self.references = _Value(self.tr("References"))
        self.parties = _Value(self.tr("Parties"))
        self.letters_from = _Value(self.tr("Letters sent from"))
        self.money = _Value(self.tr("Money"))
        self.in_dispute = _Value(self.tr("In dispute"))
        self.desired_outcome = _Value(self.tr("Desired outcome"))
        self.notes = _Value(self.tr("Notes"))
        self.next_steps = CaseNextSteps()
        bold = QFont(self.in_dispute.font())
        bold.setBold(True)
        self.in_dispute.setFont(bold)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        pairs = (
            ((self.tr("Company:"), self.counterparty), (self.tr("Status:"), self.status)),
            ((self.tr("Jurisdiction:"), self.jurisdiction), (self.tr("Sector:"), self.sector)),
            ((self.tr("Money:"), self.money), (self.tr("In dispute:"), self.in_dispute)),
            (
                (self.tr("References:"), self.references),
                (self.tr("Letters sent from:"), self.letters_from),
            ),
        )
        for row, ((left_caption, left), (right_caption, right)) in enumerate(pairs):
            grid.addWidget(self._name(left_caption, left), row, 0)
            grid.addWidget(left, row, 1)
            grid.addWidget(self._name(right_caption, right), row, 2)
            grid.addWidget(right, row, 3)
        for caption, value in (
            (self.tr("Next steps:"), self.next_steps),
            (self.tr("Parties:"), self.parties),
            (self.tr("Desired outcome:"), self.desired_outcome),
            (self.tr("Notes:"), self.notes),
        ):
            row = grid.rowCount()
            grid.addWidget(self._name(caption, value), row, 0)
            grid.addWidget(value, row, 1, 1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addStretch(1)

    @staticmethod
    def _name(caption: str, value: QLabel) -> QLabel:
        name = QLabel(caption)
        name.setBuddy(value)
        name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return name

    def show_case(self, store: Store, case_id: int) -> None:
        """Read and show the head of a case (not its timeline: that may be long)."""
        case = get_case(store, case_id)
        lines = list_money_lines(store, case_id)
        self.title.setText(case.title)
        self.counterparty.show_value(get_party(store, case.counterparty_id).name)
        self.status.show_value(label(case.status))
        self.jurisdiction.show_value(label(case.jurisdiction))
        self.sector.show_value(label(case.sector))
        self.references.show_value(_references_text(list_references(store, case_id)))
        self.parties.show_value(self._parties_text(case_parties(store, case_id)))
        self.letters_from.show_value(self._sender_text(case.sender))
        self.money.show_value(self._money_text(lines))
        self.in_dispute.show_value(format_amounts(amount_in_dispute(lines)) or self.tr("Nothing"))
        self.desired_outcome.show_value(case.desired_outcome)
        self.notes.show_beginning(case.notes, _NOTES_SHOWN)
        self.next_steps.show_case(store, case_id)

    def _parties_text(self, parties: Iterable[CaseParty]) -> str:
        """Each party once, with all its roles in this case: "Chronopost (Carrier)", one after
        the other so a case with many parties still fits in a few lines."""
        roles: dict[int, list[PartyRole]] = {}
        names: dict[int, str] = {}
        for involved in parties:
            names[involved.party.id] = involved.party.name
            roles.setdefault(involved.party.id, []).append(involved.role)
        return " · ".join(
            f"{names[party_id]} ({', '.join(label(role) for role in party_roles)})"
            for party_id, party_roles in roles.items()
        )

    def _sender_text(self, sender: Sender) -> str:
        if sender.is_empty():
            return self.tr("Not set yet")
        address = ", ".join(line.strip() for line in sender.postal_address.splitlines() if line)
        details = [part for part in (sender.name, address, sender.email, sender.phone) if part]
        return "\n".join(details)

    def _money_text(self, money_lines: Iterable[MoneyLine]) -> str:
        """Each kind of amount on its own line: "Billed: €60.00"."""
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
        return "\n".join(shown)


def _references_text(references: Iterable[Reference]) -> str:
    return "\n".join(f"{reference.label}: {reference.value}" for reference in references)
