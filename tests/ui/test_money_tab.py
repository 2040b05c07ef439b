"""The money tab on the demo case: the lines, their totals and the amount in dispute, amounts
typed as people type them, edits undone, and amounts written the French way in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.cases import create_case
from core.database import Store
from core.model import Jurisdiction, Money, MoneyKind
from core.money import NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE
from core.money_lines import add_money_line
from ui.models.money_table_model import MoneyColumn
from ui.money.money_line_dialog import MoneyLineDialog, usual_currency
from ui.money.money_tab import MoneyTab
from ui.shell.startup import DesktopSession

from .form_checks import unnamed_controls
from .helpers import click_row, column_texts


def open_money(session: DesktopSession) -> MoneyTab:
    detail = session.window.case_detail
    detail.tabs.setCurrentWidget(detail.money)
    return detail.money


def total(tab: MoneyTab, caption: str, currency: str = "EUR") -> str:
    return tab.totals.values[(caption, currency)].text()


def open_add_dialog(tab: MoneyTab, qtbot: QtBot) -> MoneyLineDialog:
    tab.view.setFocus()
    qtbot.keyClick(
        tab.view,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = tab.dialog
    assert isinstance(dialog, MoneyLineDialog) and dialog.isVisible()
    return dialog


def add_refund(tab: MoneyTab, qtbot: QtBot, amount: str) -> MoneyLineDialog:
    dialog = open_add_dialog(tab, qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Refunded"))
    qtbot.keyClicks(dialog.amount, amount)
    qtbot.keyClicks(dialog.label, "Partial refund")
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        qtbot.keyClick(dialog.label, Qt.Key.Key_Return)
    return dialog


def row_of(tab: MoneyTab, what_for: str) -> int:
    return column_texts(tab.view, MoneyColumn.LABEL).index(what_for)


def test_the_demo_lines_and_their_totals(demo_session: DesktopSession) -> None:
    tab = open_money(demo_session)

    assert sorted(column_texts(tab.view, MoneyColumn.AMOUNT)) == sorted(
        ["€0.00", f"8,600{NO_BREAK_SPACE}points", "€55.00", "€5.00"]
    )
    assert total(tab, "Billed") == "€60.00"
    assert total(tab, "Promised") == "€0.00"
    assert total(tab, "Paid", "PTS") == f"8,600{NO_BREAK_SPACE}points"
    assert total(tab, "Billed minus promised") == "€60.00"
    assert total(tab, "In dispute") == "€60.00"
    assert tab.totals.values[("In dispute", "EUR")].accessibleName() == "In dispute, EUR"


def test_a_refund_typed_the_french_way_comes_off_the_amount_in_dispute(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = open_money(demo_session)
    dialog = open_add_dialog(tab, qtbot)
    assert dialog.currency.currency() == "EUR"
    dialog.reject()

    add_refund(tab, qtbot, "12,50")

    assert column_texts(tab.view, MoneyColumn.AMOUNT)[row_of(tab, "Partial refund")] == "€12.50"
    assert tab.selected_line() is not None
    assert total(tab, "Refunded") == "€12.50"
    assert total(tab, "In dispute") == "€47.50"
    assert demo_session.window.case_detail.tabs.tabText(3) == "Money (5)"
    assert demo_session.window.statusBar().currentMessage() == "Add an amount"

    demo_session.window.undo_action.trigger()
    assert total(tab, "In dispute") == "€60.00"
    assert ("Refunded", "EUR") not in tab.totals.values
    demo_session.window.redo_action.trigger()
    assert total(tab, "In dispute") == "€47.50"


def test_the_amount_is_shown_as_read_and_a_wrong_one_is_refused(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = open_money(demo_session)
    dialog = open_add_dialog(tab, qtbot)
    qtbot.keyClicks(dialog.amount, "1 234,5")
    assert dialog.reading.text() == "€1,234.50"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "twelve")
    assert dialog.reading.text() == "not an amount"

    dialog.save_button.click()

    assert dialog.isVisible()
    assert "is not an amount" in dialog.problem.text()
    assert tab.model.rowCount() == 4
    dialog.reject()


def test_loyalty_points_are_counted_as_points(demo_session: DesktopSession, qtbot: QtBot) -> None:
    tab = open_money(demo_session)
    dialog = open_add_dialog(tab, qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Claimed"))
    dialog.currency.setCurrentIndex(dialog.currency.findText("Loyalty points"))
    qtbot.keyClicks(dialog.amount, "8 600")
    qtbot.keyClicks(dialog.label, "Points back")
    dialog.save_button.click()

    assert column_texts(tab.view, MoneyColumn.AMOUNT)[row_of(tab, "Points back")] == (
        f"8,600{NO_BREAK_SPACE}points"
    )
    assert total(tab, "In dispute", "PTS") == f"8,600{NO_BREAK_SPACE}points"


def test_edit_a_line_then_undo(demo_session: DesktopSession, qtbot: QtBot) -> None:
    tab = open_money(demo_session)
    click_row(qtbot, tab.view, row_of(tab, "Chronopost shipping, billed"))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, MoneyLineDialog)
    assert dialog.amount.text() == "5.00"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "7.5")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    assert total(tab, "Billed") == "€62.50"
    assert total(tab, "In dispute") == "€62.50"
    assert demo_session.window.undo_action.text() == "&Undo Edit an amount"
    demo_session.window.undo_action.trigger()
    assert total(tab, "Billed") == "€60.00"


def test_delete_a_line_after_confirming_then_undo(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_money(demo_session)
    click_row(qtbot, tab.view, row_of(tab, "iPhone 3G, billed"))
    delete = next(action for action in tab.case_actions() if action.objectName() == "delete")
    asked: list[str] = []

    def confirm(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    delete.trigger()

    assert "Billed €55.00 (iPhone 3G, billed)" in asked[0]
    assert tab.model.rowCount() == 3
    assert total(tab, "In dispute") == "€5.00"
    demo_session.window.undo_action.trigger()
    assert tab.model.rowCount() == 4
    assert total(tab, "In dispute") == "€60.00"


@pytest.fixture
def french_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_amounts_are_written_the_french_way_in_french(
    demo_session: DesktopSession, qtbot: QtBot, french_locale: None
) -> None:
    tab = open_money(demo_session)
    tab.show_case(1)
    add_refund(tab, qtbot, "12,50")

    assert total(tab, "In dispute") == f"47,50{NO_BREAK_SPACE}€"
    assert total(tab, "Paid", "PTS") == f"8{NARROW_NO_BREAK_SPACE}600{NO_BREAK_SPACE}points"
    assert f"12,50{NO_BREAK_SPACE}€" in column_texts(tab.view, MoneyColumn.AMOUNT)


def test_the_money_model_passes_qt_model_checks(
    demo_session: DesktopSession, qtmodeltester: ModelTester
) -> None:
    tab = open_money(demo_session)
    assert tab.model.rowCount() == 4
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.view.proxy)


def test_every_control_of_the_money_dialog_has_an_accessible_name(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = open_money(demo_session)
    dialog = open_add_dialog(tab, qtbot)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_new_amounts_default_to_the_currency_the_case_uses(store: Store) -> None:
    british = create_case(
        store, title="Train refund", counterparty="Avanti", jurisdiction=Jurisdiction.UK
    )
    assert usual_currency(store, british.id) == "GBP"
    french = create_case(store, title="Colis perdu", counterparty="La Poste")
    assert usual_currency(store, french.id) == "EUR"
    for amount in (Money(500, "USD"), Money(700, "USD"), Money(9000, "PTS"), Money(1, "EUR")):
        add_money_line(store, case_id=french.id, kind=MoneyKind.BILLED, amount=amount)
    assert usual_currency(store, french.id) == "USD"
