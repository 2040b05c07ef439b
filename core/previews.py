"""What a piece of evidence looks like at a glance: a small picture of a photo, the number of
pages of a PDF.

Evidence comes from outside, and a crafted file can be hostile: an image whose header claims
billions of pixels (a decompression bomb) would take gigabytes to decode, a PDF can be huge or
malformed. Both readers here check sizes before decoding anything, and a file they cannot
read gets a plain verdict instead of an exception: a preview is a courtesy, never a reason to
fail.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from PIL import Image

MAX_IMAGE_BYTES: Final = 200 * 1024 * 1024
MAX_IMAGE_PIXELS: Final = 80_000_000
"""Larger than any phone photo (a 200-megapixel sensor saves 50 MP by default), smaller than
Pillow's own bomb warning threshold (89 MP)."""
MAX_PDF_BYTES: Final = 200 * 1024 * 1024
_EXIF_ORIENTATION: Final = 0x0112
_SIDEWAYS_ORIENTATIONS: Final = frozenset({5, 6, 7, 8})

_bomb_guard_lock = threading.Lock()
_bomb_guard_installed = False


class PreviewProblem(StrEnum):
    """Why a file has no preview."""

    TOO_LARGE = "too_large"
    ENCRYPTED = "encrypted"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class ImageThumbnail:
    """A small upright copy of a picture, as RGBA bytes, and the picture's own size upright."""

    width: int
    height: int
    thumbnail_width: int
    thumbnail_height: int
    rgba: bytes


def refuse_decompression_bombs() -> None:
    """Pillow only warns about images between its two bomb thresholds; Recours refuses them.

    Done once, process-wide: a per-call `warnings.catch_warnings` is not thread-safe, and
    previews and letters are made on pool threads.
    """
    global _bomb_guard_installed
    with _bomb_guard_lock:
        if _bomb_guard_installed:
            return
        from PIL import Image

        warnings.filterwarnings("error", category=Image.DecompressionBombWarning)
        _bomb_guard_installed = True


def image_thumbnail(path: Path, *, max_side: int) -> ImageThumbnail | PreviewProblem:
    """A thumbnail at most `max_side` pixels wide and high, turned the way the camera says
    (EXIF orientation), so a phone photo taken upright shows upright."""
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return PreviewProblem.TOO_LARGE
    except OSError:
        return PreviewProblem.UNREADABLE
    refuse_decompression_bombs()
    from PIL import Image

    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                return PreviewProblem.TOO_LARGE
            return _upright_thumbnail(image, max_side)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return PreviewProblem.TOO_LARGE
    except Exception:
        # Pillow raises many kinds of errors on malformed files (OSError, SyntaxError,
        # ValueError, struct.error...); for a hostile or damaged file there is no preview.
        return PreviewProblem.UNREADABLE


def _upright_thumbnail(image: Image.Image, max_side: int) -> ImageThumbnail:
    from PIL import ImageOps

    width, height = image.size
    if image.getexif().get(_EXIF_ORIENTATION) in _SIDEWAYS_ORIENTATIONS:
        width, height = height, width
    image.draft("RGB", (max_side, max_side))
    upright = ImageOps.exif_transpose(image)
    upright.thumbnail((max_side, max_side))
    rgba = upright.convert("RGBA")
    return ImageThumbnail(
        width=width,
        height=height,
        thumbnail_width=rgba.width,
        thumbnail_height=rgba.height,
        rgba=rgba.tobytes("raw", "RGBA"),
    )


def pdf_page_count(path: Path) -> int | PreviewProblem:
    """How many pages a PDF has. A PDF that opens without a password (many invoices are
    encrypted only against editing) is counted; one that needs a password is `ENCRYPTED`."""
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            return PreviewProblem.TOO_LARGE
        handle = path.open("rb")
    except OSError:
        return PreviewProblem.UNREADABLE
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    with handle:
        try:
            reader = PdfReader(handle)
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                return PreviewProblem.ENCRYPTED
            return len(reader.pages)
        except (FileNotDecryptedError, DependencyError):
            return PreviewProblem.ENCRYPTED
        except Exception:
            # pypdf raises many kinds of errors on malformed files (PdfReadError, KeyError,
            # ValueError, RecursionError...): for a hostile or damaged file there is no count.
            return PreviewProblem.UNREADABLE
