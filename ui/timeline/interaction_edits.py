"""The undoable edits of the timeline: log an interaction (with the promises made in it and a
party typed for the first time), correct one, delete one.

Each is one `Workspace.perform`, so one Undo takes back all of it, and each names the parts
of the record it touches so only those views reload.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from core.database import Store
from core.interactions import add_interaction, delete_interaction, save_interaction
from core.model import Channel, Interaction
from core.promises import add_promise
from ui.record_change import Part, RecordChange
from ui.timeline.promise_rows import PromiseDraft
from ui.widgets.party_picker import PartyChoice
from ui.workspace import Workspace


def log_description(channel: Channel) -> str:
    """What the Undo menu says after logging on this channel: "Undo Log a call"."""
    return {
        Channel.PHONE: QCoreApplication.translate("InteractionEdits", "Log a call"),
        Channel.EMAIL: QCoreApplication.translate("InteractionEdits", "Log an email"),
        Channel.LETTER: QCoreApplication.translate("InteractionEdits", "Log a letter"),
        Channel.VISIT: QCoreApplication.translate("InteractionEdits", "Log a visit"),
        Channel.CHAT: QCoreApplication.translate("InteractionEdits", "Log a chat"),
        Channel.SMS: QCoreApplication.translate("InteractionEdits", "Log a text message"),
        Channel.DELIVERY: QCoreApplication.translate("InteractionEdits", "Log a delivery"),
        Channel.WEB: QCoreApplication.translate(
            "InteractionEdits", "Log a contact through a website"
        ),
        Channel.OTHER: QCoreApplication.translate("InteractionEdits", "Log an interaction"),
    }[channel]


def log_interaction(
    workspace: Workspace,
    typed: Interaction,
    party: PartyChoice,
    promises: Sequence[PromiseDraft],
) -> Interaction:
    """Record `typed` (its id and party are ignored), `party` (added to the directory if new)
    and the promises made in it. Raises the core's RecoursError with nothing recorded."""

    def log(store: Store) -> Interaction:
        logged = add_interaction(
            store,
            case_id=typed.case_id,
            occurred=typed.occurred,
            channel=typed.channel,
            direction=typed.direction,
            summary=typed.summary,
            party_id=party.resolve(store),
            person=typed.person,
            details=typed.details,
            reference=typed.reference,
            duration_minutes=typed.duration_minutes,
        )
        for promise in promises:
            add_promise(
                store,
                case_id=typed.case_id,
                text=promise.text,
                interaction_id=logged.id,
                due_on=promise.due_on,
            )
        return logged

    parts = Part.TIMELINE
    if promises:
        parts |= Part.PROMISES
    if not party.is_empty:
        parts |= Part.DIRECTORY
    return workspace.perform(
        log_description(typed.channel), log, RecordChange(parts, case_id=typed.case_id)
    )


def edit_interaction(workspace: Workspace, typed: Interaction, party: PartyChoice) -> Interaction:
    """Write back every field of the interaction `typed.id`; the ledger and the evidence show
    its summary and date, so they reload too."""
    parts = Part.TIMELINE | Part.PROMISES | Part.EVIDENCE
    if not party.is_empty:
        parts |= Part.DIRECTORY
    return workspace.perform(
        QCoreApplication.translate("InteractionEdits", "Edit an interaction"),
        lambda store: save_interaction(store, replace(typed, party_id=party.resolve(store))),
        RecordChange(parts, case_id=typed.case_id),
    )


def remove_interaction(workspace: Workspace, interaction: Interaction) -> None:
    """Delete an interaction; the promises, evidence and money lines that named it stay,
    unlinked, and Undo links them again."""
    workspace.perform(
        QCoreApplication.translate("InteractionEdits", "Delete an interaction"),
        lambda store: delete_interaction(store, interaction.id),
        RecordChange(
            Part.TIMELINE | Part.PROMISES | Part.EVIDENCE | Part.MONEY,
            case_id=interaction.case_id,
        ),
    )
