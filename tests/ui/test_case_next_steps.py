"""Each case's next steps in its summary, with their dates, and the deadline preferences,
on a fixed day."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from core.cases import create_case
from core.database import Store
from core.demo import create_demo_case
from core.interactions import add_interaction
from core.model import Channel, Direction, Jurisdiction, Language, Moment, Sector
from core.promises import add_promise
from ui.next_steps.case_steps import CaseNextSteps
from ui.next_steps.wording import sentence
from ui.record_change import Part, RecordChange
from ui.settings import load_preferences
from ui.shell.settings_dialog import PreferencesDialog
from ui.shell.startup import DesktopSession

from .accessibility import unnamed_controls
from .conftest import StartSession
from .dated_cases import DAY, DatedCases, fill_dated_cases
from .day_control import SetDay
from .helpers import column_texts

COMPLAINT_SENT = dt.date(2026, 3, 16)


@pytest.fixture
def day(monkeypatch: pytest.MonkeyPatch) -> SetDay:
    return SetDay(monkeypatch, DAY)


def open_session(start_session: StartSession, data_dir: Path, qtbot: QtBot) -> DesktopSession:
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.window.next_steps.reading is not None)
    return session


def next_steps(session: DesktopSession) -> CaseNextSteps:
    return session.window.case_detail.summary.next_steps


@pytest.fixture
def demo(day: SetDay, data_dir: Path, start_session: StartSession, qtbot: QtBot) -> DesktopSession:
    """The demo case as of `DAY`: no written complaint sent yet."""
    with Store.open(data_dir) as store:
        create_demo_case(store, lang=Language.EN, today=DAY)
    return open_session(start_session, data_dir, qtbot)


def test_a_case_without_a_written_complaint_is_told_to_send_one(demo: DesktopSession) -> None:
    steps = next_steps(demo)
    text = steps.plain_text()
    assert text.startswith(
        "This week: No written complaint has been sent yet: send one. You can refer the case "
        "to the Electronic Communications Mediator (Médiateur des communications "
        "électroniques) 2 months after it, and at the latest 1 year after it. *"
    )
    assert "Send a written complaint" in column_texts(demo.window.dashboard.attention.view, 0)[0]
    assert steps.accessibleName() == "Next steps"
    assert steps.accessibleDescription() == text


def test_the_steps_are_short_with_their_sentences_on_hover_and_in_the_details(
    demo: DesktopSession, qtbot: QtBot
) -> None:
    steps = next_steps(demo)
    assert "This week:</b> Send a written complaint" in steps.text()
    assert "Last day to withdraw — " in steps.text()
    assert "No written complaint has been sent yet" not in steps.text()
    assert "No written complaint has been sent yet" in steps.accessibleDescription()

    demo.window.activateWindow()
    QApplication.sendEvent(
        steps, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), steps.mapToGlobal(QPoint(2, 2)))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("This week: No written complaint has been sent yet")
    QToolTip.hideText()

    steps.linkActivated.emit("details:")
    assert "No written complaint has been sent yet: send one." in steps.text()
    assert "Show less" in steps.text()
    steps.linkActivated.emit("details:")
    assert "No written complaint has been sent yet" not in steps.text()
    assert "Show details" in steps.text()


def test_the_short_form_shows_the_first_steps_and_the_details_all_of_them(
    demo: DesktopSession,
) -> None:
    workspace = demo.window.workspace
    assert workspace is not None
    for days, text in ((2, "Call back"), (3, "Refund the shipping")):
        workspace.perform(
            "Add a promise",
            lambda store, days=days, text=text: add_promise(
                store, case_id=1, text=text, due_on=DAY + dt.timedelta(days=days)
            ),
            RecordChange(Part.PROMISES, case_id=1),
        )
    steps = next_steps(demo)
    assert len(steps.steps) == 4
    assert steps.text().count("<br/>") == 3
    assert "Show all 4" in steps.text()
    steps.linkActivated.emit("details:")
    assert steps.text().count("<br/>") == 4
    assert all(sentence(step) in html.unescape(steps.text()) for step in steps.steps)


def test_a_complaint_letter_gives_the_dates_of_the_telecom_mediator(
    demo: DesktopSession, qtbot: QtBot
) -> None:
    workspace = demo.window.workspace
    assert workspace is not None
    steps = next_steps(demo)
    workspace.perform(
        "Log a letter",
        lambda store: add_interaction(
            store,
            case_id=1,
            occurred=Moment(COMPLAINT_SENT),
            channel=Channel.LETTER,
            direction=Direction.OUTBOUND,
            summary="Written complaint to Orange",
        ),
        RecordChange(Part.TIMELINE, case_id=1),
    )
    text = steps.plain_text()
    assert "No written complaint" not in text
    assert (
        "Later: From 16 May 2026, you can refer the case to the Electronic Communications "
        "Mediator (Médiateur des communications électroniques): 2 months after your written "
        "complaint of 16 March 2026."
    ) in text
    assert (
        "Later: Last day to refer the case to the Electronic Communications Mediator "
        "(Médiateur des communications électroniques): 16 March 2027, 1 year after your "
        "written complaint of 16 March 2026."
    ) in text

    workspace.undo_stack.undo()
    assert "No written complaint has been sent yet" in steps.plain_text()


def test_a_rule_not_checked_by_a_lawyer_names_its_source_over_its_asterisk(
    demo: DesktopSession, qtbot: QtBot
) -> None:
    steps = next_steps(demo)
    assert '<a href="source:0">*</a>' in steps.text()
    note = steps.source_note("source:0")
    assert note.startswith("Source: service-public.fr")
    assert note.endswith(", not yet checked by a lawyer.")
    assert f"* {note}" in steps.plain_text()
    demo.window.activateWindow()
    steps.linkHovered.emit("source:0")
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == note
    steps.linkHovered.emit("")
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_overdue_steps_are_said_in_colour_and_link_to_their_promise_or_letter(
    day: SetDay, data_dir: Path, tmp_path: Path, start_session: StartSession, qtbot: QtBot
) -> None:
    dated: DatedCases = fill_dated_cases(data_dir, tmp_path / "complaint.pdf")
    session = open_session(start_session, data_dir, qtbot)
    window = session.window
    assert window.case_list.select_case(dated.boiler)
    steps = next_steps(session)
    assert steps.plain_text().startswith(
        "Overdue: Promise “A technician comes” was due on 15 March 2026 and is still pending."
    )
    assert "color:" in steps.text().split("<br/>")[0]
    assert f'href="promise:{dated.promise_id}"' in steps.text()

    steps.linkActivated.emit(f"promise:{dated.promise_id}")
    detail = window.case_detail
    assert detail.tabs.currentWidget() is detail.promises
    promise = detail.promises.view.current_record()
    assert promise is not None and promise.id == dated.promise_id

    assert window.case_list.select_case(dated.fibre)
    assert f'href="letter:{dated.letter.id}"' in steps.text()
    steps.linkActivated.emit(f"letter:{dated.letter.id}")
    letter = detail.letters.view.current_record()
    assert detail.tabs.currentWidget() is detail.letters
    assert letter is not None and letter.id == dated.letter.id


def test_the_next_steps_move_on_at_midnight(
    demo: DesktopSession, day: SetDay, qtbot: QtBot
) -> None:
    workspace = demo.window.workspace
    assert workspace is not None
    workspace.perform(
        "Add a promise",
        lambda store: add_promise(store, case_id=1, text="Call back", due_on=DAY),
        RecordChange(Part.PROMISES, case_id=1),
    )
    steps = next_steps(demo)
    assert "This week: Promise “Call back” falls due on 20 March 2026." in steps.plain_text()
    day.to(DAY + dt.timedelta(days=1))
    assert demo.window.next_steps.day.check()
    assert "Overdue: Promise “Call back” was due on 20 March 2026" in steps.plain_text()


def open_preferences(qtbot: QtBot, session: DesktopSession) -> PreferencesDialog:
    session.window.preferences_action.trigger()
    dialog = session.window.preferences_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_ombudsman_wait_and_the_horizon_are_preferences(
    day: SetDay,
    data_dir: Path,
    start_session: StartSession,
    settings: QSettings,
    qtbot: QtBot,
) -> None:
    complained = DAY - dt.timedelta(days=10)
    with Store.open(data_dir) as store:
        case = create_case(
            store,
            title="Broadband cut off",
            counterparty="BT",
            jurisdiction=Jurisdiction.UK,
            language=Language.EN,
            sector=Sector.TELECOM,
        )
        add_interaction(
            store,
            case_id=case.id,
            occurred=Moment(complained),
            channel=Channel.LETTER,
            direction=Direction.OUTBOUND,
            summary="Complaint to BT",
        )
        add_promise(store, case_id=case.id, text="Refund", due_on=DAY + dt.timedelta(days=10))
    session = open_session(start_session, data_dir, qtbot)
    steps = next_steps(session)
    assert "From 5 May 2026, you can refer the case to the telecoms ombudsman" in (
        steps.plain_text()
    )
    panel = session.window.dashboard.attention
    assert panel.empty.text() == "Nothing is due this week."

    dialog = open_preferences(qtbot, session)
    assert dialog.deadlines.ombudsman_weeks.value() == 8
    assert dialog.deadlines.soon_days.value() == 7
    assert unnamed_controls(dialog.deadlines) == []
    dialog.deadlines.ombudsman_weeks.setFocus()
    dialog.deadlines.ombudsman_weeks.selectAll()
    qtbot.keyClicks(dialog.deadlines.ombudsman_weeks, "6")
    qtbot.keyClick(dialog.deadlines.ombudsman_weeks, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.deadlines.soon_days
    dialog.deadlines.soon_days.selectAll()
    qtbot.keyClicks(dialog.deadlines.soon_days, "14")
    qtbot.keyClick(dialog.deadlines.soon_days, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    saved = load_preferences(settings)
    assert (saved.ombudsman_weeks, saved.soon_days) == (6, 14)
    assert "From 21 April 2026, you can refer the case to the telecoms ombudsman" in (
        steps.plain_text()
    )
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert column_texts(panel.view, 0) == ["Promise: Refund"]
    assert panel.toggle.text() == "Needs attention (1)"
