"""Ledger rows: appended with their chain hash and applied to the cards and
points they change, read page by page, and checked against the balances.

Appending and applying happen together, in the caller's write transaction
(`BEGIN IMMEDIATE`), so a balance can never be written without its row nor a
row without its balance.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from clubcrm.db.models import CardRow, LedgerRow, ServiceItemRow, StaffRow
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.hash_chain import ChainCheck
from clubcrm.domain.ledger import (
    GENESIS_HASH,
    HASHED_COLUMNS,
    LedgerEntry,
    LedgerFilter,
    LedgerKind,
    LedgerLine,
    row_hash,
    stored_time,
)

VERIFY_BATCH = 20_000

# Appending runs on every operation at the desk: plain SQL to the driver.
_APPLY_TO_CARD = (
    "UPDATE cards SET principal_fen = principal_fen + ?, bonus_fen = bonus_fen + ?, "
    "sessions = sessions + ?, valid_until = CASE WHEN ? = 0 THEN valid_until "
    "ELSE date(coalesce(valid_until, date(valid_from, '-1 day')), ? || ' days') END "
    "WHERE id = ?"
)
_APPLY_TO_POINTS = (
    "INSERT INTO points_accounts (member_id, points) VALUES (?, ?) "
    "ON CONFLICT (member_id) DO UPDATE SET points = points + excluded.points"
)
_LAST_HASH = "SELECT id, hash FROM ledger ORDER BY id DESC LIMIT 1"
_INSERT = (f"INSERT INTO ledger ({', '.join(HASHED_COLUMNS)}, hash) "
           f"VALUES ({', '.join('?' * (len(HASHED_COLUMNS) + 1))})")


def append_lines(session: Session, *, op_id: int, at: datetime, operator_id: int,
                 lines: Sequence[LedgerLine]) -> list[int]:
    """Append an operation's rows chained to the last row, and apply their
    deltas to the cards and points accounts they name. Returns the row ids."""
    run = session.connection().exec_driver_sql
    last = run(_LAST_HASH).first()
    prev_id, prev_hash = (last[0], bytes(last[1])) if last else (0, GENESIS_HASH)
    rows: list[tuple[Any, ...]] = []
    for number, line in enumerate(lines):
        row = _row_values(line, row_id=prev_id + 1 + number, op_id=op_id, number=number,
                          at=at, operator_id=operator_id)
        prev_hash = row_hash(prev_hash, row)
        rows.append((*row, prev_hash))
    session.connection().exec_driver_sql(_INSERT, rows)
    for line in lines:
        _apply(run, line)
    return [row[0] for row in rows]


def _row_values(line: LedgerLine, *, row_id: int, op_id: int, number: int, at: datetime,
                operator_id: int) -> tuple[Any, ...]:
    """The row's values in `HASHED_COLUMNS` order."""
    return (
        row_id, op_id, number, stored_time(at), line.kind.value, line.card_id, line.member_id,
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


# --- checks (run by `verify` and inside every backup, on a plain sqlite3 connection) ---

Fetch = Callable[[str, tuple[Any, ...]], Sequence[Sequence[Any]]]
_CHAIN_SQL = (f"SELECT {', '.join(HASHED_COLUMNS)}, hash FROM ledger "
              "WHERE id > ? ORDER BY id LIMIT ?")


def walk_ledger_chain(fetch: Fetch) -> ChainCheck:
    """Walk the whole ledger oldest first; the first row whose hash does not
    fit its content and the row before it is named. Hashes the stored text,
    so nothing is parsed on the way (2,000,000 rows must check in seconds)."""
    expected_prev, rows, after = GENESIS_HASH, 0, 0
    while batch := fetch(_CHAIN_SQL, (after, VERIFY_BATCH)):
        for row in batch:
            digest = row_hash(expected_prev, row[:-1])
            if digest != row[-1]:
                return ChainCheck(rows=rows, first_broken=row[0])
            expected_prev, rows = digest, rows + 1
        after = batch[-1][0]
    return ChainCheck(rows=rows)


# Cards whose stored figures differ from their ledger: the balances, the
# sessions, and the validity (valid_until = valid_from + days - 1).
CARD_MISMATCH_SQL = """
SELECT c.id, c.card_no FROM cards c LEFT JOIN (
    SELECT card_id, sum(principal_delta) AS p, sum(bonus_delta) AS b,
           sum(sessions_delta) AS s, sum(days_delta) AS d
    FROM ledger WHERE card_id IS NOT NULL GROUP BY card_id
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
LEFT JOIN (SELECT member_id, sum(points_delta) AS p FROM ledger
           WHERE points_delta != 0 GROUP BY member_id) l ON l.member_id = m.id
WHERE coalesce(a.points, 0) != coalesce(l.p, 0)
ORDER BY m.id LIMIT 1
"""


# --- reading ---

def _conditions(member_ids: Iterable[int], ledger_filter: LedgerFilter
                ) -> list[ColumnElement[bool]]:
    ids = list(member_ids)
    card_ids = select(CardRow.id).where(CardRow.member_id.in_(ids))
    conditions: list[ColumnElement[bool]] = [
        or_(LedgerRow.member_id.in_(ids), LedgerRow.card_id.in_(card_ids))]
    if ledger_filter.card_id is not None:
        conditions.append(LedgerRow.card_id == ledger_filter.card_id)
    if ledger_filter.kind is not None:
        conditions.append(LedgerRow.kind == ledger_filter.kind.value)
    if ledger_filter.date_from is not None:
        conditions.append(LedgerRow.at >= datetime.combine(ledger_filter.date_from, time()))
    if ledger_filter.date_to is not None:
        end = datetime.combine(ledger_filter.date_to + timedelta(days=1), time())
        conditions.append(LedgerRow.at < end)
    return conditions


def count_entries(session: Session, member_ids: Iterable[int],
                  ledger_filter: LedgerFilter) -> int:
    query = select(func.count()).select_from(LedgerRow).where(
        *_conditions(member_ids, ledger_filter))
    return int(session.execute(query).scalar_one())


def entries_page(session: Session, member_ids: Iterable[int], ledger_filter: LedgerFilter,
                 *, before_id: int | None, limit: int) -> list[LedgerEntry]:
    """A member's rows (their own and their cards'), newest first, continuing
    below `before_id` (keyset paging: the 100th page costs what the first does)."""
    conditions = _conditions(member_ids, ledger_filter)
    if before_id is not None:
        conditions.append(LedgerRow.id < before_id)
    return _entries(session, conditions, limit=limit)


_OPERATION_ENTRIES_SQL = """
SELECT l.id, l.at, l.kind, l.card_id, coalesce(c.card_no, ''), l.member_id, l.principal_delta,
       l.bonus_delta, l.sessions_delta, l.days_delta, l.points_delta, l.paid_fen, l.method,
       l.list_fen, l.discount_fen, coalesce(s.name, ''), l.quantity, st.display_name, l.reason,
       l.reverses_id, (SELECT r.id FROM ledger r WHERE r.reverses_id = l.id)
FROM ledger l JOIN staff st ON st.id = l.operator_id
LEFT JOIN cards c ON c.id = l.card_id LEFT JOIN service_items s ON s.id = l.service_id
WHERE l.op_id = ? ORDER BY l.line
"""


def operation_entries(session: Session, op_id: int) -> list[LedgerEntry]:
    """The rows of one operation, in order (read on every operation: plain SQL)."""
    rows = session.connection().exec_driver_sql(_OPERATION_ENTRIES_SQL, (op_id,)).all()
    return [LedgerEntry(
        id=row[0], at=datetime.fromisoformat(row[1]), kind=LedgerKind(row[2]), card_id=row[3],
        card_no=row[4], member_id=row[5], principal_delta=row[6], bonus_delta=row[7],
        sessions_delta=row[8], days_delta=row[9], points_delta=row[10], paid_fen=row[11],
        method=PaymentMethod(row[12]) if row[12] else None, list_fen=row[13],
        discount_fen=row[14], service_name=row[15], quantity=row[16], operator_name=row[17],
        reason=row[18], reverses_id=row[19], reversed_by_id=row[20]) for row in rows]


def _entries(session: Session, conditions: list[ColumnElement[bool]], *,
             limit: int) -> list[LedgerEntry]:
    reversal = aliased(LedgerRow)
    query = (
        select(LedgerRow, CardRow.card_no, ServiceItemRow.name, StaffRow.display_name,
               reversal.id)
        .outerjoin(CardRow, CardRow.id == LedgerRow.card_id)
        .outerjoin(ServiceItemRow, ServiceItemRow.id == LedgerRow.service_id)
        .join(StaffRow, StaffRow.id == LedgerRow.operator_id)
        .outerjoin(reversal, reversal.reverses_id == LedgerRow.id)
        .where(*conditions)
        .order_by(LedgerRow.id.desc())
        .limit(limit)
    )
    return [_entry(*row) for row in session.execute(query).all()]


def _entry(row: LedgerRow, card_no: str | None, service: str | None, operator: str,
           reversed_by: int | None) -> LedgerEntry:
    return LedgerEntry(
        id=row.id, at=row.at, kind=LedgerKind(row.kind), card_id=row.card_id,
        card_no=card_no or "", member_id=row.member_id,
        principal_delta=row.principal_delta, bonus_delta=row.bonus_delta,
        sessions_delta=row.sessions_delta, days_delta=row.days_delta,
        points_delta=row.points_delta, paid_fen=row.paid_fen,
        method=PaymentMethod(row.method) if row.method else None,
        list_fen=row.list_fen, discount_fen=row.discount_fen, service_name=service or "",
        quantity=row.quantity, operator_name=operator, reason=row.reason,
        reverses_id=row.reverses_id, reversed_by_id=reversed_by,
    )
