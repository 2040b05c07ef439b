"""Creating and editing a case through its form, by typing, as a person would."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.cases import get_case, list_cases, list_references
from core.model import Jurisdiction, Language, PartyRole, Reference, Sender
from core.parties import case_parties, find_party
from ui.case.case_editor import CaseEditor
from ui.models.case_table_model import CaseColumn
from ui.settings import Preferences, save_preferences
from ui.shell.main_window import MainWindow
from ui.shell.startup import DesktopSession
from ui.widgets.party_roles_editor import PartyRoleFields
from ui.widgets.references_editor import ReferenceFields

from .accessibility import unnamed_controls
from .helpers import column_texts

MY_IDENTITY = Sender(
    name="Julie Martin",
    postal_address="3 rue des Lilas\n75011 Paris",
    email="julie@example.org",
    phone="01 02 03 04 05",
)


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_new_case_editor(qtbot: QtBot, window: MainWindow) -> CaseEditor:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.case_actions.editor
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def add_party(qtbot: QtBot, editor: CaseEditor, name: str, role: str) -> PartyRoleFields:
    qtbot.mouseClick(editor.parties.add_button, Qt.MouseButton.LeftButton)
    fields = editor.parties.fields()[-1]
    assert fields.picker.hasFocus() or fields.picker.lineEdit().hasFocus()
    qtbot.keyClicks(fields.picker.lineEdit(), name)
    fields.role.setFocus()
    qtbot.keyClicks(fields.role, role)
    return fields


def add_reference(qtbot: QtBot, editor: CaseEditor, label: str, value: str) -> ReferenceFields:
    qtbot.mouseClick(editor.references.add_button, Qt.MouseButton.LeftButton)
    fields = editor.references.fields()[-1]
    qtbot.keyClicks(fields.label, label)
    qtbot.keyClicks(fields.value, value)
    return fields


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_new_case_typed_in_the_form_is_listed_and_recorded_whole(
    demo_session: DesktopSession, settings: QSettings, qtbot: QtBot
) -> None:
    save_preferences(
        settings,
        Preferences(
            identity=MY_IDENTITY, jurisdiction=Jurisdiction.FR, letter_language=Language.FR
        ),
    )
    window = demo_session.window
    editor = open_new_case_editor(qtbot, window)
    assert editor.windowTitle() == "New Case"
    assert editor.sender_form.identity() == MY_IDENTITY
    assert editor.jurisdiction.currentText() == "France"
    assert editor.language.currentText() == "French"
    assert editor.title.hasFocus()

    qtbot.keyClicks(editor.title, "Boiler never repaired")
    qtbot.keyClicks(editor.counterparty.lineEdit(), "Engie Home Services")
    add_party(qtbot, editor, "chronopost", "Carrier")
    add_reference(qtbot, editor, "Customer number", "EN-4521")
    add_reference(qtbot, editor, "Invoice number", "F-2026-118")
    retype(qtbot, editor.sender_form.name, "Paul Durand")
    retype(qtbot, editor.sender_form.email, "paul@example.org")
    qtbot.keyClicks(editor.desired_outcome, "Repair the boiler")

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert not editor.isVisible()

    case_id = saved.args[0]
    assert "Boiler never repaired" in column_texts(window.case_list, CaseColumn.TITLE)
    current = window.case_list.current_record()
    assert current is not None and current.id == case_id
    assert current.counterparty == "Engie Home Services"
    assert window.windowTitle() == "Boiler never repaired — Recours"
    assert window.statusBar().currentMessage() == "Create a case"
    assert window.undo_action.text() == "&Undo Create a case"

    store = demo_session.store
    assert store is not None
    case = get_case(store, case_id)
    engie = find_party(store, "engie home services")
    assert engie is not None and case.counterparty_id == engie.id
    assert case.language is Language.FR and case.desired_outcome == "Repair the boiler"
    assert case.sender == Sender(
        name="Paul Durand",
        postal_address=MY_IDENTITY.postal_address,
        email="paul@example.org",
        phone=MY_IDENTITY.phone,
    )
    roles = {(involved.party.name, involved.role) for involved in case_parties(store, case_id)}
    assert roles == {
        ("Engie Home Services", PartyRole.COUNTERPARTY),
        ("Chronopost", PartyRole.CARRIER),
    }
    assert list_references(store, case_id) == [
        Reference("Customer number", "EN-4521"),
        Reference("Invoice number", "F-2026-118"),
    ]

    window.undo_action.trigger()
    assert "Boiler never repaired" not in column_texts(window.case_list, CaseColumn.TITLE)
    assert find_party(store, "Engie Home Services") is None
    window.redo_action.trigger()
    assert "Boiler never repaired" in column_texts(window.case_list, CaseColumn.TITLE)


def test_editing_changes_the_case_parties_and_references_in_one_undoable_step(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    store = demo_session.store
    assert store is not None
    parties_before = case_parties(store, 1)
    references_before = list_references(store, 1)
    window.case_actions.edit_action.trigger()
    editor = window.case_actions.editor
    assert editor is not None and editor.windowTitle() == "Edit Case"
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.title.text() == get_case(store, 1).title
    assert [fields.reference() for fields in editor.references.fields()] == references_before

    retype(qtbot, editor.title, "iPhone billed although free")
    retype(qtbot, editor.notes, "Ask for the recording of the call")
    first_party = editor.parties.fields()[0]
    removed = first_party.picker.currentText()
    remove_button = editor.parties.focus_chain()[3]
    assert remove_button.accessibleName() == "Remove row 1"
    qtbot.mouseClick(remove_button, Qt.MouseButton.LeftButton)
    move_down = editor.references.focus_chain()[3]
    assert move_down.accessibleName() == "Move row 1 down"
    qtbot.mouseClick(move_down, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not editor.isVisible()
    assert get_case(store, 1).title == "iPhone billed although free"
    assert removed not in {involved.party.name for involved in case_parties(store, 1)}
    references = list_references(store, 1)
    assert references == [references_before[1], references_before[0], *references_before[2:]]
    assert window.case_detail.summary.title.text() == "iPhone billed although free"
    assert window.case_detail.summary.notes.text() == "Ask for the recording of the call"
    assert window.windowTitle() == "iPhone billed although free — Recours"

    window.undo_action.trigger()
    assert case_parties(store, 1) == parties_before
    assert list_references(store, 1) == references_before
    assert window.case_detail.summary.title.text() != "iPhone billed although free"


def test_a_refused_save_is_said_in_the_form_which_keeps_what_was_typed(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    store = demo_session.store
    assert store is not None
    editor = open_new_case_editor(qtbot, window)
    qtbot.keyClicks(editor.counterparty.lineEdit(), "Engie")
    add_reference(qtbot, editor, "", "EN-4521")

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.problem.text() == "The case needs a title."
    assert editor.title.hasFocus()

    qtbot.keyClicks(editor.title, "Boiler")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert "label" in editor.problem.text()
    assert editor.references.fields()[0].label.hasFocus()
    assert editor.references.fields()[0].value.text() == "EN-4521"
    assert len(list_cases(store)) == 1
    assert find_party(store, "Engie") is None
    assert not demo_session.workspace or not demo_session.workspace.undo_stack.canUndo()

    qtbot.keyClicks(editor.references.fields()[0].label, "Contract")
    editor.counterparty.lineEdit().clear()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.problem.text() == "Say which company the dispute is with."
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert len(list_cases(store)) == 1


def test_use_my_own_details_fills_the_sender_from_the_preferences(
    demo_session: DesktopSession, settings: QSettings, qtbot: QtBot
) -> None:
    window = demo_session.window
    window.case_actions.edit_action.trigger()
    editor = window.case_actions.editor
    assert editor is not None
    assert not editor.use_my_details.isEnabled()
    editor.reject()

    save_preferences(settings, Preferences(identity=MY_IDENTITY))
    window.case_actions.edit_action.trigger()
    editor = window.case_actions.editor
    assert editor is not None
    assert editor.sender_form.name.text() != MY_IDENTITY.name
    qtbot.mouseClick(editor.use_my_details, Qt.MouseButton.LeftButton)
    assert editor.sender_form.identity() == MY_IDENTITY
    editor.reject()


def test_every_control_of_the_case_editor_has_an_accessible_name(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window = demo_session.window
    window.case_actions.edit_action.trigger()
    editor = window.case_actions.editor
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    assert editor.parties.fields() and editor.references.fields()
    assert unnamed_controls(editor) == []
    editor.reject()


def test_tab_goes_through_the_form_in_reading_order(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    editor = open_new_case_editor(qtbot, demo_session.window)
    qtbot.mouseClick(editor.references.add_button, Qt.MouseButton.LeftButton)
    editor.title.setFocus()
    visited = []
    for _ in range(12):
        visited.append(editor.focusWidget())
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
    reference = editor.references.fields()[0]
    assert visited[:3] == [editor.title, editor.counterparty, editor.desired_outcome]
    assert visited.index(editor.notes) < visited.index(editor.parties.add_button)
    assert visited.index(editor.parties.add_button) < visited.index(reference.label)
    assert visited.index(reference.label) + 1 == visited.index(reference.value)
    editor.reject()


def test_double_clicking_a_case_opens_it_for_editing(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    case_list = demo_session.window.case_list
    rect = case_list.visualRect(case_list.proxy.index(0, CaseColumn.TITLE))
    qtbot.mouseClick(case_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(case_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = demo_session.window.case_actions.editor
    assert editor is not None and editor.isVisible()
    assert editor.windowTitle() == "Edit Case"
    assert editor.case_id == 1
    editor.reject()


def test_the_summary_shows_the_beginning_of_long_notes_and_all_of_them_on_hover(
    demo_session: DesktopSession,
) -> None:
    store = demo_session.store
    assert store is not None
    notes = get_case(store, 1).notes
    shown = demo_session.window.case_detail.summary.notes
    assert len(notes) > 200
    assert shown.text().endswith("…")
    assert notes.startswith(shown.text().rstrip(" …"))
    assert shown.toolTip() == notes
