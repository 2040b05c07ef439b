"""Copies of evidence files taken out of the store: to give to someone, or to open in a viewer.

The stored file is only ever read. The copy is checked against the fingerprint on the way, so
nobody hands over (or looks at) a file that is no longer the one attached, and it is written
under a temporary name and renamed into place: the target is either the whole file or
untouched.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO, Final

from core.atomic_write import write_atomically
from core.errors import EvidenceFileError, OperationCancelled, storage_error_from
from core.evidence_store import CHUNK_SIZE, CancelCheck, ProgressCallback

_READ_ONLY: Final = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH
_READ_WRITE: Final = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH


def copy_evidence_out(
    stored: Path,
    sha256: str,
    target: Path,
    *,
    read_only: bool = False,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> None:
    """Copy the stored file `stored` (fingerprint `sha256`) to `target`, replacing it.

    Raises EvidenceFileError when the stored file is missing or no longer matches its
    fingerprint (the target is then left as it was), StorageError when the disk refuses,
    OperationCancelled when asked to stop.
    """
    try:
        source = stored.open("rb")
    except FileNotFoundError:
        raise EvidenceFileError("error.evidence_copy.missing", sha256=sha256) from None
    except OSError as error:
        raise storage_error_from(error, stored) from error
    with source:
        total = os.fstat(source.fileno()).st_size
        write_atomically(
            target,
            lambda handle: _copy_checked(source, handle, sha256, total, progress, should_cancel),
            permissions=_READ_ONLY if read_only else _READ_WRITE,
        )


def _copy_checked(
    source: BinaryIO,
    target: BinaryIO,
    sha256: str,
    total: int,
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
) -> None:
    digest = hashlib.sha256()
    copied = 0
    while chunk := source.read(CHUNK_SIZE):
        if should_cancel is not None and should_cancel():
            raise OperationCancelled()
        digest.update(chunk)
        target.write(chunk)
        copied += len(chunk)
        if progress is not None:
            progress(copied, max(total, copied))
    if digest.hexdigest() != sha256:
        raise EvidenceFileError("error.evidence_copy.altered", sha256=sha256)
