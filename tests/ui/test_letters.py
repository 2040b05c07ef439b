"""The letter composer and the register of letters, driven as a user does."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from core.cases import get_case
from core.clock import today
from core.evidence import list_evidence
from core.interactions import list_interactions
from core.letters.kinds import LetterKind
from core.letters.register import list_letters
from core.model import (
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    Jurisdiction,
    Language,
    Moment,
    Sector,
    Sender,
)
from ui.letters.letter_table_model import LetterColumn
from ui.letters.letter_window import LetterWindow
from ui.letters.letters_tab import LettersTab
from ui.settings import Preferences, save_preferences
from ui.shell.startup import DesktopSession
from ui.workspace import Workspace

from .helpers import column_texts

PREVIEW_TIMEOUT = 30_000


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " "))


@pytest.fixture
def workspace(demo_session: DesktopSession) -> Workspace:
    assert demo_session.workspace is not None
    return demo_session.workspace


@pytest.fixture
def composer(workspace: Workspace, qtbot: QtBot, settings: QSettings) -> LetterWindow:
    window = LetterWindow(workspace, 1, settings=settings, kind=LetterKind.FORMAL_NOTICE)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.preview_ready, timeout=PREVIEW_TIMEOUT):
        pass
    return window


def select_paragraph(window: LetterWindow, key: str) -> None:
    row = window.paragraphs.row_of(key)
    assert row is not None, key
    window.paragraph_list.setCurrentIndex(window.paragraphs.index(row, 0))


def test_the_preview_shows_the_formal_notice_with_its_enclosures(composer: LetterWindow) -> None:
    assert composer.document.pageCount() >= 6
    assert composer._latest is not None
    text = pdf_text(composer._latest.path)
    assert "Formal notice (mise en demeure)" in text and "L221-16" in text
    assert "Enclosure 2" in text
    assert "enclosures included" in composer.preview_status.text()


def test_a_rewritten_paragraph_reaches_the_pdf_and_can_be_restored(
    composer: LetterWindow, qtbot: QtBot
) -> None:
    select_paragraph(composer, "amicable")
    composer.editor.selectAll()
    with qtbot.waitSignal(composer.preview_ready, timeout=PREVIEW_TIMEOUT):
        qtbot.keyClicks(composer.editor, "Je propose un rendez-vous <mardi> & jeudi.")
    assert composer.paragraphs.edits() == {"amicable": "Je propose un rendez-vous <mardi> & jeudi."}
    assert composer._latest is not None
    assert "Je propose un rendez-vous <mardi> & jeudi." in pdf_text(composer._latest.path)
    row = composer.paragraphs.row_of("amicable")
    assert row is not None and "(edited)" in composer.paragraphs.index(row, 0).data()
    qtbot.mouseClick(composer.restore_button, Qt.MouseButton.LeftButton)
    assert composer.paragraphs.edits() == {}


def test_leaving_out_an_enclosure_and_changing_the_kind(
    composer: LetterWindow, qtbot: QtBot
) -> None:
    photo = composer.choices.enclosures.index(1, 0)
    with qtbot.waitSignal(composer.preview_ready, timeout=PREVIEW_TIMEOUT):
        composer.choices.enclosures.setData(
            photo, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert composer._latest is not None
    assert "Enclosure 2" not in pdf_text(composer._latest.path)
    with qtbot.waitSignal(composer.preview_ready, timeout=PREVIEW_TIMEOUT):
        composer.form.kind.setCurrentIndex(composer.form.kind.findData(LetterKind.COMPLAINT.value))
    assert "Re: Complaint" in pdf_text(composer._latest.path)


def test_a_blank_filled_in_leaves_the_list_of_things_to_check(
    composer: LetterWindow, qtbot: QtBot
) -> None:
    missing = "The tracking number is missing"
    assert missing in composer.warnings.text()
    select_paragraph(composer, "sending")
    composer.editor.selectAll()
    with qtbot.waitSignal(composer.preview_ready, timeout=PREVIEW_TIMEOUT):
        qtbot.keyClicks(composer.editor, "Registered letter No. 1A 234 567 8901 2")
    assert missing not in composer.warnings.text()
    qtbot.mouseClick(composer.restore_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(composer.preview_ready, timeout=PREVIEW_TIMEOUT):
        pass
    assert missing in composer.warnings.text()
    with qtbot.waitSignal(composer.preview_ready, timeout=PREVIEW_TIMEOUT):
        qtbot.keyClicks(composer.form.tracking, "1A 234 567 8901 2")
    assert missing not in composer.warnings.text()


def test_save_writes_the_pdf_where_the_user_chose(
    composer: LetterWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "ma lettre.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(chosen.is_file, timeout=PREVIEW_TIMEOUT)
    assert "Formal notice" in pdf_text(chosen)
    qtbot.waitUntil(lambda: "Saved to" in composer.preview_status.text(), timeout=PREVIEW_TIMEOUT)


def test_print_sends_every_page_to_the_printer(
    composer: LetterWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    composer.print_letter()
    assert len(PdfReader(printed).pages) == composer.document.pageCount()


def test_recording_puts_the_letter_on_the_case_and_undo_takes_it_back(
    composer: LetterWindow, workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    before = len(list_interactions(workspace.store, 1))
    with qtbot.waitSignal(composer.recorded, timeout=PREVIEW_TIMEOUT):
        qtbot.mouseClick(composer.record_button, Qt.MouseButton.LeftButton)
    [letter] = list_letters(workspace.store, 1)
    assert letter.kind is LetterKind.FORMAL_NOTICE and letter.reply_due_on is not None
    assert len(list_interactions(workspace.store, 1)) == before + 1
    assert list_evidence(workspace.store, 1)[-1].kind is EvidenceKind.LETTER
    assert get_case(workspace.store, 1).status is CaseStatus.AWAITING_REPLY
    workspace.undo_stack.undo()
    assert list_letters(workspace.store, 1) == []
    assert len(list_interactions(workspace.store, 1)) == before
    assert get_case(workspace.store, 1).status is CaseStatus.OPEN


def test_the_users_identity_signs_when_the_case_has_none(
    workspace: Workspace, qtbot: QtBot, settings: QSettings
) -> None:
    from core.cases import create_case

    case = create_case(workspace.store, title="Sans identité", counterparty="Société X")
    window = LetterWindow(
        workspace, case.id, settings=settings, default_sender=Sender(name="Amélie Durand")
    )
    qtbot.addWidget(window)
    row = window.paragraphs.row_of("signature")
    assert row is not None and window.paragraphs.text(row) == "Amélie Durand"


def test_the_ombudsman_weeks_of_the_preferences_give_the_day_the_letter_announces(
    workspace: Workspace, qtbot: QtBot, settings: QSettings
) -> None:
    from core.cases import create_case
    from core.interactions import add_interaction

    case = create_case(
        workspace.store,
        title="Broadband",
        counterparty="Telco plc",
        jurisdiction=Jurisdiction.UK,
        language=Language.EN,
        sector=Sector.TELECOM,
    )
    complained = today() - dt.timedelta(days=7)
    add_interaction(
        workspace.store,
        case_id=case.id,
        occurred=Moment(complained),
        channel=Channel.LETTER,
        direction=Direction.OUTBOUND,
        summary="Written complaint",
    )
    save_preferences(settings, Preferences(ombudsman_weeks=6))
    window = LetterWindow(workspace, case.id, settings=settings, kind=LetterKind.REMINDER)
    qtbot.addWidget(window)

    referral = complained + dt.timedelta(weeks=6)
    model = window.paragraphs
    next_steps = " ".join(
        model.text(row)
        for row in range(model.rowCount())
        if model.piece(row).key.startswith("next.")
    )
    assert f"from {referral.day} {referral:%B %Y}" in next_steps


def test_the_register_tab_lists_letters_and_keeps_their_sending(
    workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, composer: LetterWindow
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(composer.recorded, timeout=PREVIEW_TIMEOUT):
        composer.record_as_sent()
    tab = LettersTab()
    qtbot.addWidget(tab)
    tab.bind(workspace)
    workspace.changed.connect(tab.apply_change)
    tab.show_case(1)
    assert tab.title() == "Letters (1)"
    assert column_texts(tab.view, LetterColumn.KIND) == ["Formal notice"]
    tab.view.select_view_row(0)
    tab.edit_sending()
    [dialog] = [child for child in tab.findChildren(QDialog) if child.isVisible()]
    qtbot.keyClicks(dialog.tracking, "1A 234 567 8901 2")
    dialog.posted.line.setText("2026-11-27")
    dialog.save()
    [letter] = list_letters(workspace.store, 1)
    assert letter.tracking_number == "1A 234 567 8901 2"
    assert letter.posted_on is not None and letter.posted_on.isoformat() == "2026-11-27"
    assert column_texts(tab.view, LetterColumn.TRACKING) == ["1A 234 567 8901 2"]
