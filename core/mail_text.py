"""An email as a person reads it: its main headers and its body as plain text.

Used to print an `.eml` enclosure and to make it searchable. Real-world mail is messy, so
nothing here raises on a malformed message: a header that cannot be decoded is shown raw, an
HTML-only body is turned into readable text, a missing body is an empty string.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage, Message
from html import unescape
from html.parser import HTMLParser
from typing import Final

SHOWN_HEADERS: Final = ("From", "To", "Cc", "Date", "Subject")
_BLOCK_TAGS: Final = frozenset(
    {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"}
)
_SKIPPED_TAGS: Final = frozenset({"script", "style", "head", "title"})
_CELL_TAGS: Final = frozenset({"td", "th"})
_SKIPPED_BLOCK = re.compile(r"<(script|style|head|title)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?tr|/?li)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class MailText:
    headers: tuple[tuple[str, str], ...]
    body: str


class _TextFromHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML body: tags dropped, blocks on their own lines.

    Markup the standard parser gives up on (it asserts on "<![ ]>") is read the crude way
    instead, tag by tag, rather than losing the text.
    """
    parser = _TextFromHtml()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:
        without_code = _SKIPPED_BLOCK.sub(" ", html)
        parser.parts = [unescape(_ANY_TAG.sub(" ", _BREAK_TAG.sub("\n", without_code)))]
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def parse_message(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def header_text(message: Message, name: str) -> str:
    """A header decoded (RFC 2047), or as raw text when it is malformed; "" when absent."""
    try:
        value = message.get(name)
    except (IndexError, ValueError, TypeError, AttributeError):
        value = None
        for key, raw_value in message.raw_items():
            if key.lower() == name.lower():
                value = raw_value
                break
    return "" if value is None else " ".join(str(value).split())


def body_text(message: EmailMessage) -> str:
    """The message's text: its plain part, else its HTML part made readable; in the charset it
    declares, or the one core.mail.charsets finds when it declares none or a wrong one."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except (KeyError, LookupError, ValueError):
        part = None
    from core.mail.charsets import decode_text  # core.mail's own parts read html_to_text here

    if part is None:
        return ""
    try:
        payload = part.get_payload(decode=True)
        declared = part.get_content_charset()
    except (LookupError, ValueError, TypeError, AssertionError):
        return ""
    if not isinstance(payload, bytes):
        return ""
    content = decode_text(payload, declared).text
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content.replace("\r\n", "\n").strip()


def mail_text(raw: bytes) -> MailText:
    message = parse_message(raw)
    headers = tuple(
        (name, value) for name in SHOWN_HEADERS if (value := header_text(message, name))
    )
    return MailText(headers, body_text(message))
