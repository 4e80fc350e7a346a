"""Audit log rows: appended with their chain hash, read page by page, verified."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import Session

from clubcrm.db.models import AuditRow, StaffRow
from clubcrm.domain.audit import AuditEntry, AuditFilter
from clubcrm.domain.hash_chain import GENESIS, ChainCheck, chain_hash
from clubcrm.domain.ids import StaffId

VERIFY_BATCH = 2_000


def _content(
    row_id: int, at: datetime, operator_id: int | None, action: str, subject: str, details: str
) -> list[Any]:
    """What a row's hash covers: every column but the hashes themselves."""
    return [row_id, at.isoformat(), operator_id, action, subject, details]


def append_audit(
    session: Session,
    *,
    at: datetime,
    operator_id: int | None,
    action: str,
    subject: str,
    details: dict[str, Any],
) -> int:
    """Append one row chained to the last one; returns its id.

    Must run in a write transaction: those begin IMMEDIATE, so no other
    writer can append between reading the last hash and inserting.
    """
    last = session.execute(
        select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
    ).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    row_id = prev_id + 1
    details_json = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    digest = chain_hash(prev_hash, _content(row_id, at, operator_id, action, subject,
                                            details_json))
    session.execute(insert(AuditRow).values(
        id=row_id, at=at, operator_id=operator_id, action=action, subject=subject,
        details=details_json, prev_hash=prev_hash, hash=digest,
    ))
    return row_id


_CHAIN_SQL = (
    "SELECT id, at, operator_id, action, subject, details, prev_hash, hash "
    "FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"
)
Fetch = Callable[[str, tuple[int, int]], Sequence[Sequence[Any]]]


def verify_audit_chain(session: Session) -> ChainCheck:
    """Walk the whole log oldest first; the first row whose hashes do not fit is named."""
    return walk_audit_chain(lambda sql, params: session.connection().exec_driver_sql(
        sql, params).all())


def walk_audit_chain(fetch: Fetch) -> ChainCheck:
    """The chain walk over any DB-API style `fetch(sql, params)`: the live app's
    session, or the plain sqlite3 connection that checks a backup file."""
    expected_prev, rows, after = GENESIS, 0, 0
    while batch := fetch(_CHAIN_SQL, (after, VERIFY_BATCH)):
        for row in batch:
            at = row[1] if isinstance(row[1], datetime) else datetime.fromisoformat(row[1])
            content = _content(row[0], at, row[2], row[3], row[4], row[5])
            if row[6] != expected_prev or chain_hash(row[6], content) != row[7]:
                return ChainCheck(rows=rows, first_broken=row[0])
            expected_prev, rows = row[7], rows + 1
        after = batch[-1][0]
    return ChainCheck(rows=rows)


def _conditions(audit_filter: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if audit_filter.action is not None:
        conditions.append(AuditRow.action == audit_filter.action.value)
    if audit_filter.operator_id is not None:
        conditions.append(AuditRow.operator_id == audit_filter.operator_id)
    if audit_filter.date_from is not None:
        conditions.append(AuditRow.at >= datetime.combine(audit_filter.date_from, time()))
    if audit_filter.date_to is not None:
        end = datetime.combine(audit_filter.date_to + timedelta(days=1), time())
        conditions.append(AuditRow.at < end)
    return conditions


def count_audit(session: Session, audit_filter: AuditFilter) -> int:
    query = select(func.count()).select_from(AuditRow).where(*_conditions(audit_filter))
    return int(session.execute(query).scalar_one())


def audit_page(
    session: Session, audit_filter: AuditFilter, *, before_id: int | None, limit: int
) -> list[AuditEntry]:
    """Newest first, continuing below `before_id` (keyset paging on the id)."""
    conditions = _conditions(audit_filter)
    if before_id is not None:
        conditions.append(AuditRow.id < before_id)
    rows = session.execute(
        select(AuditRow.id, AuditRow.at, AuditRow.operator_id, StaffRow.display_name,
               AuditRow.action, AuditRow.subject, AuditRow.details)
        .outerjoin(StaffRow, StaffRow.id == AuditRow.operator_id)
        .where(*conditions).order_by(AuditRow.id.desc()).limit(limit)
    ).all()
    return [_entry(row) for row in rows]


def _entry(row: Sequence[Any]) -> AuditEntry:
    return AuditEntry(
        id=row[0], at=row[1], operator_id=StaffId(row[2]) if row[2] is not None else None,
        operator_name=row[3] or "", action=row[4], subject=row[5], details=json.loads(row[6]),
    )
