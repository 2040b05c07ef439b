"""Saving an exported chart (a PNG made by the desktop app) where the user chose."""

from __future__ import annotations

from pathlib import Path

from core.atomic_write import write_atomically as write_file_atomically


def write_atomically(destination: Path, data: bytes) -> None:
    """Write the image to `destination` whole or not at all (core.atomic_write); a disk
    problem becomes a RecoursError that says what happened."""
    write_file_atomically(destination, lambda handle: handle.write(data), prefix=".chart-")
