"""An `.eml` file read into what the record needs: who, when, what about, what was said, files.

Parsing never changes the message: the bytes read are the bytes kept as evidence. A message
that is damaged is read as far as it goes, with warnings; only a file that is not an email at
all (by its first bytes, as the evidence store judges it) is refused.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from pathlib import Path
from typing import Final

from core.errors import EvidenceFileError, InvalidInputError
from core.evidence_store import regular_file_size
from core.filenames import display_name, name_from_path
from core.mail.headers import (
    HEADER_ERRORS,
    Mailbox,
    header_is_readable,
    header_text,
    mailboxes,
    message_date,
    message_id,
)
from core.mail.parts import ForwardedMail, MailAttachment, MailContent, read_content
from core.mail.problems import MailWarning, NotAnEmailError
from core.media_types import EMAIL, SNIFF_BYTES, sniff_media_type
from core.model import Moment

MAX_MESSAGE_BYTES: Final = 100 * 1024 * 1024
CHECKED_HEADERS: Final = ("From", "To", "Cc", "Subject")


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """One message, read; nothing stored yet."""

    raw: bytes
    sha256: str
    name: str
    subject: str
    sender: Mailbox | None
    recipients: tuple[Mailbox, ...]
    sent: dt.datetime | None
    occurred: Moment
    message_id: str
    body: str
    forwarded: tuple[ForwardedMail, ...]
    attachments: tuple[MailAttachment, ...]
    warnings: tuple[MailWarning, ...]

    @property
    def reference(self) -> str:
        """The Message-ID as mail clients show it, to find the message again in a mailbox."""
        return f"<{self.message_id}>" if self.message_id else ""


def local_moment(stamp: dt.datetime, zone: dt.tzinfo | None) -> Moment:
    """The wall-clock time where the user is (`zone`, else this computer's) of an instant."""
    if stamp.tzinfo is not None:
        try:
            stamp = stamp.astimezone(zone)
        except (OverflowError, OSError, ValueError):
            stamp = stamp.astimezone(dt.UTC)
    return Moment.of(stamp)


def _parse(raw: bytes) -> tuple[Message, bool]:
    """The message, and whether its body had to be given up (headers only)."""
    try:
        return email.message_from_bytes(raw, policy=email.policy.default), False
    except HEADER_ERRORS:
        pass
    try:
        return BytesParser(policy=email.policy.default).parsebytes(raw, headersonly=True), True
    except HEADER_ERRORS:
        raise NotAnEmailError() from None


def _content(message: Message, headers_only: bool) -> MailContent:
    if not headers_only:
        try:
            return read_content(message)
        except HEADER_ERRORS:
            pass
    return MailContent("", (), (), (MailWarning("mail.malformed"),))


def parse_email(
    raw: bytes, *, name: str, fallback_time: dt.datetime, zone: dt.tzinfo | None = None
) -> ParsedMail:
    """Read one message. `fallback_time` (the file's date) stands in for a missing Date.

    Raises NotAnEmailError for a file that is not an email, InvalidInputError when too large.
    """
    shown_name = display_name(name, fallback="message.eml")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise InvalidInputError(
            "mail.too_large", name=shown_name, limit=MAX_MESSAGE_BYTES // (1024 * 1024)
        )
    if sniff_media_type(raw[:SNIFF_BYTES], shown_name) != EMAIL:
        raise NotAnEmailError(name=shown_name)
    message, headers_only = _parse(raw)
    content = _content(message, headers_only)
    warnings = list(content.warnings)
    for header in CHECKED_HEADERS:
        if not header_is_readable(message, header):
            warnings.append(MailWarning("mail.header_unreadable", {"header": header}))
    sent = message_date(message)
    occurred = local_moment(sent if sent is not None else fallback_time, zone)
    if sent is None:
        when = occurred.iso().replace("T", " ")
        warnings.append(MailWarning("mail.date_missing", {"date": when}))
    senders = mailboxes(message, "From")
    if not senders:
        warnings.append(MailWarning("mail.no_sender"))
    return ParsedMail(
        raw=raw,
        sha256=hashlib.sha256(raw).hexdigest(),
        name=shown_name,
        subject=header_text(message, "Subject"),
        sender=senders[0] if senders else None,
        recipients=(*mailboxes(message, "To"), *mailboxes(message, "Cc")),
        sent=sent,
        occurred=occurred,
        message_id=message_id(message),
        body=content.body,
        forwarded=content.forwarded,
        attachments=content.attachments,
        warnings=tuple(warnings),
    )


def read_email_file(source: Path, *, zone: dt.tzinfo | None = None) -> ParsedMail:
    """Read an `.eml` file; its modification time stands in for a missing Date header."""
    size = regular_file_size(source)
    name = name_from_path(source)
    if size > MAX_MESSAGE_BYTES:
        raise InvalidInputError(
            "mail.too_large", name=display_name(name), limit=MAX_MESSAGE_BYTES // (1024 * 1024)
        )
    try:
        raw = source.read_bytes()
        modified = dt.datetime.fromtimestamp(source.stat().st_mtime, tz=zone)
    except OSError:
        raise EvidenceFileError("error.file_unreadable", path=source) from None
    return parse_email(raw, name=name, fallback_time=modified, zone=zone)
