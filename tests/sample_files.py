"""Real files of the kinds people attach, made on the spot: photos with their camera's
orientation, PDFs with pages, and hostile ones (a decompression bomb, a disguised program)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

EXIF_ORIENTATION = 0x0112
ROTATED_CLOCKWISE = 6
"""EXIF orientation 6: the camera was held upright, the sensor saved the picture lying down."""


def jpeg_photo(path: Path, *, width: int = 160, height: int = 90, orientation: int = 1) -> Path:
    """A landscape JPEG as the sensor saved it, with the EXIF orientation a phone writes."""
    from PIL import Image

    image = Image.new("RGB", (width, height), (200, 120, 40))
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = orientation
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def pdf_with_pages(path: Path, pages: int, *, user_password: str | None = None) -> Path:
    """A PDF of `pages` pages, each saying its number; encrypted when a password is given."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        canvas.drawString(72, 720, f"Page {number}")
        canvas.showPage()
    canvas.save()
    if user_password is not None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(path))
        writer.encrypt(user_password, "owner-secret", algorithm="AES-256")
        with path.open("wb") as handle:
            writer.write(handle)
    return path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb_png(path: Path, *, side: int = 60_000) -> Path:
    """A small PNG whose header claims `side` × `side` pixels (3.6 billion by default):
    decoding it would need gigabytes."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (side + 1) * 16, 9)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", pixels)
        + _png_chunk(b"IEND", b"")
    )
    return path


def program_named_pdf(path: Path) -> Path:
    """A Windows program (its "MZ" header and stub) saved under a name ending in .pdf."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    path.write_bytes(stub + b"\x00" * 48 + b"This program cannot be run in DOS mode.\r\n" * 4)
    return path
