"""Warnings when the data folder is on a network share or in a synced folder."""

from __future__ import annotations

from pathlib import Path, PurePath

import pytest

from core.storage_location import (
    StorageRisk,
    mount_of,
    network_filesystem,
    storage_warnings,
    synced_service,
)

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p3 /home ext4 rw,relatime 0 0
nas.local:/export/home /home/zoe/nas nfs4 rw,relatime,vers=4.2 0 0
//box/partage /mnt/Partage\\040Famille cifs rw,relatime,vers=3.1.1 0 0
zoe@serveur:/srv /home/zoe/distant fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /home/zoe/nas/usb ext4 rw 0 0
portal /run/user/1000/doc fuse.portal rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("/home/zoe/.local/share/Recours", None),
        ("/home/zoe/nas/Recours", "nfs4"),
        ("/home/zoe/nas", "nfs4"),
        ("/home/zoe/nasty/Recours", None),
        ("/mnt/Partage Famille/Recours", "cifs"),
        ("/home/zoe/distant/Recours", "fuse.sshfs"),
        ("/home/zoe/nas/usb/Recours", None),
        ("/run/user/1000/doc/Recours", None),
        ("/run/user/1000/gvfs/smb-share:server=box,share=docs/Recours", "fuse.gvfsd-fuse"),
    ],
)
def test_network_mounts_are_found_in_the_mount_table(folder: str, expected: str | None) -> None:
    assert network_filesystem(Path(folder), mount_table=MOUNTS, windows=False) == expected


def test_the_last_mount_over_a_point_is_the_one_that_counts() -> None:
    table = "nas:/x /data nfs rw 0 0\n/dev/sdc1 /data ext4 rw 0 0\n"
    assert mount_of(PurePath("/data/Recours"), table) == ("/data", "ext4")
    assert mount_of(PurePath("/data/Recours"), "garbage\n\n") is None


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("/home/zoe/Dropbox/Recours", "Dropbox"),
        ("/home/zoe/Dropbox (Personal)/Recours", "Dropbox"),
        ("C:/Users/Zoe/OneDrive - Contoso/Documents/Recours", "OneDrive"),
        ("/Users/zoe/Library/CloudStorage/OneDrive-Personal/Recours", "OneDrive"),
        ("/Users/zoe/Library/CloudStorage/GoogleDrive-zoe@example.org/My Drive", "Google Drive"),
        ("G:/My Drive/Recours", "Google Drive"),
        ("/Users/zoe/Library/Mobile Documents/com~apple~CloudDocs/Recours", "iCloud Drive"),
        ("/home/zoe/Nextcloud/Recours", "Nextcloud"),
        ("/home/zoe/ownCloud/Recours", "ownCloud"),
        ("/home/zoe/.local/share/Recours", None),
        ("/home/zoe/Dropboxes-notes/Recours", None),
        ("/home/zoe/onedrivebackup/Recours", None),
    ],
)
def test_synced_folders_are_recognised_by_their_names(folder: str, service: str | None) -> None:
    assert synced_service(PurePath(folder)) == service


def test_windows_network_drives_and_shares_are_found() -> None:
    types = {"Z:\\": 4, "C:\\": 3}
    assert (
        network_filesystem(Path("Z:/Recours"), windows=True, drive_type=types.__getitem__)
        == "network drive"
    )
    assert (
        network_filesystem(Path("C:/Recours"), windows=True, drive_type=types.__getitem__) is None
    )
    assert (
        network_filesystem(Path("//serveur/partage/Recours"), windows=True, drive_type=pytest.fail)
        == "network share"
    )


def test_the_warnings_say_what_and_where_in_both_languages(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox" / "Recours"
    folder.mkdir(parents=True)
    table = f"/dev/vda / ext4 rw 0 0\nsrv:/x {tmp_path} nfs rw 0 0\n"
    network, synced = storage_warnings(folder, mount_table=table, windows=False)
    assert network.risk is StorageRisk.NETWORK and synced.risk is StorageRisk.SYNCED
    assert network.describe("en") == (
        f"The data folder {folder} is on a network drive (nfs), where an SQLite database can "
        "be damaged. Keep the data folder on a local disk."
    )
    assert "dossier Dropbox" in synced.describe("fr")
    assert storage_warnings(tmp_path / "local", mount_table="/dev/vda / ext4 rw 0 0\n") == []


def test_this_machines_own_mount_table_is_read(tmp_path: Path) -> None:
    if not Path("/proc/mounts").is_file():
        pytest.skip("no /proc/mounts on this system")
    assert all(warning.risk is not StorageRisk.SYNCED for warning in storage_warnings(tmp_path))
