"""Cases, parties, interactions and promises: what a user records comes back as recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from core.case_record import case_record_json, load_case_record
from core.case_summaries import list_case_summaries
from core.cases import (
    create_case,
    delete_case,
    get_case,
    list_references,
    save_case,
    set_case_status,
    set_references,
)
from core.database import Store
from core.errors import InvalidInputError, NotFoundError
from core.evidence import attach_evidence, evidence_files
from core.interactions import delete_interaction, list_interactions, save_interaction
from core.model import (
    CaseStatus,
    Money,
    MoneyKind,
    PartyKind,
    PartyRole,
    PromiseStatus,
    Reference,
    Sender,
)
from core.money_lines import add_money_line
from core.parties import (
    add_party,
    case_parties,
    find_or_add_party,
    find_party,
    link_party,
    save_party,
)
from core.promises import add_promise, promise_history, save_promise, settle_promise
from tests.factories import day, make_case, make_interaction


def test_a_new_case_finds_its_counterparty_in_the_directory(store: Store) -> None:
    first = create_case(store, title="Box en panne", counterparty="Orange")
    second = create_case(store, title="Facture contestée", counterparty="  ORANGE ")
    assert first.counterparty_id == second.counterparty_id
    assert first.status is CaseStatus.OPEN


def test_a_case_needs_a_title(store: Store) -> None:
    with pytest.raises(InvalidInputError) as raised:
        create_case(store, title="   ", counterparty="Orange")
    assert raised.value.describe("fr") == "Le dossier doit avoir un titre."


def test_editing_a_case_keeps_what_was_typed(store: Store) -> None:
    case = make_case(store)
    sender = Sender(name="Zoë Łukasiewicz", postal_address="3 rue d’Alésia\n75014 Paris")
    saved = save_case(store, replace(case, desired_outcome="Remboursement", sender=sender))
    assert get_case(store, case.id).sender == sender
    assert saved.desired_outcome == "Remboursement"


def test_closing_and_reopening_a_case(store: Store) -> None:
    case = make_case(store)
    closed = set_case_status(store, case.id, CaseStatus.CLOSED)
    assert closed.closed_at is not None
    reopened = set_case_status(store, case.id, CaseStatus.OPEN)
    assert reopened.closed_at is None


def test_references_keep_their_order_and_skip_blank_rows(store: Store) -> None:
    case = make_case(store)
    set_references(
        store,
        case.id,
        [Reference("N° client", "123"), Reference("", ""), Reference("Commande", "A-9")],
    )
    assert list_references(store, case.id) == [
        Reference("N° client", "123"),
        Reference("Commande", "A-9"),
    ]


def test_parties_have_roles_and_the_counterparty_comes_first(store: Store) -> None:
    case = make_case(store)
    carrier = add_party(store, name="Chronopost", kind=PartyKind.COMPANY)
    link_party(store, case_id=case.id, party_id=carrier.id, role=PartyRole.CARRIER)
    involved = case_parties(store, case.id)
    assert [(p.party.name, p.role) for p in involved] == [
        ("Orange", PartyRole.COUNTERPARTY),
        ("Chronopost", PartyRole.CARRIER),
    ]


def test_a_party_named_in_an_interaction_joins_the_case(store: Store) -> None:
    case = make_case(store)
    depot = find_or_add_party(store, name="Dépôt Chronopost", kind=PartyKind.DEPARTMENT)
    interaction = make_interaction(store, case)
    save_interaction(store, replace(interaction, party_id=depot.id))
    roles = {p.party.name: p.role for p in case_parties(store, case.id)}
    assert roles["Dépôt Chronopost"] is PartyRole.OTHER


def test_the_timeline_is_in_date_order_whatever_the_logging_order(store: Store) -> None:
    case = make_case(store)
    make_interaction(store, case, when="2026-10-03", summary="troisième")
    make_interaction(store, case, when="2026-10-01T18:00", summary="deuxième")
    make_interaction(store, case, when="2026-10-01T09:00", summary="première")
    summaries = [item.summary for item in list_interactions(store, case.id)]
    assert summaries == ["première", "deuxième", "troisième"]


def test_a_promise_takes_its_day_and_maker_from_the_interaction(store: Store) -> None:
    case = make_case(store)
    agent = add_party(store, name="Télévendeur", kind=PartyKind.PERSON)
    call = make_interaction(store, case, when="2026-09-01T11:00")
    call = save_interaction(store, replace(call, party_id=agent.id, person="Kevin"))
    promise = add_promise(
        store,
        case_id=case.id,
        text="Livré sous 3 jours",
        interaction_id=call.id,
        due_on=day("2026-09-04"),
    )
    assert (promise.made_on, promise.party_id, promise.person) == (
        day("2026-09-01"),
        agent.id,
        "Kevin",
    )
    assert promise.is_overdue(day("2026-09-05"))
    assert not promise.is_overdue(day("2026-09-04"))


def test_settling_a_promise_records_its_history(store: Store) -> None:
    case = make_case(store)
    call = make_interaction(store, case, when="2026-09-01")
    depot = make_interaction(store, case, when="2026-09-05", summary="Retrait au dépôt")
    promise = add_promise(store, case_id=case.id, text="Gratuit", interaction_id=call.id)
    broken = settle_promise(
        store,
        promise_id=promise.id,
        status=PromiseStatus.BROKEN,
        by_interaction_id=depot.id,
        note="Facture de 60 €",
    )
    assert broken.settled_on == day("2026-09-05")
    assert broken.settled_by_interaction_id == depot.id
    pending = settle_promise(store, promise_id=promise.id, status=PromiseStatus.PENDING)
    assert pending.settled_on is None and pending.settlement_note == ""
    history = promise_history(store, promise.id)
    assert [event.status for event in history] == [
        PromiseStatus.PENDING,
        PromiseStatus.BROKEN,
        PromiseStatus.PENDING,
    ]
    assert history[1].note == "Facture de 60 €"


def test_a_promise_cannot_be_settled_by_another_cases_interaction(store: Store) -> None:
    case, other = make_case(store), make_case(store, title="Autre")
    promise = add_promise(store, case_id=case.id, text="Rappel demain")
    stranger = make_interaction(store, other)
    with pytest.raises(InvalidInputError):
        settle_promise(
            store, promise_id=promise.id, status=PromiseStatus.KEPT, by_interaction_id=stranger.id
        )


def test_deleting_an_interaction_keeps_its_promises_unlinked(store: Store) -> None:
    case = make_case(store)
    call = make_interaction(store, case)
    promise = add_promise(store, case_id=case.id, text="Rappel", interaction_id=call.id)
    delete_interaction(store, call.id)
    record = load_case_record(store, case.id)
    assert [(p.id, p.interaction_id) for p in record.promises] == [(promise.id, None)]


def test_the_summary_counts_broken_promises_and_money_in_dispute(store: Store) -> None:
    case = make_case(store)
    for text in ("Gratuit", "Livré en 3 jours"):
        promise = add_promise(store, case_id=case.id, text=text)
        settle_promise(store, promise_id=promise.id, status=PromiseStatus.BROKEN)
    add_promise(store, case_id=case.id, text="Rappel", due_on=day("2026-01-10"))
    for kind, minor in ((MoneyKind.PROMISED, 0), (MoneyKind.BILLED, 5500), (MoneyKind.BILLED, 500)):
        add_money_line(store, case_id=case.id, kind=kind, amount=Money(minor, "EUR"))
    add_money_line(store, case_id=case.id, kind=MoneyKind.PAID, amount=Money(8600, "PTS"))
    make_interaction(store, case, when="2026-01-02T08:00")
    [summary] = list_case_summaries(store, today=day("2026-02-01"))
    assert (summary.promises_broken, summary.promises_total, summary.promises_overdue) == (2, 3, 1)
    assert summary.in_dispute == (Money(6000, "EUR"),)
    assert summary.next_due == day("2026-01-10")
    assert (
        summary.last_interaction is not None
        and summary.last_interaction.iso() == "2026-01-02T08:00"
    )


def test_the_summary_counts_replies_overdue_from_the_letters_register(store: Store) -> None:
    case = make_case(store)
    for due, received in (("2026-01-05", None), ("2026-01-20", None), ("2026-01-01", "2026-01-02")):
        store.conn.execute(
            "INSERT INTO letters (case_id, kind, language, jurisdiction, letter_date, subject, "
            "reply_due_on, sending_mode, reply_received_on, created_at) VALUES "
            "(?, 'complaint', 'fr', 'FR', '2025-12-20', 'Réclamation', ?, 'registered', ?, 'x')",
            [case.id, due, received],
        )
    [summary] = list_case_summaries(store, today=day("2026-01-10"))
    assert summary.replies_overdue == 1
    assert summary.next_reply_due == day("2026-01-05")


def test_a_money_line_links_only_to_its_own_case(store: Store) -> None:
    case, other = make_case(store), make_case(store, title="Autre")
    stranger = make_interaction(store, other)
    promise = add_promise(store, case_id=other.id, text="Rembourser")
    for link in ({"interaction_id": stranger.id}, {"promise_id": promise.id}):
        with pytest.raises(InvalidInputError, match="another case"):
            add_money_line(
                store, case_id=case.id, kind=MoneyKind.BILLED, amount=Money(100, "EUR"), **link
            )


def test_links_to_nothing_and_links_elsewhere_are_refused_saying_which(
    store: Store, tmp_path: Path
) -> None:
    case, other = make_case(store), make_case(store, title="Autre")
    promise = add_promise(store, case_id=case.id, text="Rembourser")
    invoice = tmp_path / "facture.pdf"
    invoice.write_bytes(b"%PDF-1.4 invoice")
    stranger = attach_evidence(store, case_id=other.id, source=invoice).evidence
    with pytest.raises(InvalidInputError, match="another case"):
        settle_promise(
            store, promise_id=promise.id, status=PromiseStatus.KEPT, by_evidence_id=stranger.id
        )
    with pytest.raises(InvalidInputError, match="no interaction 404"):
        add_promise(store, case_id=case.id, text="Rappeler", interaction_id=404)
    with pytest.raises(InvalidInputError, match="no promise 404"):
        add_money_line(
            store, case_id=case.id, kind=MoneyKind.BILLED, amount=Money(1, "EUR"), promise_id=404
        )
    assert promise_history(store, promise.id)[-1].status is PromiseStatus.PENDING


def test_a_case_refused_for_its_title_adds_no_counterparty(store: Store) -> None:
    with pytest.raises(InvalidInputError):
        create_case(store, title="   ", counterparty="Nouvel Opérateur")
    assert find_party(store, "Nouvel Opérateur") is None


def test_a_party_cannot_point_to_a_case_or_an_organisation_that_is_not_there(
    store: Store,
) -> None:
    carrier = add_party(store, name="Chronopost")
    with pytest.raises(NotFoundError):
        link_party(store, case_id=404, party_id=carrier.id, role=PartyRole.CARRIER)
    with pytest.raises(NotFoundError):
        save_party(store, replace(carrier, organisation_id=404))


def test_a_party_named_when_editing_joins_the_case_of_the_record_edited(store: Store) -> None:
    """Whatever case id the edited value carries, the row stays where it is, and a party it
    names joins that case (as it does when the row is first recorded)."""
    case, other = make_case(store), make_case(store, title="Autre")
    carrier = add_party(store, name="Chronopost", kind=PartyKind.COMPANY)
    mediator = add_party(store, name="Médiateur des communications", kind=PartyKind.MEDIATOR)
    call = make_interaction(store, case)
    promise = add_promise(store, case_id=case.id, text="Livraison demain")

    save_interaction(store, replace(call, case_id=other.id, party_id=carrier.id))
    save_promise(store, replace(promise, party_id=mediator.id))

    involved = {involved.party.name for involved in case_parties(store, case.id)}
    assert {"Chronopost", "Médiateur des communications"} <= involved
    assert [item.party.name for item in case_parties(store, other.id)] == ["Orange"]
    assert [item.id for item in list_interactions(store, case.id)] == [call.id]


def test_the_json_form_has_everything_with_amounts_in_minor_units(store: Store) -> None:
    case = make_case(store)
    call = make_interaction(store, case)
    promise = add_promise(store, case_id=case.id, text="Gratuit", interaction_id=call.id)
    settle_promise(store, promise_id=promise.id, status=PromiseStatus.BROKEN)
    add_money_line(store, case_id=case.id, kind=MoneyKind.BILLED, amount=Money(6000, "EUR"))
    data = case_record_json(load_case_record(store, case.id, today=dt.date(2026, 11, 1)))
    assert data["format"] == "recours.case/1"
    assert data["summary"]["promises_broken"] == 1
    assert data["money"]["totals"]["EUR"]["billed"]["minor"] == 6000
    assert data["money"]["in_dispute"] == [
        {"minor": 6000, "currency": "EUR", "text": "60,00\u00a0€"}
    ]
    assert data["promises"][0]["history"][-1]["status"] == "broken"


def test_deleting_a_case_removes_its_rows_then_its_unshared_files(
    store: Store, tmp_path: Path
) -> None:
    kept, doomed = make_case(store, title="Gardé"), make_case(store, title="Supprimé")
    shared = tmp_path / "facture.pdf"
    shared.write_bytes(b"%PDF-1.4 shared invoice")
    only_doomed = tmp_path / "photo.jpg"
    only_doomed.write_bytes(b"\xff\xd8\xff photo bytes")
    attach_evidence(store, case_id=kept.id, source=shared)
    attach_evidence(store, case_id=doomed.id, source=shared)
    photo = attach_evidence(store, case_id=doomed.id, source=only_doomed).evidence
    call = make_interaction(store, doomed)
    add_promise(store, case_id=doomed.id, text="Rappel", interaction_id=call.id)

    delete_case(store, doomed.id)

    with pytest.raises(NotFoundError):
        get_case(store, doomed.id)
    leftovers = {
        table: store.conn.execute(
            f"SELECT count(*) FROM {table} WHERE case_id = ?", [doomed.id]
        ).fetchone()[0]
        for table in ("interactions", "promises", "evidence", "case_parties", "money_lines")
    }
    assert leftovers == dict.fromkeys(leftovers, 0)
    assert store.conn.execute("SELECT count(*) FROM promise_events").fetchone()[0] == 0
    files = evidence_files(store)
    assert not files.contains(photo.sha256)
    assert len(files.stored_hashes()) == 1


def test_a_failed_delete_loses_no_file(store: Store, tmp_path: Path) -> None:
    case = make_case(store)
    source = tmp_path / "facture.pdf"
    source.write_bytes(b"%PDF-1.4 invoice")
    evidence = attach_evidence(store, case_id=case.id, source=source).evidence
    store.conn.execute(
        "CREATE TEMP TRIGGER refuse_delete BEFORE DELETE ON cases "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(Exception, match="refused"):
        delete_case(store, case.id)
    assert get_case(store, case.id).title == case.title
    assert evidence_files(store).contains(evidence.sha256)
