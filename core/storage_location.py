"""Is the data folder somewhere SQLite cannot keep its promises?

On a network share (NFS, SMB/CIFS, sshfs...) file locking is unreliable and WAL mode's
shared memory does not work across machines, so two writers, or one writer and a flaky
link, can damage the database. In a synced folder (Dropbox, OneDrive...) the sync client
copies `recours.db` without its `-wal` file and mid-write, and may "resolve" a conflict by
replacing it with an older copy. Either way Recours keeps working but warns, once per start
in the window and once per writing command on the command line.

Network mounts are found from /proc/mounts on Linux and the drive type on Windows; synced
folders from the path, by the folder names the sync clients create.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath, PureWindowsPath
from typing import Final

from core.i18n import translate

PROC_MOUNTS: Final = Path("/proc/mounts")
DRIVE_REMOTE: Final = 4
NETWORK_FILESYSTEMS: Final = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "9p",
        "davfs",
        "sshfs",
        "glusterfs",
        "ceph",
        "lustre",
        "gfs2",
        "ocfs2",
        "afpfs",
    }
)
NETWORK_FUSE_SUBTYPES: Final = frozenset(
    {
        "sshfs",
        "rclone",
        "davfs2",
        "glusterfs",
        "ceph",
        "s3fs",
        "gcsfuse",
        "gvfsd-fuse",
        "kio-fuse",
        "afpfs",
        "smbnetfs",
        "curlftpfs",
    }
)
SYNCED_FOLDERS: Final = (
    ("Dropbox", ("dropbox", "dropbox (")),
    ("OneDrive", ("onedrive", "onedrive - ", "onedrive-")),
    ("Google Drive", ("google drive", "googledrive", "googledrive-", "my drive")),
    ("iCloud Drive", ("icloud drive", "iclouddrive", "com~apple~clouddocs", "mobile documents")),
    ("Nextcloud", ("nextcloud",)),
    ("ownCloud", ("owncloud",)),
    ("pCloud", ("pcloud drive", "pclouddrive")),
    ("Box", ("box sync", "box drive")),
    ("MEGA", ("megasync", "mega sync")),
    ("Cloud storage", ("cloudstorage",)),
)
"""(service, names): a path part equal to a name, or starting with one ending in " (",
" - " or "-", is that service's folder (e.g. "OneDrive - Contoso", "GoogleDrive-me@x")."""


class StorageRisk(StrEnum):
    NETWORK = "network"
    SYNCED = "synced"


@dataclass(frozen=True, slots=True)
class StorageWarning:
    """Why the data folder is at risk: `detail` is the file system type or the sync service."""

    risk: StorageRisk
    path: Path
    detail: str

    def describe(self, lang: str) -> str:
        return translate(
            f"backup.storage_{self.risk.value}", lang, path=self.path, detail=self.detail
        )


def _unescape_mount_field(field: str) -> str:
    """/proc/mounts writes a space in a path as \\040, a tab as \\011, a backslash as \\134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_of(path: PurePath, mount_table: str) -> tuple[str, str] | None:
    """(mount point, file system type) of the mount holding `path`: the longest mount point
    it lies under. Later mounts over the same point hide earlier ones, as in the kernel."""
    best: tuple[str, str] | None = None
    for line in mount_table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePath(_unescape_mount_field(fields[1]))
        covers = path == point or point in path.parents
        if covers and (best is None or len(point.parts) >= len(PurePath(best[0]).parts)):
            best = (str(point), fields[2])
    return best


def is_network_filesystem(kind: str) -> bool:
    lowered = kind.lower()
    if lowered.startswith("fuse."):
        return lowered.removeprefix("fuse.") in NETWORK_FUSE_SUBTYPES
    return lowered in NETWORK_FILESYSTEMS


def synced_service(path: PurePath) -> str | None:
    """The sync service whose folder holds `path`, judged by its folder names (the macOS
    catch-all `CloudStorage` last, so the service inside it is named)."""
    parts = [part.lower() for part in path.parts]
    for service, names in SYNCED_FOLDERS:
        for name in names:
            for part in parts:
                if part == name or (
                    name[-1] in "(- " and part.startswith(name) and len(part) > len(name)
                ):
                    return service
    return None


def _windows_drive_type(root: str) -> int:
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    return 0


def _read_mount_table() -> str | None:
    try:
        return PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def network_filesystem(
    path: Path,
    *,
    mount_table: str | None = None,
    windows: bool | None = None,
    drive_type: Callable[[str], int] = _windows_drive_type,
) -> str | None:
    """The network file system type holding `path` ("nfs4", "cifs", "network drive"...),
    or None for a local disk or when the system cannot tell."""
    on_windows = os.name == "nt" if windows is None else windows
    if on_windows:
        windows_path = PureWindowsPath(str(path))
        if windows_path.drive.startswith("\\\\"):
            return "network share"
        if windows_path.anchor and drive_type(windows_path.anchor) == DRIVE_REMOTE:
            return "network drive"
        return None
    table = mount_table if mount_table is not None else _read_mount_table()
    if table is None:
        return None
    found = mount_of(PurePath(path), table)
    if found is None or not is_network_filesystem(found[1]):
        return None
    return found[1]


def storage_warnings(
    data_dir: Path,
    *,
    mount_table: str | None = None,
    windows: bool | None = None,
    drive_type: Callable[[str], int] = _windows_drive_type,
) -> list[StorageWarning]:
    """What is unsafe about where the data folder is (an empty list when it is on a local,
    unsynced disk). The optional arguments stand in for the system in tests."""
    try:
        resolved = data_dir.resolve()
    except OSError:
        resolved = data_dir.absolute()
    warnings = []
    network = network_filesystem(
        resolved, mount_table=mount_table, windows=windows, drive_type=drive_type
    )
    if network is not None:
        warnings.append(StorageWarning(StorageRisk.NETWORK, data_dir, network))
    service = synced_service(resolved)
    if service is not None:
        warnings.append(StorageWarning(StorageRisk.SYNCED, data_dir, service))
    return warnings
