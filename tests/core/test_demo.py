"""The demo case: the seed story recorded in full, in French and in English, with its own files."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter

import pytest
from PIL import Image
from pypdf import PdfReader

from core.case_record import case_record_json, load_case_record
from core.cases import list_cases, list_references
from core.database import Store
from core.demo import create_demo_case
from core.evidence import evidence_files, evidence_path, list_evidence, verify_evidence
from core.interactions import list_interactions
from core.model import (
    Channel,
    Direction,
    EvidenceKind,
    Jurisdiction,
    Language,
    Money,
    MoneyKind,
    PartyKind,
    PartyRole,
    PromiseStatus,
    Sector,
)
from core.money import LOYALTY_POINTS, amount_in_dispute, totals_by_kind
from core.money_lines import list_money_lines
from core.parties import case_parties, list_parties
from core.promises import list_promises
from core.resources import resource_path
from core.search import search

TODAY = dt.date(2026, 3, 20)
BOTH = pytest.mark.parametrize("lang", [Language.FR, Language.EN])

WORDS: dict[Language, tuple[str, ...]] = {
    Language.FR: ("boutique", "gratuit", "réclamations", "facture", "téléconseiller"),
    Language.EN: ("shop", "free", "complaints", "invoice", "telesales"),
}


def case_text(store: Store, case_id: int) -> str:
    record = case_record_json(load_case_record(store, case_id, today=TODAY))
    parts = [record["title"], record["desired_outcome"], record["notes"]]
    parts += [item["summary"] + " " + item["details"] for item in record["interactions"]]
    parts += [promise["text"] + " " + promise["settlement_note"] for promise in record["promises"]]
    parts += [party["name"] for party in record["parties"]]
    return " ".join(parts).casefold()


@BOTH
def test_the_demo_case_is_a_french_telecom_dispute_with_orange(
    store: Store, lang: Language
) -> None:
    case = create_demo_case(store, lang=lang, today=TODAY)
    assert case.language is lang
    assert case.sector is Sector.TELECOM
    assert case.jurisdiction is Jurisdiction.FR
    assert "60" in case.desired_outcome
    assert case.sender.name
    assert "Paris" in case.sender.postal_address
    assert "@" in case.sender.email
    assert case.sender.phone
    assert len(list_references(store, case.id)) == 3
    assert len({reference.value for reference in list_references(store, case.id)}) == 3


@BOTH
def test_the_parties_play_their_roles(store: Store, lang: Language) -> None:
    case = create_demo_case(store, lang=lang, today=TODAY)
    involved = case_parties(store, case.id)
    by_role: dict[PartyRole, list[str]] = {}
    for item in involved:
        by_role.setdefault(item.role, []).append(item.party.name)
    orange = next(item.party for item in involved if item.role is PartyRole.COUNTERPARTY)
    assert orange.name == "Orange"
    assert "33734 Bordeaux Cedex 9" in orange.postal_address
    assert [item.party.name for item in involved].count("Orange") == 1
    assert sorted(by_role[PartyRole.CARRIER])[0] == "Chronopost"
    assert any("Ney" in name for name in by_role[PartyRole.CARRIER])
    kinds = {item.role: item.party for item in involved}
    assert kinds[PartyRole.SALES].kind is PartyKind.PERSON
    for role in (PartyRole.SALES, PartyRole.CUSTOMER_SERVICE, PartyRole.COMPLAINTS):
        assert kinds[role].organisation_id == orange.id
    assert PartyRole.OTHER not in by_role


@BOTH
def test_the_story_is_told_in_date_order_by_its_channels(store: Store, lang: Language) -> None:
    case = create_demo_case(store, lang=lang, today=TODAY)
    timeline = list_interactions(store, case.id)
    assert [item.occurred for item in timeline] == sorted(item.occurred for item in timeline)
    assert [item.channel for item in timeline] == [
        Channel.VISIT,
        Channel.VISIT,
        Channel.VISIT,
        Channel.PHONE,
        Channel.PHONE,
        Channel.VISIT,
        Channel.PHONE,
        Channel.PHONE,
    ]
    sales_call, carrier_call = timeline[3], timeline[4]
    assert sales_call.direction is Direction.INBOUND
    assert carrier_call.occurred.day - sales_call.occurred.day == dt.timedelta(days=2)
    assert timeline[-2].direction is Direction.OUTBOUND
    assert timeline[-1].duration_minutes
    assert all(item.summary and item.details and item.person for item in timeline)
    assert all(item.party_id is not None for item in timeline)
    assert all(item.occurred.time is not None for item in timeline)
    first_visit_age = TODAY - timeline[0].occurred.day
    last_call_age = TODAY - timeline[-1].occurred.day
    assert dt.timedelta(weeks=4) < first_visit_age < dt.timedelta(weeks=6)
    assert dt.timedelta(days=1) <= last_call_age <= dt.timedelta(days=7)


@BOTH
def test_three_promises_all_broken_by_what_showed_it(store: Store, lang: Language) -> None:
    case = create_demo_case(store, lang=lang, today=TODAY)
    timeline = {item.id: item for item in list_interactions(store, case.id)}
    promises = list_promises(store, case.id)
    assert len(promises) == 3
    for promise in promises:
        assert promise.status is PromiseStatus.BROKEN
        assert promise.settled_by_interaction_id in timeline
        assert promise.settlement_note
        settled_by = timeline[promise.settled_by_interaction_id]
        assert promise.made_on is not None
        assert settled_by.occurred.day >= promise.made_on
    free, delivery, transfer = promises
    assert free.settled_by_evidence_id is not None
    assert "60" in free.settlement_note
    assert delivery.made_on is not None
    assert delivery.due_on == delivery.made_on + dt.timedelta(days=3)
    assert transfer.settled_by_interaction_id is not None
    assert timeline[transfer.settled_by_interaction_id].channel is Channel.PHONE


@BOTH
def test_sixty_euros_billed_and_in_dispute_for_8600_points(store: Store, lang: Language) -> None:
    case = create_demo_case(store, lang=lang, today=TODAY)
    lines = list_money_lines(store, case.id)
    totals = totals_by_kind(lines)
    assert totals["EUR"][MoneyKind.BILLED] == 6000
    assert totals["EUR"][MoneyKind.PROMISED] == 0
    assert sorted(line.amount.minor for line in lines if line.kind is MoneyKind.BILLED) == [
        500,
        5500,
    ]
    assert totals[LOYALTY_POINTS][MoneyKind.PAID] == 8600
    assert amount_in_dispute(lines) == [Money(6000, "EUR")]
    record = case_record_json(load_case_record(store, case.id, today=TODAY))
    assert [money["minor"] for money in record["money"]["in_dispute"]] == [6000]


@BOTH
def test_the_invoice_and_the_parcel_photo_are_real_files(store: Store, lang: Language) -> None:
    case = create_demo_case(store, lang=lang, today=TODAY)
    depot_visit = list_interactions(store, case.id)[5]
    evidence = {item.kind: item for item in list_evidence(store, case.id)}
    assert set(evidence) == {EvidenceKind.INVOICE, EvidenceKind.PHOTO}
    invoice, photo = evidence[EvidenceKind.INVOICE], evidence[EvidenceKind.PHOTO]
    assert invoice.media_type == "application/pdf"
    assert photo.media_type == "image/jpeg"
    assert invoice.interaction_id == photo.interaction_id == depot_visit.id
    assert invoice.description and photo.description and invoice.document_date
    assert invoice.amount == Money(6000, "EUR")

    text = PdfReader(evidence_path(store, invoice)).pages[0].extract_text()
    amounts = set(re.findall(r"\d+[.,]\d\d", text))
    assert {"55", "5", "60"} <= {amount[:-3] for amount in amounts}
    references = {reference.value for reference in list_references(store, case.id)}
    assert sum(value in text for value in references) == 3
    service = next(
        item.party
        for item in case_parties(store, case.id)
        if item.role is PartyRole.CUSTOMER_SERVICE
    )
    assert service.phone and service.phone in text
    with Image.open(evidence_path(store, photo)) as picture:
        assert picture.format == "JPEG"
        assert picture.width > picture.height > 400
    assert verify_evidence(store, case_id=case.id) == []


@BOTH
def test_each_language_tells_the_story_in_its_own_words(store: Store, lang: Language) -> None:
    case = create_demo_case(store, lang=lang, today=TODAY)
    text = case_text(store, case.id)
    other = Language.EN if lang is Language.FR else Language.FR
    assert all(word in text for word in WORDS[lang])
    assert not any(re.search(rf"\b{word}\b", text) for word in WORDS[other])
    advice = "confirmation écrite" if lang is Language.FR else "written confirmation"
    assert advice in case.notes


def test_two_demos_share_the_directory_and_the_stored_files(store: Store) -> None:
    first = create_demo_case(store, lang=Language.FR, today=TODAY)
    second = create_demo_case(store, lang=Language.FR, today=TODAY)
    create_demo_case(store, lang=Language.EN, today=TODAY)
    assert first.id != second.id
    assert len(list_cases(store)) == 3
    names = Counter(party.name for party in list_parties(store))
    assert names["Orange"] == 1
    assert names["Chronopost"] == 1
    assert max(names.values()) == 1
    assert first.counterparty_id == second.counterparty_id
    first_files = sorted(item.sha256 for item in list_evidence(store, first.id))
    second_files = sorted(item.sha256 for item in list_evidence(store, second.id))
    assert first_files == second_files
    assert verify_evidence(store) == []


def test_a_demo_that_fails_midway_leaves_no_half_made_case(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_printer(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("core.demo.exhibits.write_parcel_jpeg", broken_printer)
    with pytest.raises(OSError, match="disk full"):
        create_demo_case(store, lang=Language.FR, today=TODAY)
    assert list_cases(store) == []
    assert list_parties(store) == []
    assert evidence_files(store).stored_hashes() == set()


def test_search_finds_the_french_demo_without_accents(store: Store) -> None:
    french = create_demo_case(store, lang=Language.FR, today=TODAY)
    create_demo_case(store, lang=Language.EN, today=TODAY)
    for query in ("reclamation", "réclamations"):
        assert french.id in {hit.case_id for hit in search(store, query)}


def test_the_demo_counts_back_from_the_real_day_by_default(store: Store) -> None:
    case = create_demo_case(store, lang=Language.EN)
    last = list_interactions(store, case.id)[-1]
    assert last.occurred.day < dt.date.today()


def test_both_wordings_have_the_same_keys() -> None:
    def keys(tree: dict[str, object], prefix: str = "") -> set[str]:
        found = set()
        for key, value in tree.items():
            name = f"{prefix}.{key}"
            found |= keys(value, name) if isinstance(value, dict) else {name}
        return found

    wordings = []
    for lang in Language:
        with resource_path("demo", f"{lang.value}.toml").open("rb") as handle:
            wordings.append(keys(tomllib.load(handle)))
    assert wordings[0] == wordings[1]
