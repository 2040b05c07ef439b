"""What goes in a letter: the interactions, promises, enclosures and legal grounds, each a
list of check boxes that starts with what a letter of that kind holds by default."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListView, QTabWidget

from core.case_record import CaseRecord
from core.letters.options import LetterOptions, Selection, default_selection
from core.model import PromiseStatus
from core.rules import rules_for
from ui.formatting import format_moment
from ui.labels import label
from ui.letters.checklist_model import CheckItem, ChecklistModel


class LetterChoices(QObject):
    """The four check lists of the composer and the tabs that show them.

    Signals:
        changed(): the user checked or unchecked something.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.facts: ChecklistModel[int] = ChecklistModel(self)
        self.promises: ChecklistModel[int] = ChecklistModel(self)
        self.enclosures: ChecklistModel[int] = ChecklistModel(self)
        self.grounds: ChecklistModel[str] = ChecklistModel(self)
        self.tabs = QTabWidget()
        for model, title, name in (
            (self.facts, self.tr("Facts"), self.tr("Interactions in the letter")),
            (self.promises, self.tr("Promises"), self.tr("Promises in the letter")),
            (self.enclosures, self.tr("Enclosures"), self.tr("Evidence enclosed")),
            (self.grounds, self.tr("Law"), self.tr("Legal grounds cited")),
        ):
            view = QListView()
            view.setModel(model)
            view.setAccessibleName(name)
            view.setWordWrap(True)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setSpacing(1)
            self.tabs.addTab(view, title)
            model.selection_changed.connect(self.changed)

    def reset(self, record: CaseRecord, options: LetterOptions) -> None:
        """Check what a letter of this kind holds by default: every interaction, every broken
        promise and its evidence, the grounds the facts call for."""
        chosen: Selection = default_selection(record, options)
        party = {item.party.id: item.party.name for item in record.parties}
        self.facts.set_items(
            CheckItem(
                item.id,
                f"{format_moment(item.occurred)} · {label(item.channel)} · {item.summary}",
                item.id in chosen.interaction_ids,
                item.details,
            )
            for item in record.interactions
        )
        self.promises.set_items(
            CheckItem(
                item.id,
                f"{item.text} ({label(item.status)})",
                item.id in chosen.promise_ids,
                party.get(item.party_id or 0, ""),
            )
            for item in record.promises
            if item.status is not PromiseStatus.WITHDRAWN
        )
        self.enclosures.set_items(
            CheckItem(item.id, item.original_name, item.id in chosen.evidence_ids, item.description)
            for item in record.evidence
        )
        self.grounds.set_items(
            CheckItem(ground.id, ground.citation, ground.id in chosen.ground_ids, ground.source)
            for ground in rules_for(options.jurisdiction).grounds
        )

    def check_stored(self, stored: Mapping[str, object]) -> None:
        """Tick what a letter held when it was made, where the case still has it."""
        for model, key in (
            (self.facts, "interaction_ids"),
            (self.promises, "promise_ids"),
            (self.enclosures, "evidence_ids"),
            (self.grounds, "ground_ids"),
        ):
            chosen = stored.get(key)
            if isinstance(chosen, list):
                model.check_only(chosen)
