"""Adding evidence: files dropped from the file manager or chosen in the file dialog, copied
in the background with progress and Cancel, recorded as one undoable step."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragLeaveEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from core.cases import create_case
from core.evidence import list_evidence
from core.evidence_store import (
    INCOMING_DIRNAME,
    CancelCheck,
    EvidenceFiles,
    ProgressCallback,
    StoredFile,
)
from core.model import Evidence, Interaction
from tests.sample_files import jpeg_photo, pdf_with_pages
from ui.evidence.evidence_import import ImportReport
from ui.evidence.evidence_tab import EvidenceTab
from ui.evidence.file_drops import DropHighlight, DropTarget
from ui.models.evidence_table_model import EvidenceColumn
from ui.shell.startup import DesktopSession
from ui.tasks import PROGRESS_STEPS

from .drops import Answer, drag_over, drop, drop_files, file_urls
from .helpers import column_texts

BIG_FILE_MEGABYTES = 64


def evidence_tab(session: DesktopSession) -> EvidenceTab:
    detail = session.window.case_detail
    detail.tabs.setCurrentWidget(detail.evidence)
    return detail.evidence


def case_evidence(session: DesktopSession) -> list[Evidence]:
    assert session.store is not None
    return list_evidence(session.store, 1)


def big_file(path: Path, megabytes: int = BIG_FILE_MEGABYTES) -> Path:
    with path.open("wb") as handle:
        for block in range(megabytes):
            handle.write(bytes([block % 251]) * (1024 * 1024))
    return path


def import_report(qtbot: QtBot, tab: EvidenceTab, start: Callable[[], object]) -> ImportReport:
    with qtbot.waitSignal(tab.importer.finished, timeout=20_000) as finished:
        start()
    report = finished.args[0]
    assert isinstance(report, ImportReport)
    return report


def test_files_dropped_on_the_evidence_list_are_attached_and_one_undo_removes_them(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = evidence_tab(demo_session)
    window = demo_session.window
    files = [
        pdf_with_pages(tmp_path / "courrier-réclamation.pdf", 2),
        jpeg_photo(tmp_path / "colis abîmé.jpg"),
    ]
    viewport = tab.view.viewport()

    dropped: list[object] = []
    report = import_report(
        qtbot, tab, lambda: dropped.append(drop_files(viewport, viewport.rect().center(), files))
    )

    [answer] = dropped
    assert isinstance(answer, Answer)
    assert answer.accepted()
    assert answer.action() == Qt.DropAction.CopyAction
    assert len(report.attached) == 2 and not report.failed
    names = column_texts(tab.view, EvidenceColumn.NAME)
    assert {"courrier-réclamation.pdf", "colis abîmé.jpg"} <= set(names)
    assert len(names) == 4
    assert tab.title() == "Evidence (4)"
    assert tab.selected_evidence() is not None
    assert tab.selected_evidence().original_name == "courrier-réclamation.pdf"
    for item in case_evidence(demo_session):
        if item.original_name == "colis abîmé.jpg":
            assert item.sha256 == hashlib.sha256(files[1].read_bytes()).hexdigest()
            assert item.interaction_id is None
    assert window.undo_action.text() == "&Undo Attach 2 files"
    assert window.statusBar().currentMessage() == "Attach 2 files"

    window.undo_action.trigger()
    assert len(column_texts(tab.view, EvidenceColumn.NAME)) == 2
    window.redo_action.trigger()
    assert len(column_texts(tab.view, EvidenceColumn.NAME)) == 4


def test_a_file_dropped_on_a_timeline_row_is_tied_to_that_interaction(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    detail = demo_session.window.case_detail
    timeline = detail.timeline.view
    assert timeline.isVisible()
    row = 2
    interaction: Interaction = timeline.record_at_view_row(row)
    row_centre = timeline.visualRect(timeline.proxy.index(row, 1)).center()
    photo = jpeg_photo(tmp_path / "parcel.jpg")

    hovered = drag_over(timeline.viewport(), row_centre, file_urls([photo]))
    assert hovered.accepted()

    report = import_report(
        qtbot, detail.evidence, lambda: drop_files(timeline.viewport(), row_centre, [photo])
    )

    assert report.target.interaction_id == interaction.id
    [attached] = [
        item for item in case_evidence(demo_session) if item.original_name == "parcel.jpg"
    ]
    assert attached.interaction_id == interaction.id
    assert attached.case_id == 1


def test_the_row_under_the_cursor_lights_up_while_dragging(
    demo_session: DesktopSession, tmp_path: Path
) -> None:
    timeline = demo_session.window.case_detail.timeline.view
    row_rect = timeline.visualRect(timeline.proxy.index(1, 0))
    photo = jpeg_photo(tmp_path / "parcel.jpg")

    drag_over(timeline.viewport(), row_rect.center(), file_urls([photo]))

    [highlight] = timeline.viewport().findChildren(DropHighlight)
    assert highlight.isVisible()
    assert highlight.geometry().top() == row_rect.top()
    assert highlight.geometry().height() == timeline.rowHeight(1)
    assert highlight.geometry().width() == timeline.viewport().width()
    QApplication.sendEvent(timeline.viewport(), QDragLeaveEvent())
    assert not highlight.isVisible()


def test_files_dropped_on_a_case_in_the_list_go_to_that_case(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    case_list = demo_session.window.case_list
    tab = evidence_tab(demo_session)
    receipt = pdf_with_pages(tmp_path / "receipt.pdf", 1)
    row_centre = case_list.visualRect(case_list.proxy.index(0, 1)).center()

    report = import_report(
        qtbot, tab, lambda: drop_files(case_list.viewport(), row_centre, [receipt])
    )

    assert report.target.case_id == 1
    assert "receipt.pdf" in column_texts(tab.view, EvidenceColumn.NAME)


def test_links_from_a_web_page_and_move_only_drags_are_refused(
    demo_session: DesktopSession, tmp_path: Path
) -> None:
    tab = evidence_tab(demo_session)
    viewport = tab.view.viewport()
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/facture.pdf")])
    mixed = file_urls([jpeg_photo(tmp_path / "a.jpg")])
    mixed.setUrls([*mixed.urls(), QUrl("https://example.com/b.pdf")])
    text = QMimeData()
    text.setText("/home/user/facture.pdf")

    for mime in (web, mixed, text):
        assert not drop(viewport, viewport.rect().center(), mime).accepted()
    only_move = file_urls([tmp_path / "a.jpg"])
    assert not drop(
        viewport, viewport.rect().center(), only_move, Qt.DropAction.MoveAction
    ).accepted()
    assert not tab.importer.is_busy()
    assert len(case_evidence(demo_session)) == 2


def test_add_evidence_files_through_the_file_dialog(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = evidence_tab(demo_session)
    chosen = [pdf_with_pages(tmp_path / "contrat.pdf", 3), jpeg_photo(tmp_path / "capture.jpg")]
    asked: list[str] = []

    def choose(parent: object, caption: str, folder: str) -> tuple[list[str], str]:
        asked.append(caption)
        return [str(path) for path in chosen], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    assert tab.add_action in tab.case_actions()
    assert tab.add_action.shortcut().toString() == "Ctrl+Shift+E"

    import_report(qtbot, tab, tab.add_action.trigger)

    assert asked == ["Add evidence files to the case"]
    kinds = dict(
        zip(
            column_texts(tab.view, EvidenceColumn.NAME),
            column_texts(tab.view, EvidenceColumn.KIND),
            strict=True,
        )
    )
    assert kinds["contrat.pdf"] == "Contract"
    assert kinds["capture.jpg"] == "Screenshot"


def test_an_empty_file_and_a_vanished_one_are_reported_and_the_good_files_kept(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = evidence_tab(demo_session)
    empty = tmp_path / "vide.pdf"
    empty.touch()
    good = jpeg_photo(tmp_path / "good.jpg")
    gone = tmp_path / "deleted meanwhile.pdf"
    viewport = tab.view.viewport()

    report = import_report(
        qtbot,
        tab,
        lambda: drop_files(viewport, viewport.rect().center(), [empty, good, gone]),
    )

    assert [item.evidence.original_name for item in report.attached] == ["good.jpg"]
    assert "good.jpg" in column_texts(tab.view, EvidenceColumn.NAME)
    box = tab.importer.report_box
    assert box is not None and box.isVisible()
    assert box.text() == "1 file was attached, but not all of them."
    details = box.informativeText()
    assert f"The file {empty} is empty" in details
    assert f"The file {gone} does not exist" in details
    assert demo_session.window.undo_action.text() == "&Undo Attach “good.jpg”"


def test_a_file_already_attached_is_said_so_and_kept_once(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = evidence_tab(demo_session)
    store = demo_session.store
    assert store is not None
    invoice = next(
        item for item in case_evidence(demo_session) if item.media_type == "application/pdf"
    )
    again = tmp_path / "same invoice, new name.pdf"
    again.write_bytes(EvidenceFiles(store.evidence_dir).path_for(invoice.sha256).read_bytes())
    viewport = tab.view.viewport()
    undo_entries = demo_session.window.workspace.undo_stack.count()  # type: ignore[union-attr]

    report = import_report(
        qtbot, tab, lambda: drop_files(viewport, viewport.rect().center(), [again])
    )

    assert report.already_attached == ["same invoice, new name.pdf"]
    assert len(case_evidence(demo_session)) == 2
    box = tab.importer.report_box
    assert box is not None
    assert box.text() == "No file was attached."
    assert "“same invoice, new name.pdf” is already attached to this case" in box.informativeText()
    assert demo_session.window.workspace.undo_stack.count() == undo_entries  # type: ignore[union-attr]
    assert EvidenceFiles(store.evidence_dir).contains(invoice.sha256)


class PausedCopy:
    """Evidence files whose first copy pauses after its first megabyte until `resume`, so a
    test can look at the window while a big file is half copied."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.resume = threading.Event()

    def files_class(self) -> type[EvidenceFiles]:
        pause = self

        class PausingFiles(EvidenceFiles):
            def ingest(
                self,
                source: Path,
                *,
                progress: ProgressCallback | None = None,
                should_cancel: CancelCheck | None = None,
            ) -> StoredFile:
                def report(done: int, total: int) -> None:
                    if progress is not None:
                        progress(done, total)
                    if total > 1024 * 1024 and not pause.started.is_set():
                        pause.started.set()
                        pause.resume.wait(timeout=20)

                return super().ingest(source, progress=report, should_cancel=should_cancel)

        return PausingFiles


@pytest.fixture
def paused_copy(monkeypatch: pytest.MonkeyPatch) -> PausedCopy:
    paused = PausedCopy()
    monkeypatch.setattr("ui.evidence.evidence_import.EvidenceFiles", paused.files_class())
    yield paused
    paused.resume.set()


@pytest.mark.slow
def test_a_big_file_is_copied_in_the_background_while_the_window_keeps_working(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path, paused_copy: PausedCopy
) -> None:
    tab = evidence_tab(demo_session)
    video = big_file(tmp_path / "unboxing.mp4")
    viewport = tab.view.viewport()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    with qtbot.waitSignal(tab.importer.finished, timeout=30_000) as finished:
        drop_files(viewport, viewport.rect().center(), [video])
        assert tab.importer.is_busy()
        assert len(case_evidence(demo_session)) == 2
        qtbot.waitUntil(paused_copy.started.is_set)
        qtbot.waitUntil(lambda: len(ticks) >= 5)
        dialog = tab.importer.progress_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        assert 0 < dialog.value() < PROGRESS_STEPS
        assert dialog.labelText() == "Copying “unboxing.mp4” (1 of 1)…"
        paused_copy.resume.set()
    timer.stop()

    assert finished.args[0].attached
    [stored] = [
        item for item in case_evidence(demo_session) if item.original_name == "unboxing.mp4"
    ]
    assert stored.size == BIG_FILE_MEGABYTES * 1024 * 1024
    digest = hashlib.sha256()
    with video.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    assert stored.sha256 == digest.hexdigest()
    assert not dialog.isVisible()


@pytest.mark.slow
def test_cancel_stops_the_copy_and_leaves_nothing_behind(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path, paused_copy: PausedCopy
) -> None:
    tab = evidence_tab(demo_session)
    store = demo_session.store
    assert store is not None
    files = EvidenceFiles(store.evidence_dir)
    stored_before = files.stored_hashes()
    small = jpeg_photo(tmp_path / "small first.jpg")
    video = big_file(tmp_path / "unboxing.mp4")
    viewport = tab.view.viewport()
    undo_entries = demo_session.window.workspace.undo_stack.count()  # type: ignore[union-attr]

    with qtbot.waitSignal(tab.importer.finished, timeout=30_000) as finished:
        drop_files(viewport, viewport.rect().center(), [small, video])
        qtbot.waitUntil(paused_copy.started.is_set)
        dialog = tab.importer.progress_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        assert dialog.labelText() == "Copying “unboxing.mp4” (2 of 2)…"
        [cancel] = dialog.findChildren(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        paused_copy.resume.set()

    assert finished.args[0].cancelled
    assert len(case_evidence(demo_session)) == 2
    assert files.stored_hashes() == stored_before
    assert list((store.evidence_dir / INCOMING_DIRNAME).iterdir()) == []
    assert demo_session.window.workspace.undo_stack.count() == undo_entries  # type: ignore[union-attr]
    assert demo_session.window.statusBar().currentMessage() == (
        "Adding evidence cancelled: nothing was attached."
    )
    assert not dialog.isVisible()


def test_drops_made_during_an_import_wait_their_turn(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = evidence_tab(demo_session)
    viewport = tab.view.viewport()
    centre = viewport.rect().center()
    reports: list[ImportReport] = []
    tab.importer.finished.connect(reports.append)

    drop_files(viewport, centre, [jpeg_photo(tmp_path / "one.jpg", width=10)])
    drop_files(viewport, centre, [jpeg_photo(tmp_path / "two.jpg", width=20)])
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10_000)

    assert [report.attached[0].evidence.original_name for report in reports] == [
        "one.jpg",
        "two.jpg",
    ]
    assert {"one.jpg", "two.jpg"} <= set(column_texts(tab.view, EvidenceColumn.NAME))
    assert not tab.importer.is_busy()


def test_no_drop_where_no_case_is_shown(demo_session: DesktopSession, tmp_path: Path) -> None:
    tab = evidence_tab(demo_session)
    demo_session.window.case_list.clearSelection()
    viewport = tab.view.viewport()
    assert not drop_files(viewport, QPoint(5, 5), [jpeg_photo(tmp_path / "a.jpg")]).accepted()


def test_a_case_without_evidence_invites_files_and_takes_them(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    assert demo_session.store is not None
    case = create_case(demo_session.store, title="Boiler never repaired", counterparty="Engie")
    demo_session.window.reload_cases(select_case_id=case.id)
    tab = evidence_tab(demo_session)
    invitation = tab.pages.currentWidget()
    assert invitation is not tab.view and invitation.isVisible()
    assert tab.empty.text().startswith("No evidence yet.")

    report = import_report(
        qtbot,
        tab,
        lambda: drop_files(
            invitation, invitation.rect().center(), [jpeg_photo(tmp_path / "boiler.jpg")]
        ),
    )

    assert report.target == DropTarget(case.id)
    assert tab.pages.currentWidget() is tab.view
    assert column_texts(tab.view, EvidenceColumn.NAME) == ["boiler.jpg"]
