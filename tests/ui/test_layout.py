"""How the window shares its room: the case on show gets most of it, lists fit their columns
to their width, and the case summary stays a few lines high."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core.cases import get_case
from ui.models.case_table_model import CaseColumn
from ui.models.interaction_table_model import InteractionColumn
from ui.shell.startup import DesktopSession

from .helpers import click_header, column_texts, widen_case_list


def test_on_first_start_the_case_on_show_gets_most_of_the_window(
    demo_session: DesktopSession,
) -> None:
    window = demo_session.window
    cases, case = window.splitter.sizes()
    assert case >= 0.6 * (cases + case)
    summary, tabs = window.case_detail.splitter.sizes()
    assert summary <= 0.4 * (summary + tabs)


def test_a_narrow_list_of_cases_leaves_out_columns_until_it_is_wider(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    case_list = window.case_list
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([280, total - 280])
    qtbot.waitUntil(lambda: case_list.isColumnHidden(CaseColumn.IN_DISPUTE))
    assert not case_list.isColumnHidden(CaseColumn.TITLE)
    assert not case_list.isColumnHidden(CaseColumn.STATUS)
    assert not case_list.isColumnHidden(CaseColumn.NEXT_DUE)
    header = case_list.horizontalHeader()
    assert header.length() <= case_list.viewport().width()

    widen_case_list(qtbot, window)
    assert column_texts(case_list, CaseColumn.IN_DISPUTE) == ["€60.00"]
    assert header.sectionSize(CaseColumn.IN_DISPUTE) >= case_list.sizeHintForColumn(
        CaseColumn.IN_DISPUTE
    )


def test_the_column_the_user_sorts_by_stays_when_the_list_narrows(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    case_list = window.case_list
    widen_case_list(qtbot, window)
    click_header(qtbot, case_list.horizontalHeader(), CaseColumn.IN_DISPUTE)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([280, total - 280])
    qtbot.waitUntil(lambda: case_list.isColumnHidden(CaseColumn.COUNTERPARTY))
    assert not case_list.isColumnHidden(CaseColumn.IN_DISPUTE)


def test_columns_follow_the_width_of_their_list_until_one_is_sized_by_hand(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    timeline = window.case_detail.timeline.view
    header = timeline.horizontalHeader()
    window.resize(900, window.height())
    qtbot.waitUntil(
        lambda: (
            header.sectionSize(InteractionColumn.PARTY)
            < timeline.sizeHintForColumn(InteractionColumn.PARTY)
        )
    )
    window.resize(2000, window.height())
    qtbot.waitUntil(
        lambda: (
            header.sectionSize(InteractionColumn.PARTY)
            >= timeline.sizeHintForColumn(InteractionColumn.PARTY)
        )
    )

    header.resizeSection(InteractionColumn.PARTY, 70)
    window.resize(1400, window.height())
    qtbot.wait(300)
    assert header.sectionSize(InteractionColumn.PARTY) == 70


def test_the_summary_keeps_long_values_to_a_line_or_two_and_shows_them_whole_on_hover(
    demo_session: DesktopSession,
) -> None:
    store = demo_session.store
    assert store is not None
    summary = demo_session.window.case_detail.summary
    assert summary.references.full_text() == (
        "Customer number 1.0473.8812 · Order number VAD-4481207 · Invoice number FAC-7730-2149"
    )
    assert summary.references.accessibleDescription().splitlines()[0] == (
        "Customer number: 1.0473.8812"
    )
    assert "\n" not in summary.parties.text()
    assert summary.parties.text().endswith("…")
    assert summary.parties.toolTip().splitlines()[:2] == [
        "Orange (Counterparty)",
        "Chronopost (Carrier)",
    ]
    assert summary.letters_from.text().startswith("Julien Moreau, 12 rue de la Démonstration")
    assert summary.letters_from.toolTip().splitlines()[0] == "Julien Moreau"
    outcome = get_case(store, 1).desired_outcome
    assert len(summary.desired_outcome.text().splitlines()) == 2
    assert summary.desired_outcome.toolTip() == outcome
    assert summary.money.text() == "Billed: €60.00 · Paid: 8,600\u00a0points"
