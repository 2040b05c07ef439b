"""Saved emails dropped on a case, or chosen with Case › Import Emails: read in the background
with progress and Cancel, each message an interaction with its files as evidence, the whole
import one undoable step, and one plain report at the end."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from core.cases import create_case
from core.database import Store
from core.evidence import list_evidence
from core.evidence_store import EvidenceFiles
from core.interactions import list_interactions
from core.mail import IngestedMail, ParsedMail
from core.mail import ingest_email as real_ingest_email
from core.model import Direction, Evidence, EvidenceKind, Interaction, Language
from core.search import HitKind, search
from tests.sample_files import jpeg_photo
from ui.evidence.email_import import EmailImporter
from ui.evidence.email_import_report import EmailImportReport, EmailImportReportDialog
from ui.settings import Preferences, save_preferences
from ui.shell.startup import DesktopSession

from .accessibility import unnamed_controls
from .conftest import StartSession
from .drops import drop_files
from .test_search_bar import shown_hits, type_search

CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"
ME = "camille.martin@courriel.example"
TELECOM_CASE = "Box jamais activée"


@pytest.fixture
def session(start_session: StartSession, demo_data_dir: Path, qtbot: QtBot) -> DesktopSession:
    """The demo case (1) and an empty case about a box (2), the app open on the demo."""
    with Store.open(demo_data_dir) as store:
        create_case(store, title=TELECOM_CASE, counterparty="TelecomPlus", language=Language.EN)
    opened = start_session(demo_data_dir)
    qtbot.waitUntil(lambda: opened.store is not None and opened.window.has_cases())
    opened.window.reveal_case(1)
    return opened


def mail_files(folder: Path, *names: str) -> list[Path]:
    """Copies of messages of the test corpus, as a user's saved emails."""
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy2(CORPUS / name, folder / name)) for name in names]


def set_own_addresses(session: DesktopSession, *addresses: str) -> None:
    save_preferences(session.window.settings, Preferences(own_emails=addresses))


def importer(session: DesktopSession) -> EmailImporter:
    return session.window.case_detail.evidence.mail_importer


def email_report(
    qtbot: QtBot, session: DesktopSession, start: Callable[[], object]
) -> EmailImportReport:
    with qtbot.waitSignal(importer(session).finished, timeout=20_000) as finished:
        start()
    report = finished.args[0]
    assert isinstance(report, EmailImportReport)
    return report


def report_dialog(session: DesktopSession) -> EmailImportReportDialog:
    dialog = importer(session).report_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def case_row(session: DesktopSession, case_id: int) -> QPoint:
    case_list = session.window.case_list
    for row in range(case_list.proxy.rowCount()):
        if case_list.record_at_view_row(row).id == case_id:
            return case_list.visualRect(case_list.proxy.index(row, 1)).center()
    raise AssertionError(f"case {case_id} is not listed")


def interactions(session: DesktopSession, case_id: int) -> list[Interaction]:
    assert session.store is not None
    return list_interactions(session.store, case_id)


def evidence(session: DesktopSession, case_id: int) -> list[Evidence]:
    assert session.store is not None
    return list_evidence(session.store, case_id)


def stored_files(session: DesktopSession) -> set[str]:
    assert session.store is not None
    return EvidenceFiles(session.store.evidence_dir).stored_hashes()


def test_two_emails_dropped_on_a_case_row_become_interactions_with_their_evidence(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = session.window
    set_own_addresses(session, ME)
    files = mail_files(tmp_path / "saved", "04-alternative-with-pdf.eml", "14-outbound.eml")
    case_list = window.case_list

    report = email_report(
        qtbot, session, lambda: drop_files(case_list.viewport(), case_row(session, 2), files)
    )

    assert len(report.imported) == 2 and not report.duplicates and not report.failed
    sent, invoice = interactions(session, 2)
    assert (sent.summary, sent.direction) == (
        "Réclamation – box jamais activée",
        Direction.OUTBOUND,
    )
    assert (invoice.summary, invoice.direction) == ("Votre facture de février", Direction.INBOUND)
    files_of = {
        item.original_name: (item.interaction_id, item.kind) for item in evidence(session, 2)
    }
    assert files_of == {
        "14-outbound.eml": (sent.id, EvidenceKind.EMAIL),
        "04-alternative-with-pdf.eml": (invoice.id, EvidenceKind.EMAIL),
        "facture février 2026.pdf": (invoice.id, EvidenceKind.INVOICE),
    }

    detail = window.case_detail
    assert detail.case_id == 2
    assert detail.tabs.currentWidget() is detail.timeline
    assert detail.timeline.view.current_record() == sent
    assert window.undo_action.text() == "&Undo Import 2 emails"
    assert window.statusBar().currentMessage() == "2 emails imported into “Box jamais activée”."

    dialog = report_dialog(session)
    assert dialog.summary.text() == "2 emails imported into “Box jamais activée”."
    assert not dialog.directions.isVisible()
    assert not dialog.details.isVisible()
    assert unnamed_controls(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_undo_removes_the_whole_import_and_redo_brings_it_back(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = session.window
    files = mail_files(tmp_path / "saved", "01-plain.eml", "04-alternative-with-pdf.eml")
    email_report(
        qtbot,
        session,
        lambda: drop_files(window.case_list.viewport(), case_row(session, 2), files),
    )
    assert len(interactions(session, 2)) == 2 and len(evidence(session, 2)) == 3
    timeline = window.case_detail.timeline

    window.undo_action.trigger()
    assert interactions(session, 2) == [] and evidence(session, 2) == []
    assert timeline.title() == "Timeline (0)"
    assert window.statusBar().currentMessage() == "Undone: Import 2 emails"

    window.redo_action.trigger()
    assert len(interactions(session, 2)) == 2 and len(evidence(session, 2)) == 3
    assert timeline.title() == "Timeline (2)"


def test_a_folder_dropped_on_the_timeline_is_imported_oldest_first_directions_guessed(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = session.window
    window.reveal_case(2)
    folder = tmp_path / "Exports" / "TelecomPlus"
    mail_files(folder, "09-latin1.eml", "01-plain.eml", "14-outbound.eml")
    mail_files(folder / "Colis", "07-missing-names.eml")
    mail_files(folder / ".Trash", "02-encoded-headers.eml")
    timeline = window.case_detail.timeline.view
    viewport = timeline.viewport()

    report = email_report(
        qtbot, session, lambda: drop_files(viewport, viewport.rect().center(), [folder])
    )

    assert report.directions_guessed
    summaries = [item.summary for item in interactions(session, 2)]
    assert summaries == [
        "Réclamation – box jamais activée",
        "Votre demande n° 4521 : activation de la box",
        "Preuves de livraison",
        "Rendez-vous annulé",
    ]
    assert {item.direction for item in interactions(session, 2)} == {Direction.INBOUND}
    names = {item.original_name for item in evidence(session, 2)}
    assert {"attachment 2.pdf", "attachment 4.jpg", "bon-de-livraison.pdf"} <= names
    assert timeline.current_record() == interactions(session, 2)[0]

    guessed = "Directions were guessed as incoming: add your addresses in Edit › Preferences."
    assert window.statusBar().currentMessage() == (
        f"4 emails imported into “Box jamais activée”. {guessed}"
    )
    dialog = report_dialog(session)
    assert dialog.directions.isVisible()
    assert "All the email addresses you write from" in dialog.directions.text()
    assert window.undo_action.text() == "&Undo Import 4 emails"


def test_messages_the_case_already_has_are_reported_and_not_duplicated(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = session.window
    set_own_addresses(session, ME)
    files = mail_files(tmp_path / "saved", "01-plain.eml", "04-alternative-with-pdf.eml")
    row = case_row(session, 2)
    email_report(qtbot, session, lambda: drop_files(window.case_list.viewport(), row, files))
    first_import = interactions(session, 2)
    files_before = stored_files(session)
    undo_entries = window.workspace.undo_stack.count()  # type: ignore[union-attr]
    copy_elsewhere = tmp_path / "again" / "copie.eml"
    copy_elsewhere.parent.mkdir()
    shutil.copy2(files[0], copy_elsewhere)

    report = email_report(
        qtbot,
        session,
        lambda: drop_files(window.case_list.viewport(), row, [*files, copy_elsewhere]),
    )

    assert not report.imported and len(report.duplicates) == 3
    assert interactions(session, 2) == first_import
    assert len(evidence(session, 2)) == 3
    assert stored_files(session) == files_before
    assert window.workspace.undo_stack.count() == undo_entries  # type: ignore[union-attr]
    assert window.case_detail.timeline.view.current_record() == first_import[0]
    dialog = report_dialog(session)
    assert dialog.summary.text() == "No email imported, 3 already in the case (skipped)."
    lines = dialog.details.toPlainText().splitlines()
    assert lines[0] == "Already in the case, skipped:"
    assert "01-plain.eml — “Votre demande n° 4521 : activation de la box”" in lines
    assert "copie.eml — “Votre demande n° 4521 : activation de la box”" in lines


def test_the_same_message_twice_in_one_drop_is_imported_once(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    [original] = mail_files(tmp_path / "inbox", "04-alternative-with-pdf.eml")
    [sent_copy] = mail_files(tmp_path / "copies", "04-alternative-with-pdf.eml")
    files_before = stored_files(session)
    window = session.window

    report = email_report(
        qtbot,
        session,
        lambda: drop_files(
            window.case_list.viewport(), case_row(session, 2), [original, sent_copy]
        ),
    )

    assert len(report.imported) == 1 and len(report.duplicates) == 1
    assert len(interactions(session, 2)) == 1
    assert len(stored_files(session) - files_before) == 2
    assert window.undo_action.text() == "&Undo Import 2 emails"


def test_a_broken_message_dropped_on_the_summary_imports_with_its_warnings_shown(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = session.window
    window.reveal_case(2)
    files = mail_files(tmp_path / "saved", "16-broken.eml")
    summary = window.case_detail.summary_scroll.viewport()

    report = email_report(
        qtbot, session, lambda: drop_files(summary, summary.rect().center(), files)
    )

    [broken] = report.imported
    assert broken.warnings
    [interaction] = interactions(session, 2)
    assert interaction.summary == "Dossier clôturé sans suite"
    dialog = report_dialog(session)
    assert dialog.summary.text() == "1 email imported into “Box jamais activée”."
    assert dialog.details.isVisible() and unnamed_controls(dialog) == []
    heading, message, *warnings = dialog.details.toPlainText().splitlines()
    assert (heading, message) == (
        "Imported with warnings:",
        "16-broken.eml — “Dossier clôturé sans suite”",
    )
    assert any(line.startswith("The message is not well formed: what") for line in warnings)
    assert any(line.startswith("The message has no readable date") for line in warnings)


def test_a_file_that_is_not_an_email_is_named_with_the_reason(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = session.window
    files = mail_files(tmp_path / "saved", "not-an-email.eml", "01-plain.eml")
    empty_folder = tmp_path / "Empty mailbox"
    empty_folder.mkdir()

    report = email_report(
        qtbot,
        session,
        lambda: drop_files(
            window.case_list.viewport(), case_row(session, 2), [*files, empty_folder]
        ),
    )

    assert len(report.imported) == 1 and len(report.failed) == 2
    assert len(interactions(session, 2)) == 1
    dialog = report_dialog(session)
    assert dialog.summary.text() == (
        "1 email imported into “Box jamais activée”, 2 files not imported."
    )
    heading, *reasons = dialog.details.toPlainText().splitlines()
    assert heading == "Not imported:"
    assert f"The folder {empty_folder} has no .eml file in it." in reasons
    assert any(
        reason.startswith("not-an-email.eml is not an email. Recours imports messages")
        for reason in reasons
    )


class PausedIngest:
    """Stands in for `ingest_email`: the second message waits until the user cancels."""

    def __init__(self) -> None:
        self.calls = 0
        self.waiting = threading.Event()

    def __call__(
        self, store: Store, parsed: ParsedMail, *, should_cancel: Callable[[], bool] | None = None
    ) -> IngestedMail:
        self.calls += 1
        if self.calls == 2:
            self.waiting.set()
            deadline = time.monotonic() + 20
            while should_cancel is not None and not should_cancel():
                if time.monotonic() > deadline:
                    break
                time.sleep(0.01)
        return real_ingest_email(store, parsed, should_cancel=should_cancel)


def test_cancel_during_a_folder_import_leaves_nothing(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paused = PausedIngest()
    monkeypatch.setattr("ui.evidence.email_import.ingest_email", paused)
    window = session.window
    folder = tmp_path / "Mailbox"
    mail_files(folder, "04-alternative-with-pdf.eml", "07-missing-names.eml", "01-plain.eml")
    files_before = stored_files(session)
    undo_entries = window.workspace.undo_stack.count()  # type: ignore[union-attr]

    def drop_then_cancel() -> None:
        drop_files(window.case_list.viewport(), case_row(session, 2), [folder])
        qtbot.waitUntil(paused.waiting.is_set)
        dialog = importer(session).progress_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        assert dialog.labelText() == "Reading “04-alternative-with-pdf.eml” (2 of 3)…"
        [cancel] = dialog.findChildren(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    report = email_report(qtbot, session, drop_then_cancel)

    assert report.cancelled
    assert interactions(session, 2) == [] and evidence(session, 2) == []
    assert stored_files(session) == files_before
    assert window.workspace.undo_stack.count() == undo_entries  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == "Email import cancelled: nothing was imported."
    assert importer(session).report_dialog is None


def test_a_mixed_drop_imports_the_emails_and_attaches_the_other_files(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = session.window
    tab = window.case_detail.evidence
    window.case_detail.tabs.setCurrentWidget(tab)
    [message] = mail_files(tmp_path / "saved", "01-plain.eml")
    photo = jpeg_photo(tmp_path / "box.jpg")
    viewport = tab.view.viewport()
    interactions_before = len(interactions(session, 1))

    with (
        qtbot.waitSignal(tab.importer.finished, timeout=20_000),
        qtbot.waitSignal(importer(session).finished, timeout=20_000),
    ):
        drop_files(viewport, viewport.rect().center(), [message, photo])
        assert tab.imports.is_busy()
        started = [tab.importer.progress_dialog, importer(session).progress_dialog]
        assert len([dialog for dialog in started if dialog is not None]) == 1

    qtbot.waitUntil(lambda: not tab.imports.is_busy())
    assert len(interactions(session, 1)) == interactions_before + 1
    by_name = {item.original_name: item for item in evidence(session, 1)}
    assert by_name["box.jpg"].interaction_id is None
    imported = by_name["01-plain.eml"].interaction_id
    assert imported is not None
    assert window.case_detail.timeline.view.current_record().id == imported  # type: ignore[union-attr]


def test_import_emails_from_the_empty_evidence_page_and_a_folder_from_the_case_menu(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = session.window
    window.reveal_case(2)
    tab = window.case_detail.evidence
    files = mail_files(tmp_path / "saved", "01-plain.eml", "09-latin1.eml")
    folder = tmp_path / "Colis"
    mail_files(folder, "07-missing-names.eml", "08-inline-images.eml")
    asked: list[tuple[str, str]] = []

    def choose_files(
        parent: object, caption: str, start: str, filters: str
    ) -> tuple[list[str], str]:
        asked.append((caption, filters))
        return [str(path) for path in files], ""

    def choose_folder(parent: object, caption: str, start: str) -> str:
        asked.append((caption, start))
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose_files)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose_folder)
    window.case_menu.aboutToShow.emit()
    menu_texts = [action.text() for action in window.case_menu.actions()]
    assert "Import E&mails…" in menu_texts and "Import an Email &Folder…" in menu_texts

    window.case_detail.tabs.setCurrentWidget(tab)
    assert tab.import_emails_button.isVisible()
    first = email_report(
        qtbot,
        session,
        lambda: qtbot.mouseClick(tab.import_emails_button, Qt.MouseButton.LeftButton),
    )
    second = email_report(qtbot, session, tab.import_email_folder_action.trigger)

    assert asked[0] == ("Import emails into the case", "Saved emails (*.eml);;All files (*)")
    assert asked[1] == ("Import a folder of emails into the case", str(files[0].parent))
    assert (len(first.imported), len(second.imported)) == (2, 2)
    assert len(interactions(session, 2)) == 4


def test_words_only_inside_an_attached_pdf_are_found_by_the_toolbar_search(
    session: DesktopSession, qtbot: QtBot, tmp_path: Path
) -> None:
    window = session.window
    assert session.store is not None
    assert search(session.store, "quintessence") == []
    files = mail_files(tmp_path / "saved", "04-alternative-with-pdf.eml")
    email_report(
        qtbot,
        session,
        lambda: drop_files(window.case_list.viewport(), case_row(session, 2), files),
    )
    report_dialog(session).accept()
    indexer = window.text_indexer
    qtbot.waitUntil(lambda: not indexer.is_busy(), timeout=20_000)

    type_search(qtbot, window, "quintessence")

    [hit] = shown_hits(window)
    pdf = next(item for item in evidence(session, 2) if item.original_name.endswith(".pdf"))
    assert (hit.kind, hit.item_id, hit.case_id) == (HitKind.EVIDENCE, pdf.id, 2)
