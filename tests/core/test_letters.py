"""Letters made from the record: what they say, what is appended, and that nothing breaks them."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from core.case_record import load_case_record
from core.cases import save_case
from core.database import Store
from core.demo import create_demo_case
from core.evidence import attach_evidence, evidence_path, list_evidence
from core.interactions import add_interaction
from core.letters.draft import editable_texts
from core.letters.kinds import LetterKind, SendingMode
from core.letters.options import LetterOptions
from core.letters.pdf import RenderedLetter
from core.letters.service import letter_draft, make_letter
from core.model import Channel, Direction, Jurisdiction, Language, Moment, PromiseStatus, Sender
from core.promises import add_promise, settle_promise

TODAY = dt.date(2026, 11, 26)


def options(
    kind: LetterKind, lang: Language = Language.FR, law: Jurisdiction = Jurisdiction.FR
) -> LetterOptions:
    return LetterOptions(kind=kind, language=lang, jurisdiction=law, letter_date=TODAY)


def make(store: Store, case_id: int, kind: LetterKind, out: Path, **extra: Any) -> RenderedLetter:
    return make_letter(store, case_id=case_id, options=options(kind), destination=out, **extra)


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " "))


def outline_titles(path: Path) -> list[str]:
    return [item.title for item in PdfReader(path).outline if not isinstance(item, list)]


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Each font used by the PDF's pages, and whether its file is embedded."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for font in (resources.get_object().get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return fonts


@pytest.fixture
def demo(store: Store) -> Store:
    create_demo_case(store, lang=Language.FR, today=TODAY - dt.timedelta(days=1))
    return store


def test_the_french_formal_notice_says_what_an_adviser_expects(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "mise-en-demeure.pdf"
    rendered = make(demo, 1, LetterKind.FORMAL_NOTICE, out)
    text = pdf_text(out)
    assert "Lettre recommandée avec accusé de réception" in text
    assert "Objet : Mise en demeure" in text
    assert "Paris, le 26 novembre 2026" in text
    assert "L221-16" in text
    for promise in ("gratuit", "Livraison à mon domicile sous 3 jours", "service réclamations"):
        assert promise in text
    assert "55,00 €" in text and "5,00 €" in text and "60,00 €" in text
    assert "soit au plus tard le 4 décembre 2026" in text
    assert "Médiateur des communications électroniques" in text
    assert "à partir du 26 janvier 2027" in text
    assert "Pièce n° 1 : Facture" in text and "Pièce n° 2 : Photographie" in text
    assert rendered.warnings == () or all("numéro" not in w.message_id for w in rendered.warnings)


def test_the_facts_come_in_date_order_with_channel_and_person(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "plainte.pdf"
    make(demo, 1, LetterKind.COMPLAINT, out)
    text = pdf_text(out)
    record = load_case_record(demo, 1)
    summaries = [item.summary for item in record.interactions]
    positions = [text.index(summary) for summary in summaries]
    assert positions == sorted(positions)
    assert "appel reçu (12 min)" in text
    assert "Téléconseiller Orange" in text


def test_enclosures_are_appended_in_order_and_in_the_outline(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    rendered = make(demo, 1, LetterKind.FORMAL_NOTICE, out)
    reader = PdfReader(out)
    invoice_pages = 1
    assert rendered.pages == len(reader.pages) == rendered.letter_pages + 1 + invoice_pages + 1
    titles = outline_titles(out)
    assert titles[0].startswith("Objet : Mise en demeure")
    assert [title.split(" :")[0] for title in titles[1:]] == ["Pièce n° 1", "Pièce n° 2"]
    invoice_page = reader.pages[rendered.letter_pages + 1].extract_text()
    assert "FACTURE" in invoice_page
    footers = [page.extract_text() for page in reader.pages]
    for number, footer in enumerate(footers, start=1):
        assert f"page {number} sur {rendered.pages}" in footer
        assert "Numéro client 1.0473.8812" in footer


def test_every_font_is_embedded_and_the_metadata_is_set(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    make(demo, 1, LetterKind.FORMAL_NOTICE, out)
    fonts = embedded_fonts(out)
    assert fonts and all(fonts.values()), fonts
    metadata = PdfReader(out).metadata
    assert metadata is not None
    assert metadata.title.startswith("Mise en demeure")
    assert metadata.author == "Julien Moreau"
    assert metadata.subject == "Objet : Mise en demeure"


def test_the_english_letter_before_action_follows_uk_practice(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "lba.pdf"
    make_letter(
        demo,
        case_id=1,
        options=options(LetterKind.FORMAL_NOTICE, Language.EN, Jurisdiction.UK),
        destination=out,
    )
    text = pdf_text(out)
    assert "Re: Letter before action" in text
    assert "Consumer Rights Act 2015" in text
    assert "within 14 days of receiving this letter, that is by 10 December 2026" in text
    assert "Communications Ombudsman" in text
    assert re.search(r"Enclosure 1: Invoice of \d+ November 2026", text)
    assert "page 1 of" in text
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (595, 842)


def test_a_us_demand_letter_is_on_letter_paper(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "demand.pdf"
    make_letter(
        demo,
        case_id=1,
        options=options(LetterKind.FORMAL_NOTICE, Language.EN, Jurisdiction.US),
        destination=out,
    )
    text = pdf_text(out)
    assert "Re: Demand letter" in text
    assert "November 26, 2026" in text
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)


def test_a_call_confirmation_keeps_to_that_call(store: Store, tmp_path: Path) -> None:
    case = store_case(store)
    call = add_interaction(
        store,
        case_id=case.id,
        occurred=Moment.parse("2026-11-20T10:15"),
        channel=Channel.PHONE,
        direction=Direction.INBOUND,
        summary="Appel du service client",
        person="Nadia",
    )
    add_promise(
        store,
        case_id=case.id,
        text="Rembourser les 5 € de port",
        interaction_id=call.id,
        due_on=dt.date(2026, 11, 30),
    )
    out = tmp_path / "confirmation.pdf"
    make(store, case.id, LetterKind.CALL_CONFIRMATION, out)
    text = pdf_text(out)
    assert "Confirmation de notre conversation téléphonique du 20 novembre 2026" in text
    assert "Rembourser les 5 € de port (30 novembre 2026)" in text
    assert "soit au plus tard le 4 décembre 2026" in text


def store_case(store: Store) -> object:
    from core.cases import create_case

    case = create_case(store, title="Frais de port", counterparty="Boutique")
    return save_case(
        store,
        replace(case, sender=Sender(name="Zoë Test", postal_address="1 rue X\n69001 Lyon")),
    )


@pytest.mark.parametrize(
    "hostile",
    ["<b>gras</b> & <i>", "<img src=x>", "]]> <![CDATA[", "a < b > c & d;", "<link href='x'>"],
)
def test_user_text_prints_exactly_as_typed(store: Store, tmp_path: Path, hostile: str) -> None:
    case = store_case(store)
    add_interaction(
        store,
        case_id=case.id,
        occurred=Moment.parse("2026-11-01"),
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        summary=f"Réponse {hostile}",
        details=hostile,
    )
    out = tmp_path / "hostile.pdf"
    make(store, case.id, LetterKind.COMPLAINT, out)
    assert hostile in pdf_text(out)


def test_names_in_any_script_print(store: Store, tmp_path: Path) -> None:
    case = store_case(store)
    names = "Zoë Łukasiewicz, Дмитрий Иванов, Straße 7, Ελένη"
    add_interaction(
        store,
        case_id=case.id,
        occurred=Moment.parse("2026-11-01"),
        channel=Channel.PHONE,
        direction=Direction.OUTBOUND,
        summary="Appel",
        person=names,
    )
    out = tmp_path / "names.pdf"
    make(store, case.id, LetterKind.COMPLAINT, out)
    assert names in pdf_text(out)
    assert all(embedded_fonts(out).values())


def test_a_long_case_makes_many_numbered_pages(store: Store, tmp_path: Path) -> None:
    case = store_case(store)
    start = dt.date(2025, 1, 1)
    for number in range(300):
        add_interaction(
            store,
            case_id=case.id,
            occurred=Moment(start + dt.timedelta(days=number)),
            channel=Channel.PHONE,
            direction=Direction.OUTBOUND,
            summary=f"Relance téléphonique numéro {number}",
            details="Toujours rien. " * 8,
        )
    out = tmp_path / "long.pdf"
    rendered = make(store, case.id, LetterKind.REMINDER, out)
    assert rendered.pages >= 15
    last = PdfReader(out).pages[-1].extract_text()
    assert f"page {rendered.pages} sur {rendered.pages}" in last
    assert "Relance téléphonique numéro 299" in pdf_text(out)


def attach_to_promise(store: Store, case_id: int, path: Path) -> int:
    evidence = attach_evidence(store, case_id=case_id, source=path).evidence
    promise = add_promise(store, case_id=case_id, text=f"Promesse {path.name}")
    settle_promise(
        store, promise_id=promise.id, status=PromiseStatus.BROKEN, by_evidence_id=evidence.id
    )
    return evidence.id


def test_unusable_enclosures_are_listed_not_attached_and_the_letter_is_made(
    store: Store, tmp_path: Path
) -> None:
    case = store_case(store)
    corrupt = tmp_path / "facture-abimee.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    locked = tmp_path / "releve-protege.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    with locked.open("wb") as handle:
        writer.write(handle)
    gone = tmp_path / "capture.png"
    Image.new("RGB", (20, 20), "red").save(gone)
    for path in (corrupt, locked, gone):
        attach_to_promise(store, case.id, path)
    [*_, missing] = list_evidence(store, case.id)
    stored = evidence_path(store, missing)
    stored.chmod(0o600)
    stored.unlink()

    out = tmp_path / "letter.pdf"
    rendered = make(store, case.id, LetterKind.COMPLAINT, out)
    text = pdf_text(out)
    assert "(non jointe : le fichier est endommagé ou illisible)" in text
    assert "(non jointe : le document est protégé par un mot de passe)" in text
    assert "(non jointe : son fichier manque dans le dossier des pièces)" in text
    warned = [w for w in rendered.warnings if w.message_id == "letter.enclosure_not_attached"]
    assert len(warned) == 3
    assert "protected by a password" in " ".join(w.describe("en") for w in warned)
    assert rendered.pages == rendered.letter_pages


def test_an_owner_only_encrypted_invoice_is_appended(store: Store, tmp_path: Path) -> None:
    case = store_case(store)
    invoice = tmp_path / "facture-banque.pdf"
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, "RELEVE 42")
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    with invoice.open("wb") as handle:
        writer.write(handle)
    attach_to_promise(store, case.id, invoice)
    out = tmp_path / "letter.pdf"
    rendered = make(store, case.id, LetterKind.COMPLAINT, out)
    assert rendered.pages == rendered.letter_pages + 2
    assert "RELEVE 42" in pdf_text(out)


def test_a_sideways_phone_photo_is_printed_upright(store: Store, tmp_path: Path) -> None:
    case = store_case(store)
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (400, 300), "blue").save(photo, exif=exif)
    attach_to_promise(store, case.id, photo)
    out = tmp_path / "letter.pdf"
    rendered = make(store, case.id, LetterKind.COMPLAINT, out)
    page = PdfReader(out).pages[rendered.letter_pages]
    [image] = page.images
    width, height = image.image.size
    assert height > width


def test_a_missing_address_leaves_a_visible_blank_and_a_warning(
    store: Store, tmp_path: Path
) -> None:
    from core.cases import create_case

    case = create_case(store, title="Sans adresse", counterparty="Société X")
    out = tmp_path / "blank.pdf"
    rendered = make(store, case.id, LetterKind.COMPLAINT, out)
    text = pdf_text(out)
    assert "[votre adresse à compléter]" in text
    assert "[adresse du destinataire à compléter]" in text
    assert "[lieu à compléter], le 26 novembre 2026" in text
    ids = {warning.message_id for warning in rendered.warnings}
    assert {
        "letter.no_sender_address",
        "letter.no_recipient_address",
        "letter.no_sender_name",
    } <= ids


def test_a_blank_rewritten_by_hand_is_no_longer_listed(store: Store) -> None:
    from core.cases import create_case

    case = create_case(store, title="Sans adresse", counterparty="Société X")
    record = load_case_record(store, case.id)
    registered = options(LetterKind.COMPLAINT)

    def warned(edits: dict[str, str], chosen: LetterOptions = registered) -> set[str]:
        return {w.message_id for w in letter_draft(record, chosen, edits).warnings}

    assert {"letter.no_recipient_address", "letter.no_tracking"} <= warned({})
    typed = {"recipient": "Société X\n1 rue du Port\n13002 Marseille"}
    assert "letter.no_recipient_address" not in warned(typed)
    half_done = {"recipient": "Société X\n[adresse du destinataire à compléter]"}
    assert "letter.no_recipient_address" in warned(half_done)
    numbered = replace(registered, tracking_number="1A 234 567 8901 2")
    assert "letter.no_tracking" not in warned({}, numbered)
    by_post = replace(registered, sending_mode=SendingMode.ORDINARY_POST)
    assert "letter.no_tracking" not in warned({}, by_post)


def test_a_blank_printed_twice_is_listed_until_both_are_filled(store: Store) -> None:
    from core.cases import create_case

    case = create_case(store, title="Sans identité", counterparty="Société X")
    record = load_case_record(store, case.id)
    complaint = options(LetterKind.COMPLAINT)

    def warned(edits: dict[str, str]) -> set[str]:
        return {w.message_id for w in letter_draft(record, complaint, edits).warnings}

    name_only = {"sender": "Amélie Durand\n[votre adresse à compléter]"}
    assert warned(name_only) >= {"letter.no_sender_name", "letter.no_sender_address"}
    sender_written = {"sender": "Amélie Durand\n4 place Bellecour\n69002 Lyon"}
    assert "letter.no_sender_name" in warned(sender_written)
    assert "letter.no_sender_address" in warned(sender_written)
    everything = {
        **sender_written,
        "signature": "Amélie Durand",
        "place_and_date": "Lyon, le 26 novembre 2026",
    }
    assert not warned(everything) & {"letter.no_sender_name", "letter.no_sender_address"}


def test_the_users_own_identity_signs_a_case_that_has_none(store: Store, tmp_path: Path) -> None:
    from core.cases import create_case

    case = create_case(store, title="Sans identité", counterparty="Société X")
    me = Sender(name="Amélie Durand", postal_address="4 place Bellecour\n69002 Lyon")
    out = tmp_path / "mine.pdf"
    make_letter(
        store,
        case_id=case.id,
        options=replace(options(LetterKind.COMPLAINT), default_sender=me),
        destination=out,
    )
    text = pdf_text(out)
    assert "Amélie Durand 4 place Bellecour 69002 Lyon" in text
    assert "Lyon, le 26 novembre 2026" in text


def test_the_users_edits_print_and_unknown_ones_are_ignored(demo: Store, tmp_path: Path) -> None:
    record = load_case_record(demo, 1, today=TODAY)
    draft = letter_draft(record, options(LetterKind.COMPLAINT))
    keys = editable_texts(draft)
    assert "intro" in keys and "promises.table.1.4" in keys and "enclosure.1" in keys
    edits = {
        "intro": "Je conteste la facture & les frais <non annoncés>.",
        "promises.table.1.4": "Facture reçue le 13 novembre.",
        "fact.999": "un échange retiré depuis",
    }
    out = tmp_path / "edited.pdf"
    make(demo, 1, LetterKind.COMPLAINT, out, edits=edits)
    text = pdf_text(out)
    assert "Je conteste la facture & les frais <non annoncés>." in text
    assert "Facture reçue le 13 novembre." in text
