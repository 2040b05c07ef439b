"""The words inside evidence files (PDFs, emails, text and HTML), so search finds them.

Extraction runs in the background, after imports and when the app starts: every piece of
evidence is read once and marked as read even when nothing was found (a scanned PDF, a
photo), so it is never tried again. The files come from outside (invoices, attachments of
emails), so reading a PDF is bounded: a size cap, a page cap, a character cap, and a clock
checked between pages. An encrypted or damaged PDF gives no text, never an error.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Collection
from pathlib import Path
from typing import Final

from core.database import Store
from core.evidence import evidence_files, set_extracted_text
from core.evidence_store import CancelCheck
from core.mail.charsets import decode_text
from core.mail.headers import HEADER_ERRORS
from core.mail_text import html_to_text, mail_text
from core.media_types import EMAIL, HTML, PDF, PLAIN_TEXT

MAX_PDF_BYTES: Final = 50 * 1024 * 1024
MAX_PDF_PAGES: Final = 300
PDF_SECONDS: Final = 20.0
MAX_TEXT_BYTES: Final = 8 * 1024 * 1024
MAX_TEXT_CHARACTERS: Final = 1_000_000
EXTRACTED_TYPES: Final = frozenset({PDF, PLAIN_TEXT, HTML, EMAIL})


def extract_text(
    path: Path,
    media_type: str,
    *,
    time_limit: float = PDF_SECONDS,
    should_cancel: CancelCheck | None = None,
) -> str:
    """The text of a file, "" when it has none Recours can read (or cannot be read at all).

    `should_cancel` is asked between the pages of a PDF, so quitting the app does not wait
    for a long document; what was read until then is returned.
    """
    try:
        if media_type == PDF:
            return _pdf_text(path, time_limit, should_cancel)
        if media_type not in EXTRACTED_TYPES:
            return ""
        with path.open("rb") as handle:
            data = handle.read(MAX_TEXT_BYTES if media_type != EMAIL else None)
    except OSError:
        return ""
    if media_type == EMAIL:
        return _email_text(data)
    text = decode_text(data).text
    if media_type == HTML:
        text = html_to_text(text)
    return text.strip()[:MAX_TEXT_CHARACTERS]


def _email_text(raw: bytes) -> str:
    try:
        mail = mail_text(raw)
    except HEADER_ERRORS:
        return ""
    heading = "\n".join(f"{name}: {value}" for name, value in mail.headers)
    return f"{heading}\n\n{mail.body}".strip()[:MAX_TEXT_CHARACTERS]


def _pdf_text(path: Path, time_limit: float, should_cancel: CancelCheck | None = None) -> str:
    """The text of a PDF's pages, as many as the caps and the clock allow.

    pypdf raises many kinds of exception on hostile or broken files, and warns through the
    warnings module; any failure here means "no text", which is what the caller can use.
    """
    from pypdf import PdfReader

    if path.stat().st_size > MAX_PDF_BYTES:
        return ""
    deadline = time.monotonic() + time_limit
    pieces: list[str] = []
    length = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return ""
            pages = reader.pages
            count = min(len(pages), MAX_PDF_PAGES)
        except Exception:
            return ""
        for index in range(count):
            if time.monotonic() >= deadline or length >= MAX_TEXT_CHARACTERS:
                break
            if should_cancel is not None and should_cancel():
                break
            try:
                text = pages[index].extract_text() or ""
            except Exception:
                continue
            pieces.append(text.strip())
            length += len(text)
    return "\n\n".join(piece for piece in pieces if piece)[:MAX_TEXT_CHARACTERS]


def extract_pending(
    store: Store,
    *,
    limit: int | None = None,
    should_cancel: CancelCheck | None = None,
    evidence_ids: Collection[int] | None = None,
) -> int:
    """Read the text of evidence not read yet, oldest first; return how many were done.

    Run it off the window's thread with its own Store. `evidence_ids` narrows it to some
    evidence (what an import just added). A file shared by several cases is read once.
    Evidence deleted while this runs is left alone. Cancelled in the middle of a file, that
    file stays unread, to be read whole next time.
    """
    pending = store.conn.execute(
        "SELECT id, sha256, media_type FROM evidence WHERE text_extracted_at IS NULL ORDER BY id"
    ).fetchall()
    if evidence_ids is not None:
        wanted = set(evidence_ids)
        pending = [row for row in pending if row[0] in wanted]
    if limit is not None:
        pending = pending[: max(0, limit)]
    files = evidence_files(store)
    done = 0
    for evidence_id, sha256, media_type in pending:
        if should_cancel is not None and should_cancel():
            break
        already_read = store.conn.execute(
            "SELECT extracted_text FROM evidence "
            "WHERE sha256 = ? AND text_extracted_at IS NOT NULL LIMIT 1",
            [sha256],
        ).fetchone()
        if already_read is not None:
            text = str(already_read[0])
        else:
            text = extract_text(files.path_for(sha256), media_type, should_cancel=should_cancel)
            if should_cancel is not None and should_cancel():
                break
        with store.write():
            still_there = store.conn.execute(
                "SELECT 1 FROM evidence WHERE id = ?", [evidence_id]
            ).fetchone()
            if still_there is not None:
                set_extracted_text(store, evidence_id, text)
        done += 1
    return done
