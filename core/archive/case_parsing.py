"""A case read back from an archive: every field checked, every link checked to point inside it.

The ids in an archive are those of the computer it was made on; they only tie the parts of a
case together here, and are replaced by new ones when the case is written. A link to something
the archive does not hold (an interaction with a party missing from the directory, a promise
settled by an interaction that is not there) is refused rather than dropped, since it means
the file was not written by Recours or was altered. Only the computed parts of the case JSON
(totals, amount in dispute, summary, overdue flags, formatted amounts) are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final, TypeVar

from core.archive.fields import Field
from core.archive.format import MAX_EVIDENCE_BYTES, MAX_LONG_TEXT, is_sha256
from core.case_record import CASE_JSON_FORMAT
from core.letters.kinds import LetterKind, SendingMode
from core.letters.register import Letter
from core.model import (
    Case,
    CaseStatus,
    Channel,
    Direction,
    Evidence,
    EvidenceKind,
    Interaction,
    Jurisdiction,
    Language,
    Moment,
    Money,
    MoneyKind,
    MoneyLine,
    Party,
    PartyKind,
    PartyRole,
    Promise,
    PromiseEvent,
    PromiseStatus,
    Reference,
    Sector,
    Sender,
)

ItemT = TypeVar("ItemT")

_CURRENCY = re.compile(r"[A-Z]{3}")
_MEDIA_TYPE_LIMIT: Final = 255
_LARGEST_DURATION: Final = 10**9
_EDIT_KEY_LIMIT: Final = 200
_LIST_OPTIONS: Final = ("interaction_ids", "promise_ids", "evidence_ids")
_ID_OPTIONS: Final = ("recipient_party_id", "call_interaction_id")


@dataclass(frozen=True, slots=True)
class ArchivedPromise:
    promise: Promise
    history: tuple[PromiseEvent, ...]


@dataclass(frozen=True, slots=True)
class ArchivedCase:
    """A case as read from an archive, ids still those of the computer it came from.

    `stamps` holds when each row was written: `stamps["interactions"][id]`, and likewise
    for "parties", "promises", "money_lines" and "letters".
    """

    case: Case
    roles: tuple[tuple[int, PartyRole], ...]
    references: tuple[Reference, ...]
    directory: tuple[Party, ...]
    interactions: tuple[Interaction, ...]
    evidence: tuple[Evidence, ...]
    promises: tuple[ArchivedPromise, ...]
    money_lines: tuple[MoneyLine, ...]
    letters: tuple[Letter, ...]
    stamps: Mapping[str, Mapping[int, str]]


def parse_case(value: object, where: str) -> ArchivedCase:
    root = Field(value, where)
    if root.get("format").text() != CASE_JSON_FORMAT:
        root.get("format").refuse("archive.data_choice", value=root.get("format").text())
    stamps: dict[str, dict[int, str]] = {}
    listed_parties = root.get("directory")
    directory = _unique(listed_parties, _party, stamps, "parties")
    party_ids = {party.id for party in directory}
    for party, entry in zip(directory, listed_parties.items(), strict=True):
        if party.organisation_id is not None and (
            party.organisation_id not in party_ids or party.organisation_id == party.id
        ):
            entry.get("organisation_id").refuse("archive.data_reference")
    case_id = root.get("id").identifier()
    counterparty = root.get("counterparty").get("id")
    counterparty_id = _reference(counterparty, party_ids)
    interactions = _unique(
        root.get("interactions"),
        lambda item: _interaction(item, case_id, party_ids),
        stamps,
        "interactions",
    )
    interaction_ids = {item.id for item in interactions}
    evidence = _evidence_list(root.get("evidence"), case_id, interaction_ids)
    evidence_ids = {item.id for item in evidence}
    links = _Links(party_ids, interaction_ids, evidence_ids, set())
    promises = _unique(
        root.get("promises"), lambda item: _promise(item, case_id, links), stamps, "promises"
    )
    links.promises.update(item.promise.id for item in promises)
    money = root.get("money").get("lines")
    letters = _unique(
        root.get("letters"), lambda item: _letter(item, case_id, links), stamps, "letters"
    )
    return ArchivedCase(
        case=_case(root, case_id, counterparty_id),
        roles=_roles(root.get("parties"), counterparty_id, party_ids),
        references=tuple(
            Reference(item.get("label").non_empty_text(), item.get("value").text())
            for item in root.get("references").items()
        ),
        directory=tuple(directory),
        interactions=tuple(interactions),
        evidence=tuple(evidence),
        promises=tuple(promises),
        money_lines=tuple(
            _unique(money, lambda item: _money_line(item, case_id, links), stamps, "money_lines")
        ),
        letters=tuple(letters),
        stamps=stamps,
    )


@dataclass(frozen=True, slots=True)
class _Links:
    """The ids a case's items may point to."""

    parties: set[int]
    interactions: set[int]
    evidence: set[int]
    promises: set[int]


def _unique(
    listed: Field,
    read: Callable[[Field], ItemT],
    stamps: dict[str, dict[int, str]],
    table: str,
) -> list[ItemT]:
    """Every item of a list, read; two items with one id are refused."""
    items: list[ItemT] = []
    stamps[table] = {}
    for field in listed.items():
        item = read(field)
        item_id = field.get("id").identifier()
        if item_id in stamps[table]:
            field.get("id").refuse("archive.data_duplicate")
        stamps[table][item_id] = field.get("created_at").stamp()
        items.append(item)
    return items


def _reference(field: Field, known: set[int]) -> int:
    value = field.identifier()
    if value not in known:
        field.refuse("archive.data_reference")
    return value


def _optional_reference(field: Field, known: set[int]) -> int | None:
    return None if field.is_null() else _reference(field, known)


def _case(root: Field, case_id: int, counterparty_id: int) -> Case:
    sender = root.get("sender")
    return Case(
        id=case_id,
        title=root.get("title").non_empty_text(),
        counterparty_id=counterparty_id,
        status=root.get("status").choice(CaseStatus),
        jurisdiction=root.get("jurisdiction").choice(Jurisdiction),
        language=root.get("language").choice(Language),
        sector=root.get("sector").choice(Sector),
        desired_outcome=root.get("desired_outcome").text(MAX_LONG_TEXT),
        notes=root.get("notes").text(MAX_LONG_TEXT),
        sender=Sender(
            name=sender.get("name").text(),
            postal_address=sender.get("postal_address").text(),
            email=sender.get("email").text(),
            phone=sender.get("phone").text(),
        ),
        created_at=root.get("created_at").stamp(),
        updated_at=root.get("updated_at").stamp(),
        closed_at=root.get("closed_at").optional_stamp(),
    )


def _roles(
    listed: Field, counterparty_id: int, party_ids: set[int]
) -> tuple[tuple[int, PartyRole], ...]:
    roles: dict[tuple[int, PartyRole], None] = {}
    for item in listed.items():
        party_id = _reference(item.get("id"), party_ids)
        role = item.get("role").choice(PartyRole)
        if role is PartyRole.COUNTERPARTY:
            if party_id != counterparty_id:
                item.get("id").refuse("archive.data_reference")
            continue
        roles[(party_id, role)] = None
    return tuple(roles)


def _party(item: Field) -> Party:
    return Party(
        id=item.get("id").identifier(),
        name=item.get("name").non_empty_text(),
        kind=item.get("kind").choice(PartyKind),
        organisation_id=item.get("organisation_id").optional_identifier(),
        postal_address=item.get("postal_address").text(),
        email=item.get("email").text(),
        phone=item.get("phone").text(),
        website=item.get("website").text(),
        notes=item.get("notes").text(MAX_LONG_TEXT),
    )


def _interaction(item: Field, case_id: int, party_ids: set[int]) -> Interaction:
    duration = item.get("duration_minutes")
    return Interaction(
        id=item.get("id").identifier(),
        case_id=case_id,
        occurred=Moment.parse(item.get("occurred_at").moment_text()),
        channel=item.get("channel").choice(Channel),
        direction=item.get("direction").choice(Direction),
        summary=item.get("summary").non_empty_text(),
        party_id=_optional_reference(item.get("party_id"), party_ids),
        person=item.get("person").text(),
        details=item.get("details").text(MAX_LONG_TEXT),
        reference=item.get("reference").text(),
        duration_minutes=None
        if duration.is_null()
        else duration.integer(low=0, high=_LARGEST_DURATION),
    )


def _evidence_list(listed: Field, case_id: int, interaction_ids: set[int]) -> list[Evidence]:
    """The evidence of a case; a file appears once per case, as the record requires."""
    items: list[Evidence] = []
    seen_ids: set[int] = set()
    seen_files: set[str] = set()
    for item in listed.items():
        evidence = _evidence(item, case_id, interaction_ids)
        if evidence.id in seen_ids:
            item.get("id").refuse("archive.data_duplicate")
        if evidence.sha256 in seen_files:
            item.get("sha256").refuse("archive.data_duplicate")
        seen_ids.add(evidence.id)
        seen_files.add(evidence.sha256)
        items.append(evidence)
    return items


def _evidence(item: Field, case_id: int, interaction_ids: set[int]) -> Evidence:
    sha256 = item.get("sha256").text()
    if not is_sha256(sha256):
        item.get("sha256").refuse("archive.data_type")
    return Evidence(
        id=item.get("id").identifier(),
        case_id=case_id,
        sha256=sha256,
        original_name=item.get("original_name").text(),
        media_type=item.get("media_type").text(_MEDIA_TYPE_LIMIT),
        size=item.get("size").integer(low=1, high=MAX_EVIDENCE_BYTES),
        added_at=item.get("added_at").stamp(),
        kind=item.get("kind").choice(EvidenceKind),
        interaction_id=_optional_reference(item.get("interaction_id"), interaction_ids),
        description=item.get("description").text(MAX_LONG_TEXT),
        document_date=item.get("document_date").optional_day(),
        amount=None if item.get("amount").is_null() else _money(item.get("amount")),
        extracted_text=item.get("extracted_text").text(MAX_LONG_TEXT),
    )


def _money(item: Field) -> Money:
    currency = item.get("currency").text()
    if _CURRENCY.fullmatch(currency) is None:
        item.get("currency").refuse("archive.data_choice", value=currency)
    return Money(item.get("minor").integer(), currency)


def _promise(item: Field, case_id: int, links: _Links) -> ArchivedPromise:
    promise = Promise(
        id=item.get("id").identifier(),
        case_id=case_id,
        text=item.get("text").non_empty_text(),
        status=item.get("status").choice(PromiseStatus),
        interaction_id=_optional_reference(item.get("interaction_id"), links.interactions),
        party_id=_optional_reference(item.get("party_id"), links.parties),
        person=item.get("person").text(),
        made_on=item.get("made_on").optional_day(),
        due_on=item.get("due_on").optional_day(),
        settled_on=item.get("settled_on").optional_day(),
        settled_by_interaction_id=_optional_reference(
            item.get("settled_by_interaction_id"), links.interactions
        ),
        settled_by_evidence_id=_optional_reference(
            item.get("settled_by_evidence_id"), links.evidence
        ),
        settlement_note=item.get("settlement_note").text(MAX_LONG_TEXT),
    )
    history = tuple(
        PromiseEvent(
            id=0,
            promise_id=promise.id,
            recorded_at=event.get("recorded_at").stamp(),
            status=event.get("status").choice(PromiseStatus),
            note=event.get("note").text(MAX_LONG_TEXT),
            interaction_id=_optional_reference(event.get("interaction_id"), links.interactions),
            evidence_id=_optional_reference(event.get("evidence_id"), links.evidence),
        )
        for event in item.get("history").items()
    )
    return ArchivedPromise(promise, history)


def _money_line(item: Field, case_id: int, links: _Links) -> MoneyLine:
    return MoneyLine(
        id=item.get("id").identifier(),
        case_id=case_id,
        kind=item.get("kind").choice(MoneyKind),
        amount=_money(item.get("amount")),
        label=item.get("label").text(),
        occurred_on=item.get("occurred_on").optional_day(),
        interaction_id=_optional_reference(item.get("interaction_id"), links.interactions),
        evidence_id=_optional_reference(item.get("evidence_id"), links.evidence),
        promise_id=_optional_reference(item.get("promise_id"), links.promises),
    )


def _letter(item: Field, case_id: int, links: _Links) -> Letter:
    return Letter(
        id=item.get("id").identifier(),
        case_id=case_id,
        kind=item.get("kind").choice(LetterKind),
        language=item.get("language").choice(Language),
        jurisdiction=item.get("jurisdiction").choice(Jurisdiction),
        letter_date=item.get("letter_date").day(),
        subject=item.get("subject").text(),
        sending_mode=item.get("sending_mode").choice(SendingMode),
        options=_letter_options(item.get("options")),
        edits={
            _edit_key(key, value): value.text(MAX_LONG_TEXT)
            for key, value in item.get("edits").entries()
        },
        interaction_id=_optional_reference(item.get("interaction_id"), links.interactions),
        evidence_id=_optional_reference(item.get("evidence_id"), links.evidence),
        reply_due_on=item.get("reply_due_on").optional_day(),
        tracking_number=item.get("tracking_number").text(),
        posted_on=item.get("posted_on").optional_day(),
        receipt_returned_on=item.get("receipt_returned_on").optional_day(),
        unclaimed=item.get("unclaimed").boolean(),
        reply_received_on=item.get("reply_received_on").optional_day(),
    )


def _edit_key(key: str, value: Field) -> str:
    if not key or len(key) > _EDIT_KEY_LIMIT or "\x00" in key:
        value.refuse("archive.data_type")
    return key


def _letter_options(options: Field) -> dict[str, object]:
    """What was chosen for a letter. Its ids may name items deleted since: they are checked
    for their type only, and dropped when the case is written if they point nowhere."""
    chosen: dict[str, object] = {}
    choices: dict[str, type[LetterKind | Language | Jurisdiction | SendingMode]] = {
        "kind": LetterKind,
        "language": Language,
        "jurisdiction": Jurisdiction,
        "sending_mode": SendingMode,
    }
    for key, enum in choices.items():
        if options.has(key):
            chosen[key] = options.get(key).choice(enum).value
    if options.has("letter_date"):
        chosen["letter_date"] = options.get("letter_date").day().isoformat()
    if options.has("tracking_number"):
        chosen["tracking_number"] = options.get("tracking_number").text()
    for key in _ID_OPTIONS:
        if options.has(key):
            chosen[key] = options.get(key).optional_identifier()
    for key in _LIST_OPTIONS:
        if options.has(key):
            chosen[key] = _optional_list(options.get(key), lambda field: field.identifier())
    if options.has("ground_ids"):
        chosen["ground_ids"] = _optional_list(options.get("ground_ids"), lambda field: field.text())
    return chosen


def _optional_list(field: Field, read: Callable[[Field], object]) -> list[object] | None:
    return None if field.is_null() else [read(item) for item in field.items()]
