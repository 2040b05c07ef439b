"""File names from outside (a user's disk, an email, an archive), made safe to show and use.

A name is only ever a label here: evidence is stored under its fingerprint. But a label can
still mislead ("facture\u202efdp.exe" shows as "facture.exe.pdf") or break a file dialog, so
names are cleaned before they are recorded or offered for saving.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import PurePath
from typing import Final

MAX_NAME_LENGTH: Final = 180
MAX_NAME_BYTES: Final = 255
_INVISIBLE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_UNSAFE_FOR_FILES = re.compile(r'[<>:"/\\|?*]')
_WINDOWS_RESERVED: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


def name_from_path(raw: str | os.PathLike[str]) -> str:
    """The last part of a path as text, even when the disk's bytes are not valid UTF-8."""
    name = PurePath(os.fspath(raw)).name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def display_name(raw: str, *, fallback: str = "document") -> str:
    """A name fit to show: NFC, without control or direction-changing characters, not too long."""
    composed = unicodedata.normalize("NFC", raw.encode("utf-8", "replace").decode("utf-8"))
    visible = "".join(
        " " if unicodedata.category(char) in _INVISIBLE_CATEGORIES else char for char in composed
    )
    tidy = " ".join(visible.split())
    if not tidy:
        return fallback
    return _shorten(tidy, MAX_NAME_LENGTH)


def safe_filename(raw: str, *, fallback: str = "document") -> str:
    """A name that can be written on any desktop system: no separators, no reserved names."""
    name = _UNSAFE_FOR_FILES.sub("_", display_name(raw, fallback=fallback))
    name = name.strip(" .") or fallback
    stem = name.split(".", 1)[0]
    if stem.upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    limit = MAX_NAME_LENGTH
    shortened = _shorten(name, limit)
    while not _fits_file_systems(shortened):
        limit -= 1
        shortened = _shorten(name, limit)
    return shortened


def _fits_file_systems(name: str) -> bool:
    """Linux and macOS limit a name to 255 bytes of UTF-8, Windows to 255 UTF-16 units: 180
    characters of Chinese or emoji are more than either."""
    return (
        len(name.encode("utf-8")) <= MAX_NAME_BYTES
        and len(name.encode("utf-16-le")) <= 2 * MAX_NAME_BYTES
    )


def _shorten(name: str, limit: int) -> str:
    if len(name) <= limit:
        return name
    stem, dot, extension = name.rpartition(".")
    if dot and 0 < len(extension) <= 10 and stem:
        return f"{stem[: limit - len(extension) - 2]}….{extension}"
    return name[: limit - 1] + "…"
