"""Care tasks for reception: the open lists and marking a task done.

Birthdays, expiring cards and low balances are read with SQL over the whole
club as of a day, at once (an index range for the cards' end dates, one pass
over the members and one over the cards), by the desk's own rules and
thresholds (`domain/visits.py`, the low-balance setting). Dormant and churning
members come from the segmentation (`care_call_backs.py`, seconds on a big
club: the GUI runs it in the background).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from clubcrm.db.database import Database, driver
from clubcrm.domain.care import (
    CareDone,
    CareKind,
    CareTask,
    birthday_occasion,
    birthdays_ahead,
    card_end_occasion,
    check_kind,
    check_outcome,
    clean_note,
    month_occasion,
)
from clubcrm.domain.dates import Birthday
from clubcrm.domain.errors import Conflict, NotFound, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import stored_time
from clubcrm.domain.money import format_money
from clubcrm.domain.phone import mask_phone
from clubcrm.domain.translatable import N_
from clubcrm.domain.visits import (
    ALERT_TEMPLATES,
    EXPIRY_WARNING_DAYS,
    FEW_SESSIONS,
    AlertKind,
    birthday_alert,
)
from clubcrm.services.permissions import role_of, sees_full_phones
from clubcrm.services.settings import VISIT_LOW_BALANCE_FEN, read_setting

if TYPE_CHECKING:
    from clubcrm.domain.care import CallBacks
    from clubcrm.services.segmentation import SegmentationService

MAX_OCCASION = 40  # the column's width
_MEMBER = "m.id, m.member_no, m.name, m.phone, m.marketing_consent"
# One pass over the members, in the table's order (no index has the birthday;
# an ORDER BY would walk the member number index and fetch each row apart).
_BIRTHDAYS_SQL = f"""
SELECT {_MEMBER}, m.birth_month, m.birth_day FROM members m
WHERE m.status = 'active' AND m.birth_month * 100 + m.birth_day IN (SELECT value FROM json_each(?))
"""
# A card the member may use today (the desk's `usable_cards`): active, begun,
# not past its end, and a count card with a session left.
_USABLE = """c.status = 'active' AND (c.valid_from IS NULL OR c.valid_from <= :today)
  AND (c.valid_until IS NULL OR c.valid_until >= :today) AND (p.kind != 'count' OR c.sessions > 0)
  AND m.status = 'active'"""
# A card ending soon is no task once the member holds the next one: another
# card of the same kind that lasts longer (a renewal sold ahead).
_EXPIRING_SQL = f"""
SELECT {_MEMBER}, c.id, c.card_no, c.valid_until
FROM cards c JOIN card_products p ON p.id = c.product_id JOIN members m ON m.id = c.member_id
WHERE c.valid_until BETWEEN :today AND :last AND {_USABLE}
  AND NOT EXISTS (
    SELECT 1 FROM cards n JOIN card_products np ON np.id = n.product_id
    WHERE n.member_id = c.member_id AND n.id != c.id AND n.status = 'active'
      AND np.kind = p.kind AND (np.kind != 'count' OR n.sessions > 0)
      AND (n.valid_until IS NULL OR n.valid_until > c.valid_until))
ORDER BY c.valid_until, c.card_no
"""
# One pass over the cards: the end-date index would fetch most of them one by one.
_LOW_SQL = f"""
SELECT {_MEMBER}, c.id, c.card_no, p.kind, c.principal_fen + c.bonus_fen, c.sessions
FROM cards c NOT INDEXED JOIN card_products p ON p.id = c.product_id
JOIN members m ON m.id = c.member_id
WHERE {_USABLE} AND ((p.kind = 'stored_value' AND c.principal_fen + c.bonus_fen < :low)
                     OR (p.kind = 'count' AND c.sessions <= :few))
ORDER BY p.kind, c.sessions, c.principal_fen + c.bonus_fen, c.card_no
"""
_DONE_SQL = """
SELECT member_id, occasion FROM care_task_outcomes
WHERE kind = ? AND member_id IN (SELECT value FROM json_each(?))
"""
_DONE_BY_SQL = """
SELECT o.done_at, s.display_name FROM care_task_outcomes o JOIN staff s ON s.id = o.operator_id
WHERE o.kind = ? AND o.member_id = ? AND o.occasion = ?
"""
_INSERT_SQL = """
INSERT INTO care_task_outcomes (kind, member_id, occasion, done_at, operator_id, outcome, note)
VALUES (?, ?, ?, ?, ?, ?, ?)
"""

Row = tuple[Any, ...]
Reader = Callable[[Session, date, bool], list[CareTask]]  # session, today, full phones


class CareTaskService:
    def __init__(self, db: Database, segments: Callable[[], SegmentationService]) -> None:
        """`segments` hands over the club's segmentation when the call-backs are
        first asked for (it loads numpy: start-up does not pay for it)."""
        self._db = db
        self._segments = segments

    def open_tasks(self, today: date, *, operator: StaffId) -> dict[CareKind, list[CareTask]]:
        """The birthdays, expiring cards and low balances not yet done, as of
        `today` (on a big club each list is a pass over the members or the cards)."""
        with self._db.read() as session:
            full_phones = sees_full_phones(session, operator)
            return {kind: without_done(session, reader(session, today, full_phones))
                    for kind, reader in _READERS.items()}

    def call_backs(self, today: date, *, operator: StaffId,
                   valued: Iterable[int] = ()) -> CallBacks:
        """The dormant and churning members to call back this month, most
        valuable first, and the value of each member in `valued` too (the
        other lists show it). Takes seconds on a big club."""
        # Imported on use: numpy and the segmentation stay out of start-up.
        from clubcrm.services.care_call_backs import find_call_backs

        return find_call_backs(self._db, self._segments(), today, operator=operator,
                               valued=valued)

    def mark_done(self, kind: str, member_id: int, occasion: str, *, outcome: str,
                  note: str = "", operator: StaffId, now: datetime | None = None) -> CareDone:
        """Record the task done by `operator`; it leaves the list until its next
        occasion. Done twice (another desk was quicker): `Conflict` naming who."""
        done = CareDone(check_kind(kind), member_id, _check_occasion(occasion),
                        now or datetime.now(), operator, check_outcome(outcome),
                        clean_note(note))
        with self._db.write() as session:
            role_of(session, operator)  # any signed-in role may work the list
            connection = driver(session)
            if connection.execute("SELECT 1 FROM members WHERE id = ?",
                                  (member_id,)).fetchone() is None:
                raise NotFound(N_("There is no such member."))
            earlier = connection.execute(_DONE_BY_SQL, (kind, member_id, occasion)).fetchone()
            if earlier is not None:
                raise Conflict(N_("{name} already marked this task done at {time}."),
                               name=earlier[1], time=earlier[0][:16])
            connection.execute(_INSERT_SQL, (
                done.kind.value, member_id, done.occasion, stored_time(done.done_at),
                operator, done.outcome.value, done.note))
        return done


def without_done(session: Session, tasks: list[CareTask]) -> list[CareTask]:
    """The tasks whose occasion nobody has marked done yet."""
    if not tasks:
        return tasks
    kinds = {task.kind for task in tasks}
    done: set[tuple[CareKind, int, str]] = set()
    for kind in kinds:
        ids = sorted({task.member_id for task in tasks if task.kind is kind})
        done |= {(kind, member_id, occasion) for member_id, occasion in driver(session).execute(
            _DONE_SQL, (kind.value, json.dumps(ids)))}
    return [task for task in tasks if task.key not in done]


def _task(kind: CareKind, row: Row, occasion: str, template: str, params: dict[str, Any], *,
          full_phones: bool) -> CareTask:
    """A task of the member in the first columns of `row` (see `_MEMBER`)."""
    return CareTask(kind, row[0], occasion, row[1], row[2],
                    row[3] if full_phones else mask_phone(row[3]), bool(row[4]), template,
                    params)


def _birthdays(session: Session, today: date, full_phones: bool) -> list[CareTask]:
    celebrated = birthdays_ahead(today)
    alerts = {day: birthday_alert(Birthday(*day), today) for day in celebrated}
    days = [month * 100 + day for month, day in celebrated]
    tasks = []
    for row in driver(session).execute(_BIRTHDAYS_SQL, (json.dumps(days),)):
        day = (row[5], row[6])
        alert = alerts[day]
        assert alert is not None  # the week's birthdays are those the desk greets
        tasks.append(_task(CareKind.BIRTHDAY, row, birthday_occasion(celebrated[day]),
                           alert.template, alert.params, full_phones=full_phones))
    return sorted(tasks, key=lambda task: (task.params.get("days", 0), task.member_no))


def _expiring(session: Session, today: date, full_phones: bool) -> list[CareTask]:
    last = today + timedelta(days=EXPIRY_WARNING_DAYS)
    rows = driver(session).execute(_EXPIRING_SQL, {"today": today.isoformat(),
                                                   "last": last.isoformat()})
    tasks = []
    for row in rows:
        card_id, card_no, until = row[5], row[6], date.fromisoformat(row[7])
        tasks.append(_task(CareKind.CARD_EXPIRING, row, card_end_occasion(card_id, until),
                           ALERT_TEMPLATES[AlertKind.CARD_EXPIRING],
                           {"card": card_no, "date": until.isoformat(),
                            "days": (until - today).days}, full_phones=full_phones))
    return tasks


def _low(session: Session, today: date, full_phones: bool) -> list[CareTask]:
    low = read_setting(session, VISIT_LOW_BALANCE_FEN)
    rows = driver(session).execute(_LOW_SQL, {"today": today.isoformat(), "low": low,
                                              "few": FEW_SESSIONS})
    tasks = []
    for row in rows:
        card_id, card_no, kind, balance, sessions = row[5:10]
        if kind == "count":
            alert, params = AlertKind.FEW_SESSIONS, {"card": card_no, "sessions": sessions}
        else:
            alert, params = AlertKind.LOW_BALANCE, {"card": card_no,
                                                     "balance": format_money(balance)}
        tasks.append(_task(CareKind.LOW_BALANCE, row, month_occasion(today, card_id),
                           ALERT_TEMPLATES[alert], params, full_phones=full_phones))
    return tasks


_READERS: dict[CareKind, Reader] = {
    CareKind.BIRTHDAY: _birthdays, CareKind.CARD_EXPIRING: _expiring, CareKind.LOW_BALANCE: _low,
}


def _check_occasion(occasion: str) -> str:
    if not occasion or len(occasion) > MAX_OCCASION:
        raise ValidationError(N_("Not one of the offered choices: {value}"), field="occasion",
                              value=occasion)
    return occasion
