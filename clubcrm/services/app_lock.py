"""The lock that keeps two copies of clubcrm off one database file.

The GUI holds it with Qt's `QLockFile` for as long as it runs. The command
line cannot use Qt, so a restore holds the same file here in a way QLockFile
respects: on POSIX an `flock` (QLockFile takes one too and cannot remove a
lock file someone holds one on), on Windows an open handle without delete
sharing (QLockFile's own handle allows no writer, so opening it for writing
fails while the app runs).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from clubcrm.domain.errors import ClubError
from clubcrm.domain.translatable import N_

if sys.platform != "win32":
    import fcntl

LOCK_SUFFIX = ".lock"


def lock_path(db_path: Path) -> Path:
    """One lock per database file, beside it (the data folder for the default one)."""
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


@contextmanager
def exclusive_use(db_path: Path) -> Iterator[None]:
    """Hold the database's lock for the duration, or refuse if the app holds it."""
    path = lock_path(db_path)
    try:
        handle = _take(path)
    except OSError:
        raise ClubError(N_("clubcrm is open on {path}; close it there first."),
                        path=str(db_path)) from None
    try:
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        yield
    finally:
        _release(path, handle)


def _take(path: Path) -> BinaryIO:
    handle = path.open("a+b")  # a stale lock of a crashed app is simply taken over
    if sys.platform != "win32":
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise
    handle.truncate(0)
    return handle


def _release(path: Path, handle: BinaryIO) -> None:
    # Removed while still held, so nobody can take over a file about to vanish.
    if sys.platform != "win32":
        path.unlink(missing_ok=True)
        handle.close()
    else:
        handle.close()
        path.unlink(missing_ok=True)
