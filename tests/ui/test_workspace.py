"""Edits through the workspace: saved at once, shown at once, undone and redone from the menu."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.cases import create_case, delete_case, get_case, set_case_status
from core.database import Store
from core.errors import InvalidInputError
from core.model import CaseStatus, PromiseStatus
from core.promises import settle_promise
from ui.models.case_table_model import CaseColumn
from ui.models.promise_table_model import PromiseColumn
from ui.record_change import Part, RecordChange
from ui.shell.startup import DesktopSession

from .helpers import column_texts


def test_an_edit_shows_at_once_and_undoes_and_redoes_from_the_edit_menu(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    window, workspace = demo_session.window, demo_session.workspace
    assert workspace is not None
    ledger = window.case_detail.promises.view
    with qtbot.waitSignal(workspace.changed, timeout=1000):
        workspace.perform(
            "Mark a promise kept",
            lambda store: settle_promise(store, promise_id=1, status=PromiseStatus.KEPT),
            RecordChange(Part.PROMISES, case_id=1),
        )
    assert column_texts(ledger, PromiseColumn.STATUS).count("Kept") == 1
    assert column_texts(window.case_list, CaseColumn.PROMISES_BROKEN) == ["2/3"]
    assert window.statusBar().currentMessage() == "Mark a promise kept"
    assert window.undo_action.text() == "&Undo Mark a promise kept"

    window.undo_action.trigger()
    assert column_texts(ledger, PromiseColumn.STATUS) == ["Broken"] * 3
    assert column_texts(window.case_list, CaseColumn.PROMISES_BROKEN) == ["3/3"]
    assert window.statusBar().currentMessage() == "Undone: Mark a promise kept"
    assert window.redo_action.isEnabled()

    window.redo_action.trigger()
    assert column_texts(ledger, PromiseColumn.STATUS).count("Kept") == 1
    assert window.statusBar().currentMessage() == "Redone: Mark a promise kept"


def test_a_refused_edit_changes_nothing_and_leaves_no_history(
    demo_session: DesktopSession,
) -> None:
    workspace = demo_session.workspace
    assert workspace is not None
    with pytest.raises(InvalidInputError):
        workspace.perform(
            "Close, then fail",
            lambda store: (
                set_case_status(store, 1, CaseStatus.CLOSED),
                settle_promise(store, promise_id=1, status=PromiseStatus.KEPT, by_evidence_id=99),
            ),
            RecordChange(Part.CASE, case_id=1),
        )
    assert get_case(workspace.store, 1).status is CaseStatus.OPEN
    assert not workspace.undo_stack.canUndo()


def test_an_undo_the_record_no_longer_allows_is_explained(
    demo_session: DesktopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = demo_session.workspace
    assert workspace is not None
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.shell.main_window.show_error", lambda parent, error: shown.append(str(error))
    )
    workspace.perform(
        "Delete the case",
        lambda store: delete_case(store, 1, keep_files=True),
        RecordChange(Part.CASE, case_id=1),
    )
    assert demo_session.data_dir is not None
    with Store.open(demo_session.data_dir) as command_line:
        assert create_case(command_line, title="Made meanwhile", counterparty="EDF").id == 1
    workspace.undo_stack.undo()
    assert shown and "changed elsewhere" in shown[0]
    assert get_case(workspace.store, 1).title == "Made meanwhile"
    assert not workspace.undo_stack.canUndo()
