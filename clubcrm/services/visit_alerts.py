"""What the desk shows about a member: identity cues, cards, and the alerts
(birthday, card expiring, low balance or few sessions, a dormant member
returning, notes flagged important), read in the caller's session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from clubcrm.db import cards as cards_db
from clubcrm.db import visits as visits_db
from clubcrm.domain.cards import Card
from clubcrm.domain.dates import Birthday
from clubcrm.domain.errors import NotFound
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import MemberStatus
from clubcrm.domain.money import format_money
from clubcrm.domain.phone import mask_phone
from clubcrm.domain.translatable import N_
from clubcrm.domain.visits import (
    Alert,
    CheckInRefused,
    MemberCue,
    Refusal,
    Visit,
    birthday_alert,
    card_alerts,
    dormant_alert,
    minor_age,
    no_card_refusal,
    note_alerts,
    usable_cards,
)
from clubcrm.services.permissions import sees_full_phones
from clubcrm.services.settings import VISIT_ALERT_WORDS, VISIT_LOW_BALANCE_FEN, read_setting

_CUE_SQL = """
SELECT m.id, m.member_no, m.name, m.phone, coalesce(t.name, ''), m.status, m.birth_year,
       m.birth_month, m.birth_day, coalesce(m.guardian_name, ''), m.notes
FROM members m LEFT JOIN tiers t ON t.id = m.tier_id WHERE m.id = ?
"""


@dataclass(frozen=True, slots=True)
class DeskPanel:
    """Everything the desk shows about the member at the counter."""

    member: MemberCue
    birthday: Birthday | None
    cards: tuple[Card, ...]  # all of them, as the cards view lists them
    usable: tuple[Card, ...]  # the cards a check-in may use today, the default first
    alerts: tuple[Alert, ...]
    refusal: CheckInRefused | None  # why a check-in would be refused now, if it would
    inside: Visit | None  # today's check-in not yet checked out
    last_visit: datetime | None


def member_cue(session: Session, member_id: int, *, operator: StaffId,
               today: date) -> tuple[MemberCue, Birthday | None]:
    row = session.connection().exec_driver_sql(_CUE_SQL, (member_id,)).first()
    if row is None:
        raise NotFound(N_("There is no such member."))
    birthday = Birthday(row[7], row[8], row[6]) if row[7] and row[8] else None
    age = minor_age(birthday, today)
    phone = row[3] if sees_full_phones(session, operator) else mask_phone(row[3])
    return MemberCue(id=row[0], member_no=row[1], name=row[2], phone=phone, tier_name=row[4],
                     status=row[5], age=age, guardian_name=row[9] if age is not None else "",
                     notes=row[10]), birthday


def member_refusal(status: str | None) -> CheckInRefused | None:
    """An archived, merged, anonymised or frozen member cannot check in."""
    if status is None:
        return CheckInRefused(N_("There is no such member."), reason=Refusal.UNKNOWN)
    if status == MemberStatus.FROZEN.value:
        return CheckInRefused(N_("This member is frozen: unfreeze the member first."),
                              reason=Refusal.MEMBER_FROZEN)
    if status != MemberStatus.ACTIVE.value:
        return CheckInRefused(N_("This member record is not active (archived, merged or "
                                 "anonymised)."), reason=Refusal.MEMBER_INACTIVE)
    return None


def desk_panel(session: Session, member_id: int, *, operator: StaffId, now: datetime,
               exclude_visit: int | None = None) -> DeskPanel:
    """The member's panel as of `now`; `exclude_visit` is the check-in just made
    (the dormant alert is about the visit before it)."""
    today = now.date()
    cue, birthday = member_cue(session, member_id, operator=operator, today=today)
    cards = cards_db.cards_of_member(session, member_id)
    usable = usable_cards(cards, member_id=member_id, today=today)
    refusal = member_refusal(cue.status)
    if refusal is None and not usable:
        refusal = no_card_refusal(cards, member_id=member_id, today=today)
    last = _last_seen(session, member_id, exclude_visit)
    inside = _inside(session, member_id, today)
    alerts = alerts_for(session, cue, birthday, usable, last_seen=last, now=now)
    return DeskPanel(cue, birthday, tuple(cards), tuple(usable), tuple(alerts), refusal,
                     inside, last)


def alerts_for(session: Session, cue: MemberCue, birthday: Birthday | None,
               usable: list[Card], *, last_seen: datetime | None, now: datetime) -> list[Alert]:
    alerts: list[Alert] = []
    found = birthday_alert(birthday, now.date())
    if found is not None:
        alerts.append(found)
    alerts += card_alerts(usable, today=now.date(),
                          low_balance_fen=read_setting(session, VISIT_LOW_BALANCE_FEN),
                          money_text=format_money)
    dormant = dormant_alert(last_seen, now)
    if dormant is not None:
        alerts.append(dormant)
    alerts += note_alerts(cue.notes, read_setting(session, VISIT_ALERT_WORDS))
    return alerts


def _last_seen(session: Session, member_id: int, exclude_visit: int | None
               ) -> datetime | None:
    """The member's last visit before now (or, for members from before visits
    were recorded, their last ledger row)."""
    rows = session.connection().exec_driver_sql(
        "SELECT id, at FROM visits WHERE member_id = ? AND undone_at IS NULL "
        "ORDER BY at DESC LIMIT 2", (member_id,)).all()
    before = None
    for visit_id, at in rows:
        if visit_id != exclude_visit:
            return datetime.fromisoformat(at)
        before = at  # the visit just made: what came before it counts
    return visits_db.last_ledger_time(session, member_id, before=before)


def _inside(session: Session, member_id: int, today: date) -> Visit | None:
    row = session.connection().exec_driver_sql(
        "SELECT id FROM visits WHERE member_id = ? AND at >= ? AND at < ? AND undone_at IS NULL "
        "AND checked_out_at IS NULL ORDER BY at DESC LIMIT 1",
        (member_id, today.isoformat(), (today + timedelta(days=1)).isoformat())).first()
    return visits_db.visit(session, row[0]) if row else None
