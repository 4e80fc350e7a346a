"""Opening the club's SQLite file safely, and handing out sessions.

Every connection gets the pragmas money needs (WAL, foreign keys, FULL sync,
a busy timeout). Write sessions start with `BEGIN IMMEDIATE`, so two writers
queue for the lock up front instead of one failing half-way with "database
is locked" when it tries to upgrade a read lock.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from clubcrm.db import migrate
from clubcrm.db.checkpoints import WalCheckpointer
from clubcrm.db.pragmas import BUSY_TIMEOUT_MS, PRAGMAS
from clubcrm.domain.errors import DatabaseDamaged, StorageError
from clubcrm.domain.translatable import N_

log = logging.getLogger("clubcrm.db")

SQLITE_HEADER = b"SQLite format 3\x00"
WRITE_LOCK_POLL_S = 0.001


class Database:
    """One club's database file: its engine and its read and write sessions."""

    def __init__(self, path: Path, engine: Engine, *, created: bool) -> None:
        self.path = path
        self.engine = engine
        self.created = created
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(begin_immediate=True), expire_on_commit=False
        )
        self._checkpointer = WalCheckpointer(path)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for one read-only user action."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Session]:
        """A session for one change: committed durably on success, rolled back on error.

        `bulk`: a load of many thousands of rows. Its commit does not copy the
        write-ahead log into the file (SQLite does that inside any commit that
        leaves the log past 1,000 pages: a 50,000-member import writes 12,000);
        the checkpointer thread copies it right after, off the caller's path."""
        self._checkpointer.ensure_started()
        with self._write() as session, session.begin():
            if bulk:
                _no_checkpoint_in_commit(session)
            yield session

    def purge_old_content(self) -> bool:
        """Rewrite the file without free pages or old row versions, and empty the
        WAL, so removed personal data is gone from disk (a privacy request).
        False when a reader kept the WAL from being emptied."""
        with self.engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            # Straight to the driver: VACUUM cannot run inside the transaction
            # SQLAlchemy would begin.
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            driver.execute("VACUUM")
            busy = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            log.warning("the WAL of %s could not be emptied: a reader holds it", self.path)
        return not busy

    def close(self) -> None:
        self._checkpointer.stop()
        self.engine.dispose()


def driver(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under `session`, inside the session's transaction.

    The desk's money operations run some thirty statements each; through
    SQLAlchemy's result handling every one costs tens of µs more than straight to
    the driver, which together was most of an operation's time. The connection
    is kept for the session's transaction (a later transaction of the same
    session may have another connection).
    """
    transaction = session.get_transaction()
    cached = session.info.get(_DRIVER)
    if transaction is not None and cached is not None and cached[0] is transaction:
        return cached[1]  # asked ~20 times per operation: session.connection() costs ~40 µs
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    session.info[_DRIVER] = (session.get_transaction(), connection)
    return connection


_DRIVER = "clubcrm.driver"  # session.info: (the transaction, its sqlite3 connection)


def _no_checkpoint_in_commit(session: Session) -> None:
    """SQLite's automatic checkpoint off for the session's transaction, and back
    to the connection's own limit as soon as it ends (committed or not), while
    the connection is still the session's."""
    connection = driver(session)
    limit = int(connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    connection.execute("PRAGMA wal_autocheckpoint=0")

    def restore(_session: Session) -> None:
        connection.execute(f"PRAGMA wal_autocheckpoint={limit}")

    for end in ("after_commit", "after_rollback"):
        event.listen(session, end, restore, once=True)


def open_database(path: Path) -> Database:
    """Open (or create) the club database at `path` and bring its schema up to date.

    Refuses, with a message the user can act on, a file that is not a
    database or one written by a newer version of clubcrm; changes nothing then.
    """
    path = Path(path)
    created = not path.exists() or path.stat().st_size == 0
    if not created:
        _check_header(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            migrate.bring_up_to_date(connection, path=path)
    except SADatabaseError as exc:
        engine.dispose()
        log.warning("cannot open %s: %s", path, exc)
        raise DatabaseDamaged(
            N_("{path} is not a readable clubcrm database (the file may be damaged)."),
            path=str(path),
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, created=created)


def make_engine(path: Path) -> Engine:
    """An engine on `path` with our pragmas and explicit transaction control."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Hand transaction control to SQLAlchemy's "begin" event (the pysqlite
    # driver otherwise starts transactions late and never for DDL).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _on_begin(connection: Any) -> None:
    if connection.get_execution_options().get("begin_immediate", False):
        begin_immediate(connection.connection.driver_connection)
    else:
        connection.exec_driver_sql("BEGIN")


def begin_immediate(connection: sqlite3.Connection) -> None:
    """`BEGIN IMMEDIATE`, asked again every millisecond while another writer
    holds the lock, for up to the busy timeout. SQLite's own busy handler
    sleeps longer and longer (up to 100 ms at a time), so when two desks write
    at once one of them could wait 200 ms for a lock that was free after 3."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    connection.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(WRITE_LOCK_POLL_S)
    finally:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(
            N_("Cannot read {path}: {reason}"), path=str(path), reason=exc.strerror or str(exc)
        ) from None
    if header != SQLITE_HEADER:
        raise StorageError(
            N_("{path} is not a clubcrm database (it is not an SQLite file)."), path=str(path)
        )


def read_pragma(session: Session, name: str) -> Any:
    """The value of one pragma on the session's connection (used by tests and `verify`)."""
    return session.execute(text(f"PRAGMA {name}")).scalar()
