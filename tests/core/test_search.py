"""Search across cases: accents and case ignored, query syntax never breaks it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.database import Store
from core.evidence import attach_evidence, set_extracted_text
from core.promises import add_promise
from core.search import HitKind, fts_query, search
from tests.factories import make_case, make_interaction


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Store:
    case = make_case(store, title="Réclamation iPhone gratuit")
    make_case(store, title="Électricité facturée deux fois", counterparty="EDF")
    make_interaction(store, case, summary="Appel au service réclamations : personne ne répond")
    add_promise(store, case_id=case.id, text="Livraison à domicile sous 3 jours")
    scan = tmp_path / "Facture_Orange_été.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    evidence = attach_evidence(store, case_id=case.id, source=scan).evidence
    set_extracted_text(store, evidence.id, "Frais de port : 5,00 € ; téléphone : 55,00 €")
    return store


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("reclamation", {HitKind.CASE, HitKind.INTERACTION}),
        ("RÉCLAMATION", {HitKind.CASE, HitKind.INTERACTION}),
        ("Reclam", {HitKind.CASE, HitKind.INTERACTION}),
        ("reclamations", {HitKind.INTERACTION}),
        ("electricite", {HitKind.CASE}),
    ],
)
def test_accents_and_case_are_ignored(filled: Store, typed: str, expected: set[HitKind]) -> None:
    assert {hit.kind for hit in search(filled, typed)} == expected


def test_evidence_is_found_by_name_and_by_its_text(filled: Store) -> None:
    by_name = search(filled, "ete")
    by_text = search(filled, "frais port")
    assert [hit.kind for hit in by_name] == [HitKind.EVIDENCE]
    assert [hit.kind for hit in by_text] == [HitKind.EVIDENCE]
    assert by_text[0].highlighted("[", "]").startswith("[Frais] de [port]")


def test_a_company_name_finds_its_cases(filled: Store) -> None:
    hits = search(filled, "edf")
    assert [(hit.kind, hit.case_title) for hit in hits] == [
        (HitKind.PARTY, "Électricité facturée deux fois")
    ]


def test_every_word_must_match(filled: Store) -> None:
    assert search(filled, "livraison domicile")
    assert search(filled, "livraison lundi") == []


@pytest.mark.parametrize("typed", ['"', "-", "*", "AND", "NEAR(", "a OR", "') --", "", "   ", "€"])
def test_query_syntax_characters_are_just_text(filled: Store, typed: str) -> None:
    assert isinstance(search(filled, typed), list)


@pytest.fixture(scope="module")
def memory_store() -> Iterator[Store]:
    with Store.in_memory() as opened:
        make_case(opened, title="Réclamation « urgente » (n°42) - colis*")
        yield opened


@settings(max_examples=300, deadline=None)
@given(typed=st.text())
def test_any_text_can_be_searched(memory_store: Store, typed: str) -> None:
    results = search(memory_store, typed)
    if fts_query(typed) is None:
        assert results == []


@pytest.mark.parametrize("typed", ["«urgente»", "n°42", "colis*", "(n°42)"])
def test_punctuation_around_words_does_not_hide_them(memory_store: Store, typed: str) -> None:
    assert [hit.kind for hit in search(memory_store, typed)] == [HitKind.CASE]
