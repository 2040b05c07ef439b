"""What kind of file a piece of evidence is, judged by its first bytes before its name.

A name can lie ("facture.pdf.exe", a ".pdf" that is a zip); the content decides, and the
extension only tells apart formats that share a container (an Office document is a zip).
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Final

SNIFF_BYTES: Final = 8192

PDF: Final = "application/pdf"
JPEG: Final = "image/jpeg"
PNG: Final = "image/png"
EMAIL: Final = "message/rfc822"
PLAIN_TEXT: Final = "text/plain"
HTML: Final = "text/html"
OCTET_STREAM: Final = "application/octet-stream"

_SIGNATURES: Final[tuple[tuple[bytes, int, str], ...]] = (
    (b"%PDF-", 0, PDF),
    (b"\xff\xd8\xff", 0, JPEG),
    (b"\x89PNG\r\n\x1a\n", 0, PNG),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"{\\rtf", 0, "application/rtf"),
    (b"ID3", 0, "audio/mpeg"),
    (b"OggS", 0, "audio/ogg"),
    (b"fLaC", 0, "audio/flac"),
    (b"MZ", 0, "application/vnd.microsoft.portable-executable"),
    (b"\x7fELF", 0, "application/x-executable"),
    (b"#!", 0, "text/x-script"),
    (b"\x1f\x8b", 0, "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", 0, "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", 0, "application/vnd.rar"),
    (b"SQLite format 3\x00", 0, "application/vnd.sqlite3"),
)
_RIFF_FORMATS: Final = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}
_ISO_BRANDS: Final = {
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"avif": "image/avif",
    b"M4A ": "audio/mp4",
    b"qt  ": "video/quicktime",
}
_ZIP_BY_EXTENSION: Final = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".recours": "application/vnd.recours.case+zip",
}
_OLE_BY_EXTENSION: Final = {
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".msg": "application/vnd.ms-outlook",
}
_MAIL_HEADERS: Final = frozenset(
    {"from", "to", "date", "subject", "received", "message-id", "return-path", "mime-version"}
)
_HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]*):[ \t]?", re.MULTILINE)
_EXTENSIONS: Final = {
    PDF: ".pdf",
    JPEG: ".jpg",
    PNG: ".png",
    "image/gif": ".gif",
    "image/tiff": ".tif",
    "image/webp": ".webp",
    "image/heic": ".heic",
    EMAIL: ".eml",
    PLAIN_TEXT: ".txt",
    HTML: ".html",
    "application/rtf": ".rtf",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "audio/mp4": ".m4a",
    "video/mp4": ".mp4",
    **{media_type: extension for extension, media_type in _ZIP_BY_EXTENSION.items()},
    **{media_type: extension for extension, media_type in _OLE_BY_EXTENSION.items()},
}


def sniff_media_type(head: bytes, name: str = "") -> str:
    """The media type of a file from its first bytes (`SNIFF_BYTES` are enough) and its name."""
    extension = PurePath(name).suffix.lower()
    for signature, offset, media_type in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return media_type
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_FORMATS:
        return _RIFF_FORMATS[head[8:12]]
    if head[4:8] == b"ftyp":
        return _ISO_BRANDS.get(head[8:12], "video/mp4")
    if head[:4] == b"PK\x03\x04":
        if b"mimetypeapplication/vnd.oasis.opendocument.text" in head[:100]:
            return _ZIP_BY_EXTENSION[".odt"]
        return _ZIP_BY_EXTENSION.get(extension, "application/zip")
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return _OLE_BY_EXTENSION.get(extension, "application/x-ole-storage")
    text = _as_text(head)
    if text is None:
        return OCTET_STREAM
    if _looks_like_email(head):
        return EMAIL
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered[:512]:
        return HTML
    return PLAIN_TEXT


def extension_for(media_type: str) -> str:
    """The usual file extension of a media type ("" when there is none)."""
    return _EXTENSIONS.get(media_type, "")


def _as_text(head: bytes) -> str | None:
    if b"\x00" in head:
        return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return head.decode(encoding)
        except UnicodeDecodeError as error:
            if encoding == "utf-8" and error.start >= len(head) - 3:
                return head[: error.start].decode("utf-8")
    return None


def _looks_like_email(head: bytes) -> bool:
    header_block = head.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    names = {
        match.group(1).decode("ascii").lower() for match in _HEADER_LINE.finditer(header_block)
    }
    first_line = header_block.split(b"\n", 1)[0]
    return (
        bool(_HEADER_LINE.match(first_line) or first_line.startswith(b"From "))
        and len(names & _MAIL_HEADERS) >= 2
    )
