"""Undo and redo at the level of rows: any action, however many rows it touched, reverses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from core.cases import delete_case, save_case, set_references
from core.database import Store
from core.evidence import attach_evidence
from core.interactions import delete_interaction
from core.model import PartyKind, PromiseStatus, Reference
from core.parties import find_or_add_party
from core.promises import add_promise, settle_promise
from core.search import search
from core.undo_log import (
    JOURNALED_TABLES,
    HistoryConflictError,
    UndoLog,
    journaled_tables_match_schema,
)
from tests.factories import make_case, make_interaction


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: store.conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
        for table in JOURNALED_TABLES
    }


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Store:
    case = make_case(store, title="Réclamation colis")
    call = make_interaction(store, case, summary="Appel : livraison promise")
    visit = make_interaction(store, case, when="2026-10-05", summary="Retrait au dépôt")
    promise = add_promise(store, case_id=case.id, text="Livré sous 3 jours", interaction_id=call.id)
    settle_promise(
        store, promise_id=promise.id, status=PromiseStatus.BROKEN, by_interaction_id=visit.id
    )
    invoice = tmp_path / "facture.pdf"
    invoice.write_bytes(b"%PDF-1.4 facture")
    attach_evidence(store, case_id=case.id, source=invoice, interaction_id=visit.id)
    set_references(store, case.id, [Reference("N° client", "42")])
    return store


ACTIONS: dict[str, Callable[[Store], object]] = {
    "delete the case and everything in it": lambda s: delete_case(s, 1, keep_files=True),
    "delete an interaction others point to": lambda s: delete_interaction(s, 2),
    "settle a promise again": lambda s: settle_promise(s, promise_id=1, status=PromiseStatus.KEPT),
    "edit the case": lambda s: save_case(s, replace(make_case(s), title="Nouveau titre")),
    "log with a new party and a promise": lambda s: add_promise(
        s,
        case_id=1,
        text="Rappel demain",
        party_id=find_or_add_party(s, name="Chronopost", kind=PartyKind.COMPANY).id,
    ),
    "replace the references": lambda s: set_references(s, 1, [Reference("Commande", "A-1")]),
}


@pytest.mark.parametrize("action", ACTIONS.values(), ids=ACTIONS.keys())
def test_undo_restores_every_row_and_redo_repeats_the_action(
    filled: Store, action: Callable[[Store], object]
) -> None:
    log = UndoLog(filled)
    before = dump(filled)
    with log.recording() as recorded, filled.write():
        action(filled)
    after = dump(filled)
    assert after != before
    [step] = recorded

    redo = log.replay(step)
    assert dump(filled) == before
    assert filled.conn.execute("PRAGMA foreign_key_check").fetchall() == []

    undo_again = log.replay(redo)
    assert dump(filled) == after
    log.replay(undo_again)
    assert dump(filled) == before


def test_search_follows_undo_and_redo(filled: Store) -> None:
    log = UndoLog(filled)
    with log.recording() as recorded:
        delete_case(filled, 1, keep_files=True)
    assert search(filled, "reclamation") == []
    log.replay(recorded[0])
    assert [hit.case_id for hit in search(filled, "reclamation")] == [1]


def test_a_failed_action_leaves_no_step_and_no_change(filled: Store) -> None:
    log = UndoLog(filled)
    before = dump(filled)
    with pytest.raises(RuntimeError), log.recording() as recorded, filled.write():
        delete_interaction(filled, 2)
        raise RuntimeError("the user's disk went away")
    assert recorded == []
    assert dump(filled) == before


def test_two_steps_undo_in_reverse_order(filled: Store) -> None:
    log = UndoLog(filled)
    start = dump(filled)
    with log.recording() as first:
        settle_promise(filled, promise_id=1, status=PromiseStatus.KEPT)
    middle = dump(filled)
    with log.recording() as second:
        delete_interaction(filled, 1)
    log.replay(second[0])
    assert dump(filled) == middle
    log.replay(first[0])
    assert dump(filled) == start


def test_unreachable_history_is_dropped(filled: Store) -> None:
    log = UndoLog(filled)
    with log.recording() as kept:
        settle_promise(filled, promise_id=1, status=PromiseStatus.KEPT)
    with log.recording() as dropped:
        delete_interaction(filled, 1)
    log.retain(kept)
    remaining = filled.conn.execute("SELECT seq FROM recours_undo_log").fetchall()
    assert {seq for (seq,) in remaining} == set(range(kept[0].first, kept[0].last + 1))
    assert not dropped[0].is_empty


def test_other_connections_are_not_journaled(filled: Store, data_dir: Path) -> None:
    log = UndoLog(filled)
    with Store.open(data_dir) as command_line, log.recording() as recorded:
        make_interaction(command_line, make_case(command_line))
    assert recorded[0].is_empty


def test_an_undo_the_command_line_made_impossible_is_refused_untouched(
    filled: Store, data_dir: Path
) -> None:
    log = UndoLog(filled)
    make_case(filled, title="Supprimé puis réutilisé")
    with log.recording() as recorded:
        delete_case(filled, 2, keep_files=True)
    with Store.open(data_dir) as command_line:
        assert make_case(command_line, title="Créé en ligne de commande").id == 2
    before = dump(filled)
    with pytest.raises(HistoryConflictError) as raised:
        log.replay(recorded[0])
    assert "changed elsewhere" in str(raised.value)
    assert dump(filled) == before


def test_every_table_of_the_record_is_journaled(store: Store) -> None:
    assert journaled_tables_match_schema(store.conn)
