"""Giving a party's postal address and other details from where it is missing: the case
editor (the company and each other party), the letter composer's recipient, and the case's
summary, with the letter written again once the address is there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.cases import create_case, get_case
from core.database import Store
from core.demo import create_demo_case
from core.letters.kinds import LetterKind
from core.model import Language
from core.parties import find_party, get_party, list_parties
from ui.case.case_editor import CaseEditor
from ui.case.party_dialog import PartyDialog, open_party_dialog
from ui.letters.letter_window import LetterWindow
from ui.shell.startup import DesktopSession
from ui.workspace import Workspace

from .accessibility import unnamed_controls
from .conftest import StartSession
from .helpers import clashing_widget_mnemonics, english_left, shown_texts

PREVIEW_TIMEOUT = 30_000
HAND_MADE = 2
COMPANY = "Engie Home Services"
NO_ADDRESS = f"There is no postal address for {COMPANY}"


@pytest.fixture
def hand_made_session(start_session: StartSession, data_dir: Path, qtbot: QtBot) -> DesktopSession:
    """The demo case, and case 2 opened by hand against a company the directory had no
    details for, shown in the window."""
    with Store.open(data_dir) as store:
        create_demo_case(store, lang=Language.EN)
        create_case(store, title="Boiler never repaired", counterparty=COMPANY)
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.store is not None and session.window.has_cases())
    assert session.window.case_list.select_case(HAND_MADE)
    qtbot.waitUntil(lambda: session.window.case_detail.case_id == HAND_MADE)
    return session


def open_composer(
    session: DesktopSession, case_id: int, qtbot: QtBot, settings: QSettings
) -> LetterWindow:
    """A complaint of the case, its first preview shown. A fixture holds it until the test
    is over: let go while its preview is being made, it would be deleted under the task."""
    window = LetterWindow(
        workspace_of(session), case_id, settings=settings, kind=LetterKind.COMPLAINT
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.preview_ready, timeout=PREVIEW_TIMEOUT):
        pass
    return window


@pytest.fixture
def composer(hand_made_session: DesktopSession, qtbot: QtBot, settings: QSettings) -> LetterWindow:
    return open_composer(hand_made_session, HAND_MADE, qtbot, settings)


@pytest.fixture
def demo_composer(demo_session: DesktopSession, qtbot: QtBot, settings: QSettings) -> LetterWindow:
    return open_composer(demo_session, 1, qtbot, settings)


def workspace_of(session: DesktopSession) -> Workspace:
    assert session.workspace is not None
    return session.workspace


def open_editor(qtbot: QtBot, session: DesktopSession) -> CaseEditor:
    session.window.case_actions.edit_action.trigger()
    editor = session.window.case_actions.editor
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    return editor


def opened_dialog(qtbot: QtBot, parent: QWidget) -> PartyDialog:
    dialog = parent.findChild(PartyDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_address(qtbot: QtBot, dialog: PartyDialog, *lines: str) -> None:
    """Type an address a line at a time: Enter starts a line there, it does not save."""
    box = dialog.postal_address
    box.setFocus()
    box.selectAll()
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)
    assert dialog.isVisible()


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " "))


def test_the_company_of_a_hand_made_case_gets_its_address_from_the_case_editor(
    hand_made_session: DesktopSession, qtbot: QtBot
) -> None:
    window = hand_made_session.window
    store = hand_made_session.store
    assert store is not None
    editor = open_editor(qtbot, hand_made_session)
    assert editor.company_details.isEnabled()
    assert clashing_widget_mnemonics(editor) == []

    qtbot.mouseClick(editor.company_details, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, editor)
    assert dialog.windowTitle() == f"Contact details of {COMPANY}"
    assert dialog.party_name.text() == COMPANY
    assert dialog.postal_address.hasFocus()
    type_address(qtbot, dialog, "Service Clients", "TSA 21519", "75901 Paris Cedex 15")
    qtbot.keyClicks(dialog.email, "service.clients@engie.example")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert editor.isVisible()

    company = get_party(store, get_case(store, HAND_MADE).counterparty_id)
    assert company.postal_address == "Service Clients\nTSA 21519\n75901 Paris Cedex 15"
    assert company.email == "service.clients@engie.example"
    assert window.undo_action.text() == f"&Undo Edit the details of {COMPANY}"

    window.undo_action.trigger()
    assert get_party(store, company.id).postal_address == ""
    window.redo_action.trigger()
    assert get_party(store, company.id).postal_address.startswith("Service Clients")
    editor.reject()


def test_a_company_renamed_in_its_details_stays_the_company_of_the_case(
    hand_made_session: DesktopSession, qtbot: QtBot
) -> None:
    store = hand_made_session.store
    assert store is not None
    editor = open_editor(qtbot, hand_made_session)
    qtbot.mouseClick(editor.company_details, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, editor)
    dialog.party_name.selectAll()
    qtbot.keyClicks(dialog.party_name, "Engie")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert editor.counterparty.currentText() == "Engie"

    directory_before = list_parties(store)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    company = find_party(store, "Engie")
    assert company is not None and get_case(store, HAND_MADE).counterparty_id == company.id
    assert list_parties(store) == directory_before
    assert hand_made_session.window.case_detail.summary.counterparty.text() == "Engie"


def test_a_refused_name_is_said_in_the_form_which_stays_open(
    hand_made_session: DesktopSession, qtbot: QtBot
) -> None:
    store = hand_made_session.store
    assert store is not None
    workspace = workspace_of(hand_made_session)
    editor = open_editor(qtbot, hand_made_session)
    qtbot.mouseClick(editor.company_details, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, editor)
    type_address(qtbot, dialog, "1 place Samuel de Champlain")

    dialog.party_name.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "The name cannot be empty."
    assert dialog.party_name.hasFocus()

    qtbot.keyClicks(dialog.party_name, "chronopost")
    qtbot.keyClick(dialog.party_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "already called “Chronopost”" in dialog.problem.text()
    assert dialog.postal_address.toPlainText() == "1 place Samuel de Champlain"

    dialog.party_name.selectAll()
    qtbot.keyClicks(dialog.party_name, COMPANY)
    dialog.email.setFocus()
    qtbot.keyClicks(dialog.email, "not an address")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.email.hasFocus()
    assert "is not an email address" in dialog.problem.text()

    assert not workspace.undo_stack.canUndo()
    company = find_party(store, COMPANY)
    assert company is not None and company.postal_address == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    editor.reject()


def open_details_of(session: DesktopSession, party_id: int, qtbot: QtBot) -> PartyDialog:
    dialog = open_party_dialog(workspace_of(session), party_id, parent=session.window)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_two_forms_open_on_one_party_keep_each_others_changes(
    hand_made_session: DesktopSession, qtbot: QtBot
) -> None:
    store = hand_made_session.store
    assert store is not None
    window = hand_made_session.window
    company_id = get_case(store, HAND_MADE).counterparty_id
    first = open_details_of(hand_made_session, company_id, qtbot)
    second = open_details_of(hand_made_session, company_id, qtbot)

    type_address(qtbot, first, "TSA 21519", "75901 Paris")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert not first.isVisible()
    second.phone.setFocus()
    qtbot.keyClicks(second.phone, "3900")
    qtbot.keyClick(second.phone, Qt.Key.Key_Return)
    assert not second.isVisible()

    company = get_party(store, company_id)
    assert (company.postal_address, company.phone) == ("TSA 21519\n75901 Paris", "3900")
    window.undo_action.trigger()
    company = get_party(store, company_id)
    assert (company.postal_address, company.phone) == ("TSA 21519\n75901 Paris", "")


def test_a_form_saved_unchanged_closes_without_an_undo_step(
    hand_made_session: DesktopSession, qtbot: QtBot
) -> None:
    store = hand_made_session.store
    assert store is not None
    workspace = workspace_of(hand_made_session)
    company_id = get_case(store, HAND_MADE).counterparty_id
    dialog = open_details_of(hand_made_session, company_id, qtbot)
    qtbot.keyClicks(dialog.phone, "39")
    dialog.phone.clear()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not workspace.undo_stack.canUndo()


def test_a_new_company_name_has_its_details_given_once_the_case_is_saved(
    hand_made_session: DesktopSession, qtbot: QtBot
) -> None:
    window = hand_made_session.window
    window.case_actions.new_action.trigger()
    editor = window.case_actions.editor
    assert editor is not None
    assert not editor.company_details.isEnabled()
    assert editor.company_details.toolTip() == "Choose the company first"
    qtbot.keyClicks(editor.counterparty.lineEdit(), "Fnac")
    assert not editor.company_details.isEnabled()
    assert "joins the directory when the case is saved" in editor.company_details.toolTip()
    editor.counterparty.lineEdit().clear()
    qtbot.keyClicks(editor.counterparty.lineEdit(), "orange")
    assert editor.company_details.isEnabled()
    assert "Orange" in editor.company_details.toolTip()
    editor.reject()


def test_each_other_party_of_the_case_has_its_details_button(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    store = demo_session.store
    assert store is not None
    editor = open_editor(qtbot, demo_session)
    first = editor.parties.fields()[0]
    assert first.details.isEnabled()
    assert first.details.accessibleName() == "Contact details of the party in row 1"
    assert unnamed_controls(editor) == []

    party = find_party(store, first.picker.currentText())
    assert party is not None
    qtbot.mouseClick(first.details, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, editor)
    assert dialog.party_name.text() == party.name
    dialog.phone.setFocus()
    qtbot.keyClicks(dialog.phone, "09 69 39 13 91")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert get_party(store, party.id).phone == "09 69 39 13 91"
    assert first.picker.currentText() == party.name

    qtbot.mouseClick(editor.parties.add_button, Qt.MouseButton.LeftButton)
    added = editor.parties.fields()[-1]
    assert not added.details.isEnabled()
    qtbot.keyClicks(added.picker.lineEdit(), "La Poste")
    assert not added.details.isEnabled()
    assert added.details.toolTip() == (
        "La Poste joins the directory when the case is saved: then give its details"
    )
    editor.reject()


def test_the_letter_takes_the_recipients_address_given_from_the_composer(
    hand_made_session: DesktopSession, composer: LetterWindow, qtbot: QtBot
) -> None:
    window = hand_made_session.window
    assert NO_ADDRESS in composer.warnings.text()
    assert clashing_widget_mnemonics(composer) == []
    assert composer.form.recipient_details.accessibleName() == "Edit the recipient’s address"

    qtbot.mouseClick(composer.form.recipient_details, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, composer)
    type_address(qtbot, dialog, "Service Clients Engie", "TSA 21519", "75901 Paris Cedex 15")
    with qtbot.waitSignal(composer.preview_ready, timeout=PREVIEW_TIMEOUT):
        qtbot.keyClick(
            dialog.postal_address, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert not any(form.isVisible() for form in composer.findChildren(PartyDialog))

    assert NO_ADDRESS not in composer.warnings.text()
    recipient = composer.paragraphs.row_of("recipient")
    assert recipient is not None
    assert "75901 Paris Cedex 15" in composer.paragraphs.text(recipient)
    assert composer._latest is not None
    letter = pdf_text(composer._latest.path)
    assert "Service Clients Engie TSA 21519 75901 Paris Cedex 15" in letter
    assert "recipient's address to be completed" not in letter

    with qtbot.waitSignal(composer.preview_ready, timeout=PREVIEW_TIMEOUT):
        window.undo_action.trigger()
    assert NO_ADDRESS in composer.warnings.text()
    assert "75901" not in composer.paragraphs.text(recipient)


def test_a_renamed_recipient_is_still_the_one_chosen_in_the_composer(
    demo_composer: LetterWindow, qtbot: QtBot
) -> None:
    composer = demo_composer
    recipients = composer.form.recipient
    recipients.setCurrentIndex(recipients.count() - 1)
    chosen = recipients.currentData()
    qtbot.mouseClick(composer.form.recipient_details, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, composer)
    assert dialog.party.id == chosen
    dialog.party_name.selectAll()
    qtbot.keyClicks(dialog.party_name, "Renamed recipient")
    qtbot.keyClick(dialog.party_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert recipients.currentData() == chosen
    assert recipients.currentText().startswith("Renamed recipient (")


def test_the_summary_asks_for_the_companys_address_until_it_is_given(
    hand_made_session: DesktopSession, qtbot: QtBot
) -> None:
    store = hand_made_session.store
    assert store is not None
    summary = hand_made_session.window.case_detail.summary
    link = summary.company_details
    assert link.isVisible()
    assert "Add its postal address…" in link.text()
    assert link.toolTip() == f"No postal address yet: letters to {COMPANY} leave a blank for it"

    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=link.rect().center())
    dialog = opened_dialog(qtbot, summary)
    type_address(qtbot, dialog, "Service Clients", "75901 Paris Cedex 15")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Contact details…" in link.text()
    assert link.toolTip() == "Service Clients\n75901 Paris Cedex 15"

    hand_made_session.window.undo_action.trigger()
    assert "Add its postal address…" in link.text()


def test_the_details_form_is_named_for_screen_readers_and_speaks_french(
    french_interface: object, start_session: StartSession, data_dir: Path, qtbot: QtBot
) -> None:
    with Store.open(data_dir) as store:
        create_demo_case(store, lang=Language.FR)
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.store is not None and session.window.has_cases())
    assert session.window.case_list.select_case(1)
    summary = session.window.case_detail.summary
    qtbot.waitUntil(summary.company_details.isVisible)
    assert "Coordonnées…" in summary.company_details.text()
    qtbot.mouseClick(
        summary.company_details,
        Qt.MouseButton.LeftButton,
        pos=summary.company_details.rect().center(),
    )
    dialog = opened_dialog(qtbot, summary)
    assert dialog.windowTitle() == "Coordonnées de «\u00a0Orange\u00a0»"
    assert unnamed_controls(dialog) == []
    assert english_left(shown_texts(dialog)) == []
    assert clashing_widget_mnemonics(dialog) == []
    dialog.reject()
