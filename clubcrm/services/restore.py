"""Putting a backup back in place of the club database.

The database must be closed by everyone first: the caller closes its `Club`,
restores, and opens the club again (`open_club`). A crash at any moment
leaves either the old database or the restored one, each whole.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from clubcrm.db import snapshot
from clubcrm.domain.errors import ClubError
from clubcrm.domain.translatable import N_
from clubcrm.services.backup import (
    PART_SUFFIX,
    SAFETY_PREFIX,
    Progress,
    folder_of,
    free_path,
    prepare_folder,
    restated,
    write_backup,
)
from clubcrm.services.verification import verify_file

log = logging.getLogger("clubcrm.backup")

STAGED_SUFFIX = ".restoring"


@dataclass(frozen=True)
class RestoreInfo:
    restored_from: Path
    safety_copy: Path | None  # the database as it was before, if there was one


def restore(backup_file: Path, *, db_path: Path,
            progress: Progress | None = None) -> RestoreInfo:
    """Replace the database at `db_path` with the backup `backup_file`.

    Every connection to `db_path` must be closed first (`Club.close()`).
    The backup is copied next to the database and verified there; a bad backup
    is refused with its first problem and nothing changes. Then the current
    database is kept as `pre-restore-<time>.sqlite` in its backup folder, and
    the verified copy takes its place in one atomic rename.
    """
    staged = db_path.with_name(db_path.name + STAGED_SUFFIX)
    try:
        _stage(backup_file, staged, db_path=db_path, progress=progress)
        safety = _keep_safety_copy(db_path) if db_path.exists() else None
        _swap(staged, db_path)
    except OSError as exc:
        raise _unrestorable(db_path, exc.strerror or str(exc)) from None
    finally:
        snapshot.remove_database(staged)
    log.info("restored %s from %s (safety copy %s)", db_path, backup_file, safety)
    return RestoreInfo(restored_from=backup_file, safety_copy=safety)


def _stage(backup_file: Path, staged: Path, *, db_path: Path,
           progress: Progress | None) -> None:
    """A verified copy of the backup beside the database, named so nothing opens it."""
    try:
        source = snapshot.connect(backup_file, read_only=True)
        try:
            snapshot.copy_database(source, staged, progress=progress)
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        problems = verify_file(backup_file)
        if not problems:  # a good backup, but the copy failed: disk full...
            raise _unrestorable(db_path, str(exc)) from None
    else:
        problems = verify_file(staged)
    if problems:
        raise restated(problems[0], path=backup_file)


def _unrestorable(db_path: Path, reason: str) -> ClubError:
    return ClubError(N_("The backup could not be restored to {path}: {reason}"),
                     path=str(db_path), reason=reason)


def _keep_safety_copy(db_path: Path) -> Path:
    """The current database, copied into the backup folder before it is replaced.

    Not verified: it may be the damaged database being replaced, and is kept
    as it is. One that SQLite cannot even read is kept as its raw files."""
    folder = folder_of(db_path)
    prepare_folder(folder, create=True)
    target = free_path(folder, SAFETY_PREFIX)
    try:
        return write_backup(db_path, target, verify=False).path
    except ClubError as exc:
        log.warning("keeping %s as raw files: %s", db_path, exc)
        return _copy_files(db_path, target)


def _copy_files(db_path: Path, target: Path) -> Path:
    part = target.with_name(target.name + PART_SUFFIX)
    for suffix in ("", "-wal"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            shutil.copyfile(source, part.with_name(part.name + suffix))
            snapshot.fsync_file(part.with_name(part.name + suffix))
    os.replace(part, target)
    if part.with_name(part.name + "-wal").exists():
        os.replace(part.with_name(part.name + "-wal"), target.with_name(target.name + "-wal"))
    return target


def _swap(staged: Path, db_path: Path) -> None:
    """Put `staged` in place of `db_path`.

    The old `-wal` must go before the rename: SQLite would otherwise replay the
    old database's WAL into the restored file on its next open. It is first
    folded into the old file (a checkpoint), so a crash between the two steps
    still leaves the old database whole."""
    if db_path.exists():
        try:
            snapshot.checkpoint_and_close(db_path)
        except sqlite3.Error as exc:
            log.warning("cannot checkpoint %s before replacing it: %s", db_path, exc)
    snapshot.remove_side_files(db_path)
    os.replace(staged, db_path)
    snapshot.fsync_folder(db_path.parent)
