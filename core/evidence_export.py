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
import tempfile
from pathlib import Path
from typing import BinaryIO, Final

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
        try:
            descriptor, temporary_name = tempfile.mkstemp(
                dir=target.parent, prefix=".recours-", suffix=".part"
            )
        except OSError as error:
            raise storage_error_from(error, target.parent) from error
        temporary = Path(temporary_name)
        try:
            _copy_checked(source, descriptor, sha256, total, progress, should_cancel)
            temporary.chmod(_READ_ONLY if read_only else _READ_WRITE)
            temporary.replace(target)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise storage_error_from(error, target) from error
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


def _copy_checked(
    source: BinaryIO,
    descriptor: int,
    sha256: str,
    total: int,
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
) -> None:
    digest = hashlib.sha256()
    copied = 0
    with os.fdopen(descriptor, "wb") as target:
        while chunk := source.read(CHUNK_SIZE):
            if should_cancel is not None and should_cancel():
                raise OperationCancelled()
            digest.update(chunk)
            target.write(chunk)
            copied += len(chunk)
            if progress is not None:
                progress(copied, max(total, copied))
        target.flush()
        os.fsync(target.fileno())
    if digest.hexdigest() != sha256:
        raise EvidenceFileError("error.evidence_copy.altered", sha256=sha256)
