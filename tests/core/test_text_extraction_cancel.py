"""Background text extraction stops at once when the app quits, and loses nothing by it."""

from __future__ import annotations

from pathlib import Path

from core.cases import create_case
from core.database import Store
from core.evidence import attach_evidence
from core.media_types import PDF
from core.search import search
from core.text_extraction import extract_pending, extract_text

from .test_text_extraction import pdf, pending_count


def test_a_cancel_between_pages_stops_reading_the_pdf(tmp_path: Path) -> None:
    document = pdf(tmp_path / "long.pdf", "Première page", "Deuxième page", "Troisième page")
    asked: list[int] = []

    def cancel_after_first_page() -> bool:
        asked.append(1)
        return len(asked) > 1

    text = extract_text(document, PDF, should_cancel=cancel_after_first_page)

    assert "Première page" in text
    assert "Deuxième page" not in text


def test_evidence_cancelled_while_read_stays_pending_and_is_read_whole_next_time(
    store: Store, tmp_path: Path
) -> None:
    case = create_case(store, title="Facture contestée", counterparty="TelecomPlus")
    source = pdf(tmp_path / "facture.pdf", "Page une", "Le mot ornithorynque en page deux")
    attach_evidence(store, case_id=case.id, source=source)
    calls: list[int] = []

    def cancel_inside_the_pdf() -> bool:
        calls.append(1)
        return len(calls) > 2

    assert extract_pending(store, should_cancel=cancel_inside_the_pdf) == 0
    assert pending_count(store) == 1
    assert not search(store, "ornithorynque")

    assert extract_pending(store) == 1
    assert search(store, "ornithorynque")
