"""What we promise about a club database file, checked the same way on the
live database (`clubcrm verify`) and on every backup before it counts as good.

Each check reads through a plain sqlite3 connection and returns the problems
it found as `StorageError`s, which name the file and read well in either
language; an empty list means the check passed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from clubcrm.db import ledger, migrate, snapshot
from clubcrm.db.audit import walk_audit_chain
from clubcrm.db.ledger_chain import check_chain
from clubcrm.domain.errors import DatabaseDamaged, StorageError
from clubcrm.domain.translatable import N_

Check = Callable[[sqlite3.Connection], list[StorageError]]
# `integrity_check` stops after this many findings; the first one is what we show.
MAX_FINDINGS = 10


def integrity(connection: sqlite3.Connection) -> list[StorageError]:
    """SQLite's own page-by-page check of the file, every index against its table too."""
    return _sqlite_check(connection, "integrity_check")


def quick_integrity(connection: sqlite3.Connection) -> list[StorageError]:
    """SQLite's page-by-page check without matching each index entry to its
    row: on a ledger of 2,000,000 rows and six indexes, seconds instead of
    half a minute."""
    return _sqlite_check(connection, "quick_check")


def _sqlite_check(connection: sqlite3.Connection, pragma: str) -> list[StorageError]:
    try:
        rows = connection.execute(f"PRAGMA {pragma}({MAX_FINDINGS})").fetchall()
        findings = [row[0] for row in rows if row[0] != "ok"]
    except sqlite3.DatabaseError as exc:  # damage bad enough to stop the check itself
        findings = [str(exc)]
    return [DatabaseDamaged(N_("{path} is damaged: SQLite's integrity check reports "
                               "\"{detail}\"."), path=file_of(connection), detail=finding)
            for finding in findings]


def schema_revision(connection: sqlite3.Connection) -> list[StorageError]:
    """The file is a clubcrm database of a version this app knows."""
    path = file_of(connection)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        revision = None
    if revision is None:
        return [StorageError(N_("{path} is a database of another program, not of clubcrm."),
                             path=path)]
    if revision[0] not in migrate.REVISIONS:
        return [StorageError(N_("{path} was written by a newer version of clubcrm; "
                                "please update the app."), path=path)]
    return []


def foreign_keys(connection: sqlite3.Connection) -> list[StorageError]:
    """Every reference points at a row that exists."""
    return _references(connection, connection.execute("PRAGMA foreign_key_check").fetchall())


def references_outside_ledger(connection: sqlite3.Connection) -> list[StorageError]:
    """Every reference outside the ledger points at a row that exists. The
    ledger's seven references per row are most of `foreign_keys`' time, and
    SQLite enforced each of them when the row was written."""
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'ledger' "
        "ORDER BY name")]
    rows = [row for table in tables
            for row in connection.execute(f'PRAGMA foreign_key_check("{table}")')]
    return _references(connection, rows)


def _references(connection: sqlite3.Connection,
                rows: list[tuple[object, ...]]) -> list[StorageError]:
    if not rows:
        return []
    table, row_id = rows[0][0], rows[0][1]
    return [DatabaseDamaged(N_("{path} has {count} records pointing at records that do not "
                               "exist (the first: table {table}, row {row})."),
                            path=file_of(connection), count=len(rows), table=table, row=row_id)]


def audit_chain(connection: sqlite3.Connection) -> list[StorageError]:
    """No audit row was edited or removed: every row's hash fits its content and
    the row before it. (A backup from before staff accounts has no log yet.)"""
    if not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").fetchone():
        return []
    check = walk_audit_chain(lambda sql, params: connection.execute(sql, params).fetchall())
    if check.ok:
        return []
    return [DatabaseDamaged(N_("{path}: the audit log was altered at entry {row}."),
                            path=file_of(connection), row=check.first_broken)]


def _has_ledger(connection: sqlite3.Connection) -> bool:
    """A backup from before the cards issue has no ledger yet."""
    return connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger'").fetchone() \
        is not None


def ledger_balances(connection: sqlite3.Connection) -> list[StorageError]:
    """Every card's balances, sessions and validity, and every member's points,
    equal the sums of their ledger rows."""
    if not _has_ledger(connection):
        return []
    card = connection.execute(ledger.CARD_MISMATCH_SQL).fetchone()
    if card is not None:
        return [DatabaseDamaged(N_("{path}: the balance of card {card} does not match its "
                                   "ledger."), path=file_of(connection), card=card[1])]
    member = connection.execute(ledger.POINTS_MISMATCH_SQL).fetchone()
    if member is not None:
        return [DatabaseDamaged(N_("{path}: the points of member {member} do not match the "
                                   "ledger."), path=file_of(connection), member=member[1])]
    return []


def ledger_chain(connection: sqlite3.Connection) -> list[StorageError]:
    """No ledger row was edited, removed or reordered since it was written."""
    if not _has_ledger(connection):
        return []
    check = check_chain(connection, path=Path(file_of(connection)))
    if check.ok:
        return []
    card = connection.execute("SELECT c.card_no FROM ledger l JOIN cards c ON c.id = l.card_id "
                              "WHERE l.id = ?", (check.first_broken,)).fetchone()
    return [DatabaseDamaged(N_("{path}: the ledger was altered at row {row} (card {card})."),
                            path=file_of(connection), row=check.first_broken,
                            card=card[0] if card else "-")]


def members_readable(connection: sqlite3.Connection) -> list[StorageError]:
    """The member records can be read from the first to the last."""
    connection.execute("SELECT count(*), max(length(name) + length(phone)) FROM members")
    return []


# What makes a backup good, checked inside every new backup and before a restore.
CONTENT_CHECKS: list[Check] = [integrity, schema_revision, members_readable, audit_chain,
                               ledger_balances, ledger_chain]
# `clubcrm verify` on the live database: SQLite's quick check, the ledger
# against the balances and its own chain, and the references outside the
# ledger; seconds on a club with 2,000,000 ledger rows.
DATABASE_CHECKS: list[Check] = [quick_integrity, schema_revision, members_readable,
                                audit_chain, ledger_balances, ledger_chain,
                                references_outside_ledger]
# `clubcrm verify --full`: every index entry and every reference too.
FULL_CHECKS: list[Check] = [*CONTENT_CHECKS, foreign_keys]
# From this size on, checks run side by side, each on its own connection.
PARALLEL_FROM_PAGES = 25_000  # ~100 MB


def verify_contents(connection: sqlite3.Connection,
                    *, checks: Sequence[Check] | None = None) -> list[StorageError]:
    """The checks (`CONTENT_CHECKS` unless told), in order, up to the first that finds
    problems; none means the database can be trusted. This is the one place that
    decides whether a backup is good, and what `clubcrm verify` reports."""
    for check in CONTENT_CHECKS if checks is None else checks:
        problems = check(connection)
        if problems:
            return problems
    return []


def verify_file(path: Path, *, checks: Sequence[Check] | None = None) -> list[StorageError]:
    """`verify_contents` of the database file at `path`, opened without writing
    to it. A big file's checks run side by side (SQLite's own work leaves the
    GIL free), and the problems of the first check in order that has any are
    returned, as `verify_contents` would."""
    if not path.is_file():
        return [StorageError(N_("There is no database at {path}."), path=str(path))]
    chosen = list(CONTENT_CHECKS if checks is None else checks)
    try:
        connection = snapshot.connect_for_checks(path)
    except sqlite3.Error:
        return [unreadable(path)]
    try:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        if pages < PARALLEL_FROM_PAGES:
            return verify_contents(connection, checks=chosen)
    except sqlite3.DatabaseError:
        return [unreadable(path)]
    finally:
        connection.close()
    with ThreadPoolExecutor(len(chosen)) as pool:
        results = list(pool.map(lambda check: _run_alone(path, check), chosen))
    return next((problems for problems in results if problems), [])


def _run_alone(path: Path, check: Check) -> list[StorageError]:
    connection = snapshot.connect_for_checks(path)
    try:
        return check(connection)
    except sqlite3.DatabaseError:
        return [unreadable(path)]
    finally:
        connection.close()


def unreadable(path: Path) -> StorageError:
    """The problem of a file SQLite cannot read as a database at all."""
    return DatabaseDamaged(
        N_("{path} is not a readable clubcrm database (the file may be damaged)."),
        path=str(path),
    )


def file_of(connection: sqlite3.Connection) -> str:
    """The path of the main database file of `connection`, for messages."""
    for _seq, name, file in connection.execute("PRAGMA database_list"):
        if name == "main":
            return str(file)
    return ""
