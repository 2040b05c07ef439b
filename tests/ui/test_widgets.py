"""The shared widgets: the party picker, the typed date, the label cut to a few lines."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from core.database import Store
from core.errors import InvalidInputError
from core.model import Party, PartyKind
from core.parties import list_parties
from ui.widgets.date_input import DateInput
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.party_picker import PartyPicker

DIRECTORY = [
    Party(id=1, name="Chronopost", kind=PartyKind.COMPANY),
    Party(id=2, name="Électricité de France", kind=PartyKind.COMPANY),
]


def test_typing_a_known_name_in_any_case_picks_the_party(qtbot: QtBot) -> None:
    picker = PartyPicker(accessible_name="Party")
    qtbot.addWidget(picker)
    picker.set_parties(DIRECTORY)
    qtbot.keyClicks(picker.lineEdit(), "electricite de france")
    assert picker.choice().party_id == 2


def test_a_new_name_is_created_when_resolved(qtbot: QtBot, store: Store) -> None:
    picker = PartyPicker()
    qtbot.addWidget(picker)
    picker.set_parties(list_parties(store))
    qtbot.keyClicks(picker.lineEdit(), "  La  Poste ")
    choice = picker.choice()
    assert (choice.party_id, choice.name) == (None, "La Poste")
    party_id = choice.resolve(store)
    assert [p.name for p in list_parties(store)] == ["La Poste"]
    assert choice.resolve(store) == party_id


def test_the_current_party_is_shown_and_an_empty_field_means_none(qtbot: QtBot) -> None:
    picker = PartyPicker()
    qtbot.addWidget(picker)
    picker.set_parties(DIRECTORY, current=1)
    assert picker.currentText() == "Chronopost"
    picker.set_parties(DIRECTORY)
    assert picker.choice().is_empty


def test_a_typed_date_shows_the_day_it_means(qtbot: QtBot) -> None:
    field = DateInput(accessible_name="Due")
    qtbot.addWidget(field)
    field.reference = dt.date(2026, 1, 31)
    read: list[object] = []
    field.date_changed.connect(read.append)
    qtbot.keyClicks(field.line, "in 1 month")
    assert read[-1] == dt.date(2026, 2, 28)
    assert field.reading.text() == "28 Feb 2026"
    field.line.setText("dans 3 jours")
    assert field.date() == dt.date(2026, 2, 3)


def test_what_is_not_a_date_says_so_without_raising_while_typing(qtbot: QtBot) -> None:
    field = DateInput()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.line, "next blue moon")
    assert field.reading.text() == "not a date"
    assert not field.is_valid()
    with pytest.raises(InvalidInputError):
        field.date()
    field.line.clear()
    assert field.date() is None and field.is_valid()


def test_a_new_reference_day_rereads_a_relative_date(qtbot: QtBot) -> None:
    field = DateInput()
    qtbot.addWidget(field)
    field.reference = dt.date(2026, 3, 1)
    qtbot.keyClicks(field.line, "in 3 days")
    assert field.reading.text() == "4 Mar 2026"
    field.set_reference(dt.date(2026, 3, 10))
    assert field.reading.text() == "13 Mar 2026"
    assert field.date() == dt.date(2026, 3, 13)


LONG_OUTCOME = (
    "Cancellation of the invoice and written confirmation that the phone is free of charge, "
    "paid for by my loyalty points, as the telesales agent offered on the phone."
)


def test_a_long_value_is_cut_to_its_lines_and_shown_whole_on_hover(qtbot: QtBot) -> None:
    label = ElidedLabel("Desired outcome", lines=2)
    qtbot.addWidget(label)
    label.show()
    label.show_value(LONG_OUTCOME)
    label.resize(label.fontMetrics().horizontalAdvance(LONG_OUTCOME) // 4, 60)
    shown = label.text().splitlines()
    assert len(shown) == 2
    assert shown[1].endswith("…")
    assert LONG_OUTCOME.startswith(" ".join(shown).removesuffix("…"))
    assert label.toolTip() == LONG_OUTCOME
    assert label.accessibleDescription() == LONG_OUTCOME
    assert label.heightForWidth(label.width()) == 2 * label.fontMetrics().lineSpacing()

    label.resize(label.fontMetrics().horizontalAdvance(LONG_OUTCOME) * 2, 60)
    assert label.text() == LONG_OUTCOME
    assert label.toolTip() == ""
    assert label.heightForWidth(label.width()) == label.fontMetrics().lineSpacing()


def test_a_value_cut_short_can_offer_its_own_details_on_hover(qtbot: QtBot) -> None:
    label = ElidedLabel("Parties")
    qtbot.addWidget(label)
    label.show()
    label.show_value("Orange (Counterparty) · Chronopost (Carrier)", details="Orange\nChronopost")
    label.resize(80, 20)
    assert "\n" not in label.text() and label.text().endswith("…")
    assert label.toolTip() == "Orange\nChronopost"
    label.show_value("")
    assert label.text() == "—"
