"""A party's contact details: kept clean and unambiguous by the core, shown and set by
`main.py party`, and printed on the letters addressed to it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from core.cli.party_commands import find_named_party
from core.database import Store
from core.errors import InvalidInputError
from core.parties import add_party, find_party, get_party, save_party
from tests.core.test_cli import FRENCH, fails_with_one_line, shown, succeeds
from tests.core.test_cli_letter import text_of


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    """Case 1 against Orange (party 1), opened on the command line: no address anywhere."""
    data_dir = tmp_path / "data"
    succeeds(data_dir, "new-case", "--title", "Colis facturé", "--counterparty", "Orange")
    return data_dir


def test_save_party_refuses_a_name_another_party_has(store: Store) -> None:
    add_party(store, name="Chronopost")
    orange = add_party(store, name="Orange")
    with pytest.raises(InvalidInputError) as refused:
        save_party(store, replace(orange, name="  chronopost "))
    assert refused.value.message_id == "party.name_taken"
    assert "already called “Chronopost”" in refused.value.describe("en")
    assert "s’appelle déjà « Chronopost »" in refused.value.describe("fr")
    assert get_party(store, orange.id).name == "Orange"
    with pytest.raises(InvalidInputError) as emptied:
        save_party(store, replace(orange, name=" "))
    assert emptied.value.message_id == "error.empty_name"


def test_a_party_keeps_or_respells_its_own_name(store: Store) -> None:
    orange = add_party(store, name="Orange")
    assert save_party(store, replace(orange, name="ORANGE")).name == "ORANGE"


def test_namesakes_from_before_can_still_be_given_details(store: Store) -> None:
    first = add_party(store, name="Orange")
    second = add_party(store, name="orange")
    saved = save_party(store, replace(second, postal_address="TSA 10000"))
    assert saved.postal_address == "TSA 10000"
    assert get_party(store, first.id).postal_address == ""


def test_details_are_saved_as_they_are_printed(store: Store) -> None:
    orange = add_party(store, name="Orange")
    saved = save_party(
        store,
        replace(
            orange,
            postal_address="\n  Service Clients  \n\n33734 Bordeaux Cedex 9 \n",
            email=" serviceclient@orange.example ",
            phone=" 3900 ",
            website=" https://www.orange.fr ",
        ),
    )
    assert saved.postal_address == "Service Clients\n33734 Bordeaux Cedex 9"
    assert (saved.email, saved.phone, saved.website) == (
        "serviceclient@orange.example",
        "3900",
        "https://www.orange.fr",
    )
    for not_an_email in ("serviceclient", "service client@orange.fr", "a@b@c"):
        with pytest.raises(InvalidInputError) as refused:
            save_party(store, replace(saved, email=not_an_email))
        assert refused.value.message_id == "party.bad_email"
    assert get_party(store, orange.id).email == "serviceclient@orange.example"


def test_a_new_party_is_cleaned_and_checked_as_a_saved_one_is(store: Store) -> None:
    added = add_party(
        store,
        name="Orange",
        postal_address="\n  Service Clients  \n\n33734 Bordeaux Cedex 9 \n",
        email=" serviceclient@orange.example ",
        phone=" 3900 ",
        website=" https://www.orange.fr ",
    )
    assert added == replace(
        added,
        postal_address="Service Clients\n33734 Bordeaux Cedex 9",
        email="serviceclient@orange.example",
        phone="3900",
        website="https://www.orange.fr",
    )
    with pytest.raises(InvalidInputError) as refused:
        add_party(store, name="Free", email="service client@free.fr")
    assert refused.value.message_id == "party.bad_email"
    assert find_party(store, "Free") is None


def keep_an_old_email(store: Store, party_id: int, email: str) -> None:
    """Store an email as an older version or an archive could have left it, unchecked."""
    with store.write() as db:
        db.execute("UPDATE parties SET email = ? WHERE id = ?", [email, party_id])


def test_an_old_bad_email_blocks_no_other_edit_but_cannot_be_typed_again(store: Store) -> None:
    orange = add_party(store, name="Orange")
    keep_an_old_email(store, orange.id, "orange")
    kept = get_party(store, orange.id)
    saved = save_party(store, replace(kept, postal_address="TSA 10000", phone="3900"))
    assert (saved.postal_address, saved.phone, saved.email) == ("TSA 10000", "3900", "orange")
    with pytest.raises(InvalidInputError) as refused:
        save_party(store, replace(saved, email="orange sa"))
    assert refused.value.message_id == "party.bad_email"
    assert save_party(store, replace(saved, email="")).email == ""


def test_party_sets_an_address_beside_an_old_bad_email(case_dir: Path) -> None:
    with Store.open(case_dir) as store:
        keep_an_old_email(store, 1, "orange")
    out = succeeds(case_dir, "party", "Orange", "--address", "TSA 10000")
    assert "  TSA 10000" in out.splitlines()
    assert "Email: orange" in out.splitlines()


def test_party_sets_the_address_line_by_line_and_prints_the_details(case_dir: Path) -> None:
    out = succeeds(
        case_dir,
        "party",
        "orange",
        "--address",
        "Service Clients Orange",
        "--address",
        "33734 Bordeaux Cedex 9",
        "--email",
        "serviceclient@orange.example",
        "--phone",
        "3900",
    )
    assert out.splitlines() == [
        "Orange (party 1, company)",
        "Postal address:",
        "  Service Clients Orange",
        "  33734 Bordeaux Cedex 9",
        "Email: serviceclient@orange.example",
        "Phone: 3900",
        "Website: (not given)",
    ]
    counterparty = shown(case_dir)["counterparty"]
    assert counterparty["postal_address"] == "Service Clients Orange\n33734 Bordeaux Cedex 9"
    assert counterparty["phone"] == "3900"
    assert succeeds(case_dir, "party", "1") == out


def test_the_letter_is_addressed_once_the_address_is_given(case_dir: Path, tmp_path: Path) -> None:
    before = tmp_path / "before.pdf"
    result = succeeds(case_dir, "letter", "1", "--kind", "complaint", "-o", str(before))
    assert str(before) in result
    assert "recipient's address" in text_of(before)

    succeeds(case_dir, "party", "Orange", "--address", "TSA 10000", "--address", "75000 Paris")
    after = tmp_path / "after.pdf"
    succeeds(case_dir, "letter", "1", "--kind", "complaint", "-o", str(after))
    letter = text_of(after)
    assert "Orange TSA 10000 75000 Paris" in letter
    assert "recipient's address" not in letter


def test_party_json_is_the_form_of_show_json_and_an_empty_value_clears(case_dir: Path) -> None:
    succeeds(case_dir, "party", "1", "--website", "orange.fr", "--email", "a@orange.example")
    printed = json.loads(succeeds(case_dir, "party", "#1", "--email", "", "--json"))
    assert printed == shown(case_dir)["counterparty"]
    assert printed["email"] == "" and printed["website"] == "orange.fr"
    assert printed["kind"] == "company"


def test_party_speaks_french(case_dir: Path) -> None:
    out = succeeds(case_dir, "party", "Orange", lang=FRENCH)
    assert out.splitlines()[:3] == [
        "Orange (interlocuteur 1, entreprise)",
        "Adresse postale :",
        "  (à compléter)",
    ]


def test_an_unknown_party_or_a_bad_email_is_one_line_and_changes_nothing(case_dir: Path) -> None:
    assert "no party called “Free”" in fails_with_one_line(case_dir, "party", "Free")
    assert "no party 9" in fails_with_one_line(case_dir, "party", "9")
    refused = fails_with_one_line(
        case_dir, "party", "Orange", "--address", "TSA 10000", "--email", "orange"
    )
    assert "“orange” is not an email address" in refused
    assert shown(case_dir)["counterparty"]["postal_address"] == ""
    french = fails_with_one_line(case_dir, "party", "Free", lang=FRENCH)
    assert "pas d’interlocuteur nommé « Free »" in french


def test_a_party_is_named_by_number_or_by_name_ignoring_case_and_accents(store: Store) -> None:
    societe = add_party(store, name="Société Générale")
    assert find_named_party(store, " societe generale ") == societe
    assert find_named_party(store, f"#{societe.id}") == societe
    assert find_named_party(store, str(societe.id)) == societe


def test_a_party_named_with_digits_is_found_by_its_name_and_hash_is_always_a_number(
    case_dir: Path,
) -> None:
    succeeds(case_dir, "new-case", "--title", "Annuaire facturé", "--counterparty", "118218")
    assert succeeds(case_dir, "party", "118218").splitlines()[0] == "118218 (party 2, company)"
    assert succeeds(case_dir, "party", "2").splitlines()[0] == "118218 (party 2, company)"
    assert "no party 118218" in fails_with_one_line(case_dir, "party", "#118218")
    assert json.loads(succeeds(case_dir, "party", "#1", "--json"))["name"] == "Orange"


def test_a_number_too_large_for_an_id_is_one_line(case_dir: Path) -> None:
    huge = "9999999999999999999"
    assert f"no party called “{huge}”" in fails_with_one_line(case_dir, "party", huge)
    assert f"“#{huge}” is not an id" in fails_with_one_line(case_dir, "party", f"#{huge}")
