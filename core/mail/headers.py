"""Reading the headers of real-world mail without ever failing on one.

The modern policy (`email.policy.default`) decodes RFC 2047 words and parses addresses, but it
raises on some malformed headers (an Exchange Message-ID such as `<[x@microsoft.com]>` gives an
IndexError) and shows raw 8-bit bytes as replacement characters. Every access here is guarded:
when the policy fails, or drops characters, the header is read again from its raw text, so a
bad header costs its nice decoding, never the import.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from email.errors import MessageError
from email.header import decode_header
from email.message import Message
from typing import Final

from core.mail.charsets import decode_text

HEADER_ERRORS: Final = (
    MessageError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    LookupError,
    AssertionError,
    UnicodeError,
    RecursionError,
)
"""What the `email` package is known to raise on malformed input, header by header."""

EARLIEST_YEAR: Final = 1971
LATEST_YEAR: Final = 2200
_ANGLE_ID = re.compile(r"<([^<>\s]+)>")
_BARE_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@]+\.[^\s<>()\[\],;:\"@]+")
_REPLACEMENT: Final = "\ufffd"


@dataclass(frozen=True, slots=True)
class Mailbox:
    """One address of a message, with the name shown beside it ("" when there is none)."""

    name: str
    address: str

    @property
    def key(self) -> str:
        """How two spellings of one address compare: case ignored (as mail servers do)."""
        return self.address.casefold()

    @property
    def domain(self) -> str:
        return self.key.rpartition("@")[2].strip(".")


def _unfold(text: str) -> str:
    return " ".join(text.split())


def _raw_value(message: Message, name: str) -> str | None:
    for key, value in message.raw_items():
        if key.lower() == name.lower():
            return str(value)
    return None


def _without_raw_bytes(text: str) -> str:
    """Header text as words: the `email` package keeps 8-bit bytes a header holds unencoded
    (a "From: Société <...>" straight from a mail client) as surrogate escapes, which no
    database or screen can take; they are read as text the way a message body is."""
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    return decode_text(text.encode("utf-8", "surrogateescape")).text


def decode_words(raw: str) -> str:
    """RFC 2047 words of a raw header value decoded by hand, each in its own charset."""
    raw = _without_raw_bytes(raw)
    if "=?" not in raw:
        return raw
    try:
        chunks = decode_header(raw)
    except HEADER_ERRORS:
        return raw
    pieces = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            pieces.append(chunk)
        else:
            pieces.append(decode_text(chunk, charset).text)
    return "".join(pieces)


def header_text(message: Message, name: str) -> str:
    """A header decoded, on one line; read from its raw text when the policy fails on it."""
    raw = _raw_value(message, name)
    if raw is None:
        return ""
    try:
        value = message.get(name)
        text = "" if value is None else str(value)
    except HEADER_ERRORS:
        return _unfold(decode_words(raw))
    if _REPLACEMENT in text and _REPLACEMENT not in raw:
        return _unfold(decode_words(raw))
    return _unfold(text)


def header_is_readable(message: Message, name: str) -> bool:
    """Whether the modern policy can read a header (absent counts as readable)."""
    try:
        message.get(name)
    except HEADER_ERRORS:
        return False
    return True


def _mailbox(name: str, address: str) -> Mailbox:
    """A mailbox as shown: no name when the name only repeats the address."""
    spec = _without_raw_bytes(address)
    cleaned = _unfold(_without_raw_bytes(name)).strip("\"' ")
    return Mailbox("" if cleaned.casefold() == spec.casefold() else cleaned, spec)


def mailboxes(message: Message, name: str) -> list[Mailbox]:
    """The addresses of a From, To or Cc header, in order; [] when it names none."""
    found: list[Mailbox] = []
    try:
        value = message.get(name)
        for address in getattr(value, "addresses", ()):
            spec = str(address.addr_spec)
            if _BARE_ADDRESS.fullmatch(spec):
                found.append(_mailbox(str(address.display_name), spec))
    except HEADER_ERRORS:
        found = []
    if found:
        return found
    text = header_text(message, name)
    if not text:
        return []
    for display, spec in email.utils.getaddresses([text]):
        if _BARE_ADDRESS.fullmatch(spec):
            found.append(_mailbox(display, spec))
    if not found:
        found = [_mailbox("", spec) for spec in _BARE_ADDRESS.findall(text)]
    return found


def message_date(message: Message) -> dt.datetime | None:
    """When the message says it was written, zone included; None when absent or unreadable.

    A date without a zone ("-0000" or none at all) is taken as UTC, as RFC 5322 says.
    """
    raw = _raw_value(message, "Date")
    if raw is None:
        return None
    text = _unfold(decode_words(raw))
    try:
        stamp = email.utils.parsedate_to_datetime(text)
    except (*HEADER_ERRORS, OverflowError):
        return None
    if not EARLIEST_YEAR <= stamp.year <= LATEST_YEAR:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp


def message_id(message: Message) -> str:
    """The Message-ID without its angle brackets ("" when there is none)."""
    text = header_text(message, "Message-ID")
    match = _ANGLE_ID.search(text)
    if match is not None:
        return match.group(1)
    return "".join(text.split()).strip("<>")
