"""What the user chooses for a letter, and what Recours chooses when they do not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from core.case_record import CaseRecord
from core.letters.kinds import LetterKind, SendingMode
from core.model import (
    Channel,
    EvidenceKind,
    Jurisdiction,
    Language,
    Promise,
    PromiseStatus,
    Sender,
)

if TYPE_CHECKING:
    from core.deadlines import DeadlineSettings

_SETTLED_AGAINST = (PromiseStatus.BROKEN, PromiseStatus.PARTLY_KEPT)
IdT = TypeVar("IdT", int, str)


@dataclass(frozen=True, slots=True)
class LetterOptions:
    """A letter's kind, language, law and date, and what goes in it.

    The selections are ids of the case's interactions, promises, evidence and legal grounds;
    None means "the default" (see `default_selection`). `default_sender` signs the letter when
    the case has no sender identity of its own (the user's identity from the preferences).
    `deadline_settings` are the user's own waits (the desktop app's preferences, `--ombudsman-
    weeks`), so the letter announces the day the app counts; None keeps the rules' figures.
    """

    kind: LetterKind
    language: Language
    jurisdiction: Jurisdiction
    letter_date: dt.date
    sending_mode: SendingMode = SendingMode.REGISTERED
    tracking_number: str = ""
    recipient_party_id: int | None = None
    interaction_ids: tuple[int, ...] | None = None
    promise_ids: tuple[int, ...] | None = None
    evidence_ids: tuple[int, ...] | None = None
    ground_ids: tuple[str, ...] | None = None
    call_interaction_id: int | None = None
    default_sender: Sender | None = None
    deadline_settings: DeadlineSettings | None = None


@dataclass(frozen=True, slots=True)
class Selection:
    interaction_ids: tuple[int, ...]
    promise_ids: tuple[int, ...]
    evidence_ids: tuple[int, ...]
    ground_ids: tuple[str, ...]
    call_interaction_id: int | None


def confirmed_call(record: CaseRecord, chosen: int | None) -> int | None:
    """The call a confirmation letter is about: the one chosen, else the last call in which
    promises were made."""
    if chosen is not None:
        return chosen
    promised_in = {promise.interaction_id for promise in record.promises}
    calls = [
        item.id
        for item in record.interactions
        if item.channel is Channel.PHONE and item.id in promised_in
    ]
    return calls[-1] if calls else None


def evidence_of(record: CaseRecord, promise: Promise) -> list[int]:
    """The evidence that shows what became of a promise: what settled it, and the files of
    the interaction that settled it."""
    linked = [] if promise.settled_by_evidence_id is None else [promise.settled_by_evidence_id]
    linked += [
        item.id
        for item in record.evidence
        if promise.settled_by_interaction_id is not None
        and item.interaction_id == promise.settled_by_interaction_id
    ]
    return list(dict.fromkeys(linked))


def default_selection(record: CaseRecord, options: LetterOptions) -> Selection:
    """Every interaction, every broken promise, the evidence of those promises.

    A confirmation of a call keeps to that call and its promises (and cites no law); a
    referral to a mediator also encloses the letters already sent.
    """
    from core.letters.facts import applicable_grounds

    call_id = None
    if options.kind is LetterKind.CALL_CONFIRMATION:
        call_id = confirmed_call(record, options.call_interaction_id)
        interactions = tuple(item.id for item in record.interactions if item.id == call_id)
        promises = tuple(p.id for p in record.promises if p.interaction_id == call_id)
    else:
        interactions = tuple(item.id for item in record.interactions)
        promises = tuple(p.id for p in record.promises if p.status in _SETTLED_AGAINST)
    chosen_promises = [p for p in record.promises if p.id in promises]
    evidence = [evidence_id for p in chosen_promises for evidence_id in evidence_of(record, p)]
    if options.kind is LetterKind.MEDIATOR_REFERRAL:
        evidence += [item.id for item in record.evidence if item.kind is EvidenceKind.LETTER]
    order = {item.id: position for position, item in enumerate(record.evidence)}
    ordered = sorted(dict.fromkeys(evidence), key=lambda evidence_id: order.get(evidence_id, 0))
    grounds = (
        ()
        if options.kind is LetterKind.CALL_CONFIRMATION
        else tuple(ground.id for ground in applicable_grounds(record, options))
    )
    return Selection(
        interaction_ids=_chosen(options.interaction_ids, interactions),
        promise_ids=_chosen(options.promise_ids, promises),
        evidence_ids=_chosen(options.evidence_ids, tuple(ordered)),
        ground_ids=_chosen(options.ground_ids, grounds),
        call_interaction_id=call_id,
    )


def _chosen(chosen: tuple[IdT, ...] | None, default: tuple[IdT, ...]) -> tuple[IdT, ...]:
    return default if chosen is None else chosen
