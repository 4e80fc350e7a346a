"""Visit rows: written by the check-in desk, read for today's list, the
visits-per-hour chart, a member's history and the alerts.

Every read here runs at the desk between two scans: plain SQL to the driver,
on the indexes `ix_visits_at` (a day) and `ix_visits_member` (a member).
Times are compared as stored text (`YYYY-MM-DD HH:MM:SS.ffffff`), so a day
is the range [day, next day).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from clubcrm.db.database import driver
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.ledger import stored_time
from clubcrm.domain.visits import Visit

_INSERT = (
    "INSERT INTO visits (op_id, at, member_id, card_id, service_id, charge_fen, sessions, "
    "method, guests, locker, staff_id, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_VISIT_SQL = """
SELECT v.id, v.op_id, v.at, v.member_id, coalesce(m.member_no, ''), coalesce(m.name, ''),
       v.card_id, coalesce(c.card_no, ''), coalesce(s.name, ''), v.charge_fen, v.sessions,
       v.method, v.guests, v.locker, coalesce(sv.display_name, op.display_name),
       op.display_name, v.checked_out_at, v.undone_at, coalesce(sv.display_name, '')
FROM visits v JOIN staff op ON op.id = v.operator_id
LEFT JOIN staff sv ON sv.id = v.staff_id
LEFT JOIN members m ON m.id = v.member_id
LEFT JOIN cards c ON c.id = v.card_id
LEFT JOIN service_items s ON s.id = v.service_id
"""


def insert_visit(session: Session, *, op_id: int, at: datetime, member_id: int | None,
                 card_id: int | None, service_id: int | None, charge_fen: int, sessions: int,
                 method: PaymentMethod | None, guests: int, locker: str,
                 staff_id: int | None, operator_id: int) -> int:
    cursor = driver(session).execute(_INSERT, (
        op_id, stored_time(at), member_id, card_id, service_id, charge_fen, sessions,
        method.value if method else None, guests, locker, staff_id, operator_id))
    return int(cursor.lastrowid)


def visit(session: Session, visit_id: int) -> Visit | None:
    found = _read(session, _VISIT_SQL + "WHERE v.id = ?", (visit_id,))
    return found[0] if found else None


def visit_of_operation(session: Session, op_id: int) -> Visit | None:
    found = _read(session, _VISIT_SQL + "WHERE v.op_id = ?", (op_id,))
    return found[0] if found else None


def day_visits(session: Session, day: date) -> list[Visit]:
    """Every check-in of `day`, undone ones too, newest first."""
    return _read(session, _VISIT_SQL + "WHERE v.at >= ? AND v.at < ? ORDER BY v.at DESC, "
                 "v.id DESC", _day_range(day))


def inside(session: Session, day: date) -> list[Visit]:
    """Check-ins of `day` not checked out (nor undone), longest inside first."""
    return _read(session, _VISIT_SQL + "WHERE v.at >= ? AND v.at < ? AND v.checked_out_at "
                 "IS NULL AND v.undone_at IS NULL ORDER BY v.at", _day_range(day))


def member_visits(session: Session, member_ids: list[int], *, before_id: int | None,
                  limit: int) -> list[Visit]:
    """A member's visits (and those of records merged into them), newest first,
    continuing below `before_id`."""
    marks = ", ".join("?" * len(member_ids))
    below = before_id if before_id is not None else 2 ** 62
    return _read(session, _VISIT_SQL + f"WHERE v.member_id IN ({marks}) AND v.id < ? "
                 "ORDER BY v.at DESC, v.id DESC LIMIT ?", (*member_ids, below, limit))


def count_member_visits(session: Session, member_ids: list[int]) -> int:
    marks = ", ".join("?" * len(member_ids))
    return int(driver(session).execute(
        f"SELECT count(*) FROM visits WHERE member_id IN ({marks}) AND undone_at IS NULL",
        tuple(member_ids)).fetchone()[0])


def visits_between(session: Session, start: date | None, end: date | None, *,
                   member_ids: list[int] | None = None, after_id: int, limit: int
                   ) -> list[Visit]:
    """Visits from `start` to `end` (both included; None: no limit), of
    `member_ids` only if given, oldest first, a page at a time."""
    where, params = ["v.id > ?"], [after_id]
    if start is not None:
        where.append("v.at >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("v.at < ?")
        params.append((end + timedelta(days=1)).isoformat())
    if member_ids is not None:
        where.append(f"v.member_id IN ({', '.join('?' * len(member_ids))})")
        params += member_ids
    return _read(session, _VISIT_SQL + f"WHERE {' AND '.join(where)} ORDER BY v.id LIMIT ?",
                 (*params, limit))


def latest_visit(session: Session, member_id: int, *, since: datetime | None = None
                 ) -> tuple[int, datetime] | None:
    """The member's last check-in not undone (since `since`), as (id, time)."""
    sql = ("SELECT id, at FROM visits WHERE member_id = ? AND undone_at IS NULL "
           "AND at >= ? ORDER BY at DESC LIMIT 1")
    row = driver(session).execute(
        sql, (member_id, stored_time(since) if since else "")).fetchone()
    return (row[0], datetime.fromisoformat(row[1])) if row else None


def last_ledger_time(session: Session, member_id: int, *, before: str | None = None
                     ) -> datetime | None:
    """When the member last had a ledger row (activity before visits were
    recorded), before the stored time `before` if given."""
    row = driver(session).execute(
        "SELECT at FROM ledger WHERE member_id = ? AND at < ? ORDER BY id DESC LIMIT 1",
        (member_id, before or "9999")).fetchone()
    return datetime.fromisoformat(row[0]) if row else None


def per_hour(session: Session, day: date) -> list[int]:
    """Check-ins (not undone) in each hour of `day`."""
    counts = [0] * 24
    for hour, count in driver(session).execute(
            "SELECT CAST(substr(at, 12, 2) AS INTEGER), count(*) FROM visits "
            "WHERE at >= ? AND at < ? AND undone_at IS NULL GROUP BY 1", _day_range(day)):
        counts[hour] = count
    return counts


def mark_checked_out(session: Session, visit_id: int, at: datetime) -> None:
    driver(session).execute(
        "UPDATE visits SET checked_out_at = ? WHERE id = ?", (stored_time(at), visit_id))


def mark_undone(session: Session, visit_id: int, *, at: datetime, undo_op_id: int) -> None:
    driver(session).execute(
        "UPDATE visits SET undone_at = ?, undo_op_id = ? WHERE id = ?",
        (stored_time(at), undo_op_id, visit_id))


def move_to_member(session: Session, from_id: int, to_id: int) -> int:
    """A member merge: the duplicate's visits become the survivor's."""
    cursor = driver(session).execute(
        "UPDATE visits SET member_id = ? WHERE member_id = ?", (to_id, from_id))
    return int(cursor.rowcount)


def member_by_number(session: Session, member_no: str) -> int | None:
    """The member a scanned member number names (any status: the desk explains)."""
    row = driver(session).execute(
        "SELECT id FROM members WHERE member_no = ? AND status != 'merged'",
        (member_no,)).fetchone()
    return row[0] if row else None


def member_number(session: Session, member_id: int) -> str | None:
    row = driver(session).execute(
        "SELECT member_no FROM members WHERE id = ?", (member_id,)).fetchone()
    return str(row[0]) if row else None


def card_by_number(session: Session, card_no: str) -> tuple[int, int] | None:
    """(card, member) of a scanned card number."""
    row = driver(session).execute(
        "SELECT id, member_id FROM cards WHERE card_no = ?", (card_no,)).fetchone()
    return (row[0], row[1]) if row else None


def _day_range(day: date) -> tuple[str, str]:
    return day.isoformat(), (day + timedelta(days=1)).isoformat()


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _read(session: Session, sql: str, params: tuple[Any, ...]) -> list[Visit]:
    return [Visit(
        id=row[0], op_id=row[1], at=datetime.fromisoformat(row[2]), member_id=row[3],
        member_no=row[4], member_name=row[5], card_id=row[6], card_no=row[7],
        service_name=row[8], charge_fen=row[9], sessions=row[10],
        method=PaymentMethod(row[11]) if row[11] else None, guests=row[12], locker=row[13],
        staff_name=row[14], operator_name=row[15], checked_out_at=_time(row[16]),
        undone_at=_time(row[17]), served_by=row[18],
    ) for row in driver(session).execute(sql, params).fetchall()]
