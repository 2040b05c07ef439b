"""Saving an exported chart (a PNG made by the desktop app) where the user chose.

The bytes go to a temporary file beside the destination, flushed to disk, then renamed over
it: a full disk or a crash never leaves half an image under the chosen name, nor destroys
the file it was replacing.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core.errors import storage_error_from


def write_atomically(destination: Path, data: bytes) -> None:
    """Write `data` to `destination` whole or not at all; a disk problem becomes a
    RecoursError that says what happened."""
    folder = destination.parent
    try:
        descriptor, temporary_name = tempfile.mkstemp(
            dir=folder, prefix=".chart-", suffix=destination.suffix
        )
    except OSError as error:
        raise storage_error_from(error, folder) from error
    temporary = Path(temporary_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(destination)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise storage_error_from(error, destination) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
