"""Logging an interaction from the keyboard, in one undoable step, with the promises made in it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from core.clock import local_now
from core.interactions import list_interactions
from core.model import Channel, Direction, Interaction, PromiseStatus
from core.parties import find_party
from core.promises import list_promises
from ui.models.interaction_table_model import InteractionColumn
from ui.shell.startup import DesktopSession
from ui.timeline.log_interaction_dialog import InteractionDialog
from ui.timeline.timeline_tab import TimelineTab

from .helpers import column_texts


def timeline_of(session: DesktopSession) -> TimelineTab:
    return session.window.case_detail.timeline


def open_log_dialog(qtbot: QtBot, tab: TimelineTab) -> InteractionDialog:
    """Enter on the timeline, as a user would right after hanging up."""
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    handle = dialog.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused(dialog: InteractionDialog) -> QWidget:
    widget = dialog.focusWidget()
    assert widget is not None
    return widget


def type_in_focus(qtbot: QtBot, dialog: InteractionDialog, text: str) -> None:
    qtbot.keyClicks(focused(dialog), text)


def press_tab(qtbot: QtBot, dialog: InteractionDialog, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)


def test_a_call_is_logged_from_the_keyboard_with_its_promises_and_a_new_party(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window, tab = demo_session.window, timeline_of(demo_session)
    store = demo_session.store
    assert store is not None
    promises_before = len(list_promises(store, 1))
    dialog = open_log_dialog(qtbot, tab)

    assert focused(dialog) is dialog.channel
    qtbot.keyClicks(dialog.channel, "p")
    press_tab(qtbot, dialog, 2)
    assert focused(dialog) is dialog.party
    type_in_focus(qtbot, dialog, "La Poste")
    press_tab(qtbot, dialog)
    type_in_focus(qtbot, dialog, "Mme Martin")
    press_tab(qtbot, dialog)
    type_in_focus(qtbot, dialog, "Parcel sent back to Orange by mistake")
    press_tab(qtbot, dialog)
    type_in_focus(qtbot, dialog, "She checked the tracking number twice.")
    press_tab(qtbot, dialog)
    type_in_focus(qtbot, dialog, "LP-2291")
    press_tab(qtbot, dialog)
    type_in_focus(qtbot, dialog, "7")
    press_tab(qtbot, dialog)
    type_in_focus(qtbot, dialog, "Send the parcel again")
    press_tab(qtbot, dialog)
    type_in_focus(qtbot, dialog, "in 3 days")
    press_tab(qtbot, dialog)
    assert focused(dialog) is dialog.promises.rows[1].text
    type_in_focus(qtbot, dialog, "Call me back with the new tracking number")
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    logged = [item for item in list_interactions(store, 1) if item.reference == "LP-2291"]
    assert len(logged) == 1
    call = logged[0]
    assert (call.channel, call.direction) == (Channel.PHONE, Direction.OUTBOUND)
    assert (call.person, call.details, call.duration_minutes) == (
        "Mme Martin",
        "She checked the tracking number twice.",
        7,
    )
    assert abs(
        dt.datetime.combine(call.occurred.day, call.occurred.time or dt.time()) - local_now()
    ) < (dt.timedelta(minutes=2))
    new_party = find_party(store, "La Poste")
    assert new_party is not None and call.party_id == new_party.id
    made = [promise for promise in list_promises(store, 1) if promise.interaction_id == call.id]
    assert [(p.text, p.due_on, p.status) for p in made] == [
        ("Send the parcel again", call.occurred.day + dt.timedelta(days=3), PromiseStatus.PENDING),
        ("Call me back with the new tracking number", None, PromiseStatus.PENDING),
    ]
    assert "Parcel sent back to Orange by mistake" in column_texts(
        tab.view, InteractionColumn.SUMMARY
    )
    assert tab.view.current_record() == call
    assert window.undo_action.text() == "&Undo Log a call"

    window.undo_action.trigger()
    assert "Parcel sent back to Orange by mistake" not in column_texts(
        tab.view, InteractionColumn.SUMMARY
    )
    assert len(list_promises(store, 1)) == promises_before
    assert find_party(store, "La Poste") is None

    window.redo_action.trigger()
    assert "Parcel sent back to Orange by mistake" in column_texts(
        tab.view, InteractionColumn.SUMMARY
    )
    assert len(list_promises(store, 1)) == promises_before + 2
    assert find_party(store, "La Poste") is not None


def test_ctrl_l_opens_the_form_with_now_and_the_counterparty_filled_in(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window, tab = demo_session.window, timeline_of(demo_session)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert focused(dialog) is dialog.channel
    when = dialog.when.moment()
    assert when.time is not None
    typed = dt.datetime.combine(when.day, when.time)
    assert abs(typed - local_now()) < dt.timedelta(minutes=2)
    assert dialog.chosen_channel() is Channel.PHONE
    assert dialog.party.currentText() == "Orange"
    assert tab.log_action in tab.case_actions()


def test_each_channel_brings_its_usual_direction_until_one_is_chosen(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    dialog = open_log_dialog(qtbot, timeline_of(demo_session))
    qtbot.keyClicks(dialog.channel, "v")
    assert dialog.chosen_channel() is Channel.VISIT
    assert dialog.chosen_direction() is Direction.IN_PERSON
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(dialog.channel, "e")
    assert dialog.chosen_direction() is Direction.INBOUND
    dialog.direction.setFocus()
    qtbot.keyClick(dialog.direction, Qt.Key.Key_Down)
    dialog.direction.activated.emit(dialog.direction.currentIndex())
    chosen = dialog.chosen_direction()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(dialog.channel, "p")
    assert dialog.chosen_channel() is Channel.PHONE
    assert dialog.chosen_direction() is chosen


def test_enter_in_the_summary_saves_and_a_typed_date_is_understood(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    store = demo_session.store
    assert store is not None
    dialog = open_log_dialog(qtbot, timeline_of(demo_session))
    dialog.when.line.setText("14/03/2026 9h30")
    assert dialog.when.reading.text().replace("\u202f", " ") == "14 Mar 2026, 9:30 AM"
    qtbot.keyClicks(dialog.summary, "Letter received")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [logged] = [item for item in list_interactions(store, 1) if item.summary == "Letter received"]
    assert logged.occurred.iso() == "2026-03-14T09:30"


def test_a_bad_due_date_keeps_the_form_open_with_everything_typed(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    store = demo_session.store
    assert store is not None
    count = len(list_interactions(store, 1))
    dialog = open_log_dialog(qtbot, timeline_of(demo_session))
    qtbot.keyClicks(dialog.summary, "Promised a refund")
    qtbot.keyClicks(dialog.promises.rows[0].text, "Refund 60 euros")
    qtbot.keyClicks(dialog.promises.rows[0].due.line, "next blue moon")
    assert dialog.promises.rows[0].due.reading.text() == "not a date"
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "next blue moon" in dialog.message.text()
    assert dialog.focusWidget() is dialog.promises.rows[0].due.line
    assert dialog.summary.text() == "Promised a refund"
    assert dialog.promises.rows[0].text.text() == "Refund 60 euros"
    assert len(list_interactions(store, 1)) == count

    dialog.promises.rows[0].due.line.setText("dans 3 jours")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(list_interactions(store, 1)) == count + 1


@pytest.mark.parametrize(
    ("when", "summary", "promise", "due", "expected"),
    [
        ("someday", "A call", "", "", "“someday” is not a date"),
        ("now", "   ", "", "", "the summary cannot be empty"),
        ("now", "A call", "", "in 3 days", "the promise cannot be empty"),
        ("now", "A call", "Refund", "yesterday", "cannot fall due before it was made"),
    ],
)
def test_what_cannot_be_saved_is_said_in_the_form(
    demo_session: DesktopSession,
    qtbot: QtBot,
    when: str,
    summary: str,
    promise: str,
    due: str,
    expected: str,
) -> None:
    dialog = open_log_dialog(qtbot, timeline_of(demo_session))
    dialog.when.line.setText(when)
    dialog.summary.setText(summary)
    dialog.promises.rows[0].text.setText(promise)
    dialog.promises.rows[0].due.line.setText(due)
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert expected in dialog.message.text()
    assert dialog.when.text() == when and dialog.summary.text() == summary


def test_escape_asks_before_losing_what_was_typed(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = demo_session.store
    assert store is not None
    count = len(list_interactions(store, 1))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = open_log_dialog(qtbot, timeline_of(demo_session))
    qtbot.keyClicks(dialog.summary, "Half typed")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.summary.text() == "Half typed"
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(asked) == 2 and "Discard" in asked[0]
    assert len(list_interactions(store, 1)) == count


def test_escape_on_an_untouched_form_closes_it_without_asking(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object) -> QMessageBox.StandardButton:
        raise AssertionError("asked for nothing")

    monkeypatch.setattr(QMessageBox, "question", never)
    dialog = open_log_dialog(qtbot, timeline_of(demo_session))
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_control_of_the_form_has_an_accessible_name_and_a_labelled_place(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    dialog = open_log_dialog(qtbot, timeline_of(demo_session))
    controls = [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(
            widget, QLineEdit | QComboBox | QPlainTextEdit | QAbstractButton | QAbstractSpinBox
        )
        and not isinstance(widget.parentWidget(), QLineEdit | QComboBox | QAbstractSpinBox)
    ]
    assert len(controls) >= 14
    unnamed = [type(widget).__name__ for widget in controls if not widget.accessibleName().strip()]
    assert unnamed == []


def edit_dialog(qtbot: QtBot, tab: TimelineTab, summary: str) -> InteractionDialog:
    assert tab.select_id(next(r.id for r in tab.model.records() if r.summary == summary))
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert dialog is not None
    return dialog


def test_an_interaction_is_edited_in_the_same_form_and_the_edit_undone(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window, tab = demo_session.window, timeline_of(demo_session)
    store = demo_session.store
    assert store is not None
    original: Interaction = next(r for r in tab.model.records() if r.channel is Channel.VISIT)
    dialog = edit_dialog(qtbot, tab, original.summary)
    assert dialog.summary.text() == original.summary
    assert dialog.when.moment() == original.occurred
    assert dialog.chosen_channel() is Channel.VISIT
    assert "Promises tab" in dialog.promises_note.text()
    assert not dialog.promises.isVisible()

    dialog.summary.setText("First shop visit")
    dialog.reference.setText("TICKET-1")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert "First shop visit" in column_texts(tab.view, InteractionColumn.SUMMARY)
    assert tab.view.current_record() is not None
    assert tab.view.current_record().reference == "TICKET-1"  # type: ignore[union-attr]
    assert "TICKET-1" in tab.detail.toPlainText()
    assert window.undo_action.text() == "&Undo Edit an interaction"
    window.undo_action.trigger()
    assert original.summary in column_texts(tab.view, InteractionColumn.SUMMARY)


def test_an_edited_form_left_unchanged_closes_without_asking(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object) -> QMessageBox.StandardButton:
        raise AssertionError("asked for nothing")

    monkeypatch.setattr(QMessageBox, "question", never)
    tab = timeline_of(demo_session)
    dialog = edit_dialog(qtbot, tab, tab.model.records()[0].summary)
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
