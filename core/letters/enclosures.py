"""Getting each enclosure ready to print: an image oriented and scaled, a PDF checked and
opened, an email or text as text. A file that cannot be used is still listed in the letter,
marked as not attached, with the reason; it never stops the letter.

Files come from outside (scans, phone photos, attachments of emails), so each is checked
against limits before it is read: size, pages, pixels.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from core.letters.draft import Enclosure
from core.mail_text import mail_text
from core.media_types import EMAIL, PDF, PLAIN_TEXT
from core.previews import refuse_decompression_bombs

MAX_ENCLOSURE_BYTES: Final = 50 * 1024 * 1024
MAX_PDF_PAGES: Final = 300
MAX_IMAGE_PIXELS: Final = 40_000_000
MAX_TEXT_CHARACTERS: Final = 200_000
PRINTED_IMAGE_PIXELS: Final = 2400
_IMAGE_TYPES: Final = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/tiff", "image/webp", "image/bmp"}
)


class Form(StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    TEXT = "text"


class Problem(StrEnum):
    """Why an enclosure is listed but not attached (worded in core.i18n: letter.problem_*)."""

    MISSING = "missing"
    TOO_LARGE = "too_large"
    TOO_MANY_PAGES = "too_many_pages"
    ENCRYPTED = "encrypted"
    DAMAGED = "damaged"
    NOT_PRINTABLE = "not_printable"


@dataclass(frozen=True, slots=True)
class PreparedEnclosure:
    enclosure: Enclosure
    sha256: str
    form: Form | None
    problem: Problem | None = None
    image: bytes = b""
    image_size: tuple[int, int] = (0, 0)
    pdf_path: Path | None = None
    pdf_password: str | None = None
    pdf_pages: int = 0
    text: str = ""

    @property
    def appended(self) -> bool:
        return self.form is not None


def prepare(enclosure: Enclosure, path: Path, media_type: str, sha256: str) -> PreparedEnclosure:
    """Check one enclosure's file and turn it into something printable, or say why not."""

    def refused(problem: Problem) -> PreparedEnclosure:
        return PreparedEnclosure(enclosure, sha256, None, problem)

    try:
        size = path.stat().st_size
    except OSError:
        return refused(Problem.MISSING)
    if size > MAX_ENCLOSURE_BYTES:
        return refused(Problem.TOO_LARGE)
    try:
        if media_type in _IMAGE_TYPES:
            return _image(enclosure, path, sha256) or refused(Problem.DAMAGED)
        if media_type == PDF:
            return _pdf(enclosure, path, sha256)
        if media_type in (EMAIL, PLAIN_TEXT):
            return _text(enclosure, path, sha256, is_email=media_type == EMAIL)
    except OSError:
        return refused(Problem.MISSING)
    return refused(Problem.NOT_PRINTABLE)


def _image(enclosure: Enclosure, path: Path, sha256: str) -> PreparedEnclosure | None:
    """The photo upright (EXIF orientation applied), RGB, at most `PRINTED_IMAGE_PIXELS` wide
    or high, as JPEG bytes; None when it is not a readable image or is a decompression bomb.

    A file that cannot be opened raises OSError (the caller says it is missing); one that
    opens but cannot be decoded is damaged, whatever Pillow raises about it.
    """
    from PIL import Image, ImageOps

    refuse_decompression_bombs()
    with path.open("rb") as handle:
        try:
            with Image.open(handle) as opened:
                width, height = opened.size
                if width * height > MAX_IMAGE_PIXELS:
                    return None
                opened.load()
                image = ImageOps.exif_transpose(opened).convert("RGB")
        except Exception:
            # Pillow raises many kinds of errors on malformed files (OSError for a truncated
            # one, SyntaxError, ValueError, struct.error, the bomb warning made an error...).
            return None
    image.thumbnail((PRINTED_IMAGE_PIXELS, PRINTED_IMAGE_PIXELS))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return PreparedEnclosure(
        enclosure, sha256, Form.IMAGE, image=buffer.getvalue(), image_size=image.size
    )


def _pdf(enclosure: Enclosure, path: Path, sha256: str) -> PreparedEnclosure:
    from pypdf import PdfReader

    with path.open("rb") as handle:
        try:
            reader = PdfReader(handle, strict=False)
            password: str | None = None
            if reader.is_encrypted:
                password = ""
                if not reader.decrypt(password):
                    return PreparedEnclosure(enclosure, sha256, None, Problem.ENCRYPTED)
            pages = len(reader.pages)
        except Exception:
            # pypdf raises many kinds of errors on malformed files (PdfReadError, KeyError,
            # struct.error, RecursionError...): the enclosure is damaged, the letter goes on.
            return PreparedEnclosure(enclosure, sha256, None, Problem.DAMAGED)
    if pages == 0:
        return PreparedEnclosure(enclosure, sha256, None, Problem.DAMAGED)
    if pages > MAX_PDF_PAGES:
        return PreparedEnclosure(enclosure, sha256, None, Problem.TOO_MANY_PAGES)
    return PreparedEnclosure(
        enclosure, sha256, Form.PDF, pdf_path=path, pdf_password=password, pdf_pages=pages
    )


def _text(enclosure: Enclosure, path: Path, sha256: str, *, is_email: bool) -> PreparedEnclosure:
    raw = path.read_bytes()
    if is_email:
        mail = mail_text(raw)
        heading = "\n".join(f"{name}: {value}" for name, value in mail.headers)
        text = f"{heading}\n\n{mail.body}".strip()
    else:
        text = raw.decode("utf-8", "replace")
    return PreparedEnclosure(enclosure, sha256, Form.TEXT, text=text[:MAX_TEXT_CHARACTERS])
