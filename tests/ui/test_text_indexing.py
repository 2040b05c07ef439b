"""The text inside evidence is read in the background: at start, after attachments, quietly,
and it stops when the window closes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.database import Store
from core.errors import DatabaseError
from core.evidence import attach_evidence
from core.evidence_store import CancelCheck
from core.search import HitKind, search
from ui.shell.startup import DesktopSession

from .conftest import StartSession
from .drops import drop_files


def pdf_saying(path: Path, text: str) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.drawString(72, 720, text)
    canvas.save()
    return path


def test_evidence_unread_when_the_record_opens_is_read_soon_after(
    start_session: StartSession,
    demo_data_dir: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("ui.evidence.text_indexing.START_DELAY_MS", 50)
    with Store.open(demo_data_dir) as store:
        added = attach_evidence(
            store, case_id=1, source=pdf_saying(tmp_path / "avis.pdf", "Le mot ornithorynque")
        ).evidence
        assert search(store, "ornithorynque") == []

    session = start_session(demo_data_dir)
    qtbot.waitUntil(lambda: session.store is not None)
    indexer = session.window.text_indexer
    assert indexer.is_busy()
    qtbot.waitUntil(lambda: not indexer.is_busy(), timeout=20_000)

    assert session.store is not None
    [hit] = search(session.store, "ornithorynque")
    assert (hit.kind, hit.item_id) == (HitKind.EVIDENCE, added.id)
    assert "could not be read" not in session.window.statusBar().currentMessage()


def test_files_attached_by_a_drop_become_searchable(
    demo_session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = demo_session.window
    tab = window.case_detail.evidence
    viewport = tab.view.viewport()
    document = pdf_saying(tmp_path / "devis.pdf", "Un devis pour un wombat")

    with (
        qtbot.waitSignal(window.text_indexer.finished, timeout=20_000),
        qtbot.waitSignal(tab.importer.finished, timeout=20_000),
    ):
        drop_files(viewport, viewport.rect().center(), [document])
    qtbot.waitUntil(lambda: not window.text_indexer.is_busy(), timeout=20_000)

    assert demo_session.store is not None
    assert [hit.kind for hit in search(demo_session.store, "wombat")] == [HitKind.EVIDENCE]


def test_a_failure_is_said_in_the_status_line_only(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(store: Store, **_options: object) -> int:
        raise DatabaseError("error.database_busy")

    monkeypatch.setattr("ui.evidence.text_indexing.extract_pending", locked)
    indexer = demo_session.window.text_indexer
    indexer.request()
    qtbot.waitUntil(lambda: not indexer.is_busy(), timeout=20_000)

    message = demo_session.window.statusBar().currentMessage()
    assert message == (
        "The text inside the evidence files could not be read for the search: The case "
        "record is busy in another Recours window or command. Try again in a moment."
    )


def test_closing_the_window_stops_the_reading_at_once(
    demo_session: DesktopSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading = threading.Event()
    stopped_after: list[float] = []

    def endless(store: Store, *, should_cancel: CancelCheck | None = None) -> int:
        reading.set()
        started = time.monotonic()
        while should_cancel is not None and not should_cancel():
            if time.monotonic() - started > 30:
                break
            time.sleep(0.01)
        stopped_after.append(time.monotonic() - started)
        return 0

    monkeypatch.setattr("ui.evidence.text_indexing.extract_pending", endless)
    window = demo_session.window
    window.text_indexer.request()
    qtbot.waitUntil(reading.is_set)

    window.close()

    assert stopped_after and stopped_after[0] < 5
    assert window.text_indexer.pool.activeThreadCount() == 0
    window.text_indexer.request()
    assert not window.text_indexer.is_busy()
