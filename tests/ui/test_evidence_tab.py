"""The evidence tab: thumbnails and page counts, opening safely, exporting, describing and
deleting files, with undo."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.evidence import attach_evidence, evidence_path, list_evidence
from core.model import Evidence, EvidenceKind, Money
from tests.sample_files import (
    ROTATED_CLOCKWISE,
    decompression_bomb_png,
    jpeg_photo,
    pdf_with_pages,
    program_named_pdf,
)
from ui.evidence.evidence_dialog import EvidenceDialog
from ui.evidence.evidence_tab import EvidenceTab
from ui.models.evidence_table_model import EvidenceColumn
from ui.record_change import Part, RecordChange
from ui.shell.startup import DesktopSession

from .helpers import column_texts


def evidence_tab(session: DesktopSession) -> EvidenceTab:
    detail = session.window.case_detail
    detail.tabs.setCurrentWidget(detail.evidence)
    return detail.evidence


def attach(session: DesktopSession, *files: Path) -> list[Evidence]:
    """Attach files as the command line would, then tell the window."""
    store = session.store
    assert store is not None and session.workspace is not None
    attached = [attach_evidence(store, case_id=1, source=path).evidence for path in files]
    session.workspace.notify(RecordChange(Part.EVIDENCE, case_id=1))
    return attached


def select(tab: EvidenceTab, evidence: Evidence) -> None:
    assert tab.select_id(evidence.id)
    assert tab.selected_evidence() == evidence


def cell(
    tab: EvidenceTab, evidence: Evidence, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> Any:
    for row in range(tab.view.proxy.rowCount()):
        if tab.view.record_at_view_row(row).id == evidence.id:
            return tab.view.proxy.index(row, column).data(role)
    raise AssertionError(f"{evidence.original_name} is not listed")


def test_pictures_get_upright_thumbnails_and_pdfs_their_page_count(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = evidence_tab(demo_session)
    photo, letter, bomb = attach(
        demo_session,
        jpeg_photo(tmp_path / "colis.jpg", width=160, height=90, orientation=ROTATED_CLOCKWISE),
        pdf_with_pages(tmp_path / "lettre.pdf", 3),
        decompression_bomb_png(tmp_path / "bomb.png"),
    )
    for row in range(tab.view.proxy.rowCount()):
        tab.view.proxy.index(row, EvidenceColumn.NAME).data(Qt.ItemDataRole.DecorationRole)
        tab.view.proxy.index(row, EvidenceColumn.CONTENTS).data()
    qtbot.waitUntil(lambda: not tab.previews.is_busy(), timeout=10_000)

    thumbnail = cell(tab, photo, EvidenceColumn.NAME, Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumbnail, QIcon)
    shown = thumbnail.pixmap(96, 96).toImage()
    painted = [
        (x, y)
        for x in range(shown.width())
        for y in range(shown.height())
        if shown.pixelColor(x, y).alpha()
    ]
    painted_width = max(x for x, _ in painted) - min(x for x, _ in painted) + 1
    painted_height = max(y for _, y in painted) - min(y for _, y in painted) + 1
    assert painted_height > painted_width
    assert cell(tab, photo, EvidenceColumn.CONTENTS) == "90 × 160 pixels"
    assert cell(tab, letter, EvidenceColumn.CONTENTS) == "3 pages"
    assert cell(tab, bomb, EvidenceColumn.CONTENTS) == "Too large to preview"
    assert tab.previews.thumbnail(bomb) is None
    assert isinstance(cell(tab, bomb, EvidenceColumn.NAME, Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell(tab, letter, EvidenceColumn.FINGERPRINT) == letter.sha256


def test_the_evidence_model_passes_qt_checks_with_previews(
    demo_session: DesktopSession, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    tab = evidence_tab(demo_session)
    attach(demo_session, jpeg_photo(tmp_path / "a.jpg"), pdf_with_pages(tmp_path / "b.pdf", 1))
    qtmodeltester.check(tab.model, force_py=True)
    qtbot.waitUntil(lambda: not tab.previews.is_busy(), timeout=10_000)
    qtmodeltester.check(tab.model, force_py=True)


def test_the_fingerprint_can_be_copied(demo_session: DesktopSession) -> None:
    tab = evidence_tab(demo_session)
    [first, _second] = list_evidence(demo_session.store, 1)  # type: ignore[arg-type]
    select(tab, first)
    tab.copy_fingerprint_action.trigger()
    assert QGuiApplication.clipboard().text() == first.sha256


@pytest.fixture
def viewer(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the system viewer was asked to open."""
    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


def test_a_pdf_opens_in_the_system_viewer_from_a_read_only_copy(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path, viewer: list[Path]
) -> None:
    tab = evidence_tab(demo_session)
    [letter] = attach(demo_session, pdf_with_pages(tmp_path / "lettre: recommandée?.pdf", 2))
    select(tab, letter)

    tab.open_action.trigger()
    qtbot.waitUntil(lambda: len(viewer) == 1)

    [copy] = viewer
    assert copy.name == "lettre_ recommandée_.pdf"
    assert copy.read_bytes() == (tmp_path / "lettre: recommandée?.pdf").read_bytes()
    assert not copy.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert copy != evidence_path(demo_session.store, letter)  # type: ignore[arg-type]


def test_a_program_disguised_as_a_pdf_asks_first_and_cancel_opens_nothing(
    demo_session: DesktopSession,
    qtbot: QtBot,
    tmp_path: Path,
    viewer: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = evidence_tab(demo_session)
    [disguised] = attach(demo_session, program_named_pdf(tmp_path / "facture.pdf"))
    questions: list[tuple[str, QMessageBox.StandardButton]] = []
    answer = QMessageBox.StandardButton.Cancel

    def warning(
        parent: QWidget,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
    ) -> QMessageBox.StandardButton:
        questions.append((text, default))
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    select(tab, disguised)

    tab.open_action.trigger()

    [(text, default)] = questions
    assert default == QMessageBox.StandardButton.Cancel
    assert "“facture.pdf” is not a document Recours recognises" in text
    qtbot.wait(100)
    assert viewer == []

    answer = QMessageBox.StandardButton.Open
    tab.open_action.trigger()
    qtbot.waitUntil(lambda: len(viewer) == 1)
    assert viewer[0].read_bytes() == (tmp_path / "facture.pdf").read_bytes()


def test_export_writes_an_identical_copy_and_leaves_the_original_alone(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = evidence_tab(demo_session)
    store = demo_session.store
    assert store is not None
    invoice = next(item for item in list_evidence(store, 1) if item.kind is EvidenceKind.INVOICE)
    stored = evidence_path(store, invoice)
    stored_before = (stored.read_bytes(), stored.stat().st_mtime_ns, stored.stat().st_mode)
    target = tmp_path / "for the mediator" / "invoice.pdf"
    target.parent.mkdir()
    suggested: list[str] = []

    def save_as(parent: QWidget, caption: str, path: str) -> tuple[str, str]:
        suggested.append(path)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    select(tab, invoice)

    tab.export_action.trigger()
    qtbot.waitUntil(target.exists)

    assert Path(suggested[0]).name == invoice.original_name
    assert hashlib.sha256(target.read_bytes()).hexdigest() == invoice.sha256
    assert os.access(target, os.W_OK)
    assert (stored.read_bytes(), stored.stat().st_mtime_ns, stored.stat().st_mode) == stored_before
    qtbot.waitUntil(
        lambda: demo_session.window.statusBar().currentMessage() == f"Exported a copy to {target}"
    )


def open_details(tab: EvidenceTab, evidence: Evidence) -> EvidenceDialog:
    select(tab, evidence)
    tab.describe_action.trigger()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_f2_on_the_list_opens_the_details_and_enter_opens_the_file(
    demo_session: DesktopSession, qtbot: QtBot, viewer: list[Path]
) -> None:
    tab = evidence_tab(demo_session)
    invoice = next(
        item
        for item in list_evidence(demo_session.store, 1)
        if item.kind is EvidenceKind.INVOICE  # type: ignore[arg-type]
    )
    select(tab, invoice)
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)

    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(viewer) == 1)
    assert viewer[0].suffix == ".pdf"

    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.evidence == invoice
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_describing_evidence_is_saved_and_undone(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = evidence_tab(demo_session)
    window = demo_session.window
    photo = next(
        item for item in list_evidence(demo_session.store, 1) if item.kind is EvidenceKind.PHOTO
    )  # type: ignore[arg-type]
    before = photo
    dialog = open_details(tab, photo)
    interaction_row = 2

    dialog.kind.setCurrentIndex(dialog.kind.findData(EvidenceKind.RECEIPT))
    dialog.interaction.setCurrentIndex(interaction_row)
    linked_id = dialog.interaction.currentData()
    dialog.description.clear()
    qtbot.keyClicks(dialog.description, "Ticket de caisse du magasin")
    dialog.document_date.line.clear()
    qtbot.keyClicks(dialog.document_date.line, "14/03/2026")
    dialog.currency.setCurrentText("EUR")
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "60,00")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    [saved] = [item for item in list_evidence(demo_session.store, 1) if item.id == photo.id]  # type: ignore[arg-type]
    assert saved.kind is EvidenceKind.RECEIPT
    assert saved.description == "Ticket de caisse du magasin"
    assert saved.amount == Money(6000, "EUR")
    assert saved.document_date is not None and saved.document_date.isoformat() == "2026-03-14"
    assert saved.interaction_id == linked_id is not None
    assert cell(tab, saved, EvidenceColumn.KIND) == "Receipt"
    assert cell(tab, saved, EvidenceColumn.AMOUNT) == "€60.00"
    assert cell(tab, saved, EvidenceColumn.DATE) == "14 Mar 2026"
    assert window.undo_action.text() == f"&Undo Describe “{photo.original_name}”"

    window.undo_action.trigger()
    [undone] = [item for item in list_evidence(demo_session.store, 1) if item.id == photo.id]  # type: ignore[arg-type]
    assert undone == before
    assert cell(tab, undone, EvidenceColumn.KIND) == "Photo"
    window.redo_action.trigger()
    assert cell(tab, saved, EvidenceColumn.AMOUNT) == "€60.00"


def test_an_amount_that_is_not_one_is_said_and_the_dialog_stays_open(
    demo_session: DesktopSession, qtbot: QtBot
) -> None:
    tab = evidence_tab(demo_session)
    photo = list_evidence(demo_session.store, 1)[0]  # type: ignore[arg-type]
    dialog = open_details(tab, photo)
    undo_entries = demo_session.workspace.undo_stack.count()  # type: ignore[union-attr]

    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "soixante")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "“soixante” is not an amount" in dialog.problem.text()
    assert demo_session.workspace.undo_stack.count() == undo_entries  # type: ignore[union-attr]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_control_of_the_details_dialog_has_an_accessible_name(
    demo_session: DesktopSession,
) -> None:
    tab = evidence_tab(demo_session)
    dialog = open_details(tab, list_evidence(demo_session.store, 1)[0])  # type: ignore[arg-type]
    controls = [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, QLineEdit | QComboBox | QAbstractButton)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(widget.parent(), QComboBox)
    ]
    assert len(controls) >= 10
    assert [widget for widget in controls if not widget.accessibleName()] == []
    assert dialog.fingerprint.text() == dialog.evidence.sha256
    assert dialog.fingerprint.isReadOnly()


def test_deleting_evidence_asks_keeps_the_file_and_undoes(
    demo_session: DesktopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = evidence_tab(demo_session)
    window = demo_session.window
    store = demo_session.store
    assert store is not None
    photo = next(item for item in list_evidence(store, 1) if item.kind is EvidenceKind.PHOTO)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    defaults: list[QMessageBox.StandardButton] = []

    def question(
        parent: QWidget,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
    ) -> QMessageBox.StandardButton:
        defaults.append(default)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert tab.delete_action.objectName() == "delete"
    assert tab.delete_action in tab.case_actions()
    select(tab, photo)

    tab.delete_action.trigger()
    assert len(list_evidence(store, 1)) == 2
    tab.delete_action.trigger()

    assert defaults == [QMessageBox.StandardButton.Cancel] * 2
    assert [item.id for item in list_evidence(store, 1)] != [] and photo.id not in [
        item.id for item in list_evidence(store, 1)
    ]
    assert photo.original_name not in column_texts(tab.view, EvidenceColumn.NAME)
    assert evidence_path(store, photo).exists()
    assert not tab.delete_action.isEnabled() or tab.selected_evidence() is not None

    window.undo_action.trigger()
    assert photo.original_name in column_texts(tab.view, EvidenceColumn.NAME)
    assert photo in list_evidence(store, 1)


def test_the_actions_need_a_selected_file(demo_session: DesktopSession) -> None:
    tab = evidence_tab(demo_session)
    tab.view.clearSelection()
    tab.view.setCurrentIndex(tab.view.proxy.index(-1, -1))
    for action in (tab.open_action, tab.export_action, tab.describe_action, tab.delete_action):
        assert not action.isEnabled()
    assert tab.add_action.isEnabled()
    tab.view.select_view_row(0)
    assert tab.delete_action.isEnabled()
