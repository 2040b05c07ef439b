"""The letter as a PDF: the draft laid out (core.letters.layout), the enclosures after it in
their numbered order, each behind a header page and reachable from the outline, and every
page stamped with the case reference and "page n of N".

The file is written to a temporary name and renamed into place: a failure never leaves half a
letter.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.atomic_write import write_atomically
from core.letters.draft import LetterDraft, LetterWarning
from core.letters.enclosures import Form, PreparedEnclosure
from core.letters.fonts import SANS, SERIF, register_fonts
from core.letters.layout import MM, PageMarker, Styles, enclosure_story, letter_story, page_size
from core.letters.wording import wording_for

if TYPE_CHECKING:
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable


@dataclass(frozen=True, slots=True)
class RenderedLetter:
    draft: LetterDraft
    path: Path
    pages: int
    letter_pages: int
    enclosures: tuple[PreparedEnclosure, ...]
    warnings: tuple[LetterWarning, ...]


def render_letter(
    draft: LetterDraft,
    enclosures: list[PreparedEnclosure],
    destination: Path,
    *,
    invariant: bool = False,
) -> RenderedLetter:
    """Write the letter and its enclosures to `destination` (atomically); say what was left out."""
    from pypdf import PdfReader

    register_fonts()
    styles = Styles()
    marker = PageMarker()
    letter_end = "letter-end"
    story = [*letter_story(draft, enclosures, styles, marker), marker.flowable(letter_end)]
    for prepared in enclosures:
        if prepared.appended:
            story += enclosure_story(draft, prepared, styles, marker)
    body = _build(draft, story, invariant=invariant)
    warnings = list(draft.warnings) + [
        LetterWarning(
            "letter.enclosure_not_attached",
            {
                "number": prepared.enclosure.number,
                "title": prepared.enclosure.title,
                "problem": str(prepared.problem),
            },
        )
        for prepared in enclosures
        if not prepared.appended
    ]
    reader = PdfReader(io.BytesIO(body))
    letter_pages = marker.pages.get(letter_end, len(reader.pages) - 1) + 1
    pages = _assemble(draft, reader, enclosures, marker, destination)
    return RenderedLetter(
        draft, destination, pages, letter_pages, tuple(enclosures), tuple(warnings)
    )


def _build(draft: LetterDraft, story: list[Flowable], *, invariant: bool) -> bytes:
    from reportlab import rl_config
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size(draft),
        leftMargin=22 * MM,
        rightMargin=20 * MM,
        topMargin=18 * MM,
        bottomMargin=22 * MM,
        title=draft.title,
        author=draft.author,
        subject=draft.subject,
        creator="Recours",
        lang=draft.language.value,
        initialFontName=SERIF,
    )
    previous = rl_config.invariant
    rl_config.invariant = 1 if invariant else previous
    try:
        document.build(story)
    finally:
        rl_config.invariant = previous
    return buffer.getvalue()


def _assemble(
    draft: LetterDraft,
    body: PdfReader,
    enclosures: list[PreparedEnclosure],
    marker: PageMarker,
    destination: Path,
) -> int:
    """Put the reportlab pages and the enclosed PDFs' pages in order, add the outline and
    the page stamps, strip what could act on its own (links, scripts, forms), then write."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter()
    starts: list[tuple[str, int]] = []
    inserted_after = {
        marker.pages[f"enclosure-{prepared.enclosure.number}"]: prepared
        for prepared in enclosures
        if prepared.form is Form.PDF and f"enclosure-{prepared.enclosure.number}" in marker.pages
    }
    titles = {
        marker.pages.get(f"enclosure-{prepared.enclosure.number}"): prepared
        for prepared in enclosures
        if prepared.appended
    }
    for index, page in enumerate(body.pages):
        if index in titles:
            starts.append((f"{titles[index].enclosure.number}", len(writer.pages)))
        writer.add_page(page)
        prepared = inserted_after.get(index)
        if prepared is not None and prepared.pdf_path is not None:
            source = PdfReader(prepared.pdf_path, strict=False)
            if prepared.pdf_password is not None:
                source.decrypt(prepared.pdf_password)
            for source_page in source.pages:
                for key in ("/Annots", "/AA"):
                    if NameObject(key) in source_page:
                        del source_page[NameObject(key)]
                writer.add_page(source_page)
    words = wording_for(draft.language, draft.jurisdiction)
    writer.add_outline_item(title=draft.subject, page_number=0)
    by_number = {str(item.enclosure.number): item for item in enclosures}
    for number, page_index in starts:
        title = words(
            "letter.enclosure_item", number=number, title=by_number[number].enclosure.title
        )
        writer.add_outline_item(title=title, page_number=page_index)
    _stamp(writer, draft)
    writer.add_metadata(
        {
            "/Title": draft.title,
            "/Author": draft.author,
            "/Subject": draft.subject,
            "/Creator": "Recours",
        }
    )
    write_atomically(destination, writer.write, prefix=".letter-")
    return len(writer.pages)


def _stamp(writer: PdfWriter, draft: LetterDraft) -> None:
    """Every page gets the case reference and "page n of N" at its foot, whatever its size."""
    from pypdf import PdfReader, Transformation

    words = wording_for(draft.language, draft.jurisdiction)
    total = len(writer.pages)
    buffer = io.BytesIO()
    canvas = _stamp_canvas(buffer)
    boxes = []
    for number, page in enumerate(writer.pages, start=1):
        with contextlib.suppress(Exception):
            page.transfer_rotation_to_content()
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        boxes.append((float(box.left), float(box.bottom)))
        canvas.setPageSize((width, height))
        footer = (
            words("letter.page_footer", reference=draft.footer_reference, page=number, total=total)
            if draft.footer_reference
            else words("letter.page_footer_no_reference", page=number, total=total)
        )
        canvas.setFont(SANS, 7.5)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        canvas.drawCentredString(width / 2, 7 * MM, footer)
        canvas.showPage()
    canvas.save()
    stamps = PdfReader(io.BytesIO(buffer.getvalue()))
    for page, stamp, (left, bottom) in zip(writer.pages, stamps.pages, boxes, strict=True):
        with contextlib.suppress(Exception):
            page.merge_transformed_page(stamp, Transformation().translate(left, bottom))


def _stamp_canvas(buffer: io.BytesIO) -> Canvas:
    """A canvas that starts in an embedded font: reportlab otherwise opens every page in
    Helvetica, an unembedded font, even when no text uses it."""
    from reportlab.pdfgen.canvas import Canvas

    return Canvas(
        buffer,
        initialFontName=SANS,  # type: ignore[arg-type]  # types-reportlab says float: a font name
        invariant=1,
    )
