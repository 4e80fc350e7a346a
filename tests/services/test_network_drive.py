"""Spotting a database on a network drive: /proc/mounts on Linux, UNC and mapped drives on
Windows."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from clubcrm.domain.errors import StorageError
from clubcrm.services import network_drive
from clubcrm.services.network_drive import (
    DRIVE_REMOTE,
    check_local,
    filesystem_of,
    windows_network_kind,
)

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//nas/club /mnt/nas cifs rw,vers=3.0 0 0
nas:/export /mnt/nas/nfs nfs4 rw 0 0
user@host:/srv /home/ana/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/ana/USB\\040STICK vfat rw 0 0
tmpfs /mnt/nas/nfs/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/ana/clubcrm.sqlite", "ext4"),
    ("/mnt/nas/club.sqlite", "cifs"),
    ("/mnt/nas/nfs/deep/club.sqlite", "nfs4"),
    ("/mnt/nas/nfs/local/club.sqlite", "tmpfs"),
    ("/mnt/nasty/club.sqlite", "ext4"),  # a prefix of the name is not a parent folder
    ("/home/ana/remote/club.sqlite", "fuse.sshfs"),
    ("/media/ana/USB STICK/club.sqlite", "vfat"),
])
def test_filesystem_of_the_longest_mount_point(path: str, expected: str) -> None:
    """The file system is the one mounted deepest above the path (escapes decoded)."""
    assert filesystem_of(PurePosixPath(path), MOUNTS) == expected


def test_later_mount_over_the_same_point_wins() -> None:
    """A mount on top of another at the same point hides it."""
    mounts = "/dev/sda1 /data ext4 rw 0 0\n//nas/x /data cifs rw 0 0\n"
    assert filesystem_of(PurePosixPath("/data/club.sqlite"), mounts) == "cifs"


@pytest.mark.parametrize(("path", "remote_drives", "expected"), [
    (r"C:\Users\ana\AppData\Local\clubcrm\clubcrm.sqlite", "", None),
    (r"\\server\share\clubcrm.sqlite", "", r"\\server\share"),
    (r"\\?\UNC\server\share\clubcrm.sqlite", "", r"\\?\UNC\server\share"),
    (r"\\?\C:\clubcrm\clubcrm.sqlite", "", None),
    (r"Z:\clubcrm.sqlite", "Z", "Z:"),
    (r"D:\clubcrm.sqlite", "Z", None),
])
def test_windows_unc_and_mapped_drives(path: str, remote_drives: str,
                                       expected: str | None) -> None:
    """UNC paths and drive letters of type DRIVE_REMOTE are network storage."""
    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root[0] in remote_drives else 3  # DRIVE_FIXED

    assert windows_network_kind(PureWindowsPath(path), drive_type) == expected


def test_check_local_refuses_a_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database on an NFS mount is refused with an explanation; a local one passes."""
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nnas:/x {tmp_path / 'nas'} nfs rw 0 0\n")
    monkeypatch.setattr(network_drive, "MOUNTS_FILE", mounts)
    monkeypatch.setattr(network_drive.sys, "platform", "linux")
    check_local(tmp_path / "club.sqlite")
    with pytest.raises(StorageError, match=r"network drive \(nfs\)"):
        check_local(tmp_path / "nas" / "club.sqlite")
