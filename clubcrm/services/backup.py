"""Backups of the club database: written through SQLite's online backup API
while reception keeps working, verified before they count, rotated.

A backup is first written as `<name>.part`, checked (`verification`),
fsync'd and only then renamed to `clubcrm-YYYYMMDD-HHMMSS.sqlite`: a file
with that name is always a complete, verified copy, and a crash leaves at
most a `.part` file, which is never listed and is removed later.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from clubcrm.db import snapshot
from clubcrm.db.database import Database
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import ClubError, StorageError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services.audit import AuditService
from clubcrm.services.permissions import require
from clubcrm.services.settings import (
    BACKUP_FOLDER,
    BACKUP_WARN_DAYS,
    BACKUPS_TO_KEEP,
    SettingsService,
)
from clubcrm.services.verification import unreadable, verify_file

if TYPE_CHECKING:
    from clubcrm.services.restore import RestoreInfo  # restore builds on this module

log = logging.getLogger("clubcrm.backup")

Progress = snapshot.Progress
BACKUP_PREFIX = "clubcrm"
SAFETY_PREFIX = "pre-restore"
SUFFIX = ".sqlite"
PART_SUFFIX = ".part"
DEFAULT_FOLDER_NAME = "backups"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
# A `.part` file untouched this long belongs to a backup that died; a running
# backup writes to its file every few milliseconds while it copies.
STALE_PART_S = 300
_NAME = re.compile(r"^(clubcrm|pre-restore)-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. `problems` is None until `verify()` has looked inside."""

    path: Path
    taken_at: datetime
    size: int
    safety_copy: bool = False  # kept by a restore, of the database it replaced
    problems: tuple[StorageError, ...] | None = None

    @property
    def verified(self) -> bool:
        return self.problems == ()

    def verify(self) -> BackupInfo:
        """The same backup with its problems found (slow: it reads the whole file)."""
        return replace(self, problems=tuple(verify_file(self.path)))


class BackupService:
    """Backups of one open club database, into the folder its settings name."""

    def __init__(self, db: Database, settings: SettingsService) -> None:
        self._db = db
        self._settings = settings

    def folder(self) -> Path:
        return folder_from(self._settings.get(BACKUP_FOLDER), self._db.path)

    def backup(self, dest: Path | None = None, *, operator: StaffId | None,
               progress: Progress | None = None) -> BackupInfo:
        """A verified backup into `dest` (a folder, or a `.sqlite` file name) or else the
        backup folder; in a folder, only the newest backups up to the number to keep stay.

        `operator` None is the app's own scheduled backup (daily, on close); a person's
        backup needs the permission. Both are audited.
        """
        if operator is not None:
            with self._db.read() as session:
                require(session, operator, Permission.BACKUP)
        if dest is not None and _names_a_file(dest):
            prepare_folder(dest.parent, create=False)
            info = write_backup(self._db.path, dest, progress=progress)
        else:
            folder = dest or self.folder()
            prepare_folder(folder, create=dest is None and not self._settings.get(BACKUP_FOLDER))
            info = write_backup(self._db.path, free_path(folder, BACKUP_PREFIX), progress=progress)
            rotate(folder, keep=self._settings.get(BACKUPS_TO_KEEP))
        self._audit(AuditAction.BACKUP_CREATED, operator, info.path,
                    {"automatic": operator is None, "size": info.size})
        return info

    def require_restore(self, *, operator: StaffId) -> None:
        """Refuse early, before the caller closes the club to restore, unless the owner."""
        with self._db.read() as session:
            require(session, operator, Permission.RESTORE_BACKUP)

    def record_restore(self, info: RestoreInfo, *, by: str) -> None:
        """Audit a restore in the restored database. The operator is named, not
        referenced: the restored staff table may not have that account."""
        safety = info.safety_copy.name if info.safety_copy else None
        self._audit(AuditAction.BACKUP_RESTORED, None, info.restored_from,
                    {"by": by, "safety_copy": safety})

    def _audit(self, action: AuditAction, operator: StaffId | None, path: Path,
               details: dict[str, object]) -> None:
        with self._db.write() as session:
            AuditService.record(session, operator=operator, action=action, subject=path.name,
                                details=details)

    def last_good_backup_age(self) -> timedelta | None:
        """How old the newest backup in the backup folder is; None if there is none."""
        newest = next((b for b in list_backups(self.folder()) if not b.safety_copy), None)
        return None if newest is None else datetime.now() - newest.taken_at

    def backup_is_old(self) -> bool:
        """True when reception should be warned: no backup, or none for the set days."""
        age = self.last_good_backup_age()
        return age is None or age > timedelta(days=self._settings.get(BACKUP_WARN_DAYS))


def folder_from(setting: str, db_path: Path) -> Path:
    """The backup folder: the one set, or `backups` beside the database, so that
    the backups of two databases (a demo and the real club) never mix."""
    return Path(setting) if setting else db_path.parent / DEFAULT_FOLDER_NAME


def folder_of(db_path: Path) -> Path:
    """The backup folder set in the database at `db_path`, read directly from the file:
    it may be a damaged database about to be replaced. The default if it cannot tell."""
    try:
        connection = snapshot.connect(db_path, read_only=True)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?",
                                     (BACKUP_FOLDER.key,)).fetchone()
        finally:
            connection.close()
        setting = json.loads(row[0]) if row else ""
    except (sqlite3.Error, ValueError):
        setting = ""
    return folder_from(setting if isinstance(setting, str) else "", db_path)


def prepare_folder(folder: Path, *, create: bool) -> None:
    """Make sure backups can be written to `folder`; only the default one is created,
    since a folder that is missing may be a USB drive that is not plugged in."""
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        elif not folder.is_dir():
            raise ClubError(N_("The backup folder {folder} does not exist (is the drive "
                               "plugged in?)."), folder=str(folder))
        probe = folder / f".clubcrm-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ClubError(N_("The backup folder {folder} cannot be used: {reason}"),
                        folder=str(folder), reason=exc.strerror or str(exc)) from None
    _remove_stale_parts(folder)


def write_backup(source: Path, target: Path, *, progress: Progress | None = None,
                 verify: bool = True) -> BackupInfo:
    """Copy the database at `source` to `target` through a `.part` file that is
    verified (unless `verify` is off), fsync'd and renamed only when complete."""
    part = target.with_name(target.name + PART_SUFFIX)
    try:
        _copy(source, part, progress=progress)
        problems = verify_file(part) if verify else []
        if problems:
            # The copy is faithful: what is wrong with it is wrong with the source.
            raise restated(problems[0], path=source)
        os.replace(part, target)
        snapshot.fsync_folder(target.parent)
    except sqlite3.DatabaseError as exc:  # the copy failed: disk full, drive removed...
        raise _unwritable(target, str(exc)) from None
    except OSError as exc:
        raise _unwritable(target, exc.strerror or str(exc)) from None
    finally:
        snapshot.remove_database(part)
    return BackupInfo(target, taken_at(target), target.stat().st_size,
                      problems=() if verify else None)


def restated(problem: StorageError, *, path: Path) -> StorageError:
    """`problem`, found in a copy, told about the file it was copied from."""
    return type(problem)(problem.template, **{**problem.params, "path": str(path)})


def _copy(source: Path, part: Path, *, progress: Progress | None) -> None:
    try:
        connection = snapshot.connect(source, read_only=True)
    except sqlite3.Error:
        raise unreadable(source) from None
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            raise unreadable(source) from None
        snapshot.copy_database(connection, part, progress=progress)
    finally:
        connection.close()


def _unwritable(target: Path, reason: str) -> ClubError:
    return ClubError(N_("The backup could not be written to {path}: {reason}"),
                     path=str(target), reason=reason)


def free_path(folder: Path, prefix: str) -> Path:
    """`<prefix>-YYYYMMDD-HHMMSS.sqlite` for now; within one second `-2`, `-3`...
    after the highest taken, so that names keep the order the backups were made in."""
    stamp = datetime.now().strftime(STAMP_FORMAT)
    taken = [int(match[3] or 1) for path in folder.glob(f"{prefix}-{stamp}*")
             if (match := _NAME.match(path.name.removesuffix(PART_SUFFIX)))]
    number = max(taken, default=0) + 1
    suffix = SUFFIX if number == 1 else f"-{number}{SUFFIX}"
    return folder / f"{prefix}-{stamp}{suffix}"


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups and safety copies in `folder`, newest first, not yet verified.
    A missing folder (an unplugged USB drive) has none."""
    found: list[tuple[datetime, int, float, BackupInfo]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        stat = entry.stat()
        info = BackupInfo(entry, taken_at(entry), stat.st_size,
                          safety_copy=match[1] == SAFETY_PREFIX)
        # Names tell the order to the second; the file's time breaks a tie.
        found.append((info.taken_at, int(match[3] or 1), stat.st_mtime, info))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found]


def taken_at(path: Path) -> datetime:
    """When a backup was taken: from its name, or for a file named by hand its time."""
    match = _NAME.match(path.name)
    if match:
        return datetime.strptime(match[2], STAMP_FORMAT)
    return datetime.fromtimestamp(path.stat().st_mtime)


def rotate(folder: Path, *, keep: int) -> None:
    """Delete all but the `keep` newest backups (safety copies stay)."""
    backups = [b for b in list_backups(folder) if not b.safety_copy]
    for old in backups[keep:]:
        try:
            old.path.unlink()
        except OSError as exc:
            log.warning("cannot delete old backup %s: %s", old.path, exc)


def _names_a_file(dest: Path) -> bool:
    return dest.suffix == SUFFIX and not dest.is_dir()


def _remove_stale_parts(folder: Path) -> None:
    cutoff = time.time() - STALE_PART_S
    for part in folder.glob(f"*{SUFFIX}{PART_SUFFIX}"):
        try:
            if _NAME.match(part.name[: -len(PART_SUFFIX)]) and part.stat().st_mtime < cutoff:
                snapshot.remove_database(part)
                log.info("removed the unfinished backup %s", part)
        except OSError as exc:
            log.warning("cannot remove the unfinished backup %s: %s", part, exc)
