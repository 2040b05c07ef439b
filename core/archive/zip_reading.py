"""Opening an archive that may be hostile, without ever trusting what it says about itself.

Before zipfile parses anything, the end record is read by hand so a forged central directory
cannot make it read gigabytes. Then every member is inspected: its name must be one Recours
generates, it must be an ordinary file (no link, no folder), neither encrypted nor compressed
with anything but deflate, within the size and ratio caps, and not overlapping another member.
The manifest must list exactly the members present, at their sizes. Members are then read only
through `VerifiedMember`, which counts bytes as they come (declared sizes are not trusted) and
checks the fingerprint when the member ends. Nothing is ever extracted to disk by name.
"""

from __future__ import annotations

import hashlib
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO, Final, cast

from core.archive.format import (
    MANIFEST_NAME,
    MAX_CENTRAL_DIRECTORY_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_EVIDENCE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_TOTAL_BYTES,
    RATIO_ALLOWANCE_BYTES,
    ArchiveError,
    Manifest,
    MemberEntry,
    is_known_member,
    shown,
)
from core.archive.manifest import parse_manifest
from core.evidence_store import CHUNK_SIZE

_END_RECORD_SIGNATURE: Final = b"PK\x05\x06"
_END_RECORD_SIZE: Final = 22
_LARGEST_COMMENT: Final = 0xFFFF
_ZIP64_LOCATOR_SIGNATURE: Final = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE: Final = 20
_ZIP64_END_RECORD_SIGNATURE: Final = b"PK\x06\x06"
_ZIP64_END_RECORD_SIZE: Final = 56
_ENCRYPTED_FLAG: Final = 0x1
_ACCEPTED_COMPRESSION: Final = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_READ_FAILURES: Final = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    OverflowError,
)


class VerifiedMember:
    """A member read chunk by chunk, refused the moment it grows past its listed size, and
    refused at its end unless its size and SHA-256 are exactly those of the manifest."""

    def __init__(self, inner: BinaryIO, entry: MemberEntry) -> None:
        self._inner = inner
        self._entry = entry
        self._digest = hashlib.sha256()
        self._count = 0

    def read(self, size: int = -1) -> bytes:
        wanted = size if 0 < size <= CHUNK_SIZE else CHUNK_SIZE
        try:
            chunk = self._inner.read(wanted)
        except _READ_FAILURES:
            raise ArchiveError("archive.damaged_member", name=shown(self._entry.path)) from None
        self._count += len(chunk)
        if self._count > self._entry.size:
            raise ArchiveError("archive.size_mismatch", name=shown(self._entry.path))
        if chunk:
            self._digest.update(chunk)
            return chunk
        if self._count != self._entry.size:
            raise ArchiveError("archive.size_mismatch", name=shown(self._entry.path))
        if self._digest.hexdigest() != self._entry.sha256:
            raise ArchiveError("archive.fingerprint_mismatch", name=shown(self._entry.path))
        return chunk


class ArchiveReader:
    """An archive opened for reading, its members inspected and its manifest checked."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self._stack = ExitStack()
        try:
            handle = self._stack.enter_context(_open_source(source))
            _check_end_record(handle, source)
            try:
                self._zip = self._stack.enter_context(zipfile.ZipFile(handle))
            except _READ_FAILURES:
                raise ArchiveError("archive.not_zip", path=source) from None
            self._infos = _inspect_members(self._zip, source)
            self.manifest = self._read_manifest()
        except BaseException:
            self._stack.close()
            raise

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _read_manifest(self) -> Manifest:
        info = self._infos.get(MANIFEST_NAME)
        if info is None:
            raise ArchiveError("archive.no_manifest")
        if info.file_size > MAX_MANIFEST_BYTES:
            raise ArchiveError("archive.member_too_large", name=MANIFEST_NAME)
        raw = bytearray()
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(CHUNK_SIZE):
                    raw += chunk
                    if len(raw) > info.file_size:
                        raise ArchiveError("archive.size_mismatch", name=MANIFEST_NAME)
        except _READ_FAILURES:
            raise ArchiveError("archive.damaged_member", name=MANIFEST_NAME) from None
        manifest = parse_manifest(bytes(raw))
        _match_manifest(manifest, self._infos)
        return manifest

    def entry(self, path: str) -> MemberEntry:
        entry = self.manifest.member(path)
        if entry is None:
            raise ArchiveError("archive.missing_member", name=shown(path))
        return entry

    @contextmanager
    def open_member(self, path: str) -> Iterator[VerifiedMember]:
        """The member, to be read through the checks of `VerifiedMember`."""
        entry = self.entry(path)
        try:
            inner = self._zip.open(self._infos[path])
        except _READ_FAILURES:
            raise ArchiveError("archive.damaged_member", name=shown(path)) from None
        with inner:
            yield VerifiedMember(cast(BinaryIO, inner), entry)

    def read_member(self, path: str, *, limit: int) -> bytes:
        """A whole (small) member, verified, refused past `limit` bytes."""
        entry = self.entry(path)
        if entry.size > limit:
            raise ArchiveError("archive.member_too_large", name=shown(path))
        raw = bytearray()
        with self.open_member(path) as member:
            while chunk := member.read(CHUNK_SIZE):
                raw += chunk
        return bytes(raw)


def _open_source(source: Path) -> BinaryIO:
    try:
        status = source.stat()
    except FileNotFoundError:
        raise ArchiveError("archive.not_found", path=source) from None
    except OSError:
        raise ArchiveError("archive.unreadable", path=source) from None
    if not stat.S_ISREG(status.st_mode):
        raise ArchiveError("archive.not_a_file", path=source)
    try:
        return source.open("rb")
    except OSError:
        raise ArchiveError("archive.unreadable", path=source) from None


def _check_end_record(handle: BinaryIO, source: Path) -> None:
    """Refuse before parsing an archive whose end record (or zip64 end record, which zipfile
    prefers) announces too many members or a central directory too big to be one of ours:
    zipfile would read all of it into memory at once."""
    try:
        size = handle.seek(0, 2)
        tail_size = min(size, _END_RECORD_SIZE + _LARGEST_COMMENT)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
        handle.seek(0)
    except OSError:
        raise ArchiveError("archive.unreadable", path=source) from None
    if tail[-_END_RECORD_SIZE:].startswith(_END_RECORD_SIGNATURE):
        position = len(tail) - _END_RECORD_SIZE
    else:
        position = tail.rfind(_END_RECORD_SIGNATURE)
    if position < 0 or len(tail) - position < _END_RECORD_SIZE:
        raise ArchiveError("archive.not_zip", path=source)
    total_entries, directory_size = struct.unpack_from("<HI", tail, position + 10)
    _check_directory_extent(total_entries, directory_size)
    end_record = size - tail_size + position
    if end_record < _ZIP64_LOCATOR_SIZE + _ZIP64_END_RECORD_SIZE:
        return
    try:
        handle.seek(end_record - _ZIP64_LOCATOR_SIZE - _ZIP64_END_RECORD_SIZE)
        zip64 = handle.read(_ZIP64_END_RECORD_SIZE + _ZIP64_LOCATOR_SIZE)
        handle.seek(0)
    except OSError:
        raise ArchiveError("archive.unreadable", path=source) from None
    if zip64[_ZIP64_END_RECORD_SIZE:].startswith(_ZIP64_LOCATOR_SIGNATURE) and zip64.startswith(
        _ZIP64_END_RECORD_SIGNATURE
    ):
        total_entries, directory_size = struct.unpack_from("<QQ", zip64, 32)
        _check_directory_extent(total_entries, directory_size)


def _check_directory_extent(total_entries: int, directory_size: int) -> None:
    if total_entries > MAX_MEMBERS or directory_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise ArchiveError("archive.too_many_members", limit=MAX_MEMBERS)


def _inspect_members(archive: zipfile.ZipFile, source: Path) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ArchiveError("archive.too_many_members", limit=MAX_MEMBERS)
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        _check_member(info)
        if info.filename in by_name:
            raise ArchiveError("archive.duplicate_member", name=shown(info.filename))
        by_name[info.filename] = info
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ArchiveError("archive.too_large", gigabytes=MAX_TOTAL_BYTES // 1024**3)
    _check_no_overlap(infos, archive, source)
    return by_name


def _check_member(info: zipfile.ZipInfo) -> None:
    name = info.orig_filename
    parts = name.replace("\\", "/").split("/")
    if (
        "\x00" in name
        or name.startswith(("/", "\\"))
        or ".." in parts
        or (len(name) > 1 and name[1] == ":")
    ):
        raise ArchiveError("archive.unsafe_name", name=shown(name))
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if file_type == stat.S_IFLNK:
        raise ArchiveError("archive.link_member", name=shown(name))
    if info.is_dir() or file_type not in (0, stat.S_IFREG):
        raise ArchiveError("archive.not_a_file_member", name=shown(name))
    if not is_known_member(name) or name != info.filename:
        raise ArchiveError("archive.unexpected_member", name=shown(name))
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise ArchiveError("archive.encrypted_member", name=shown(name))
    if info.compress_type not in _ACCEPTED_COMPRESSION:
        raise ArchiveError("archive.unsupported_compression", name=shown(name))
    if info.file_size > MAX_EVIDENCE_BYTES:
        raise ArchiveError("archive.member_too_large", name=shown(name))
    allowed = max(info.compress_size * MAX_COMPRESSION_RATIO, RATIO_ALLOWANCE_BYTES)
    if info.file_size > allowed:
        raise ArchiveError(
            "archive.compression_ratio", name=shown(name), limit=MAX_COMPRESSION_RATIO
        )
    if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
        raise ArchiveError("archive.size_mismatch", name=shown(name))


def _check_no_overlap(infos: list[zipfile.ZipInfo], archive: zipfile.ZipFile, source: Path) -> None:
    """Each member's data must lie apart from the others' and before the central directory:
    members sharing their compressed data are how the worst zip bombs multiply themselves."""
    directory_start = archive.start_dir
    ordered = sorted(infos, key=lambda info: info.header_offset)
    for current, following in zip(ordered, [*ordered[1:], None], strict=True):
        end = current.header_offset + current.compress_size
        limit = following.header_offset if following is not None else directory_start
        if current.header_offset < 0 or end > limit:
            raise ArchiveError("archive.overlapping_members", path=source)


def _match_manifest(manifest: Manifest, infos: dict[str, zipfile.ZipInfo]) -> None:
    """The manifest must list every member but itself, each at the size the zip declares."""
    listed = {entry.path: entry for entry in manifest.members}
    for name in sorted(infos):
        if name != MANIFEST_NAME and name not in listed:
            raise ArchiveError("archive.unexpected_member", name=shown(name))
    for path, entry in listed.items():
        info = infos.get(path)
        if info is None:
            raise ArchiveError("archive.missing_member", name=shown(path))
        if info.file_size != entry.size:
            raise ArchiveError("archive.size_mismatch", name=shown(path))
