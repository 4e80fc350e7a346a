"""Copies of a live club database through SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed changes that
still sit in the `-wal` file, or catch a page half-written; the backup API
reads through SQLite's own locking and yields a consistent database.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from clubcrm.db.pragmas import BUSY_TIMEOUT_MS

Progress = Callable[[int, int], None]
# 1024 pages of 4 KiB: each step copies 4 MiB, a few milliseconds of work.
PAGES_PER_STEP = 1024
# Between steps the copy gives the disk (and the GIL) to the reception's writes.
STEP_PAUSE_S = 0.002
STEPS_PER_FSYNC = 8  # 32 MiB written between flushes of the copy
SIDE_FILES = ("-wal", "-shm", "-journal")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain connection to an existing file (`mode=rw` never creates one).

    `read_only` refuses writes with `query_only` rather than `mode=ro`: a
    read-only open of a WAL database cannot remove its `-wal` and `-shm` files
    when it closes, and would leave them behind.
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=rw"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                 isolation_level=None)
    if read_only:
        connection.execute("PRAGMA query_only=ON")
    return connection


def connect_for_checks(path: Path) -> sqlite3.Connection:
    """A strictly read-only connection (`mode=ro`) for `verify` and backup checks.

    SQLite's `quick_check` ran several times faster on such a connection than
    on a read-write one over the bench club's file.
    Unlike `connect(read_only=True)` it may leave a live database's `-wal` and
    `-shm` files behind when it closes; the next writer uses or removes them.
    """
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def copy_database(source: sqlite3.Connection, target: Path,
                  *, progress: Progress | None = None) -> None:
    """Copy the database open on `source` into the new file `target`, page by page,
    while other connections and processes keep writing to the source.

    The whole copy runs inside one read transaction on `source`, so it is one
    consistent snapshot. Without that, SQLite restarts a backup from the first
    page whenever another connection commits, and steady check-ins could keep a
    backup from ever finishing. In WAL mode a reader blocks no writer.

    The copy is switched to a rollback journal, so it is one self-contained
    file (for a USB drive) that opens without `-wal`/`-shm` files, and fsync'd.

    Two things keep the desk's writes quick meanwhile: the copy is fsync'd a
    little at a time (one flush of the whole file at the end held a check-in
    behind it), and the writes the snapshot kept in the WAL are checkpointed
    here, by the backup, rather than by the next check-in's commit.
    """
    remove_database(target)
    destination = sqlite3.connect(target, isolation_level=None)
    try:
        source.execute("BEGIN")
        try:
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            source.backup(destination, pages=PAGES_PER_STEP,
                          progress=_stepper(progress, target))
        finally:
            source.execute("ROLLBACK")
        source.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    fsync_file(target)


def _stepper(progress: Progress | None, target: Path) -> Callable[[int, int, int], None]:
    steps = 0

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal steps
        steps += 1
        if progress is not None:
            progress(total - remaining, total)
        if steps % STEPS_PER_FSYNC == 0:
            fsync_file(target)
        if remaining:
            time.sleep(STEP_PAUSE_S)

    return step


def checkpoint_and_close(path: Path) -> None:
    """Fold the `-wal` of a database nobody else has open back into the file,
    so that the `-wal` and `-shm` files can go. Raises sqlite3.Error when the
    database is too damaged for that."""
    connection = connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def remove_database(path: Path) -> None:
    """Delete a database file with its journal, WAL and shared-memory files."""
    path.unlink(missing_ok=True)
    remove_side_files(path, suffixes=SIDE_FILES)


def remove_side_files(path: Path, *, suffixes: tuple[str, ...] = ("-wal", "-shm")) -> None:
    for suffix in suffixes:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(path: Path) -> None:
    """Make a rename in `path` durable. POSIX needs the folder itself synced;
    Windows cannot open a folder for that, and NTFS journals the rename."""
    if os.name != "posix":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
