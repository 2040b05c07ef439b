"""The evidence files on disk, stored once each under their SHA-256 fingerprint.

A file is read once, in chunks: each chunk goes to the hash and to a temporary file in the
store, which is renamed into place only when complete. Memory stays constant whatever the
size, a crash never leaves half a file under a real name, and the same file added twice is
stored once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

from core.atomic_write import fsync_directory
from core.errors import EvidenceFileError, OperationCancelled, storage_error_from
from core.media_types import SNIFF_BYTES, sniff_media_type

CHUNK_SIZE: Final = 1024 * 1024
INCOMING_DIRNAME: Final = ".incoming"
SPACE_MARGIN_BYTES: Final = 16 * 1024 * 1024
STALE_INCOMING_SECONDS: Final = 6 * 3600

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file in the store. `newly_stored` is whether this copy put it there: only then may an
    interrupted import remove it again, since a file already there may be one an undo needs."""

    sha256: str
    size: int
    media_type: str
    newly_stored: bool = False


def file_fingerprint(path: Path, *, should_cancel: CancelCheck | None = None) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in _chunks(handle):
            if should_cancel is not None and should_cancel():
                raise OperationCancelled()
            digest.update(chunk)
    return digest.hexdigest()


def _chunks(handle: BinaryIO) -> Iterator[bytes]:
    while chunk := handle.read(CHUNK_SIZE):
        yield chunk


class EvidenceFiles:
    """The content-addressed folder of evidence files (`<data>/evidence/ab/abcdef...`)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def stored_hashes(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {
            entry.name
            for folder in self.root.iterdir()
            if folder.is_dir() and folder.name != INCOMING_DIRNAME
            for entry in folder.iterdir()
            if len(entry.name) == 64
        }

    def ingest(
        self,
        source: Path,
        *,
        progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> StoredFile:
        """Copy `source` into the store, fingerprinting it on the way; return what was stored.

        Raises EvidenceFileError for a path that is missing, a folder, unreadable or empty,
        StorageError when the disk refuses, and OperationCancelled when asked to stop.
        """
        size = regular_file_size(source)
        incoming = self._incoming_with_room_for(size)
        try:
            source_handle = source.open("rb")
        except FileNotFoundError:
            raise EvidenceFileError("error.file_missing", path=source) from None
        except OSError:
            raise EvidenceFileError("error.file_unreadable", path=source) from None
        with source_handle:
            return self._copy_into_store(
                source_handle, source, size, incoming, progress, should_cancel
            )

    def ingest_stream(
        self,
        source_handle: BinaryIO,
        *,
        label: Path,
        size: int,
        progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> StoredFile:
        """Store what an open stream yields (a member of a case archive), as `ingest` does.

        `size` is what the caller expects, for the free-space check and the progress; `label`
        stands for the source in messages and in telling formats apart by extension.
        """
        incoming = self._incoming_with_room_for(size)
        return self._copy_into_store(source_handle, label, size, incoming, progress, should_cancel)

    def _incoming_with_room_for(self, size: int) -> Path:
        incoming = self.root / INCOMING_DIRNAME
        try:
            incoming.mkdir(parents=True, exist_ok=True)
            if shutil.disk_usage(incoming).free < size + SPACE_MARGIN_BYTES:
                raise OSError(28, "No space left on device")
        except OSError as error:
            raise storage_error_from(error, self.root) from error
        return incoming

    def _copy_into_store(
        self,
        source_handle: BinaryIO,
        source: Path,
        expected_size: int,
        incoming: Path,
        progress: ProgressCallback | None,
        should_cancel: CancelCheck | None,
    ) -> StoredFile:
        digest = hashlib.sha256()
        head = b""
        copied = 0
        try:
            descriptor, temporary_name = tempfile.mkstemp(dir=incoming, prefix="part-")
        except OSError as error:
            raise storage_error_from(error, self.root) from error
        temporary = Path(temporary_name)
        try:
            with os.fdopen(descriptor, "wb") as target:
                while True:
                    if should_cancel is not None and should_cancel():
                        raise OperationCancelled()
                    try:
                        chunk = source_handle.read(CHUNK_SIZE)
                    except OSError:
                        raise EvidenceFileError("error.file_unreadable", path=source) from None
                    if not chunk:
                        break
                    if len(head) < SNIFF_BYTES:
                        head += chunk[: SNIFF_BYTES - len(head)]
                    digest.update(chunk)
                    target.write(chunk)
                    copied += len(chunk)
                    if progress is not None:
                        progress(copied, max(expected_size, copied))
                target.flush()
                os.fsync(target.fileno())
            if copied == 0:
                raise EvidenceFileError("error.file_empty", path=source)
            sha256 = digest.hexdigest()
            final = self.path_for(sha256)
            newly_stored = not final.exists()
            if final.is_file() and final.stat().st_size == copied:
                temporary.unlink()
                os.utime(final)
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                temporary.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
                temporary.replace(final)
                fsync_directory(final.parent)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise storage_error_from(error, self.root) from error
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return StoredFile(
            sha256=sha256,
            size=copied,
            media_type=sniff_media_type(head, source.name),
            newly_stored=newly_stored,
        )

    def is_recent(self, sha256: str, *, seconds: float) -> bool:
        """Whether a stored file was written (or stored again) in the last `seconds`."""
        try:
            return time.time() - self.path_for(sha256).stat().st_mtime < seconds
        except FileNotFoundError:
            return False

    def remove(self, sha256: str) -> None:
        """Delete a stored file (the caller has checked that nothing refers to it)."""
        path = self.path_for(sha256)
        with contextlib.suppress(FileNotFoundError):
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()

    def clear_incoming(self, *, older_than_seconds: float = STALE_INCOMING_SECONDS) -> None:
        """Remove half-written files left by a crash or a kill during an import.

        Only old ones: a command-line import may be writing a fresh one right now.
        """
        incoming = self.root / INCOMING_DIRNAME
        if not incoming.is_dir():
            return
        cutoff = time.time() - older_than_seconds
        for leftover in incoming.iterdir():
            with contextlib.suppress(FileNotFoundError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()


def regular_file_size(source: Path) -> int:
    """The size of a file someone chose to take in (evidence, an email), or an
    EvidenceFileError saying in plain words why it cannot be: missing, unreadable, a folder,
    not a regular file (a device, a pipe), or empty."""
    try:
        status = source.stat()
    except FileNotFoundError:
        raise EvidenceFileError("error.file_missing", path=source) from None
    except OSError:
        raise EvidenceFileError("error.file_unreadable", path=source) from None
    if stat.S_ISDIR(status.st_mode):
        raise EvidenceFileError("error.file_is_folder", path=source)
    if not stat.S_ISREG(status.st_mode):
        raise EvidenceFileError("error.file_not_regular", path=source)
    if status.st_size == 0:
        raise EvidenceFileError("error.file_empty", path=source)
    return status.st_size
