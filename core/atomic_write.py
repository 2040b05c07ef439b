"""Writing a file whole or not at all.

The content goes to a temporary file beside the destination, is flushed to the disk, and only
then renamed over the destination; the folder is flushed too, so the new name survives a power
cut. A full disk, a crash or a cancellation never leaves half a file under the real name, nor
destroys the file it was replacing. Letters, exported charts, copies of evidence and archives
are all written this way.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from core.errors import storage_error_from


def fsync_file(path: Path) -> None:
    """Push a file's content to the disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_directory(directory: Path) -> None:
    """Push a folder's list of names to the disk (a rename is not durable before that).

    Only POSIX systems can open a folder for this; elsewhere the rename is left to the system.
    """
    if os.name == "posix":
        fsync_file(directory)


def write_atomically(
    destination: Path,
    write: Callable[[BinaryIO], object],
    *,
    prefix: str = ".recours-",
    permissions: int | None = None,
) -> None:
    """Replace `destination` by what `write` writes into the open file it is given.

    `permissions` (a `stat` mode) are set before the file takes its name. Raises StorageError
    when the disk refuses, and lets anything `write` raises through (OperationCancelled...);
    either way the temporary file is gone and `destination` is as it was.
    """
    folder = destination.parent
    try:
        descriptor, temporary_name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".part")
    except OSError as error:
        raise storage_error_from(error, folder) from error
    temporary = Path(temporary_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if permissions is not None:
            temporary.chmod(permissions)
        temporary.replace(destination)
        fsync_directory(folder)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise storage_error_from(error, destination) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
