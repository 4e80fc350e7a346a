"""Loading many rows in one transaction: the secondary indexes of the tables a
load outgrows are dropped for the load and built after it.

Building an index over rows already in the table sorts them once; inserting
into it keeps every index's pages in order row by row (PERFORMANCE.md: 18.8 s
against 5.8 s for 2.1M rows). Worth it only when the load is at least as big
as what the table holds, or the rebuild re-sorts the club's old rows too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager


def outgrown(connection: sqlite3.Connection, loads: Mapping[str, int]) -> list[str]:
    """The tables of `loads` (table -> rows about to be inserted) that the load
    will at least double. The size is the largest rowid: a count(*) would read
    a big ledger just to decide."""
    return [table for table, rows in loads.items()
            if rows and rows >= _largest_rowid(connection, table)]


def _largest_rowid(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(
        f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0])


@contextmanager
def indexes_after_load(connection: sqlite3.Connection, tables: Sequence[str], *,
                       keep: Collection[str] = ()) -> Iterator[None]:
    """Drop the secondary indexes of `tables` (but those named in `keep`: keys
    that arrive in order cost little to maintain) for the load and build them
    after it, from their own stored SQL, so the schema stays exactly the
    migrations'. On an error nothing is rebuilt: the caller's rollback restores them."""
    marks = ", ".join("?" * len(tables))
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        f"AND tbl_name IN ({marks}) AND sql IS NOT NULL ORDER BY name",
        tuple(tables)).fetchall() if tables else []
    indexes = [(name, sql) for name, sql in indexes if name not in keep]
    for name, _sql in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.execute(sql)
