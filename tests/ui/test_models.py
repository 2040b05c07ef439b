"""The item models behind every list: valid for Qt's views, and honest about what they show."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.case_record import load_case_record
from core.case_summaries import list_case_summaries
from core.database import Store
from core.model import (
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    Interaction,
    Jurisdiction,
    Language,
    MoneyKind,
    PartyRole,
    Promise,
    PromiseStatus,
    Sector,
)
from core.promises import add_promise, settle_promise
from tests.factories import day, make_case
from ui.labels import label
from ui.models.case_table_model import CaseTableModel
from ui.models.evidence_table_model import EvidenceTableModel
from ui.models.interaction_table_model import InteractionColumn, InteractionTableModel
from ui.models.promise_table_model import PromiseColumn, PromiseTableModel
from ui.models.record_table_model import SORT_ROLE, RecordTableModel, sorting_proxy
from ui.models.sort_values import text_value
from ui.record_table_view import RecordTableView


def filled_models(data_dir: Path) -> list[RecordTableModel[Any]]:
    with Store.open(data_dir) as store:
        record = load_case_record(store, 1)
        summaries = list_case_summaries(store)
    names = {involved.party.id: involved.party.name for involved in record.parties}
    cases = CaseTableModel()
    cases.set_records(summaries)
    timeline = InteractionTableModel()
    timeline.set_timeline(record.interactions, names)
    promises = PromiseTableModel()
    promises.set_ledger(record.promises, names, record.today)
    evidence = EvidenceTableModel()
    evidence.set_records(record.evidence)
    return [cases, timeline, promises, evidence]


def test_every_model_passes_qt_model_checks_empty_and_filled(
    demo_data_dir: Path, qtmodeltester: ModelTester
) -> None:
    for model in filled_models(demo_data_dir):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
        qtmodeltester.check(sorting_proxy(model))
        model.set_records([])
        qtmodeltester.check(model)


def test_every_cell_has_a_sort_value_of_one_type_per_column(demo_data_dir: Path) -> None:
    """A column mixing numbers and text would sort arbitrarily in the proxy."""
    for model in filled_models(demo_data_dir):
        for column in range(model.columnCount()):
            kinds = {
                type(model.index(row, column).data(SORT_ROLE)) for row in range(model.rowCount())
            }
            assert len(kinds) == 1, (type(model).__name__, column, kinds)


def pending_promise(store: Store, *, due: dt.date) -> Promise:
    case = make_case(store)
    return add_promise(
        store, case_id=case.id, text="Refund within a week", made_on=day("2026-01-01"), due_on=due
    )


def test_an_overdue_promise_stands_out_in_words_colour_and_weight(store: Store) -> None:
    overdue = pending_promise(store, due=day("2026-02-01"))
    kept = settle_promise(
        store,
        promise_id=pending_promise(store, due=day("2026-02-01")).id,
        status=PromiseStatus.KEPT,
    )
    model = PromiseTableModel()
    model.set_ledger([overdue, kept], {}, day("2026-03-01"))

    overdue_status = model.index(0, PromiseColumn.STATUS)
    kept_status = model.index(1, PromiseColumn.STATUS)
    assert overdue_status.data() == "Overdue by 28 days"
    assert "due 1 Feb 2026" in overdue_status.data(Qt.ItemDataRole.ToolTipRole)
    assert overdue_status.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert overdue_status.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, PromiseColumn.TEXT).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert kept_status.data() == "Kept"
    assert kept_status.data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_pending_promise_not_yet_due_is_not_overdue(store: Store) -> None:
    promise = pending_promise(store, due=day("2026-02-01"))
    model = PromiseTableModel()
    model.set_ledger([promise], {}, day("2026-02-01"))
    assert model.index(0, PromiseColumn.STATUS).data() == "Due today"
    assert model.index(0, PromiseColumn.STATUS).data(Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.parametrize(
    "enum",
    [
        CaseStatus,
        Channel,
        Direction,
        PartyRole,
        PromiseStatus,
        EvidenceKind,
        Jurisdiction,
        Sector,
        MoneyKind,
        Language,
    ],
)
def test_every_choice_has_its_own_readable_label(enum: type[StrEnum]) -> None:
    labels = [label(member) for member in enum]
    assert all(text and "_" not in text for text in labels)
    assert len(set(labels)) == len(labels)


def test_sorting_keeps_the_selected_record_and_survives_a_reload(
    demo_data_dir: Path, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    with Store.open(demo_data_dir) as store:
        record = load_case_record(store, 1)
    model = InteractionTableModel()
    view: RecordTableView[Interaction] = RecordTableView(model, accessible_name="Timeline")
    qtbot.addWidget(view)
    view.show()
    qtmodeltester.check(view.proxy)
    view.sortByColumn(InteractionColumn.WHEN, Qt.SortOrder.AscendingOrder)
    model.set_timeline(list(reversed(record.interactions)), {})
    oldest = min(record.interactions, key=lambda item: item.occurred)
    newest = max(record.interactions, key=lambda item: item.occurred)
    assert view.record_at_view_row(0) == oldest
    view.select_view_row(0)

    view.sortByColumn(InteractionColumn.WHEN, Qt.SortOrder.DescendingOrder)

    assert view.current_record() == oldest
    assert view.record_at_view_row(0) == newest
    model.set_timeline(record.interactions, {})
    assert view.record_at_view_row(0) == newest


def test_words_sort_as_a_reader_alphabetises_them() -> None:
    words = ["Zeta", "Électricité", "eau", "Free"]
    assert sorted(words, key=text_value) == ["eau", "Électricité", "Free", "Zeta"]
