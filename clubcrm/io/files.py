"""Writing a file the user asked for, never leaving half of one.

An export is written beside its destination and moved into place once
complete: a full disk, a missing folder or a library's error leaves the
previous file (or none), and the user reads which file could not be written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from clubcrm.domain.errors import ClubError
from clubcrm.domain.translatable import N_


@contextlib.contextmanager
def writing(path: Path, *, failures: tuple[type[Exception], ...] = ()) -> Iterator[Path]:
    """A temporary path to write, which becomes `path` when the block ends.

    An `OSError`, or one of `failures` (a writing library's own errors),
    removes the temporary file and is raised as a `ClubError` naming `path`.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    caught: tuple[type[Exception], ...] = (OSError, *failures)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        tmp.replace(path)
    except caught as exc:
        with contextlib.suppress(OSError):  # e.g. the "folder" is a file: nothing was written
            tmp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ClubError(N_("Cannot write {path}: {reason}"), path=str(path),
                        reason=reason) from None
