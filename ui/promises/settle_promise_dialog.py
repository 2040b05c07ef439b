"""Saying what came of a promise: kept, broken, partly kept, withdrawn (or pending again), on
which day, what shows it (an interaction, a piece of evidence) and a note in the user's words.

Each settlement is one undoable edit, and one more step in the promise's history.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from core.clock import today
from core.database import Store
from core.evidence import list_evidence
from core.interactions import list_interactions
from core.model import Interaction, Promise, PromiseStatus
from core.promises import settle_promise
from ui.formatting import format_day
from ui.labels import label
from ui.ledger_dialog import Edit, LedgerDialog
from ui.record_change import Part, RecordChange
from ui.widgets.date_input import DateInput
from ui.widgets.link_picker import (
    LinkPicker,
    evidence_caption,
    evidence_newest_first,
    interaction_caption,
    interactions_newest_first,
)
from ui.widgets.sentence_edit import SentenceEdit
from ui.workspace import Workspace


class SettlePromiseDialog(LedgerDialog):
    """Settle `promise`, with `status` chosen to begin with (Mark kept, Mark broken).

    The day proposed is today; choosing the interaction that showed the outcome proposes its
    day instead, unless a day was typed.
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        promise: Promise,
        status: PromiseStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.name(self.tr("What came of the promise"), self.tr("&Save"))
        self.promise = promise
        store = workspace.store
        self.interactions: dict[int, Interaction] = {
            item.id: item for item in list_interactions(store, promise.case_id)
        }

        self.wording = QLabel(self.tr("“{text}”").format(text=promise.text))
        self.wording.setWordWrap(True)
        self.wording.setTextFormat(Qt.TextFormat.PlainText)
        self.wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wording.setAccessibleName(self.tr("Promise"))
        bold = QFont(self.wording.font())
        bold.setBold(True)
        self.wording.setFont(bold)
        self.form.addRow(self.wording)
        if promise.status is not PromiseStatus.PENDING:
            now = QLabel(self._current_outcome())
            now.setAccessibleName(self.tr("Recorded so far"))
            self.form.addRow(now)

        self.outcome = QGroupBox(self.tr("Outcome"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.choices = QButtonGroup(self)
        row = QHBoxLayout(self.outcome)
        self.radio: dict[PromiseStatus, QRadioButton] = {}
        for choice, text in (
            (PromiseStatus.KEPT, self.tr("&Kept")),
            (PromiseStatus.BROKEN, self.tr("&Broken")),
            (PromiseStatus.PARTLY_KEPT, self.tr("Pa&rtly kept")),
            (PromiseStatus.WITHDRAWN, self.tr("&Withdrawn")),
            (PromiseStatus.PENDING, self.tr("Still &pending")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.choices.addButton(button)
            self.radio[choice] = button
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow(self.outcome)

        self.day = DateInput(accessible_name=self.tr("Day"))
        self.shown_in = LinkPicker(accessible_name=self.tr("Shown in interaction"))
        self.evidence = LinkPicker(accessible_name=self.tr("Evidence"))
        self.note = SentenceEdit(accessible_name=self.tr("Note"), lines=3, multiline=True)
        self.note.setPlaceholderText(self.tr("e.g. Invoice of €60 found in the parcel"))
        self.add_row(self.tr("&Day:"), self.day)
        self.add_row(self.tr("Shown in &interaction:"), self.shown_in)
        self.add_row(self.tr("E&vidence:"), self.evidence)
        self.add_row(self.tr("&Note:"), self.note)

        self.shown_in.set_choices(
            interactions_newest_first(self.interactions.values()),
            interaction_caption,
            current=None,
        )
        self.evidence.set_choices(
            evidence_newest_first(list_evidence(store, promise.case_id)),
            evidence_caption,
            current=None,
        )
        self.day.set_date(today())
        self._proposed_day = self.day.text()
        self.shown_in.currentIndexChanged.connect(self._propose_interaction_day)
        self.choices.buttonToggled.connect(self._enable_settlement_fields)

        initial = status or (
            promise.status if promise.status is not PromiseStatus.PENDING else PromiseStatus.KEPT
        )
        self.radio[initial].setChecked(True)
        self.radio[initial].setFocus()

    def _current_outcome(self) -> str:
        status = label(self.promise.status)
        if self.promise.settled_on is None:
            return self.tr("Recorded so far: {status}").format(status=status)
        return self.tr("Recorded so far: {status} on {day}").format(
            status=status, day=format_day(self.promise.settled_on)
        )

    def status(self) -> PromiseStatus:
        for choice, button in self.radio.items():
            if button.isChecked():
                return choice
        return PromiseStatus.KEPT

    def _enable_settlement_fields(self) -> None:
        settling = self.status() is not PromiseStatus.PENDING
        for field in (self.day, self.shown_in, self.evidence):
            field.setEnabled(settling)

    def _propose_interaction_day(self) -> None:
        interaction_id = self.shown_in.current_id()
        if interaction_id is None or self.day.text() not in ("", self._proposed_day):
            return
        self.day.set_date(self.interactions[interaction_id].occurred.day)
        self._proposed_day = self.day.text()

    def edit(self) -> Edit:
        status = self.status()
        settling = status is not PromiseStatus.PENDING
        day: dt.date | None = self.day.date() if settling else None
        interaction_id = self.shown_in.current_id() if settling else None
        evidence_id = self.evidence.current_id() if settling else None
        note = self.note.text()
        promise_id = self.promise.id
        parts = Part.PROMISES
        if interaction_id is not None or self.promise.settled_by_interaction_id is not None:
            parts |= Part.TIMELINE
        if evidence_id is not None or self.promise.settled_by_evidence_id is not None:
            parts |= Part.EVIDENCE

        def settle(store: Store) -> Promise:
            return settle_promise(
                store,
                promise_id=promise_id,
                status=status,
                on=day,
                by_interaction_id=interaction_id,
                by_evidence_id=evidence_id,
                note=note,
            )

        return settle_description(status), settle, RecordChange(parts, case_id=self.promise.case_id)


def settle_description(status: PromiseStatus) -> str:
    """What the Undo menu calls a settlement ("Undo Mark promise kept")."""
    match status:
        case PromiseStatus.KEPT:
            return QCoreApplication.translate("SettlePromiseDialog", "Mark promise kept")
        case PromiseStatus.BROKEN:
            return QCoreApplication.translate("SettlePromiseDialog", "Mark promise broken")
        case PromiseStatus.PARTLY_KEPT:
            return QCoreApplication.translate("SettlePromiseDialog", "Mark promise partly kept")
        case PromiseStatus.WITHDRAWN:
            return QCoreApplication.translate("SettlePromiseDialog", "Mark promise withdrawn")
        case _:
            return QCoreApplication.translate("SettlePromiseDialog", "Mark promise pending again")
