"""The inside of a message: its text, the messages forwarded in it, and the files it carries.

One walk over the MIME tree decides what each part is:
- `multipart/alternative` holds renderings of one text: the plain one is read when it says
  something, else the richest (the last); the others are skipped, except for files in them.
- Inline text parts without a file name are the body (HTML made readable); several of them
  (text, picture, text, as Apple Mail sends) are joined in order.
- A `message/rfc822` part is a forwarded message: its headers and text go to the details, its
  files are collected like the outer message's; nesting stops at `MAX_FORWARD_DEPTH`.
- Signatures (`application/pkcs7-signature`, `application/pgp-signature`) are skipped: they
  only make sense inside the stored message, which is kept whole.
- Decoration is skipped: an image the HTML shows through `cid:` and under
  `DECORATION_BYTES` (a logo, a signature, a social icon, a tracking pixel). A larger embedded
  image (a photo pasted into the mail) or an image nobody references is kept as a file.
- Everything else is an attachment. Nothing is ever lost: the whole message is kept as
  evidence too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.utils import collapse_rfc2231_value
from typing import Final

from core.filenames import display_name
from core.mail.charsets import charset_label, decode_text
from core.mail.headers import HEADER_ERRORS, decode_words, header_text
from core.mail.problems import MailWarning
from core.mail_text import html_to_text
from core.media_types import OCTET_STREAM, SNIFF_BYTES, extension_for, sniff_media_type

MAX_FORWARD_DEPTH: Final = 5
MAX_NESTING: Final = 40
MAX_ATTACHMENTS: Final = 200
DECORATION_BYTES: Final = 20 * 1024
TNEF_TYPES: Final = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
TNEF_NAME: Final = "winmail.dat"
FORWARDED_TYPES: Final = frozenset({"message/rfc822", "message/global"})
SIGNATURE_TYPES: Final = frozenset(
    {
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
    }
)
FORWARDED_HEADERS: Final = ("From", "Date", "Subject", "To")
_RAW_NAME = re.compile(r"""(?:^|;)\s*(?:file)?name\s*=\s*("?)([^";]+)\1""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MailAttachment:
    """A file carried by a message, as its bytes and what the message said about it."""

    payload: bytes
    name: str | None
    declared_type: str
    position: int

    @property
    def media_type(self) -> str:
        """What the bytes are, or what the message declared when the bytes do not say."""
        sniffed = sniff_media_type(self.payload[:SNIFF_BYTES], self.name or "")
        return self.declared_type if sniffed == OCTET_STREAM else sniffed

    @property
    def is_tnef(self) -> bool:
        """An Outlook "winmail.dat": its files are inside a format Recours cannot open."""
        return self.declared_type in TNEF_TYPES or (self.name or "").casefold() == TNEF_NAME

    @property
    def extension(self) -> str:
        return extension_for(self.media_type) or extension_for(self.declared_type)


@dataclass(frozen=True, slots=True)
class ForwardedMail:
    """A message forwarded inside another: the headers a reader needs, and its text."""

    headers: tuple[tuple[str, str], ...]
    body: str


@dataclass(frozen=True, slots=True)
class MailContent:
    body: str
    forwarded: tuple[ForwardedMail, ...]
    attachments: tuple[MailAttachment, ...]
    warnings: tuple[MailWarning, ...]


def content_type(part: Message) -> str:
    try:
        return str(part.get_content_type()).lower()
    except HEADER_ERRORS:
        return "application/octet-stream"


def _children(part: Message) -> list[Message]:
    try:
        payload = part.get_payload()
    except HEADER_ERRORS:
        return []
    if not isinstance(payload, list):
        return []
    return [child for child in payload if isinstance(child, Message)]


def payload_bytes(part: Message) -> bytes:
    """A leaf part's content, transfer encoding undone; b"" when there is none to read."""
    try:
        payload = part.get_payload(decode=True)
    except HEADER_ERRORS:
        payload = None
    if isinstance(payload, bytes):
        return payload
    try:
        raw = part.get_payload()
    except HEADER_ERRORS:
        return b""
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _charset(part: Message) -> str | None:
    try:
        charset = part.get_content_charset()
    except HEADER_ERRORS:
        return None
    return None if charset is None else str(charset)


def _disposition(part: Message) -> str:
    try:
        return str(part.get_content_disposition() or "")
    except HEADER_ERRORS:
        return ""


def _param(part: Message, name: str, header: str) -> str | None:
    try:
        value = part.get_param(name, header=header)
    except HEADER_ERRORS:
        return None
    if isinstance(value, tuple):
        value = collapse_rfc2231_value(value)
    return None if value is None else str(value)


def attachment_name(part: Message) -> str | None:
    """The file name a part gives itself, made safe to show; None when it gives none.

    Tries the parsed Content-Disposition filename (RFC 2231 and RFC 2047 decoded), the
    Content-Type name, then the raw headers: the modern policy loses an unquoted
    `filename=O'Brien.pdf` (python/cpython#153823).
    """
    candidates: list[str | None] = []
    try:
        candidates.append(part.get_filename())
    except HEADER_ERRORS:
        candidates.append(None)
    candidates.append(_param(part, "name", "content-type"))
    for header in ("Content-Disposition", "Content-Type"):
        for key, raw in part.raw_items():
            if key.lower() == header.lower():
                match = _RAW_NAME.search(" ".join(str(raw).split()))
                candidates.append(match.group(2) if match else None)
    for candidate in candidates:
        if candidate and candidate.strip():
            decoded = decode_words(candidate.strip())
            last_part = re.split(r"[\\/]", decoded)[-1]
            if last_part.strip(" ."):
                return display_name(last_part)
    return None


def _content_id(part: Message) -> str:
    return header_text(part, "Content-ID").strip().strip("<>").casefold()


def _is_body_text(part: Message, kind: str) -> bool:
    return (
        kind in ("text/plain", "text/html")
        and _disposition(part) != "attachment"
        and attachment_name(part) is None
    )


class _MimeWalk:
    """The state of one walk: what was read so far, and what went wrong."""

    def __init__(self) -> None:
        self.leaves: list[Message] = []
        self.html_sources: list[str] = []
        self.forwarded: list[ForwardedMail] = []
        self.warnings: list[MailWarning] = []
        self.defective = False

    def warn(self, message_id: str, **params: object) -> None:
        warning = MailWarning(message_id, params)
        if warning not in self.warnings:
            self.warnings.append(warning)

    def text_of(self, part: Message, kind: str) -> str:
        decoded = decode_text(payload_bytes(part), _charset(part))
        if decoded.guessed is not None:
            self.warn("mail.charset_guessed", charset=charset_label(decoded.guessed))
        if kind == "text/html":
            self.html_sources.append(decoded.text)
            return html_to_text(decoded.text)
        return decoded.text.replace("\r\n", "\n").replace("\r", "\n").strip()

    def message_text(self, message: Message, depth: int) -> str:
        """The text of one message (outer or forwarded); its files and forwards are collected."""
        texts: list[str] = []
        self._visit(message, depth=depth, nesting=0, texts=texts, skipped=False)
        return "\n\n".join(text for text in texts if text)

    def _visit(
        self, part: Message, *, depth: int, nesting: int, texts: list[str], skipped: bool
    ) -> None:
        if part.defects:
            self.defective = True
        kind = content_type(part)
        if kind in FORWARDED_TYPES:
            self._forward(part, depth)
            return
        if part.is_multipart():
            if nesting >= MAX_NESTING:
                self.defective = True
                return
            children = _children(part)
            chosen = self._preferred(children) if kind == "multipart/alternative" else None
            for child in children:
                self._visit(
                    child,
                    depth=depth,
                    nesting=nesting + 1,
                    texts=texts,
                    skipped=skipped or (chosen is not None and child is not chosen),
                )
            return
        if kind.startswith("multipart/"):
            self.defective = True
            kind = "text/plain"
        if _is_body_text(part, kind):
            text = self.text_of(part, kind)
            if not skipped:
                texts.append(text)
            return
        if kind not in SIGNATURE_TYPES:
            self.leaves.append(part)

    def _preferred(self, children: list[Message]) -> Message | None:
        for child in children:
            kind = content_type(child)
            if kind == "text/plain" and _is_body_text(child, kind):
                plain = decode_text(payload_bytes(child), _charset(child)).text
                if plain.strip():
                    return child
        rich = [
            child
            for child in children
            if content_type(child) == "text/html" or content_type(child).startswith("multipart/")
        ]
        if rich:
            return rich[-1]
        return children[0] if children else None

    def _forward(self, part: Message, depth: int) -> None:
        inner = _children(part)
        if not inner:
            self.leaves.append(part)
            return
        if depth >= MAX_FORWARD_DEPTH:
            self.warn("mail.forward_too_deep", depth=MAX_FORWARD_DEPTH)
            return
        message = inner[0]
        position = len(self.forwarded)
        self.forwarded.append(ForwardedMail((), ""))
        headers = tuple(
            (name, value) for name in FORWARDED_HEADERS if (value := header_text(message, name))
        )
        body = self.message_text(message, depth + 1)
        self.forwarded[position] = ForwardedMail(headers, body)

    def attachments(self) -> Iterator[MailAttachment]:
        html = "\n".join(self.html_sources).casefold()
        position = 0
        for part in self.leaves:
            name = attachment_name(part)
            kind = content_type(part)
            payload = payload_bytes(part)
            if not payload:
                self.warn("mail.attachment_empty", name=name or kind)
                continue
            content_id = _content_id(part)
            if (
                kind.startswith("image/")
                and content_id
                and f"cid:{content_id}" in html
                and len(payload) < DECORATION_BYTES
            ):
                continue
            position += 1
            if position > MAX_ATTACHMENTS:
                self.warn("mail.too_many_attachments", count=MAX_ATTACHMENTS)
                return
            attachment = MailAttachment(payload, name, kind, position)
            if part.defects:
                self.warn("mail.attachment_damaged", name=name or kind)
            if attachment.is_tnef:
                self.warn("mail.tnef", name=name or TNEF_NAME)
            yield attachment


def read_content(message: Message) -> MailContent:
    """Walk a parsed message once and sort its parts into text, forwards and files."""
    walk = _MimeWalk()
    body = walk.message_text(message, depth=0)
    attachments = tuple(walk.attachments())
    if walk.defective:
        walk.warn("mail.malformed")
    return MailContent(body, tuple(walk.forwarded), attachments, tuple(walk.warnings))
