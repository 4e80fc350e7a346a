"""Ledger rows: appended with their chain hash and applied to the cards and
points they change, read page by page, and checked against the balances.

Appending and applying happen together, in the caller's write transaction
(`BEGIN IMMEDIATE`), so a balance can never be written without its row nor a
row without its balance.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from clubcrm.db.database import driver
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.ledger import (
    GENESIS_HASH,
    HASHED_COLUMNS,
    LedgerEntry,
    LedgerFilter,
    LedgerKind,
    LedgerLine,
    chain_rows,
    stored_time,
)

# Appending runs on every operation at the desk: plain SQL to the driver.
_APPLY_TO_CARD = (
    "UPDATE cards SET principal_fen = principal_fen + ?, bonus_fen = bonus_fen + ?, "
    "sessions = sessions + ?, valid_until = CASE WHEN ? = 0 THEN valid_until "
    "ELSE date(coalesce(valid_until, date(valid_from, '-1 day')), ? || ' days') END "
    "WHERE id = ?"
)
# The new total is computed in VALUES: SQLite checks an upsert's CHECK constraints
# on the row to insert before ON CONFLICT, so inserting the bare (negative) delta
# failed for every points spend.
_APPLY_TO_POINTS = (
    "INSERT INTO points_accounts (member_id, points) VALUES "
    "(?1, coalesce((SELECT points FROM points_accounts WHERE member_id = ?1), 0) + ?2) "
    "ON CONFLICT (member_id) DO UPDATE SET points = excluded.points"
)
_LAST_HASH = "SELECT id, hash FROM ledger ORDER BY id DESC LIMIT 1"
_INSERT = (f"INSERT INTO ledger ({', '.join(HASHED_COLUMNS)}, hash) "
           f"VALUES ({', '.join('?' * (len(HASHED_COLUMNS) + 1))})")


def append_lines(session: Session, *, op_id: int, at: datetime, operator_id: int,
                 lines: Sequence[LedgerLine]) -> list[int]:
    """Append an operation's rows chained to the last row, and apply their
    deltas to the cards and points accounts they name. Returns the row ids."""
    connection = driver(session)
    rows = _chained_rows(connection, op_id=op_id, at=at, operator_id=operator_id, lines=lines)
    connection.executemany(_INSERT, rows)
    for line in lines:
        _apply(connection.execute, line)
    return [row[0] for row in rows]


def _chained_rows(connection: Any, *, op_id: int, at: datetime, operator_id: int,
                  lines: Sequence[LedgerLine]) -> list[tuple[Any, ...]]:
    """The operation's rows numbered after the ledger's last row, each with its
    hash chained to the row before."""
    return chained_rows(last_row(connection), op_id=op_id, at=at, operator_id=operator_id,
                        lines=lines)


def last_row(connection: Any) -> tuple[int, bytes]:
    """The ledger's last row id and hash, which the next row chains to."""
    last = connection.execute(_LAST_HASH).fetchone()
    return (last[0], bytes(last[1])) if last else (0, GENESIS_HASH)


def chained_rows(last: tuple[int, bytes], *, op_id: int, at: datetime, operator_id: int,
                 lines: Sequence[LedgerLine], first_line: int = 0) -> list[tuple[Any, ...]]:
    """`lines` as rows after `last` (see `last_row`; then the last row returned,
    for the operation's next chunk of lines from `first_line`), hashes chained.
    No database needed: a bulk import hashes and inserts a chunk at a time."""
    prev_id, prev_hash = last
    stamp = stored_time(at)  # one time for the whole operation
    values = [_row_values(line, row_id=prev_id + 1 + offset, op_id=op_id,
                          number=first_line + offset, stamp=stamp, operator_id=operator_id)
              for offset, line in enumerate(lines)]
    return chain_rows(prev_hash, values)[0]


def _row_values(line: LedgerLine, *, row_id: int, op_id: int, number: int, stamp: str,
                operator_id: int) -> tuple[Any, ...]:
    """The row's values in `HASHED_COLUMNS` order."""
    return (
        row_id, op_id, number, stamp, line.kind.value, line.card_id, line.member_id,
        line.served_member_id, line.principal_delta, line.bonus_delta, line.sessions_delta,
        line.days_delta, line.points_delta, line.paid_fen,
        line.method.value if line.method else None, line.list_fen, line.discount_fen,
        line.service_id, line.quantity, operator_id, line.reverses_id, line.reason,
    )


def _apply(run: Any, line: LedgerLine) -> None:
    if line.card_id is not None and (line.principal_delta or line.bonus_delta
                                     or line.sessions_delta or line.days_delta):
        run(_APPLY_TO_CARD, (line.principal_delta, line.bonus_delta, line.sessions_delta,
                             line.days_delta, line.days_delta, line.card_id))
    if line.points_delta and line.member_id is not None:
        run(_APPLY_TO_POINTS, (line.member_id, line.points_delta))



_ROWS_PER_INSERT = 40  # rows per INSERT ... VALUES (...), (...): ~2x faster than one each
_ROW_MARKS = f"({', '.join('?' * (len(HASHED_COLUMNS) + 1))})"
# An operation's rows applied in two set-based statements (a bulk import's
# 50,000 rows in one go): the same arithmetic as _APPLY_TO_CARD/_APPLY_TO_POINTS.
_APPLY_OPERATION_TO_CARDS = """
UPDATE cards SET principal_fen = principal_fen + l.p, bonus_fen = bonus_fen + l.b,
    sessions = sessions + l.s,
    valid_until = CASE WHEN l.d = 0 THEN valid_until
        ELSE date(coalesce(valid_until, date(valid_from, '-1 day')), l.d || ' days') END
FROM (SELECT card_id, sum(principal_delta) AS p, sum(bonus_delta) AS b,
             sum(sessions_delta) AS s, sum(days_delta) AS d
      FROM ledger WHERE op_id = ? AND card_id IS NOT NULL GROUP BY card_id) AS l
WHERE cards.id = l.card_id
"""
_APPLY_OPERATION_TO_POINTS = """
INSERT INTO points_accounts (member_id, points)
SELECT l.member_id, coalesce(a.points, 0) + l.p
FROM (SELECT member_id, sum(points_delta) AS p FROM ledger
      WHERE op_id = ? AND points_delta != 0 AND member_id IS NOT NULL GROUP BY member_id) AS l
LEFT JOIN points_accounts a ON a.member_id = l.member_id WHERE true
ON CONFLICT (member_id) DO UPDATE SET points = excluded.points
"""


def append_many(connection: Any, *, op_id: int, at: datetime, operator_id: int,
                lines: Sequence[LedgerLine]) -> list[int]:
    """`append_lines` for tens of thousands of rows of one operation (a legacy
    import, its undo): the same row values and chained hashes, inserted many
    rows per statement, then applied to the cards and points with one
    set-based statement each. Runs on the sqlite3 connection of the caller's
    write transaction; the operation must have no rows yet."""
    rows = _chained_rows(connection, op_id=op_id, at=at, operator_id=operator_id, lines=lines)
    _insert_rows(connection, rows)
    apply_operation(connection, op_id=op_id)
    return [row[0] for row in rows]


def apply_operation(connection: Any, *, op_id: int) -> None:
    """An operation's rows, already inserted, applied to the cards and points
    (a bulk import inserts its rows chunk by chunk, then applies them once)."""
    connection.execute(_APPLY_OPERATION_TO_CARDS, (op_id,))
    connection.execute(_APPLY_OPERATION_TO_POINTS, (op_id,))


def _insert_rows(connection: Any, rows: list[tuple[Any, ...]]) -> None:
    head = f"INSERT INTO ledger ({', '.join(HASHED_COLUMNS)}, hash) VALUES "
    whole = len(rows) - len(rows) % _ROWS_PER_INSERT
    if whole:
        statement = head + ", ".join([_ROW_MARKS] * _ROWS_PER_INSERT)
        connection.executemany(statement, (  # a generator: no second copy of the rows
            tuple(value for row in rows[start:start + _ROWS_PER_INSERT] for value in row)
            for start in range(0, whole, _ROWS_PER_INSERT)))
    if whole < len(rows):
        connection.execute(head + ", ".join([_ROW_MARKS] * (len(rows) - whole)),
                           tuple(value for row in rows[whole:] for value in row))


# --- checks (run by `verify` and inside every backup; the hash chain is in ledger_chain.py) ---

# Cards whose stored figures differ from their ledger: the balances, the
# sessions, and the validity (valid_until = valid_from + days - 1).
# Both sums read the ledger NOT INDEXED: over the bench club's 2,000,000 rows,
# one pass over the table and a sort was several times quicker than following
# an index into rows spread over the whole file.
CARD_MISMATCH_SQL = """
SELECT c.id, c.card_no FROM cards c LEFT JOIN (
    SELECT card_id, sum(principal_delta) AS p, sum(bonus_delta) AS b,
           sum(sessions_delta) AS s, sum(days_delta) AS d
    FROM ledger NOT INDEXED WHERE card_id IS NOT NULL GROUP BY card_id
) l ON l.card_id = c.id
WHERE c.principal_fen != coalesce(l.p, 0) OR c.bonus_fen != coalesce(l.b, 0)
   OR c.sessions != coalesce(l.s, 0)
   OR (c.valid_from IS NULL AND (c.valid_until IS NOT NULL OR coalesce(l.d, 0) != 0))
   OR (c.valid_from IS NOT NULL
       AND c.valid_until IS NOT date(c.valid_from, (coalesce(l.d, 0) - 1) || ' days'))
ORDER BY c.id LIMIT 1
"""
# Members whose points differ from their ledger (with or without a points row).
POINTS_MISMATCH_SQL = """
SELECT m.id, m.member_no FROM members m
LEFT JOIN points_accounts a ON a.member_id = m.id
LEFT JOIN (SELECT member_id, sum(points_delta) AS p FROM ledger NOT INDEXED
           WHERE points_delta != 0 GROUP BY member_id) l ON l.member_id = m.id
WHERE coalesce(a.points, 0) != coalesce(l.p, 0)
ORDER BY m.id LIMIT 1
"""


# --- reading ---
# A member's ledger is their own rows plus their cards' rows. Each source is
# read with its own index in id order and the pages merged, which keeps the
# first page of a member with thousands of rows at a few milliseconds (one
# query with "member_id IN .. OR card_id IN .." sorts every row first).

def _sources(session: Session, member_ids: Sequence[int],
             ledger_filter: LedgerFilter) -> list[tuple[str, int]]:
    if ledger_filter.card_id is not None:
        return [("card_id", ledger_filter.card_id)]
    marks = ", ".join("?" * len(member_ids))
    cards = driver(session).execute(
        f"SELECT id FROM cards WHERE member_id IN ({marks})", tuple(member_ids)).fetchall()
    return [("member_id", member) for member in member_ids] + \
        [("card_id", row[0]) for row in cards]


def _filters(ledger_filter: LedgerFilter) -> tuple[str, list[Any]]:
    sql, params = "", []
    if ledger_filter.kind is not None:
        sql, params = sql + " AND l.kind = ?", [*params, ledger_filter.kind.value]
    if ledger_filter.date_from is not None:
        sql, params = sql + " AND l.at >= ?", [*params, ledger_filter.date_from.isoformat()]
    if ledger_filter.date_to is not None:
        end = ledger_filter.date_to + timedelta(days=1)
        sql, params = sql + " AND l.at < ?", [*params, end.isoformat()]
    return sql, params


def count_entries(session: Session, member_ids: Sequence[int],
                  ledger_filter: LedgerFilter) -> int:
    filters, params = _filters(ledger_filter)
    parts, values = [], []
    for column, value in _sources(session, member_ids, ledger_filter):
        parts.append(f"SELECT l.id FROM ledger l WHERE l.{column} = ?{filters}")
        values += [value, *params]
    return int(driver(session).execute(
        f"SELECT count(*) FROM ({' UNION '.join(parts)})", tuple(values)).fetchone()[0])


def entries_page(session: Session, member_ids: Sequence[int], ledger_filter: LedgerFilter,
                 *, before_id: int | None, limit: int) -> list[LedgerEntry]:
    """A member's rows (their own and their cards'), newest first, continuing
    below `before_id` (keyset paging: the 100th page costs what the first does)."""
    filters, params = _filters(ledger_filter)
    below = before_id if before_id is not None else 2 ** 62
    merged: dict[int, LedgerEntry] = {}
    for column, value in _sources(session, member_ids, ledger_filter):
        for entry in _read(session, f"{_ENTRY_SQL} WHERE l.{column} = ?{filters} AND l.id < ? "
                                    "ORDER BY l.id DESC LIMIT ?",
                           (value, *params, below, limit)):
            merged[entry.id] = entry
    return sorted(merged.values(), key=lambda entry: -entry.id)[:limit]


_ENTRY_SQL = """
SELECT l.id, l.op_id, l.at, l.kind, l.card_id, coalesce(c.card_no, ''), l.member_id,
       l.principal_delta,
       l.bonus_delta, l.sessions_delta, l.days_delta, l.points_delta, l.paid_fen, l.method,
       l.list_fen, l.discount_fen, coalesce(s.name, ''), l.quantity, st.display_name, l.reason,
       l.reverses_id, (SELECT r.id FROM ledger r WHERE r.reverses_id = l.id)
FROM ledger l JOIN staff st ON st.id = l.operator_id
LEFT JOIN cards c ON c.id = l.card_id LEFT JOIN service_items s ON s.id = l.service_id
"""


def operation_entries(session: Session, op_id: int) -> list[LedgerEntry]:
    """The rows of one operation, in order (read on every operation: plain SQL)."""
    return _read(session, _ENTRY_SQL + "WHERE l.op_id = ? ORDER BY l.line", (op_id,))


def _read(session: Session, sql: str, params: tuple[Any, ...]) -> list[LedgerEntry]:
    rows = driver(session).execute(sql, params).fetchall()
    return [LedgerEntry(
        id=row[0], op_id=row[1], at=datetime.fromisoformat(row[2]), kind=LedgerKind(row[3]),
        card_id=row[4], card_no=row[5], member_id=row[6], principal_delta=row[7],
        bonus_delta=row[8], sessions_delta=row[9], days_delta=row[10], points_delta=row[11],
        paid_fen=row[12], method=PaymentMethod(row[13]) if row[13] else None,
        list_fen=row[14], discount_fen=row[15], service_name=row[16], quantity=row[17],
        operator_name=row[18], reason=row[19], reverses_id=row[20],
        reversed_by_id=row[21]) for row in rows]
