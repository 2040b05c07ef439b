"""Adding a promise that was not made in a logged call (a contract, a letter, a web page), and
correcting any promise: its wording, who made it, when, by when, and in which interaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QLineEdit, QWidget

from core.clock import today
from core.database import Store
from core.interactions import list_interactions
from core.model import Interaction, Promise
from core.parties import involve_party, list_parties
from core.promises import add_promise, save_promise
from ui.ledger_dialog import Edit, LedgerDialog
from ui.record_change import Part, RecordChange
from ui.widgets.date_input import DateInput
from ui.widgets.link_picker import LinkPicker, interaction_caption, interactions_newest_first
from ui.widgets.party_picker import PartyPicker
from ui.widgets.sentence_edit import SentenceEdit
from ui.workspace import Workspace


class PromiseDialog(LedgerDialog):
    """A new promise of case `case_id`, or changes to `promise`.

    Choosing the interaction it was made in fills the day, party and person from it when
    they are still empty (or the day still the one proposed). A due date typed as a delay
    ("in 3 days") counts from the day the promise was made.
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        case_id: int,
        promise: Promise | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        if promise is None:
            self.name(self.tr("Add a promise"), self.tr("&Add"))
        else:
            self.name(self.tr("Edit the promise"), self.tr("&Save"))
        self.case_id = case_id
        self.promise = promise
        store = workspace.store
        self.interactions: dict[int, Interaction] = {
            item.id: item for item in list_interactions(store, case_id)
        }

        self.text = SentenceEdit(accessible_name=self.tr("What was promised"), lines=3)
        self.text.setPlaceholderText(self.tr("e.g. A refund of €60 within 10 days"))
        self.made_on = DateInput(accessible_name=self.tr("Made on"))
        self.due = DateInput(accessible_name=self.tr("Due"))
        self.maker = PartyPicker(accessible_name=self.tr("Made by"))
        self.person = QLineEdit()
        self.person.setAccessibleName(self.tr("Person who made it"))
        self.person.setPlaceholderText(self.tr("Name or id of the agent, if known"))
        self.made_in = LinkPicker(
            accessible_name=self.tr("Made in"),
            none_text=self.tr("Not in a logged interaction (a contract, a letter…)"),
        )
        self.add_row(self.tr("&Promise:"), self.text)
        self.add_row(self.tr("Made &on:"), self.made_on)
        self.add_row(self.tr("&Due:"), self.due)
        self.add_row(self.tr("Made &by:"), self.maker)
        self.add_row(self.tr("P&erson:"), self.person)
        self.add_row(self.tr("Made &in:"), self.made_in)

        self.maker.set_parties(
            list_parties(store), current=None if promise is None else promise.party_id
        )
        self.made_in.set_choices(
            interactions_newest_first(self.interactions.values()),
            interaction_caption,
            current=None if promise is None else promise.interaction_id,
        )
        if promise is None:
            self.made_on.set_date(today())
        else:
            self.text.setText(promise.text)
            self.person.setText(promise.person)
            self.made_on.set_date(promise.made_on)
            self.due.set_date(promise.due_on)
        self._proposed_day = self.made_on.text()
        self.due.set_reference(self._made_on_or_none())
        self.made_on.date_changed.connect(self._count_due_from)
        self.made_in.currentIndexChanged.connect(self._fill_from_interaction)
        self.text.setFocus()

    def _made_on_or_none(self) -> dt.date | None:
        return self.made_on.date() if self.made_on.is_valid() else None

    def _count_due_from(self, day: dt.date | None) -> None:
        self.due.set_reference(day)

    def _fill_from_interaction(self) -> None:
        interaction_id = self.made_in.current_id()
        if interaction_id is None:
            return
        interaction = self.interactions[interaction_id]
        if self.made_on.text() in ("", self._proposed_day):
            self.made_on.set_date(interaction.occurred.day)
            self._proposed_day = self.made_on.text()
        if self.maker.choice().is_empty and interaction.party_id is not None:
            self.maker.setCurrentIndex(self.maker.findData(interaction.party_id))
        if not self.person.text().strip():
            self.person.setText(interaction.person)

    def edit(self) -> Edit:
        made_on = self.made_on.date()
        due_on = self.due.date()
        text = self.text.text()
        person = self.person.text().strip()
        maker = self.maker.choice()
        interaction_id = self.made_in.current_id()
        case_id = self.case_id
        parts = Part.PROMISES
        if not maker.is_empty:
            parts |= Part.DIRECTORY
        if interaction_id is not None or (
            self.promise is not None and self.promise.interaction_id is not None
        ):
            parts |= Part.TIMELINE
        change = RecordChange(parts, case_id=case_id)

        if self.promise is None:

            def add(store: Store) -> Promise:
                return add_promise(
                    store,
                    case_id=case_id,
                    text=text,
                    interaction_id=interaction_id,
                    party_id=maker.resolve(store),
                    person=person,
                    made_on=made_on,
                    due_on=due_on,
                )

            return self.tr("Add a promise"), add, change

        current = self.promise

        def save(store: Store) -> Promise:
            party_id = maker.resolve(store)
            if party_id is not None:
                involve_party(store, case_id=case_id, party_id=party_id)
            return save_promise(
                store,
                replace(
                    current,
                    text=text,
                    interaction_id=interaction_id,
                    party_id=party_id,
                    person=person,
                    made_on=made_on,
                    due_on=due_on,
                ),
            )

        return self.tr("Edit a promise"), save, change
