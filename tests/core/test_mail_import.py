"""Importing emails into a case: one interaction each, the message and its files as evidence,
the right party, duplicates skipped, all or nothing."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.cases import create_case
from core.database import Store
from core.errors import (
    EvidenceFileError,
    NotFoundError,
    OperationCancelled,
    RecoursError,
    StorageError,
)
from core.evidence import (
    attach_evidence,
    delete_evidence,
    evidence_files,
    evidence_path,
    list_evidence,
)
from core.interactions import delete_interaction, list_interactions
from core.mail import (
    MailImport,
    MatchRule,
    NotAnEmailError,
    find_duplicate,
    import_email,
    import_email_bytes,
    ingest_email,
    read_email_file,
    record_email,
)
from core.mail import importing as mail_importing
from core.mail.headers import Mailbox
from core.mail.party_matching import party_for_mailbox
from core.media_types import EMAIL, JPEG, OCTET_STREAM, PDF, PLAIN_TEXT, PNG
from core.model import Case, Direction, EvidenceKind, Language, PartyKind
from core.parties import add_party, list_parties

CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"
PARIS_WINTER = dt.timezone(dt.timedelta(hours=1))
FILE_TIME = dt.datetime(2026, 1, 15, 8, 0, tzinfo=PARIS_WINTER)
OWN = ("camille.martin@courriel.example",)


@pytest.fixture
def telecom(store: Store) -> Case:
    """A French case against TelecomPlus, whose address is known, with ColisRapide (known by
    its website) in the directory."""
    counterparty = add_party(store, name="TelecomPlus", email="service.client@telecomplus.example")
    add_party(store, name="ColisRapide", website="https://www.colisrapide.example/suivi")
    return create_case(
        store, title="Box jamais activée", counterparty=counterparty.id, language=Language.FR
    )


def corpus_copy(tmp_path: Path, name: str) -> Path:
    """A copy of a corpus file dated FILE_TIME (what an undated message falls back to)."""
    folder = tmp_path / "mail"
    folder.mkdir(exist_ok=True)
    copy = folder / name
    shutil.copyfile(CORPUS / name, copy)
    os.utime(copy, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    return copy


def import_file(
    store: Store, case: Case, source: Path, *, own: tuple[str, ...] = OWN
) -> MailImport:
    return import_email(store, case_id=case.id, source=source, own_addresses=own, zone=PARIS_WINTER)


def message_bytes(*headers: str, body: str = "Bonjour.") -> bytes:
    return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode()


@dataclass(frozen=True)
class Expected:
    occurred: str
    direction: Direction
    party: str
    rule: MatchRule
    person: str
    summary: str
    details: tuple[str, ...]
    files: tuple[tuple[str, str], ...] = ()


IN, OUT = Direction.INBOUND, Direction.OUTBOUND
ADDRESS, DOMAIN, CREATED = MatchRule.ADDRESS, MatchRule.DOMAIN, MatchRule.CREATED
SERVICE = "Service client TelecomPlus"
CORPUS_EXPECTATIONS = {
    "01-plain.eml": Expected(
        "2026-02-03T09:15", IN, "TelecomPlus", ADDRESS, SERVICE,
        "Votre demande n° 4521 : activation de la box", ("rappellera sous 48 heures",),
    ),
    "02-encoded-headers.eml": Expected(
        "2026-02-05T14:40", IN, "TelecomPlus", DOMAIN, "Sébastien Lefèvre",
        "Réclamation : remboursement des frais de résiliation", ("49,00 € vous",),
    ),
    "03-html-only.eml": Expected(
        "2026-02-04T19:02", IN, "ColisRapide", DOMAIN, "ColisRapide",
        "Votre colis est en cours de livraison", ("Livraison prévue vendredi 6 février",),
    ),
    "04-alternative-with-pdf.eml": Expected(
        "2026-02-12T07:30", IN, "TelecomPlus", DOMAIN, "TelecomPlus Facturation",
        "Votre facture de février", ("88,99 €",), (("facture février 2026.pdf", PDF),),
    ),
    "05-forwarded.eml": Expected(
        "2026-02-16T20:05", OUT, "mediateur-telecom.example", CREATED,
        "Médiateur des communications", "Tr : Réponse à ma réclamation",
        (
            "Je vous transfère la réponse de TelecomPlus",
            "---------- Message transféré ----------\nDe: TelecomPlus - Service reclamations",
            "Objet: Réponse à votre réclamation 4521",
            "nous ne pouvons donner une suite favorable",
        ),
        (("courrier-reponse.pdf", PDF),),
    ),
    "06-rfc2231-names.eml": Expected(
        "2026-02-10T16:20", IN, "banque-exemple.example", CREATED, "Banque Exemple",
        "Documents de votre dossier", ("Veuillez trouver vos documents ci-joints.",),
        (
            ("relevé de compte janvier 2026.pdf", PDF),
            ("capture d’écran.png", PNG),
            ("réclamation.txt", PLAIN_TEXT),
        ),
    ),
    "07-missing-names.eml": Expected(
        "2026-02-07T10:00", IN, "ColisRapide", DOMAIN, "ColisRapide", "Preuves de livraison",
        ("Voici les documents de livraison.",),
        (
            ("bon-de-livraison.pdf", PDF),
            ("pièce jointe 2.pdf", PDF),
            ("Lettre_d'avis.pdf", PDF),
            ("pièce jointe 4.jpg", JPEG),
        ),
    ),
    "08-inline-images.eml": Expected(
        "2026-02-09T12:45", IN, "ColisRapide", DOMAIN, "ColisRapide", "Photo du colis endommage",
        ("Voici la photo du colis",), (("photo-colis.jpg", JPEG), ("etiquette.jpg", JPEG)),
    ),
    "09-latin1.eml": Expected(
        "2026-02-11T08:05", IN, "TelecomPlus", ADDRESS, SERVICE, "Rendez-vous annulé",
        ("technicien prévu jeudi est annulé",),
    ),
    "10-wrong-charset.eml": Expected(
        "2026-02-20T17:10", IN, "TelecomPlus", ADDRESS, SERVICE, "Geste commercial",
        ("geste commercial de 20 €", "L’équipe reste à votre écoute."),
    ),
    "11-no-charset.eml": Expected(
        "2026-02-23T09:00", IN, "TelecomPlus", ADDRESS, SERVICE, "Relance",
        ("Votre dossier a été transmis", "très vite"),
    ),
    "12-utf8-declared-latin1.eml": Expected(
        "2026-02-24T13:30", IN, "TelecomPlus", ADDRESS, SERVICE, "Intervention planifiée",
        ("planifiée le 2 mars", "Frais : 0 €"),
    ),
    "13-winmail.eml": Expected(
        "2026-02-25T15:00", IN, "TelecomPlus", DOMAIN, "Lefevre, Sebastien",
        "RE: Demande de remboursement", ("Please see the attached letter.",),
        (("winmail.dat", OCTET_STREAM),),
    ),
    "14-outbound.eml": Expected(
        "2026-02-02T21:12", OUT, "TelecomPlus", DOMAIN, "TelecomPlus – Service réclamations",
        "Réclamation – box jamais activée", ("Ma box commandée le 12 janvier",),
    ),
    "15-no-message-id.eml": Expected(
        "2026-02-26T10:00", IN, "TelecomPlus", ADDRESS, SERVICE, "Enquete de satisfaction",
        ("Merci de noter notre service.",),
    ),
    "16-broken.eml": Expected(
        "2026-01-15T08:00", IN, "TelecomPlus", ADDRESS, "", "Dossier clôturé sans suite",
        ("Votre dossier est clôturé sans suite.",), (("releve.pdf", PDF),),
    ),
    "17-empty-subject.eml": Expected(
        "2026-02-27T18:00", IN, "TelecomPlus", ADDRESS, SERVICE,
        "Courriel de Service client TelecomPlus", ("Pouvez-vous nous rappeler ?",),
    ),
    "18-public-mailbox.eml": Expected(
        "2026-02-28T11:30", IN, "Lucie Bernard", CREATED, "Lucie Bernard",
        "Le technicien n'est jamais venu", ("personne n'est venu",),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTATIONS))
def test_each_corpus_message_becomes_the_expected_interaction_and_evidence(
    store: Store, telecom: Case, tmp_path: Path, name: str
) -> None:
    expected = CORPUS_EXPECTATIONS[name]
    source = corpus_copy(tmp_path, name)
    result = import_file(store, telecom, source)
    assert result.imported and result.error is None
    interaction = result.interaction
    assert interaction is not None
    assert interaction.occurred.iso() == expected.occurred
    assert interaction.channel.value == "email"
    assert interaction.direction is expected.direction
    assert result.party is not None
    assert (result.party.party.name, result.party.rule) == (expected.party, expected.rule)
    assert interaction.party_id == result.party.party.id
    assert interaction.person == expected.person
    assert interaction.summary == expected.summary
    for text in expected.details:
        assert text in interaction.details
    message = result.message_evidence
    assert message is not None
    assert (message.original_name, message.media_type, message.kind) == (
        name,
        EMAIL,
        EvidenceKind.EMAIL,
    )
    assert message.document_date == interaction.occurred.day
    assert evidence_path(store, message).read_bytes() == source.read_bytes()
    assert [(item.original_name, item.media_type) for item in result.attachments] == list(
        expected.files
    )
    linked = [item for item in list_evidence(store, telecom.id) if item.interaction_id]
    assert {item.interaction_id for item in linked} == {interaction.id}
    assert len(linked) == 1 + len(expected.files)


def test_the_reference_is_the_message_id_and_warnings_come_as_message_ids(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    result = import_file(store, telecom, corpus_copy(tmp_path, "16-broken.eml"))
    assert result.interaction is not None
    assert result.interaction.reference == "<[AM0PR01MB5521@eurprd01.prod.telecomplus.example]>"
    ids = {warning.message_id for warning in result.warnings}
    assert {"mail.malformed", "mail.date_missing", "mail.attachment_damaged"} <= ids
    described = [warning.describe("fr") for warning in result.warnings]
    assert any("2026-01-15 08:00" in text for text in described)


def test_unnamed_attachments_and_notes_are_worded_in_the_cases_language(
    store: Store, tmp_path: Path
) -> None:
    case = create_case(store, title="Parcel", counterparty="ColisRapide", language=Language.EN)
    result = import_file(store, case, corpus_copy(tmp_path, "07-missing-names.eml"))
    names = [item.original_name for item in result.attachments]
    assert names[1] == "attachment 2.pdf"
    assert names[3] == "attachment 4.jpg"
    tnef = import_file(store, case, corpus_copy(tmp_path, "13-winmail.eml"))
    assert tnef.attachments[0].description.startswith("Outlook attachment (winmail.dat)")
    untitled = import_file(store, case, corpus_copy(tmp_path, "17-empty-subject.eml"))
    assert untitled.interaction is not None
    assert untitled.interaction.summary == "Email from Service client TelecomPlus"


def test_an_invoice_attachment_is_guessed_as_an_invoice(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    result = import_file(store, telecom, corpus_copy(tmp_path, "04-alternative-with-pdf.eml"))
    assert result.attachments[0].kind is EvidenceKind.INVOICE


def test_direction_follows_the_users_own_addresses_in_any_case_or_form(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    source = corpus_copy(tmp_path, "05-forwarded.eml")
    outbound = import_file(
        store, telecom, source, own=("Camille Martin <CAMILLE.MARTIN@courriel.example>",)
    )
    assert outbound.interaction is not None
    assert outbound.interaction.direction is Direction.OUTBOUND
    other_case = create_case(store, title="Autre", counterparty="TelecomPlus")
    inbound = import_file(store, other_case, source, own=())
    assert inbound.interaction is not None
    assert inbound.interaction.direction is Direction.INBOUND
    assert inbound.interaction.person == "Camille Martin"


@pytest.mark.parametrize("sender", ["MAILER-DAEMON", '"Bob Smith" <bob smith@example.org>'])
def test_a_sender_without_a_usable_address_is_imported_all_the_same(
    store: Store, telecom: Case, sender: str
) -> None:
    raw = message_bytes(
        f"From: {sender}",
        "To: camille.martin@courriel.example",
        "Subject: Undelivered Mail Returned to Sender",
        "Date: Mon, 02 Mar 2026 10:00:00 +0100",
    )
    result = import_email_bytes(
        store, case_id=telecom.id, raw=raw, name="bounce.eml", own_addresses=OWN, zone=PARIS_WINTER
    )
    assert result.interaction is not None
    assert result.interaction.summary == "Undelivered Mail Returned to Sender"


def test_a_party_made_from_an_address_that_cannot_be_one_keeps_no_email(
    store: Store, telecom: Case
) -> None:
    match = party_for_mailbox(store, case_id=telecom.id, mailbox=Mailbox("", "MAILER-DAEMON"))
    assert match.rule is MatchRule.CREATED
    assert match.party.email == ""


def test_a_message_to_oneself_is_outbound_with_nobody_on_the_other_side(
    store: Store, telecom: Case
) -> None:
    raw = message_bytes(
        "From: camille.martin@courriel.example",
        "To: Camille <camille.martin@courriel.example>",
        "Subject: Note pour moi",
        "Date: Mon, 02 Mar 2026 10:00:00 +0100",
        "Message-ID: <self@courriel.example>",
    )
    result = import_email_bytes(
        store, case_id=telecom.id, raw=raw, name="note.eml", own_addresses=OWN, zone=PARIS_WINTER
    )
    assert result.interaction is not None
    assert result.interaction.direction is Direction.OUTBOUND
    assert result.party is None
    assert (result.interaction.party_id, result.interaction.person) == (None, "")


def test_a_sender_named_in_raw_utf8_is_recorded_by_name(store: Store, telecom: Case) -> None:
    raw = message_bytes(
        'From: "Hélène Durand" <helene.durand@courriel.example>',
        "To: camille.martin@courriel.example",
        "Date: Mon, 02 Feb 2026 10:00:00 +0100",
    )
    result = import_email_bytes(store, case_id=telecom.id, raw=raw, name="x.eml", own_addresses=OWN)
    assert result.interaction is not None and result.party is not None
    assert result.interaction.person == "Hélène Durand"
    assert result.party.party.name == "courriel.example"


def test_a_party_matches_by_its_name_when_the_directory_has_no_address(
    store: Store, tmp_path: Path
) -> None:
    case = create_case(store, title="Box", counterparty="TelecomPlus")
    result = import_file(store, case, corpus_copy(tmp_path, "02-encoded-headers.eml"))
    assert result.party is not None
    assert (result.party.party.id, result.party.rule) == (case.counterparty_id, MatchRule.NAME)


def test_the_cases_counterparty_wins_over_an_older_party_of_the_same_domain(
    store: Store, tmp_path: Path
) -> None:
    add_party(store, name="Ancien revendeur", email="ventes@telecomplus.example")
    counterparty = add_party(store, name="TelecomPlus", website="telecomplus.example")
    case = create_case(store, title="Box", counterparty=counterparty.id)
    result = import_file(store, case, corpus_copy(tmp_path, "02-encoded-headers.eml"))
    assert result.party is not None
    assert (result.party.party.id, result.party.rule) == (counterparty.id, MatchRule.DOMAIN)


def test_public_mailbox_domains_never_match_and_new_people_match_by_address_next_time(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    add_party(store, name="Voisin", kind=PartyKind.PERSON, email="voisin.durand@gmail.com")
    first = import_file(store, telecom, corpus_copy(tmp_path, "18-public-mailbox.eml"))
    assert first.party is not None
    assert first.party.created
    assert (first.party.party.name, first.party.party.kind) == ("Lucie Bernard", PartyKind.PERSON)
    assert first.party.party.email == "lucie.bernard.1987@gmail.com"
    again = import_email_bytes(
        store,
        case_id=telecom.id,
        raw=message_bytes(
            "From: Lucie <Lucie.Bernard.1987@gmail.com>",
            "To: camille.martin@courriel.example",
            "Subject: Encore moi",
            "Date: Sun, 01 Mar 2026 09:00:00 +0100",
            "Message-ID: <witness-2@mail.gmail.com>",
        ),
        name="again.eml",
        own_addresses=OWN,
    )
    assert again.party is not None
    assert (again.party.party.id, again.party.rule) == (first.party.party.id, MatchRule.ADDRESS)


def test_a_directory_entry_named_like_the_domain_is_used_rather_than_a_new_one(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    existing = add_party(store, name="banque-exemple.example")
    before = len(list_parties(store))
    result = import_file(store, telecom, corpus_copy(tmp_path, "06-rfc2231-names.eml"))
    assert result.party is not None
    assert (result.party.party.id, result.party.rule) == (existing.id, MatchRule.NAME)
    assert len(list_parties(store)) == before


def counts(store: Store, case: Case) -> tuple[int, int, int]:
    return (
        len(list_interactions(store, case.id)),
        len(list_evidence(store, case.id)),
        len(evidence_files(store).stored_hashes()),
    )


def test_the_same_file_imported_twice_is_skipped_and_says_so(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    source = corpus_copy(tmp_path, "04-alternative-with-pdf.eml")
    first = import_file(store, telecom, source)
    before = counts(store, telecom)
    second = import_file(store, telecom, source)
    assert second.duplicate and not second.imported
    assert second.interaction == first.interaction
    assert counts(store, telecom) == before


def test_another_copy_of_a_message_is_a_duplicate_by_its_message_id(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    source = corpus_copy(tmp_path, "01-plain.eml")
    first = import_file(store, telecom, source)
    other_copy = b"Received: from elsewhere; Tue, 03 Feb 2026 09:20:00 +0100\r\n" + (
        source.read_bytes()
    )
    second = import_email_bytes(
        store, case_id=telecom.id, raw=other_copy, name="copy.eml", own_addresses=OWN
    )
    assert second.duplicate
    assert second.interaction == first.interaction
    assert len(list_interactions(store, telecom.id)) == 1


def test_without_a_message_id_only_the_exact_same_bytes_are_a_duplicate(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    source = corpus_copy(tmp_path, "15-no-message-id.eml")
    first = import_file(store, telecom, source)
    assert first.interaction is not None
    assert import_file(store, telecom, source).duplicate
    assert find_duplicate(store, case_id=telecom.id, message_id="", sha256="0" * 64) is None
    changed = source.read_bytes().replace(b"Merci", b"Merci encore")
    different = import_email_bytes(
        store, case_id=telecom.id, raw=changed, name="changed.eml", own_addresses=OWN
    )
    assert different.imported


def test_duplicates_are_per_case(store: Store, telecom: Case, tmp_path: Path) -> None:
    source = corpus_copy(tmp_path, "04-alternative-with-pdf.eml")
    import_file(store, telecom, source)
    other = create_case(store, title="Autre dossier", counterparty="TelecomPlus")
    again = import_file(store, other, source)
    assert again.imported
    assert len(evidence_files(store).stored_hashes()) == 2


def test_after_its_interaction_is_deleted_a_message_imports_again_onto_its_evidence(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    source = corpus_copy(tmp_path, "01-plain.eml")
    first = import_file(store, telecom, source)
    assert first.interaction is not None and first.message_evidence is not None
    delete_interaction(store, first.interaction.id)
    again = import_file(store, telecom, source)
    assert again.imported and again.interaction is not None and again.message_evidence
    assert again.message_evidence.id == first.message_evidence.id
    assert again.message_evidence.interaction_id == again.interaction.id


def test_recording_checks_for_a_duplicate_again_inside_its_transaction(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    source = corpus_copy(tmp_path, "08-inline-images.eml")
    ingested = ingest_email(store, read_email_file(source))
    first = import_file(store, telecom, source)
    late = record_email(store, case_id=telecom.id, ingested=ingested, own_addresses=OWN)
    assert late.duplicate
    assert late.interaction == first.interaction


def test_a_file_that_is_not_an_email_is_refused_and_leaves_nothing(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    with pytest.raises(NotAnEmailError):
        import_file(store, telecom, corpus_copy(tmp_path, "not-an-email.eml"))
    assert counts(store, telecom) == (0, 0, 0)


def test_missing_files_and_cases_are_refused_in_words(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    with pytest.raises(EvidenceFileError):
        import_file(store, telecom, tmp_path / "absent.eml")
    with pytest.raises(NotFoundError):
        import_email(store, case_id=999, source=CORPUS / "01-plain.eml", own_addresses=OWN)


def test_a_failure_while_recording_leaves_no_row_no_party_and_no_file(
    store: Store, telecom: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_record = mail_importing.record_evidence
    calls: list[str] = []

    def fail_on_the_first_attachment(*args: object, **kwargs: object) -> object:
        calls.append(str(kwargs["original_name"]))
        if len(calls) > 1:
            raise OSError("disk went away")
        return real_record(*args, **kwargs)  # type: ignore[arg-type]  # the import's own arguments

    monkeypatch.setattr(mail_importing, "record_evidence", fail_on_the_first_attachment)
    parties_before = len(list_parties(store))
    with pytest.raises(OSError, match="disk went away"):
        import_file(store, telecom, corpus_copy(tmp_path, "05-forwarded.eml"))
    assert counts(store, telecom) == (0, 0, 0)
    assert len(list_parties(store)) == parties_before


def keep_for_undo(store: Store, case: Case, source: Path) -> str:
    """The message's own file in the store with no row using it, as after evidence is deleted
    in the app (its file kept for an undo); last touched an hour ago. Its fingerprint."""
    deleted = attach_evidence(store, case_id=case.id, source=source).evidence
    delete_evidence(store, deleted.id, keep_file=True)
    an_hour_ago = time.time() - 3600
    os.utime(evidence_path(store, deleted), (an_hour_ago, an_hour_ago))
    return deleted.sha256


def test_a_cancelled_import_keeps_a_file_an_undo_still_needs(
    store: Store, telecom: Case, tmp_path: Path
) -> None:
    source = corpus_copy(tmp_path, "04-alternative-with-pdf.eml")
    kept = keep_for_undo(store, telecom, source)
    files = evidence_files(store)

    def once_the_message_is_through() -> bool:
        """The store touches a file it already holds when it meets it again: from then on
        the attachment is being copied."""
        return files.is_recent(kept, seconds=60)

    with pytest.raises(OperationCancelled):
        ingest_email(store, read_email_file(source), should_cancel=once_the_message_is_through)
    assert files.stored_hashes() == {kept}


def test_a_failed_recording_keeps_a_file_an_undo_still_needs(
    store: Store, telecom: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = corpus_copy(tmp_path, "04-alternative-with-pdf.eml")
    kept = keep_for_undo(store, telecom, source)

    def disk_gone(*args: object, **kwargs: object) -> object:
        raise StorageError("error.disk_full", path=tmp_path)

    monkeypatch.setattr(mail_importing, "record_evidence", disk_gone)
    with pytest.raises(StorageError):
        import_file(store, telecom, source)
    assert evidence_files(store).stored_hashes() == {kept}
    assert list_interactions(store, telecom.id) == []


HEADERS = (
    b"From: shop@shop.example\r\nTo: camille.martin@courriel.example\r\n"
    b"Date: Mon, 02 Feb 2026 10:00:00 +0100\r\nSubject: x\r\n"
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    raw=st.one_of(
        st.binary(min_size=1, max_size=300),
        st.binary(max_size=300).map(lambda tail: HEADERS + tail),
        st.binary(max_size=300).map(
            lambda tail: (
                HEADERS + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n' + tail
            )
        ),
        st.tuples(st.binary(max_size=40), st.binary(max_size=40)).map(
            lambda name_and_box: (
                b"From: "
                + name_and_box[0]
                + b" <"
                + name_and_box[1]
                + b"@shop.example>\r\n"
                + HEADERS.partition(b"\r\n")[2]
                + b"\r\nBonjour\r\n"
            )
        ),
    )
)
def test_importing_arbitrary_bytes_raises_nothing_but_a_recours_error(
    store: Store, telecom: Case, raw: bytes
) -> None:
    try:
        result = import_email_bytes(
            store, case_id=telecom.id, raw=raw, name="fuzz.eml", own_addresses=OWN
        )
    except RecoursError:
        return
    assert result.interaction is not None
