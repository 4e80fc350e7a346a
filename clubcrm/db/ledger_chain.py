"""Checking the ledger's hash chain (run by `verify` and inside every backup).

Each row is checked against the stored hash of the row before it, so any
stretch of the ledger can be checked on its own, and a big ledger is split
over one worker process per core. The first row that does not fit is the one
a walk from the first row would stop at: up to it, every stored hash equals
the hash such a walk computes.

Kept free of SQLAlchemy: each worker process imports this module.
"""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from clubcrm.db.snapshot import connect_for_checks
from clubcrm.domain.hash_chain import ChainCheck
from clubcrm.domain.ledger import GENESIS_HASH, HASHED_COLUMNS, VALUE_SEPARATOR, text_hash

PARALLEL_FROM_ROWS = 200_000  # below this, one pass takes well under a second
_ROW_TEXT = (f"printf('{VALUE_SEPARATOR.join(['%s'] * len(HASHED_COLUMNS))}', "
             f"{', '.join(HASHED_COLUMNS)})")  # NULL prints as '', as in `row_hash`
_RANGE_SQL = (f"SELECT id, CAST({_ROW_TEXT} AS BLOB), hash FROM ledger "
              "WHERE id BETWEEN ? AND ? ORDER BY id")
_HASH_BEFORE = "SELECT hash FROM ledger WHERE id < ? ORDER BY id DESC LIMIT 1"


def check_chain(connection: sqlite3.Connection, *, path: Path | None = None) -> ChainCheck:
    """The whole ledger's hash chain. Given the file's `path`, a big ledger is
    checked by worker processes in parallel (hashing is Python work, which
    threads would not spread over the cores)."""
    first, last, count = connection.execute(
        "SELECT min(id), max(id), count(*) FROM ledger").fetchone()
    workers = os.cpu_count() or 1
    if not count:
        return ChainCheck(rows=0)
    if path is None or count < PARALLEL_FROM_ROWS or workers == 1:
        return check_chain_range(connection, first, last)
    step = (last - first) // workers + 1
    starts = [first + step * n for n in range(workers)]
    ends = [min(start + step - 1, last) for start in starts]
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        parts = list(pool.map(_check_file_range, [path] * workers, starts, ends))
    rows = 0
    for part in parts:
        rows += part.rows
        if not part.ok:
            return ChainCheck(rows=rows, first_broken=part.first_broken)
    return ChainCheck(rows=rows)


def check_chain_range(connection: sqlite3.Connection, first_id: int,
                      last_id: int) -> ChainCheck:
    """Rows `first_id`..`last_id`, each against the stored hash of the row before it."""
    before = connection.execute(_HASH_BEFORE, (first_id,)).fetchone()
    prev, rows = (bytes(before[0]) if before else GENESIS_HASH), 0
    for row_id, text, stored in connection.execute(_RANGE_SQL, (first_id, last_id)):
        if text_hash(prev, text) != stored:
            return ChainCheck(rows=rows, first_broken=row_id)
        prev, rows = stored, rows + 1
    return ChainCheck(rows=rows)


def _check_file_range(path: Path, first_id: int, last_id: int) -> ChainCheck:
    connection = connect_for_checks(path)
    try:
        return check_chain_range(connection, first_id, last_id)
    finally:
        connection.close()
