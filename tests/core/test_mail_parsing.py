"""Reading real-world mail: encodings, structures and damage, from the corpus in tests/data/mail.

The corpus was written for these tests (no real person's mail): each file is one of the
shapes mail programs produce, named after it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.errors import RecoursError
from core.mail.charsets import charset_label, decode_text
from core.mail.headers import Mailbox
from core.mail.parsing import MAX_MESSAGE_BYTES, ParsedMail, parse_email, read_email_file
from core.mail.parts import DECORATION_BYTES, MAX_FORWARD_DEPTH
from core.mail.problems import NotAnEmailError
from core.mail_text import html_to_text, mail_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"
PARIS_WINTER = dt.timezone(dt.timedelta(hours=1))
FILE_TIME = dt.datetime(2026, 1, 15, 8, 0, tzinfo=PARIS_WINTER)


def read(name: str) -> ParsedMail:
    raw = (CORPUS / name).read_bytes()
    return parse_email(raw, name=name, fallback_time=FILE_TIME, zone=PARIS_WINTER)


def warning_ids(parsed: ParsedMail) -> set[str]:
    return {warning.message_id for warning in parsed.warnings}


def attachment_names(parsed: ParsedMail) -> list[str | None]:
    return [attachment.name for attachment in parsed.attachments]


def test_a_plain_message_gives_its_date_in_local_time_sender_subject_and_text() -> None:
    parsed = read("01-plain.eml")
    assert parsed.occurred.iso() == "2026-02-03T09:15"
    assert parsed.sender == Mailbox(
        "Service client TelecomPlus", "service.client@telecomplus.example"
    )
    assert parsed.subject == "Votre demande n° 4521 : activation de la box"
    assert parsed.message_id == "plain-001.4521@telecomplus.example"
    assert parsed.reference == "<plain-001.4521@telecomplus.example>"
    assert "Un technicien vous rappellera sous 48 heures" in parsed.body
    assert parsed.attachments == ()
    assert parsed.warnings == ()


def test_a_date_in_another_zone_becomes_the_users_wall_clock_time() -> None:
    parsed = read("03-html-only.eml")
    assert parsed.sent == dt.datetime(2026, 2, 4, 18, 2, 11, tzinfo=dt.UTC)
    assert parsed.occurred.iso() == "2026-02-04T19:02"


def test_adjacent_encoded_words_in_two_charsets_join_without_a_stray_space() -> None:
    parsed = read("02-encoded-headers.eml")
    assert parsed.subject == "Réclamation : remboursement des frais de résiliation"
    assert parsed.sender is not None
    assert parsed.sender.name == "Sébastien Lefèvre"
    assert parsed.recipients[0].name == "Camille Martin"
    assert "49,00 € vous" in parsed.body


def test_an_html_only_body_is_read_as_text_without_its_code() -> None:
    parsed = read("03-html-only.eml")
    assert "Votre colis n° 88412 est en cours de livraison." in parsed.body
    assert "Livraison prévue vendredi 6 février" in parsed.body
    assert "L’équipe ColisRapide" in parsed.body
    for code in ("trackOpen", "color:", "<p>", "&eacute;"):
        assert code not in parsed.body


def test_multipart_alternative_reads_the_plain_version_once() -> None:
    parsed = read("04-alternative-with-pdf.eml")
    assert parsed.body.count("Votre facture de février est disponible") == 1
    assert "frais d'activation" in parsed.body
    assert "<b>" not in parsed.body
    assert attachment_names(parsed) == ["facture février 2026.pdf"]
    assert parsed.attachments[0].media_type == "application/pdf"
    assert parsed.attachments[0].payload.startswith(b"%PDF-")


def test_an_empty_plain_alternative_gives_way_to_the_html_one() -> None:
    raw = (
        b"From: a@shop.example\r\nTo: b@home.example\r\nSubject: s\r\n"
        b"Date: Mon, 02 Feb 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="x"\r\n\r\n'
        b"--x\r\nContent-Type: text/plain\r\n\r\n \r\n"
        b"--x\r\nContent-Type: text/html\r\n\r\n<p>Le vrai texte</p>\r\n--x--\r\n"
    )
    parsed = parse_email(raw, name="a.eml", fallback_time=FILE_TIME, zone=PARIS_WINTER)
    assert parsed.body == "Le vrai texte"


def test_a_forwarded_message_adds_its_headers_and_text_and_brings_its_files() -> None:
    parsed = read("05-forwarded.eml")
    assert parsed.sender is not None
    assert parsed.sender.address == "Camille.Martin@Courriel.example"
    assert parsed.subject == "Tr : Réponse à ma réclamation"
    assert "Je vous transfère la réponse" in parsed.body
    assert "ne pouvons donner" not in parsed.body
    [forwarded] = parsed.forwarded
    assert dict(forwarded.headers) == {
        "From": "TelecomPlus - Service reclamations <reclamations@telecomplus.example>",
        "Date": "Fri, 13 Feb 2026 11:00:00 +0100",
        "Subject": "Réponse à votre réclamation 4521",
        "To": "Camille Martin <camille.martin@courriel.example>",
    }
    assert "nous ne pouvons donner une suite favorable" in forwarded.body
    assert attachment_names(parsed) == ["courrier-reponse.pdf"]


def forwarded_chain(depth: int) -> bytes:
    message = b"From: deep@shop.example\r\nSubject: level 0\r\n\r\nthe innermost text\r\n"
    for level in range(1, depth + 1):
        message = (
            f"From: level{level}@shop.example\r\nSubject: level {level}\r\n"
            "Date: Mon, 02 Feb 2026 10:00:00 +0100\r\n"
            "Content-Type: message/rfc822\r\n\r\n"
        ).encode() + message
    return message


def test_forwards_inside_forwards_stop_at_the_depth_cap_with_a_warning() -> None:
    shallow = parse_email(forwarded_chain(MAX_FORWARD_DEPTH), name="f.eml", fallback_time=FILE_TIME)
    assert len(shallow.forwarded) == MAX_FORWARD_DEPTH
    assert "the innermost text" in shallow.forwarded[-1].body
    assert "mail.forward_too_deep" not in warning_ids(shallow)
    deep = parse_email(
        forwarded_chain(MAX_FORWARD_DEPTH + 3), name="f.eml", fallback_time=FILE_TIME
    )
    assert len(deep.forwarded) == MAX_FORWARD_DEPTH
    assert "mail.forward_too_deep" in warning_ids(deep)


def test_file_names_encoded_by_rfc_2231_and_rfc_2047_are_decoded() -> None:
    parsed = read("06-rfc2231-names.eml")
    assert attachment_names(parsed) == [
        "relevé de compte janvier 2026.pdf",
        "capture d’écran.png",
        "réclamation.txt",
    ]
    assert [attachment.media_type for attachment in parsed.attachments] == [
        "application/pdf",
        "image/png",
        "text/plain",
    ]


def test_missing_names_fall_back_to_content_type_then_raw_header_then_none() -> None:
    parsed = read("07-missing-names.eml")
    assert attachment_names(parsed) == ["bon-de-livraison.pdf", None, "Lettre_d'avis.pdf", None]
    unnamed_pdf, unnamed_photo = parsed.attachments[1], parsed.attachments[3]
    assert (unnamed_pdf.position, unnamed_pdf.extension) == (2, ".pdf")
    assert (unnamed_photo.position, unnamed_photo.extension) == (4, ".jpg")
    assert parsed.attachments[2].media_type == "application/pdf"


def test_small_images_shown_by_cid_are_decoration_large_or_unshown_ones_are_kept() -> None:
    parsed = read("08-inline-images.eml")
    assert attachment_names(parsed) == ["photo-colis.jpg", "etiquette.jpg"]
    assert len(parsed.attachments[0].payload) >= DECORATION_BYTES
    assert "Voici la photo du colis" in parsed.body


@pytest.mark.parametrize(
    ("name", "expected_text", "guessed"),
    [
        ("09-latin1.eml", "Le rendez-vous du technicien prévu jeudi est annulé.", None),
        ("10-wrong-charset.eml", "geste commercial de 20 € sur votre prochaine", "windows-1252"),
        ("11-no-charset.eml", "Votre dossier a été transmis au service technique.", "windows-1252"),
        ("12-utf8-declared-latin1.eml", "planifiée le 2 mars entre 8 h et 12 h", None),
    ],
)
def test_bodies_in_other_charsets_read_right_and_a_guess_is_said(
    name: str, expected_text: str, guessed: str | None
) -> None:
    parsed = read(name)
    assert expected_text in parsed.body
    guesses = [w for w in parsed.warnings if w.message_id == "mail.charset_guessed"]
    if guessed is None:
        assert guesses == []
    else:
        assert [warning.params["charset"] for warning in guesses] == [guessed]


def test_an_outlook_winmail_dat_is_kept_as_a_file_with_a_warning() -> None:
    parsed = read("13-winmail.eml")
    [attachment] = parsed.attachments
    assert attachment.name == "winmail.dat"
    assert attachment.is_tnef
    assert "mail.tnef" in warning_ids(parsed)
    assert parsed.body == "Please see the attached letter."
    assert parsed.sender is not None
    assert parsed.sender.name == "Lefevre, Sebastien"


def test_names_and_addresses_sent_as_raw_utf8_bytes_read_as_words() -> None:
    """Many mail programs put UTF-8 straight into From and To instead of encoded words."""
    raw = (
        "From: Société Générale <contact@societe.example>\r\n"
        'To: "Hélène" <hélène@courriel.example>\r\n'
        "Subject: Réclamation\r\nDate: Mon, 02 Feb 2026 10:00:00 +0100\r\n\r\nBonjour\r\n"
    ).encode()
    parsed = parse_email(raw, name="x.eml", fallback_time=FILE_TIME, zone=PARIS_WINTER)
    assert parsed.sender == Mailbox("Société Générale", "contact@societe.example")
    assert parsed.recipients == (Mailbox("Hélène", "hélène@courriel.example"),)


def test_a_message_without_message_id_has_no_reference() -> None:
    parsed = read("15-no-message-id.eml")
    assert (parsed.message_id, parsed.reference) == ("", "")


def test_a_broken_message_is_read_as_far_as_it_goes_with_warnings() -> None:
    parsed = read("16-broken.eml")
    assert parsed.subject.startswith("Dossier clôturé")
    assert parsed.sender == Mailbox("", "service.client@telecomplus.example")
    assert parsed.message_id == "[AM0PR01MB5521@eurprd01.prod.telecomplus.example]"
    assert parsed.body == "Votre dossier est clôturé sans suite."
    assert parsed.sent is None
    assert parsed.occurred.iso() == "2026-01-15T08:00"
    assert {"mail.malformed", "mail.date_missing", "mail.attachment_damaged"} <= warning_ids(parsed)
    assert attachment_names(parsed) == ["releve.pdf"]


def test_an_empty_subject_stays_empty_for_the_import_to_word() -> None:
    assert read("17-empty-subject.eml").subject == ""


def test_a_file_that_is_not_an_email_is_refused_in_words() -> None:
    with pytest.raises(NotAnEmailError) as refused:
        read("not-an-email.eml")
    assert "not-an-email.eml is not an email" in refused.value.describe("en")
    assert "n’est pas un courriel" in refused.value.describe("fr")


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.eml"
    with huge.open("wb") as handle:
        handle.truncate(MAX_MESSAGE_BYTES + 1)
    with pytest.raises(RecoursError) as refused:
        read_email_file(huge)
    assert refused.value.message_id == "mail.too_large"


def test_a_missing_date_uses_the_files_time_and_says_so(tmp_path: Path) -> None:
    source = tmp_path / "undated.eml"
    source.write_bytes(b"From: a@shop.example\r\nTo: b@home.example\r\nSubject: s\r\n\r\nbody\r\n")
    stamp = dt.datetime(2026, 3, 1, 9, 30, tzinfo=PARIS_WINTER).timestamp()
    os.utime(source, (stamp, stamp))
    parsed = read_email_file(source, zone=PARIS_WINTER)
    assert parsed.occurred.iso() == "2026-03-01T09:30"
    [warning] = [w for w in parsed.warnings if w.message_id == "mail.date_missing"]
    assert warning.describe("en").endswith(
        "the date of its file (2026-03-01 09:30) was used instead. Check it in the timeline."
    )


def test_charset_guesses_prefer_western_europe_on_short_text() -> None:
    assert decode_text("déjà vu".encode("cp1252")) == decode_text(
        "déjà vu".encode("cp1252"), "unknown-8bit"
    )
    assert decode_text("déjà vu".encode("cp1252")).text == "déjà vu"
    russian = "Здравствуйте, ваша посылка не была доставлена. Мы приносим извинения."
    assert decode_text(russian.encode("cp1251")).text == russian
    assert decode_text("été".encode(), "iso-8859-1").guessed is None
    assert decode_text(b"caf\xe9", "base64").text == "café"
    assert charset_label("iso8859_15") == "ISO-8859-15"


def test_html_the_standard_parser_rejects_still_gives_its_text() -> None:
    text = html_to_text("<style>p{}</style><p>Bonjour</p><![ ]> <b>suite</b>&nbsp;ici<br>fin")
    assert text == "Bonjour\nsuite ici\nfin"


def test_mail_text_for_letters_still_reads_headers_and_body() -> None:
    mail = mail_text((CORPUS / "02-encoded-headers.eml").read_bytes())
    assert dict(mail.headers)["Subject"] == "Réclamation : remboursement des frais de résiliation"
    assert "Sébastien Lefèvre" in mail.body


def test_mail_text_reads_a_body_that_does_not_say_its_charset() -> None:
    """An enclosed or searched email written by a client that leaves out the charset reads
    as the import reads it, not with replacement characters."""
    raw = "From: a@b.example\r\nSubject: R\r\n\r\nLe colis a été perdu.\r\n".encode()
    assert mail_text(raw).body == "Le colis a été perdu."
    latin = b"From: a@b.example\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n"
    assert mail_text(latin + "Reçu".encode("latin-1")).body == "Reçu"


HEADER_NAMES = ("From", "To", "Cc", "Subject", "Date", "Message-ID", "Content-Type")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(
        st.tuples(st.sampled_from(HEADER_NAMES), st.text(max_size=80)), min_size=1, max_size=8
    ),
    body=st.binary(max_size=200),
)
def test_arbitrary_header_values_never_crash_the_parser(
    values: list[tuple[str, str]], body: bytes
) -> None:
    headers = b"".join(
        f"{name}: {value}\r\n".encode("utf-8", "surrogatepass") for name, value in values
    )
    raw = b"From: shop@shop.example\r\nDate: Mon, 02 Feb 2026 10:00:00 +0100\r\n" + headers
    try:
        parsed = parse_email(raw + b"\r\n" + body, name="x.eml", fallback_time=FILE_TIME)
    except RecoursError:
        return
    assert isinstance(parsed.subject, str)
    assert parsed.occurred.day.year >= 1971


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(path.name for path in CORPUS.glob("*.eml"))),
    cut=st.integers(min_value=0, max_value=4000),
    splice=st.binary(max_size=64),
)
@example(name="02-encoded-headers.eml", cut=169, splice=b"\x01")
def test_damaged_copies_of_the_corpus_never_crash_the_parser(
    name: str, cut: int, splice: bytes
) -> None:
    raw = (CORPUS / name).read_bytes()
    damaged = raw[:cut] + splice + raw[cut + len(splice) :]
    try:
        parsed = parse_email(damaged, name=name, fallback_time=FILE_TIME)
    except RecoursError:
        return
    assert parsed.raw == damaged
    assert parsed.sha256 == hashlib.sha256(damaged).hexdigest()
