"""A read message put into a case: one interaction, the `.eml` and its files as evidence.

Files are copied into the evidence store first (slow, off the window's thread in the app:
`ingest_email`), then every row is written in one transaction (`record_email`), so an
import is all there or not there, and one undoable step in the app. The `.eml` is stored
byte for byte as it was read: never re-serialised, so its fingerprint proves it unchanged.

Duplicates: a message is already in a case when an interaction of that case has its
Message-ID, or when its exact bytes are evidence of that case linked to an interaction (the
only test for a message without a Message-ID). It is then skipped, and the result says so.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from email.utils import getaddresses
from pathlib import Path
from typing import Final

from core.cases import get_case
from core.database import Store
from core.errors import RecoursError
from core.evidence import discard_new_files, evidence_files, record_evidence, save_evidence
from core.evidence_store import CancelCheck, StoredFile
from core.i18n import translate
from core.interactions import add_interaction, get_interaction
from core.mail.headers import Mailbox
from core.mail.parsing import ParsedMail, parse_email, read_email_file
from core.mail.parts import MailAttachment
from core.mail.party_matching import PartyMatch, party_for_mailbox
from core.mail.problems import MailWarning
from core.model import Channel, Direction, Evidence, EvidenceKind, Interaction

MAX_DETAILS_CHARACTERS: Final = 200_000
_SAFE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}$")


@dataclass(frozen=True, slots=True)
class IngestedMail:
    """A read message whose bytes and files are in the evidence store, not yet recorded."""

    parsed: ParsedMail
    message: StoredFile
    attachments: tuple[tuple[MailAttachment, StoredFile], ...]

    def stored_files(self) -> tuple[StoredFile, ...]:
        return (self.message, *(stored for _, stored in self.attachments))

    def hashes(self) -> set[str]:
        return {stored.sha256 for stored in self.stored_files()}


@dataclass(frozen=True, slots=True)
class MailImport:
    """What became of one message: its interaction (new, or the earlier one for a duplicate),
    its evidence, the party it was put under, warnings, or the error that stopped it."""

    source: str
    interaction: Interaction | None = None
    duplicate: bool = False
    message_evidence: Evidence | None = None
    attachments: tuple[Evidence, ...] = ()
    party: PartyMatch | None = None
    warnings: tuple[MailWarning, ...] = ()
    error: RecoursError | None = None
    path: Path | None = None

    @property
    def imported(self) -> bool:
        return self.interaction is not None and not self.duplicate


def own_address_keys(own_addresses: Collection[str]) -> frozenset[str]:
    """The user's addresses as compared: case folded, "Name <address>" accepted."""
    return frozenset(
        spec.casefold() for _, spec in getaddresses([", ".join(own_addresses)]) if "@" in spec
    )


def other_side(parsed: ParsedMail, own: frozenset[str]) -> tuple[Direction, Mailbox | None]:
    """Whether the user sent or received the message, and who was on the other end.

    Sent when From is one of the user's addresses: the other end is the first recipient
    (To, then Cc) who is not the user. Received otherwise: the other end is the sender.
    """
    if parsed.sender is not None and parsed.sender.key in own:
        others = [mailbox for mailbox in parsed.recipients if mailbox.key not in own]
        return Direction.OUTBOUND, (others[0] if others else None)
    return Direction.INBOUND, parsed.sender


def find_duplicate(store: Store, *, case_id: int, message_id: str, sha256: str) -> int | None:
    """The interaction of `case_id` that already holds this message, or None."""
    if message_id:
        row = store.conn.execute(
            "SELECT id FROM interactions WHERE case_id = ? AND message_id = ? ORDER BY id LIMIT 1",
            [case_id, message_id],
        ).fetchone()
        if row is not None:
            return int(row[0])
    row = store.conn.execute(
        "SELECT interaction_id FROM evidence WHERE case_id = ? AND sha256 = ? "
        "AND interaction_id IS NOT NULL",
        [case_id, sha256],
    ).fetchone()
    return None if row is None else int(row[0])


def _suffix(attachment: MailAttachment) -> str:
    match = _SAFE_SUFFIX.search(attachment.name or "")
    return match.group(0) if match else attachment.extension


def ingest_email(
    store: Store, parsed: ParsedMail, *, should_cancel: CancelCheck | None = None
) -> IngestedMail:
    """Copy the message and its files into the evidence store (no row written).

    Cancelled or failed half-way, the files it brought in go again; files the store held
    before stay (`discard_new_files`).
    """
    files = evidence_files(store)
    stored: list[StoredFile] = []

    def ingest(name: str, content: bytes) -> StoredFile:
        result = files.ingest_stream(
            io.BytesIO(content), label=Path(name), size=len(content), should_cancel=should_cancel
        )
        stored.append(result)
        return result

    try:
        message = ingest("message.eml", parsed.raw)
        attachments = tuple(
            (item, ingest(f"{item.position}{_suffix(item)}", item.payload))
            for item in parsed.attachments
        )
    except BaseException:
        discard_new_files(store, stored)
        raise
    return IngestedMail(parsed, message, attachments)


def _summary(parsed: ParsedMail, direction: Direction, other: Mailbox | None, lang: str) -> str:
    if parsed.subject.strip():
        return parsed.subject
    who = "" if other is None else (other.name or other.address)
    if not who:
        return translate("mail.summary_untitled", lang)
    wording = "mail.summary_to" if direction is Direction.OUTBOUND else "mail.summary_from"
    return translate(wording, lang, who=who)


def _details(parsed: ParsedMail, lang: str) -> tuple[str, bool]:
    """The body, then each forwarded message under a heading; and whether it was shortened."""
    pieces = [parsed.body]
    for forwarded in parsed.forwarded:
        lines = [translate("mail.forwarded_heading", lang)]
        lines += [
            f"{translate(f'mail.header.{name.lower()}', lang)}: {value}"
            for name, value in forwarded.headers
        ]
        pieces.append("\n".join(lines) + (f"\n\n{forwarded.body}" if forwarded.body else ""))
    details = "\n\n".join(piece.strip() for piece in pieces if piece.strip())
    if len(details) <= MAX_DETAILS_CHARACTERS:
        return details, False
    return details[:MAX_DETAILS_CHARACTERS].rstrip() + "\n…", True


def _attachment_name(attachment: MailAttachment, lang: str) -> str:
    if attachment.name:
        return attachment.name
    if attachment.is_tnef:
        return "winmail.dat"
    stem = translate("mail.attachment_name", lang, number=attachment.position)
    return f"{stem}{attachment.extension}"


def _record_file(
    store: Store,
    *,
    case_id: int,
    interaction_id: int,
    stored: StoredFile,
    name: str,
    kind: EvidenceKind | None = None,
    description: str = "",
    document_date: dt.date | None = None,
) -> tuple[Evidence, bool]:
    """The evidence for a file of this message, and whether it is this interaction's.

    A file the case already has is not stored twice: linked to this interaction when it was
    linked to none, left where it is otherwise.
    """
    attached = record_evidence(
        store,
        case_id=case_id,
        stored=stored,
        original_name=name,
        interaction_id=interaction_id,
        kind=kind,
        description=description,
        document_date=document_date,
    )
    evidence = attached.evidence
    if attached.already_attached and evidence.interaction_id is None:
        evidence = save_evidence(store, replace(evidence, interaction_id=interaction_id))
    return evidence, evidence.interaction_id == interaction_id


def record_email(
    store: Store, *, case_id: int, ingested: IngestedMail, own_addresses: Collection[str]
) -> MailImport:
    """Write the interaction, its party and its evidence in one transaction.

    Words the record keeps (a summary for a message without subject, the heading of a
    forwarded message, names for unnamed files) are in the case's language.
    """
    lang = get_case(store, case_id).language.value
    parsed = ingested.parsed
    direction, other = other_side(parsed, own_address_keys(own_addresses))
    warnings = list(parsed.warnings)
    try:
        with store.write() as db:
            duplicate_of = find_duplicate(
                store, case_id=case_id, message_id=parsed.message_id, sha256=parsed.sha256
            )
            if duplicate_of is not None:
                result = MailImport(
                    parsed.name, get_interaction(store, duplicate_of), duplicate=True
                )
            else:
                match = None
                if other is not None:
                    match = party_for_mailbox(store, case_id=case_id, mailbox=other)
                details, shortened = _details(parsed, lang)
                if shortened:
                    warnings.append(
                        MailWarning("mail.body_shortened", {"limit": MAX_DETAILS_CHARACTERS})
                    )
                interaction = add_interaction(
                    store,
                    case_id=case_id,
                    occurred=parsed.occurred,
                    channel=Channel.EMAIL,
                    direction=direction,
                    summary=_summary(parsed, direction, other, lang),
                    party_id=None if match is None else match.party.id,
                    person="" if other is None else other.name,
                    details=details,
                    reference=parsed.reference,
                )
                db.table("interactions").update(
                    interaction.id, {"message_id": parsed.message_id or None}
                )
                message_evidence, _ = _record_file(
                    store,
                    case_id=case_id,
                    interaction_id=interaction.id,
                    stored=ingested.message,
                    name=parsed.name,
                    kind=EvidenceKind.EMAIL,
                    document_date=parsed.occurred.day,
                )
                attachments: list[Evidence] = []
                for attachment, stored in ingested.attachments:
                    name = _attachment_name(attachment, lang)
                    evidence, linked_here = _record_file(
                        store,
                        case_id=case_id,
                        interaction_id=interaction.id,
                        stored=stored,
                        name=name,
                        description=(
                            translate("mail.tnef_description", lang) if attachment.is_tnef else ""
                        ),
                    )
                    if not linked_here:
                        warnings.append(
                            MailWarning(
                                "mail.attachment_elsewhere",
                                {"name": name, "id": evidence.id},
                            )
                        )
                    elif evidence not in attachments:
                        attachments.append(evidence)
                result = MailImport(
                    parsed.name,
                    interaction,
                    message_evidence=message_evidence,
                    attachments=tuple(attachments),
                    party=match,
                    warnings=tuple(warnings),
                )
    except BaseException:
        discard_new_files(store, ingested.stored_files())
        raise
    if result.duplicate:
        discard_new_files(store, ingested.stored_files())
    return result


def import_parsed(
    store: Store,
    *,
    case_id: int,
    parsed: ParsedMail,
    own_addresses: Collection[str],
    should_cancel: CancelCheck | None = None,
) -> MailImport:
    """Store a read message in a case, unless the case already has it."""
    get_case(store, case_id)
    duplicate_of = find_duplicate(
        store, case_id=case_id, message_id=parsed.message_id, sha256=parsed.sha256
    )
    if duplicate_of is not None:
        return MailImport(parsed.name, get_interaction(store, duplicate_of), duplicate=True)
    ingested = ingest_email(store, parsed, should_cancel=should_cancel)
    return record_email(store, case_id=case_id, ingested=ingested, own_addresses=own_addresses)


def import_email(
    store: Store,
    *,
    case_id: int,
    source: Path,
    own_addresses: Collection[str],
    zone: dt.tzinfo | None = None,
    should_cancel: CancelCheck | None = None,
) -> MailImport:
    """Import one `.eml` file into a case (see the module's docstring for duplicates).

    `own_addresses` are the user's: a message from one of them is outbound. `zone` is where
    the user lives (default: this computer's), for the wall-clock time of the interaction.
    Raises RecoursError for a file that cannot be read or is not an email.
    """
    get_case(store, case_id)
    parsed = read_email_file(source, zone=zone)
    result = import_parsed(
        store,
        case_id=case_id,
        parsed=parsed,
        own_addresses=own_addresses,
        should_cancel=should_cancel,
    )
    return replace(result, path=source)


def import_email_bytes(
    store: Store,
    *,
    case_id: int,
    raw: bytes,
    name: str,
    own_addresses: Collection[str],
    received: dt.datetime | None = None,
    zone: dt.tzinfo | None = None,
) -> MailImport:
    """Import a message given as bytes (dragged from a mail client); `received` stands in for
    a missing Date (default: now)."""
    get_case(store, case_id)
    fallback = received if received is not None else dt.datetime.now(dt.UTC)
    parsed = parse_email(raw, name=name, fallback_time=fallback, zone=zone)
    return import_parsed(store, case_id=case_id, parsed=parsed, own_addresses=own_addresses)
