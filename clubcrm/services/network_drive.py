"""Refusing a club database on a network drive.

SQLite's locking does not work reliably over SMB or NFS: two computers (or a
dropped connection) can corrupt the file. The database belongs on the
reception PC's own disk; backups may go anywhere.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from clubcrm.domain.errors import StorageError
from clubcrm.domain.translatable import N_

MOUNTS_FILE = Path("/proc/mounts")
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "sshfs", "fuse.sshfs", "afpfs", "ncpfs",
    "davfs", "fuse.davfs2", "9p.net", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs",
    "lustre", "afs", "fuse.rclone",
})
DRIVE_REMOTE = 4  # GetDriveTypeW
DriveType = Callable[[str], int]


def check_local(path: Path) -> None:
    """Raise `StorageError` if the database at `path` would live on a network drive."""
    kind = network_kind(path)
    if kind is not None:
        raise StorageError(N_(
            "{path} is on a network drive ({kind}). SQLite databases get damaged when "
            "they are used over a network; keep the club database on this computer's own "
            "disk (backups may go to a network or USB drive)."), path=str(path), kind=kind)


def network_kind(path: Path) -> str | None:
    """What kind of network storage holds `path` (a share, a file system), or None."""
    absolute = path.resolve()  # a link on the local disk may point at a share
    if sys.platform == "win32":
        return windows_network_kind(PureWindowsPath(absolute), _windows_drive_type)
    try:
        mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
    except OSError:  # macOS and the BSDs have no /proc/mounts: nothing to go on
        return None
    filesystem = filesystem_of(PurePosixPath(absolute), mounts)
    return filesystem if filesystem in NETWORK_FILESYSTEMS else None


def windows_network_kind(path: PureWindowsPath, drive_type: DriveType) -> str | None:
    """A UNC path (`\\\\server\\share`) or a drive letter mapped to a share."""
    drive = path.drive
    if drive.startswith("\\\\"):
        if drive.upper().startswith("\\\\?\\") and not drive.upper().startswith("\\\\?\\UNC"):
            return None  # a long-path prefix on a local drive, `\\?\C:\...`
        return drive
    if drive and drive_type(drive + "\\") == DRIVE_REMOTE:
        return drive
    return None


def filesystem_of(path: PurePath, mounts: str) -> str | None:
    """The type of the file system holding `path`, from the text of /proc/mounts:
    the mount point that is the longest prefix of the path wins."""
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = PurePosixPath(_unescape(fields[1]))
        if path == mount_point or mount_point in path.parents:
            depth = len(mount_point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2])
    return None if best is None else best[1]


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, plain)
    return field


def _windows_drive_type(root: str) -> int:
    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]

