"""Moving a case along, closing and reopening it, deleting it and bringing it back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.case_record import load_case_record
from core.cases import get_case, list_cases
from core.evidence import evidence_path
from core.model import CaseStatus
from ui.models.case_table_model import CaseColumn
from ui.shell.startup import DesktopSession

from .helpers import column_texts


class DeleteQuestion:
    """Stands in for the user before the delete confirmation: reads it, then answers."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, confirm: bool) -> None:
        self.confirm = confirm
        self.texts: list[str] = []
        self.default_buttons: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.answer(box))

    def answer(self, box: QMessageBox) -> int:
        self.texts.append(f"{box.text()}\n{box.informativeText()}")
        default = box.defaultButton()
        self.default_buttons.append("" if default is None else default.text())
        wanted = (
            QMessageBox.ButtonRole.DestructiveRole
            if self.confirm
            else QMessageBox.ButtonRole.RejectRole
        )
        [button] = [button for button in box.buttons() if box.buttonRole(button) == wanted]
        button.click()
        return 0


def test_close_reopen_and_each_status_through_the_case_menu(
    demo_session: DesktopSession,
) -> None:
    window = demo_session.window
    actions = window.case_actions
    store = demo_session.store
    assert store is not None
    assert actions.close_action.text() == "&Close Case"
    assert actions.status_actions[CaseStatus.OPEN].isChecked()

    actions.close_action.trigger()
    assert get_case(store, 1).status is CaseStatus.CLOSED
    assert get_case(store, 1).closed_at is not None
    assert column_texts(window.case_list, CaseColumn.STATUS) == ["Closed"]
    assert window.case_detail.summary.status.text() == "Closed"
    assert window.statusBar().currentMessage() == "Close the case"
    assert actions.close_action.text() == "&Reopen Case"
    assert actions.status_actions[CaseStatus.CLOSED].isChecked()

    actions.close_action.trigger()
    assert get_case(store, 1).status is CaseStatus.OPEN
    assert window.statusBar().currentMessage() == "Reopen the case"

    actions.status_actions[CaseStatus.AWAITING_REPLY].trigger()
    assert column_texts(window.case_list, CaseColumn.STATUS) == ["Awaiting reply"]
    actions.status_actions[CaseStatus.ESCALATED].trigger()
    actions.status_actions[CaseStatus.RESOLVED].trigger()
    assert get_case(store, 1).status is CaseStatus.RESOLVED
    assert actions.close_action.text() == "&Reopen Case"
    assert window.undo_action.text() == "&Undo Mark the case resolved"

    window.undo_action.trigger()
    assert get_case(store, 1).status is CaseStatus.ESCALATED
    assert actions.status_actions[CaseStatus.ESCALATED].isChecked()


def test_delete_asks_first_saying_what_goes_and_cancel_is_the_default(
    demo_session: DesktopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = DeleteQuestion(monkeypatch, confirm=False)
    demo_session.window.case_actions.delete_action.trigger()

    assert len(question.texts) == 1
    assert "“Free” iPhone 3G" in question.texts[0]
    store = demo_session.store
    assert store is not None
    record = load_case_record(store, 1)
    assert f"interactions: {len(record.interactions)}" in question.texts[0]
    assert "promises: 3" in question.texts[0]
    assert "evidence files: 2" in question.texts[0]
    assert [text.replace("&", "") for text in question.default_buttons] == ["Cancel"]
    assert [case.id for case in list_cases(store)] == [1]


def test_deleting_then_undo_brings_the_case_back_whole_and_redo_deletes_again(
    demo_session: DesktopSession, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    DeleteQuestion(monkeypatch, confirm=True)
    window = demo_session.window
    store = demo_session.store
    assert store is not None
    before = load_case_record(store, 1)
    files = [evidence_path(store, item) for item in before.evidence]

    window.case_actions.delete_action.trigger()

    assert list_cases(store) == []
    assert not window.has_cases()
    assert window.dashboard.empty_message.text() == "There are no cases yet."
    assert window.windowTitle() == "Recours"
    assert window.statusBar().currentMessage() == "Delete the case"
    assert all(path.exists() for path in files)

    window.undo_action.trigger()

    after = load_case_record(store, 1)
    assert after.interactions == before.interactions
    assert after.evidence == before.evidence
    assert after.promises == before.promises
    assert after.parties == before.parties
    current = window.case_list.current_record()
    assert current is not None and current.id == 1
    assert window.case_detail.timeline.view.proxy.rowCount() == len(before.interactions)
    assert window.case_detail.evidence.view.proxy.rowCount() == 2

    window.redo_action.trigger()
    assert list_cases(store) == []
    assert window.statusBar().currentMessage() == "Redone: Delete the case"
