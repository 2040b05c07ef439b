"""The words inside evidence files: read once, bounded, never failing, then found by search."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from core import text_extraction
from core.cases import create_case
from core.database import DATABASE_FILENAME, Store, connect
from core.evidence import attach_evidence, get_evidence, set_extracted_text
from core.mail import import_email
from core.media_types import EMAIL, HTML, JPEG, PDF, PLAIN_TEXT
from core.migrations import migrations
from core.model import Case
from core.search import HitKind, search
from core.text_extraction import extract_pending, extract_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"


def pdf(
    path: Path, *pages: str, user_password: str | None = None, owner_only: bool = False
) -> Path:
    """A PDF made with reportlab, one page per text; encrypted when asked."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for text in pages:
        canvas.drawString(72, 720, text)
        canvas.showPage()
    canvas.save()
    if user_password is not None or owner_only:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(path))
        writer.encrypt(user_password or "", "owner-secret", algorithm="AES-256")
        with path.open("wb") as handle:
            writer.write(handle)
    return path


def pending_count(store: Store) -> int:
    row = store.conn.execute("SELECT count(*) FROM evidence WHERE text_extracted_at IS NULL")
    return int(row.fetchone()[0])


@pytest.fixture
def case(store: Store) -> Case:
    return create_case(store, title="Box jamais activée", counterparty="TelecomPlus")


def test_the_text_of_a_pdf_is_read_page_by_page(tmp_path: Path) -> None:
    invoice = pdf(tmp_path / "facture.pdf", "Facture FA-12 : 39,99 EUR", "Page deux, conditions")
    text = extract_text(invoice, PDF)
    assert "Facture FA-12 : 39,99 EUR" in text
    assert "Page deux, conditions" in text


def test_an_encrypted_pdf_gives_no_text_unless_it_opens_without_a_password(
    tmp_path: Path,
) -> None:
    locked = pdf(tmp_path / "locked.pdf", "Secret invoice", user_password="1234")
    assert extract_text(locked, PDF) == ""
    owner_only = pdf(tmp_path / "owner.pdf", "Printable invoice", owner_only=True)
    assert "Printable invoice" in extract_text(owner_only, PDF)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 3],
        lambda data: b"%PDF-1.7\n" + bytes(range(256)) * 8,
        lambda data: data.replace(b"/Pages", b"/Pagez"),
    ],
    ids=["truncated", "garbage", "broken-tree"],
)
def test_a_damaged_pdf_gives_no_text_and_no_error(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    good = pdf(tmp_path / "good.pdf", "Unique words zanzibar")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(damage(good.read_bytes()))
    assert extract_text(broken, PDF) == ""


def test_pdf_reading_stops_at_the_clock_the_page_cap_and_the_size_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    three = pdf(tmp_path / "three.pdf", "first page", "second page", "third page")
    assert extract_text(three, PDF, time_limit=0) == ""
    monkeypatch.setattr(text_extraction, "MAX_PDF_PAGES", 2)
    capped = extract_text(three, PDF)
    assert "second page" in capped and "third page" not in capped
    monkeypatch.setattr(text_extraction, "MAX_PDF_BYTES", 100)
    assert extract_text(three, PDF) == ""


def test_text_html_and_email_files_are_read_and_other_kinds_are_not(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_bytes("Réclamation envoyée le 2 février".encode("cp1252"))
    assert extract_text(note, PLAIN_TEXT) == "Réclamation envoyée le 2 février"
    page = tmp_path / "page.html"
    page.write_text("<html><script>x()</script><p>Suivi du colis</p></html>", encoding="utf-8")
    assert extract_text(page, HTML) == "Suivi du colis"
    message = extract_text(CORPUS / "02-encoded-headers.eml", EMAIL)
    assert "Subject: Réclamation : remboursement des frais de résiliation" in message
    assert "Sébastien Lefèvre" in message
    assert extract_text(note, JPEG) == ""
    assert extract_text(tmp_path / "absent.pdf", PDF) == ""


def test_pending_evidence_is_read_once_marked_even_when_empty_and_found_by_search(
    store: Store, case: Case, tmp_path: Path
) -> None:
    scan = attach_evidence(
        store, case_id=case.id, source=pdf(tmp_path / "scan.pdf", "Le mot ornithorynque")
    ).evidence
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    picture = attach_evidence(store, case_id=case.id, source=photo).evidence
    assert search(store, "ornithorynque") == []
    assert extract_pending(store) == 2
    assert pending_count(store) == 0
    assert get_evidence(store, picture.id).extracted_text == ""
    [hit] = search(store, "ornithorynque")
    assert (hit.kind, hit.item_id) == (HitKind.EVIDENCE, scan.id)
    assert extract_pending(store) == 0


def test_words_of_an_imported_email_and_of_its_pdf_become_searchable(
    store: Store, case: Case
) -> None:
    result = import_email(
        store,
        case_id=case.id,
        source=CORPUS / "04-alternative-with-pdf.eml",
        own_addresses=(),
    )
    assert result.message_evidence is not None
    invoice = result.attachments[0]
    assert [hit.kind for hit in search(store, "quintessence")] == []
    extract_pending(store)
    [in_pdf] = search(store, "quintessence")
    assert (in_pdf.kind, in_pdf.item_id) == (HitKind.EVIDENCE, invoice.id)
    in_email = {(hit.kind, hit.item_id) for hit in search(store, "disponible")}
    assert (HitKind.EVIDENCE, result.message_evidence.id) in in_email


def test_limit_chosen_ids_and_cancelling_narrow_the_work(
    store: Store, case: Case, tmp_path: Path
) -> None:
    ids = [
        attach_evidence(
            store, case_id=case.id, source=pdf(tmp_path / f"{n}.pdf", f"document {n}")
        ).evidence.id
        for n in range(4)
    ]
    assert extract_pending(store, evidence_ids=[ids[3]]) == 1
    assert extract_pending(store, evidence_ids=[]) == 0
    assert extract_pending(store, limit=1) == 1
    assert extract_pending(store, should_cancel=lambda: True) == 0
    assert pending_count(store) == 2


def test_a_file_in_two_cases_is_read_once(
    store: Store, case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = pdf(tmp_path / "shared.pdf", "texte commun")
    other = create_case(store, title="Autre", counterparty="ColisRapide")
    attach_evidence(store, case_id=case.id, source=shared)
    attach_evidence(store, case_id=other.id, source=shared)
    reads: list[Path] = []
    real = text_extraction.extract_text

    def counting(path: Path, media_type: str, **options: Any) -> str:
        reads.append(path)
        return real(path, media_type, **options)

    monkeypatch.setattr(text_extraction, "extract_text", counting)
    assert extract_pending(store) == 2
    assert len(reads) == 1
    assert len(search(store, "commun")) == 2


def test_text_set_by_hand_counts_as_read(store: Store, case: Case, tmp_path: Path) -> None:
    evidence = attach_evidence(
        store, case_id=case.id, source=pdf(tmp_path / "a.pdf", "printed words")
    ).evidence
    set_extracted_text(store, evidence.id, "words typed by the user")
    assert extract_pending(store) == 0
    assert get_evidence(store, evidence.id).extracted_text == "words typed by the user"


def test_an_older_database_upgrades_marking_text_already_there_as_read(data_dir: Path) -> None:
    conn = connect(data_dir / DATABASE_FILENAME)
    old = Database(conn, execute_plugins=False)
    migrations.apply(old, stop_before="0004_mail_import")
    conn.execute("INSERT INTO parties (name, created_at) VALUES ('TelecomPlus', 'x')")
    conn.execute(
        "INSERT INTO cases (title, counterparty_id, created_at, updated_at) "
        "VALUES ('Box', 1, 'x', 'x')"
    )
    for number, text in ((1, "already read"), (2, "")):
        conn.execute(
            "INSERT INTO evidence (case_id, sha256, original_name, media_type, size, added_at, "
            "extracted_text) VALUES (1, ?, 'f.pdf', 'application/pdf', 1, 'x', ?)",
            [f"{number}" * 64, text],
        )
    conn.close()
    with Store.open(data_dir) as store:
        assert pending_count(store) == 1
        columns = {row[1] for row in store.conn.execute("PRAGMA table_info(interactions)")}
        assert "message_id" in columns
