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

from sqlalchemy import ColumnElement, func, insert, or_, select, text
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

_APPLY_TO_CARD = text(
    "UPDATE cards SET principal_fen = principal_fen + :principal, "
    "bonus_fen = bonus_fen + :bonus, sessions = sessions + :sessions, "
    "valid_until = CASE WHEN :days = 0 THEN valid_until "
    "ELSE date(coalesce(valid_until, date(valid_from, '-1 day')), :days || ' days') END "
    "WHERE id = :card"
)
_APPLY_TO_POINTS = text(
    "INSERT INTO points_accounts (member_id, points) VALUES (:member, :points) "
    "ON CONFLICT (member_id) DO UPDATE SET points = points + excluded.points"
)
_LAST_HASH = text("SELECT id, hash FROM ledger ORDER BY id DESC LIMIT 1")


def append_lines(session: Session, *, op_id: int, at: datetime, operator_id: int,
                 lines: Sequence[LedgerLine]) -> list[int]:
    """Append an operation's rows chained to the last row, and apply their
    deltas to the cards and points accounts they name. Returns the row ids."""
    last = session.execute(_LAST_HASH).first()
    prev_id, prev_hash = (last[0], bytes(last[1])) if last else (0, GENESIS_HASH)
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(lines):
        row = _row_values(line, row_id=prev_id + 1 + number, op_id=op_id, number=number,
                          at=at, operator_id=operator_id)
        prev_hash = row_hash(prev_hash, tuple(row[column] for column in HASHED_COLUMNS))
        rows.append({**row, "at": at, "hash": prev_hash})
    session.execute(insert(LedgerRow), rows)
    for line in lines:
        _apply(session, line)
    return [row["id"] for row in rows]


def _row_values(line: LedgerLine, *, row_id: int, op_id: int, number: int, at: datetime,
                operator_id: int) -> dict[str, Any]:
    return {
        "id": row_id, "op_id": op_id, "line": number, "at": stored_time(at),
        "kind": line.kind.value, "card_id": line.card_id, "member_id": line.member_id,
        "served_member_id": line.served_member_id,
        "principal_delta": line.principal_delta, "bonus_delta": line.bonus_delta,
        "sessions_delta": line.sessions_delta, "days_delta": line.days_delta,
        "points_delta": line.points_delta, "paid_fen": line.paid_fen,
        "method": line.method.value if line.method else None,
        "list_fen": line.list_fen, "discount_fen": line.discount_fen,
        "service_id": line.service_id, "quantity": line.quantity,
        "operator_id": operator_id, "reverses_id": line.reverses_id, "reason": line.reason,
    }


def _apply(session: Session, line: LedgerLine) -> None:
    if line.card_id is not None and (line.principal_delta or line.bonus_delta
                                     or line.sessions_delta or line.days_delta):
        session.execute(_APPLY_TO_CARD, {
            "principal": line.principal_delta, "bonus": line.bonus_delta,
            "sessions": line.sessions_delta, "days": line.days_delta, "card": line.card_id})
    if line.points_delta and line.member_id is not None:
        session.execute(_APPLY_TO_POINTS, {"member": line.member_id,
                                           "points": line.points_delta})


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


def entries_by_ids(session: Session, ids: Sequence[int]) -> list[LedgerEntry]:
    return _entries(session, [LedgerRow.id.in_(ids)], limit=len(ids), oldest_first=True)


def _entries(session: Session, conditions: list[ColumnElement[bool]], *, limit: int,
             oldest_first: bool = False) -> list[LedgerEntry]:
    reversal = aliased(LedgerRow)
    query = (
        select(LedgerRow, CardRow.card_no, ServiceItemRow.name, StaffRow.display_name,
               reversal.id)
        .outerjoin(CardRow, CardRow.id == LedgerRow.card_id)
        .outerjoin(ServiceItemRow, ServiceItemRow.id == LedgerRow.service_id)
        .join(StaffRow, StaffRow.id == LedgerRow.operator_id)
        .outerjoin(reversal, reversal.reverses_id == LedgerRow.id)
        .where(*conditions)
        .order_by(LedgerRow.id if oldest_first else LedgerRow.id.desc())
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
