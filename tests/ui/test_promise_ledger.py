"""The promise ledger on the demo case: reading it, adding, settling, editing and deleting
promises through the real dialogs, and undoing each of those."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.clock import today
from core.interactions import list_interactions
from core.model import Interaction, PromiseStatus
from core.promises import add_promise, promise_history
from ui.ledger_dialog import LedgerDialog
from ui.models.promise_table_model import PromiseColumn
from ui.promises.promise_dialog import PromiseDialog
from ui.promises.promises_tab import PromisesTab
from ui.promises.settle_promise_dialog import SettlePromiseDialog
from ui.record_change import Part, RecordChange
from ui.shell.startup import DesktopSession

from .form_checks import unnamed_controls
from .helpers import click_header, click_row, column_texts


def open_ledger(session: DesktopSession) -> PromisesTab:
    detail = session.window.case_detail
    detail.tabs.setCurrentWidget(detail.promises)
    return detail.promises


def demo_interaction(session: DesktopSession, words: str) -> Interaction:
    assert session.store is not None
    return next(
        item for item in list_interactions(session.store, 1) if words in item.summary.lower()
    )


def select_promise(qtbot: QtBot, ledger: PromisesTab, words: str) -> None:
    texts = column_texts(ledger.view, PromiseColumn.TEXT)
    row = next(row for row, text in enumerate(texts) if words in text.lower())
    click_row(qtbot, ledger.view, row)


def row_of(ledger: PromisesTab, words: str) -> int:
    texts = column_texts(ledger.view, PromiseColumn.TEXT)
    return next(row for row, text in enumerate(texts) if words in text.lower())


def cell(ledger: PromisesTab, words: str, column: PromiseColumn) -> str:
    return str(column_texts(ledger.view, column)[row_of(ledger, words)])


def test_the_ledger_shows_the_demo_broken_promises_with_makers_and_interactions(
    demo_session: DesktopSession,
) -> None:
    ledger = open_ledger(demo_session)
    call = demo_interaction(demo_session, "telesales agent")

    assert column_texts(ledger.view, PromiseColumn.STATUS) == ["Broken"] * 3
    assert cell(ledger, "free of charge", PromiseColumn.MADE_BY).startswith(
        "Orange telesales agent"
    )
    assert cell(ledger, "free of charge", PromiseColumn.MADE_IN) == call.summary
    assert cell(ledger, "complaints department", PromiseColumn.MADE_BY).startswith(
        "Orange customer service"
    )
    assert ledger.view.accessibleName() == "Promises"
    assert demo_session.window.case_detail.tabs.tabText(1) == "Promises (3)"


def test_the_history_tells_how_a_demo_promise_was_broken(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    ledger = open_ledger(demo_session)
    select_promise(qtbot, ledger, "free of charge")

    story = ledger.history.toPlainText()

    assert "Made by Orange telesales agent" in story
    assert "Call from an Orange telesales agent" in story
    assert "Broken" in story
    assert "A €60 invoice was found in the parcel" in story
    assert "Parcel collected at the Chronopost depot" in story
    assert "orange-invoice-FAC-7730-2149.pdf" in story
    assert story.index("Made\n") < story.index("Broken")


def test_an_overdue_pending_promise_is_marked_in_words(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    workspace = demo_session.workspace
    assert workspace is not None
    ledger = open_ledger(demo_session)
    workspace.perform(
        "Add a promise",
        lambda store: add_promise(
            store,
            case_id=1,
            text="Call me back about the invoice",
            made_on=today() - dt.timedelta(days=10),
            due_on=today() - dt.timedelta(days=3),
        ),
        RecordChange(Part.PROMISES, case_id=1),
    )

    assert cell(ledger, "call me back", PromiseColumn.STATUS) == "Overdue by 3 days"
    select_promise(qtbot, ledger, "call me back")
    assert "overdue by 3 days" in ledger.history.toPlainText()
    status = ledger.view.proxy.index(row_of(ledger, "call me back"), PromiseColumn.STATUS)
    assert status.data(Qt.ItemDataRole.BackgroundRole) is not None


def add_by_typing(ledger: PromisesTab, qtbot: QtBot, *, made_on: str, due: str) -> PromiseDialog:
    ledger.view.setFocus()
    qtbot.keyClick(
        ledger.view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = ledger.dialog
    assert isinstance(dialog, PromiseDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.text, "Refund of the invoice, 60 EUR")
    dialog.made_on.line.clear()
    qtbot.keyClicks(dialog.made_on.line, made_on)
    qtbot.keyClicks(dialog.due.line, due)
    return dialog


def test_add_a_promise_by_typing_with_a_due_date_counted_from_the_day_it_was_made(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    ledger = open_ledger(demo_session)
    dialog = add_by_typing(ledger, qtbot, made_on="20/11/2026", due="in 3 days")
    assert dialog.due.reading.text() == "23 Nov 2026"
    qtbot.keyClicks(dialog.maker.lineEdit(), "Orange complaints department")

    with qtbot.waitSignal(dialog.finished, timeout=1000):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    assert dialog.result() == LedgerDialog.DialogCode.Accepted
    assert ledger.model.rowCount() == 4
    assert ledger.selected_promise() is not None
    assert ledger.selected_promise().text == "Refund of the invoice, 60 EUR"  # type: ignore[union-attr]
    assert cell(ledger, "refund of the", PromiseColumn.DUE) == "23 Nov 2026"
    assert cell(ledger, "refund of the", PromiseColumn.MADE_BY) == "Orange complaints department"
    assert demo_session.window.statusBar().currentMessage() == "Add a promise"

    demo_session.window.undo_action.trigger()
    assert ledger.model.rowCount() == 3


def test_a_refused_promise_is_explained_and_the_dialog_keeps_what_was_typed(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    ledger = open_ledger(demo_session)
    dialog = add_by_typing(ledger, qtbot, made_on="20/11/2026", due="10/11/2026")

    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "cannot fall due before it was made" in dialog.problem.text()
    assert dialog.text.text() == "Refund of the invoice, 60 EUR"
    assert ledger.model.rowCount() == 3
    dialog.due.line.setText("next blue moon")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert "next blue moon" in dialog.problem.text()
    dialog.reject()


def test_choosing_the_interaction_fills_the_day_and_the_maker(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    ledger = open_ledger(demo_session)
    ledger.add_action.trigger()
    dialog = ledger.dialog
    assert isinstance(dialog, PromiseDialog)
    call = demo_interaction(demo_session, "call to customer service")

    dialog.made_in.select_id(call.id)

    assert dialog.made_on.date() == call.occurred.day
    assert dialog.maker.currentText() == "Orange customer service"
    assert dialog.person.text() == call.person
    qtbot.keyClicks(dialog.due.line, "in 2 days")
    assert dialog.due.date() == call.occurred.day + dt.timedelta(days=2)
    dialog.reject()


def settle_through_the_dialog(
    session: DesktopSession, ledger: PromisesTab, qtbot: QtBot, words: str
) -> SettlePromiseDialog:
    select_promise(qtbot, ledger, words)
    qtbot.keyClick(ledger.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = ledger.dialog
    assert isinstance(dialog, SettlePromiseDialog) and dialog.isVisible()
    assert dialog.status() is PromiseStatus.KEPT
    return dialog


def test_settle_kept_with_an_interaction_and_a_note_then_undo_and_redo(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    ledger = open_ledger(demo_session)
    dialog = add_by_typing(ledger, qtbot, made_on="today", due="in 3 days")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    visit = demo_interaction(demo_session, "parcel collected")

    settle = settle_through_the_dialog(demo_session, ledger, qtbot, "refund of the")
    settle.shown_in.select_id(visit.id)
    assert settle.day.date() == visit.occurred.day
    qtbot.keyClicks(settle.note, "Refund of 60 EUR announced at the depot")
    with qtbot.waitSignal(settle.finished, timeout=1000):
        qtbot.keyClick(settle.note, Qt.Key.Key_Return)

    assert cell(ledger, "refund of the", PromiseColumn.STATUS) == "Kept"
    story = ledger.history.toPlainText()
    assert story.index("Made\n") < story.index("Kept\n")
    assert "Refund of 60 EUR announced at the depot" in story
    assert "Shown in: Parcel collected at the Chronopost depot" in story
    assert demo_session.window.undo_action.text() == "&Undo Mark promise kept"
    promise = ledger.selected_promise()
    assert promise is not None and promise.settled_on == visit.occurred.day

    demo_session.window.undo_action.trigger()
    assert cell(ledger, "refund of the", PromiseColumn.STATUS) == "Pending"
    assert "Kept" not in ledger.history.toPlainText()
    assert demo_session.store is not None
    assert len(promise_history(demo_session.store, promise.id)) == 1

    demo_session.window.redo_action.trigger()
    assert cell(ledger, "refund of the", PromiseColumn.STATUS) == "Kept"
    assert "Refund of 60 EUR announced at the depot" in ledger.history.toPlainText()


def test_mark_broken_by_shortcut_with_evidence(demo_session: DesktopSession, qtbot: QtBot) -> None:
    ledger = open_ledger(demo_session)
    select_promise(qtbot, ledger, "home delivery")
    qtbot.keyClick(ledger.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = ledger.dialog
    assert isinstance(dialog, SettlePromiseDialog)
    assert dialog.status() is PromiseStatus.BROKEN
    assert dialog.evidence.itemText(1).endswith("chronopost-parcel.jpg")
    dialog.evidence.setCurrentIndex(1)

    dialog.save_button.click()

    story = ledger.history.toPlainText()
    assert story.count("Broken") == 2
    assert "Evidence: chronopost-parcel.jpg" in story
    assert demo_session.window.undo_action.text() == "&Undo Mark promise broken"


def test_back_to_pending_clears_the_settlement(demo_session: DesktopSession, qtbot: QtBot) -> None:
    ledger = open_ledger(demo_session)
    select_promise(qtbot, ledger, "home delivery")
    ledger.settle_action.trigger()
    dialog = ledger.dialog
    assert isinstance(dialog, SettlePromiseDialog)
    assert dialog.status() is PromiseStatus.BROKEN
    dialog.radio[PromiseStatus.PENDING].click()
    assert not dialog.day.isEnabled() and not dialog.shown_in.isEnabled()

    dialog.save_button.click()

    assert cell(ledger, "home delivery", PromiseColumn.STATUS).startswith("Overdue by ")
    assert "Pending again" in ledger.history.toPlainText()


def test_edit_a_promise_then_undo(demo_session: DesktopSession, qtbot: QtBot) -> None:
    ledger = open_ledger(demo_session)
    select_promise(qtbot, ledger, "home delivery")
    qtbot.keyClick(ledger.view, Qt.Key.Key_Return)
    dialog = ledger.dialog
    assert isinstance(dialog, PromiseDialog)
    assert dialog.windowTitle() == "Edit the promise"
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "Home delivery within 3 days, by Chronopost")
    dialog.due.line.clear()

    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    assert cell(ledger, "by chronopost", PromiseColumn.DUE) == ""
    assert cell(ledger, "by chronopost", PromiseColumn.STATUS) == "Broken"
    demo_session.window.undo_action.trigger()
    assert "Home delivery within 3 days by Chronopost." in column_texts(
        ledger.view, PromiseColumn.TEXT
    )
    assert cell(ledger, "home delivery", PromiseColumn.DUE) != ""


def test_delete_a_promise_after_confirming_then_undo(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = open_ledger(demo_session)
    select_promise(qtbot, ledger, "complaints department")
    delete = next(action for action in ledger.case_actions() if action.objectName() == "delete")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)

    delete.trigger()
    assert ledger.model.rowCount() == 3
    delete.trigger()

    assert "Transfer me to the complaints department" in asked[0]
    assert ledger.model.rowCount() == 2
    assert demo_session.window.case_detail.tabs.tabText(1) == "Promises (2)"
    assert demo_session.window.undo_action.text() == "&Undo Delete a promise"
    demo_session.window.undo_action.trigger()
    assert ledger.model.rowCount() == 3
    select_promise(qtbot, ledger, "complaints department")
    assert "nobody answered after 9 minutes on hold" in ledger.history.toPlainText()


def test_actions_need_a_selected_promise(demo_session: DesktopSession, qtbot: QtBot) -> None:
    ledger = open_ledger(demo_session)
    ledger.view.clearSelection()
    assert not ledger.kept_action.isEnabled()
    assert not ledger.delete_action.isEnabled()
    assert ledger.add_action.isEnabled()
    assert "Select a promise" in ledger.history.toPlainText()
    select_promise(qtbot, ledger, "free of charge")
    assert ledger.kept_action.isEnabled() and ledger.delete_action.isEnabled()


def test_sorting_by_due_date_puts_undated_promises_last_both_ways(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    ledger = open_ledger(demo_session)
    header = ledger.view.horizontalHeader()
    click_header(qtbot, header, PromiseColumn.DUE)
    first = column_texts(ledger.view, PromiseColumn.DUE)
    click_header(qtbot, header, PromiseColumn.DUE)
    second = column_texts(ledger.view, PromiseColumn.DUE)

    assert first[-1] == "" and second[-1] == ""
    assert first[:2] == list(reversed(second[:2]))
    assert first[0] != first[1]


def test_every_control_of_the_promise_dialogs_has_an_accessible_name(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    ledger = open_ledger(demo_session)
    select_promise(qtbot, ledger, "free of charge")
    for action in (ledger.add_action, ledger.edit_action, ledger.settle_action):
        action.trigger()
        dialog = ledger.dialog
        assert dialog is not None
        assert unnamed_controls(dialog) == []
        dialog.reject()


def test_the_delete_key_deletes_the_selected_promise(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_session.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ledger = open_ledger(demo_session)
    select_promise(qtbot, ledger, "home delivery")
    ledger.view.setFocus()
    qtbot.waitUntil(lambda: window.delete_action.text() == "&Delete Promise…")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    qtbot.keyClick(ledger.view, Qt.Key.Key_Delete)

    assert ledger.model.rowCount() == 2
    assert "Home delivery within 3 days by Chronopost." not in column_texts(
        ledger.view, PromiseColumn.TEXT
    )


def test_enter_in_the_maker_field_saves_the_promise(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    ledger = open_ledger(demo_session)
    dialog = add_by_typing(ledger, qtbot, made_on="today", due="")
    qtbot.keyClicks(dialog.maker.lineEdit(), "La Poste")

    qtbot.keyClick(dialog.maker.lineEdit(), Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert cell(ledger, "refund of the", PromiseColumn.MADE_BY) == "La Poste"
    assert cell(ledger, "refund of the", PromiseColumn.STATUS) == "Pending"


def test_the_ledger_model_passes_qt_model_checks_with_its_interactions(
    demo_session: DesktopSession, qtmodeltester: ModelTester
) -> None:
    ledger = open_ledger(demo_session)
    assert all(column_texts(ledger.view, PromiseColumn.MADE_IN))
    qtmodeltester.check(ledger.model)
    qtmodeltester.check(ledger.view.proxy)
