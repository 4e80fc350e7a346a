"""Several read-only connections that all see the very same state of the database.

A report's sections are read by two threads at once, each on a connection of
its own (SQLite works on both cores; one connection serialises its users), yet
every figure must come from one state of the data: the cash section and the
liability section must not disagree by a check-in that landed between them.

In WAL mode a reader's snapshot is fixed by its first read. The snapshots are
taken while one more connection holds the write lock, so no writer can commit
between them; the lock is let go right after, a millisecond or so, during which a
desk's write waits (it retries every millisecond, `begin_immediate`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from pathlib import Path

from clubcrm.db.database import begin_immediate
from clubcrm.db.pragmas import BUSY_TIMEOUT_MS


@contextmanager
def aligned_readers(path: Path, count: int) -> Iterator[list[sqlite3.Connection]]:
    """`count` read-only connections, each inside a read transaction on the same
    snapshot; usable from any one thread at a time; closed on the way out."""
    with ExitStack() as stack:
        readers = [stack.enter_context(closing(_reader(path))) for _ in range(count)]
        lock = stack.enter_context(closing(sqlite3.connect(
            f"{Path(path).resolve().as_uri()}?mode=rw", uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)))
        begin_immediate(lock)
        try:
            for reader in readers:
                reader.execute("BEGIN")
                reader.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        finally:
            lock.execute("ROLLBACK")
        yield readers


def _reader(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
