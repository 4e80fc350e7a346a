"""The machinery every demo step shares: one bulk transaction, a writer
thread for batches, weighted draws, settings read inside the transaction, and
the club's opening hours.

Steps write with raw `executemany` on the DBAPI connection: PERFORMANCE.md
measured ORM `add_all` 54 times slower than that.
"""

from __future__ import annotations

import json
import queue
import random
import sqlite3
import sys
import threading
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import accumulate, chain
from typing import Any, Self, TypeVar

from clubcrm.db.database import Database
from clubcrm.services.settings import Setting

T = TypeVar("T")
Rows = list[tuple[Any, ...]]
Progress = Callable[[int, int], None]  # (done, total)

ROWS_PER_STATEMENT = 200


@dataclass(frozen=True)
class Insert:
    """An INSERT that the writer runs for `ROWS_PER_STATEMENT` rows at a time
    (`INSERT ... VALUES (...), (...), ...`). One row per statement costs more
    than twice as much: every execution re-evaluates the CHECKs' IN lists, and
    sqlite3 hands the GIL back and forth for every row. (200 rows of the
    ledger's 23 columns stay far below SQLite's 32,766 parameters.)"""

    head: str  # "INSERT INTO t (a, b)"
    row: str  # "(?, ?)"

    def statement(self, rows: int) -> str:
        return f"{self.head} VALUES {', '.join([self.row] * rows)}"

    def run(self, connection: sqlite3.Connection, rows: Rows) -> None:
        whole = len(rows) - len(rows) % ROWS_PER_STATEMENT
        connection.executemany(self.statement(ROWS_PER_STATEMENT), [
            tuple(chain.from_iterable(rows[start:start + ROWS_PER_STATEMENT]))
            for start in range(0, whole, ROWS_PER_STATEMENT)])
        if whole < len(rows):
            connection.execute(self.statement(len(rows) - whole),
                               tuple(chain.from_iterable(rows[whole:])))


# What the writer inserts in one go, in order (parents before the rows that
# reference them: foreign keys stay on).
Batch = list[tuple[Insert, Rows]]

BULK_CACHE_KIB = 256 * 1024  # page cache while loading: index inserts stay in memory
WRITER_SWITCH_INTERVAL_S = 0.0005  # see BatchWriter.__enter__
OPENS_AT = 9  # the club is open 09:00-22:00: sign-ups, sales and visits happen then
OPEN_SECONDS = 13 * 3600


@contextmanager
def bulk_transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """The engine's own connection (so it has the club's pragmas) in one
    `BEGIN IMMEDIATE` transaction, with a large page cache for the load.

    Foreign keys are not enforced during the load: every reference the demo
    writes is an id it has just inserted or read, the tests run the app's
    reference check on the result, and the lookups cost a quarter of the
    writer's time on the bench club (2,000,000 ledger rows). The pragma can
    only change outside a transaction, so it is set around it."""
    pooled = db.engine.raw_connection()
    connection: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
    cache_size = connection.execute("PRAGMA cache_size").fetchone()[0]
    foreign_keys = connection.execute("PRAGMA foreign_keys").fetchone()[0]
    connection.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    connection.execute("PRAGMA foreign_keys=OFF")
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    finally:
        connection.execute(f"PRAGMA cache_size={int(cache_size)}")
        connection.execute(f"PRAGMA foreign_keys={int(foreign_keys)}")
        pooled.close()


class BatchWriter:
    """Inserts batches on a second thread. sqlite3 releases the GIL while
    SQLite writes, so on two cores the inserts overlap drawing the next batch
    (pypinyin, the draws and the ledger's hashes are as slow as the inserts)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._queue: queue.Queue[Batch | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)
        self._switch_interval = sys.getswitchinterval()

    def __enter__(self) -> Self:
        # The writer needs the GIL back after every statement; at Python's default
        # 5 ms switch interval it waits most of its time and the generator blocks on it.
        sys.setswitchinterval(WRITER_SWITCH_INTERVAL_S)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        # Always wait for the thread: the caller rolls back on this connection next.
        self._queue.put(None)
        self._thread.join()
        sys.setswitchinterval(self._switch_interval)
        if self._error is not None and exc_info[0] is None:
            raise self._error

    def put(self, batch: Batch) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(batch)

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue
            try:
                for insert, rows in batch:
                    insert.run(self._connection, rows)
            except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
                self._error = exc


@dataclass
class Weighted:
    """Weighted draws with the cumulative weights computed once."""

    items: Sequence[Any]
    cumulative: list[float]

    @classmethod
    def of(cls, pairs: Sequence[tuple[Any, float]]) -> Weighted:
        return cls([p[0] for p in pairs], list(accumulate(p[1] for p in pairs)))

    def draw(self, rng: random.Random) -> Any:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def stored_at(day: date, open_second: int) -> str:
    """`open_second` seconds after opening on `day`, as SQLAlchemy stores a
    DateTime in SQLite (and as the ledger's hash covers it)."""
    return f"{day.isoformat()} {time_of_day(open_second)}"


def time_of_day(open_second: int) -> str:
    minutes, second = divmod(open_second, 60)
    hour, minute = divmod(minutes, 60)
    return f"{OPENS_AT + hour:02d}:{minute:02d}:{second:02d}.000000"


def write_setting(connection: sqlite3.Connection, setting: Setting[T], value: T) -> None:
    """The same JSON `clubcrm.services.settings.write_setting` stores."""
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (setting.key, json.dumps(value, ensure_ascii=False)),
    )
