"""Visits (到店/签到): what a check-in asks for, why one is refused, what
reception is told about a member, and the pure rules behind each (stdlib only).

A check-in is charged on one card: a count card loses a session per person
(the member and each guest), a period card must be valid and not frozen, a
stored-value card pays the entry service (or the service chosen) for each
person. Without a usable card the visit is refused with the reason and the
fixes reception can offer (renew, recharge, sell a card, a single entry).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from clubcrm.domain.cards import Card, CardStatus, PaymentMethod, ProductKind
from clubcrm.domain.dates import Birthday
from clubcrm.domain.errors import Conflict, ValidationError
from clubcrm.domain.translatable import N_

MAX_GUESTS = 20
MAX_LOCKER = 20
UNDO_MINUTES = 10  # reception may undo a check-in this long; later a manager
EXPIRY_WARNING_DAYS = 30
FEW_SESSIONS = 2
DORMANT_DAYS = 180
BIRTHDAY_WEEK_DAYS = 7
ADULT_AGE = 18
# Notes lines that start with one of these are flagged (as well as lines with a keyword).
FLAG_MARKS = ("!", "！", "*", "＊")


class Fix(StrEnum):
    """What reception can do about a refused check-in."""

    RENEW = "renew"  # sell the same card product again
    RECHARGE = "recharge"
    SELL_CARD = "sell_card"
    UNFREEZE = "unfreeze"
    SINGLE_ENTRY = "single_entry"  # paid in cash or by QR pay


class Refusal(StrEnum):
    UNKNOWN = "unknown"
    MEMBER_INACTIVE = "member_inactive"  # archived, merged, anonymised
    MEMBER_FROZEN = "member_frozen"
    NO_CARD = "no_card"
    CARD_OF_ANOTHER_MEMBER = "card_of_another_member"
    CARD_FROZEN = "card_frozen"
    CARD_EXPIRED = "card_expired"
    CARD_NOT_YET_VALID = "card_not_yet_valid"
    CARD_CLOSED = "card_closed"  # refunded, closed, replaced
    NO_SESSIONS = "no_sessions"
    NOT_ENOUGH_BALANCE = "not_enough_balance"
    SERVICE_NOT_COVERED = "service_not_covered"
    NEEDS_PAYMENT = "needs_payment"  # guests on a period card, a single entry


class AlertKind(StrEnum):
    BIRTHDAY_TODAY = "birthday_today"
    BIRTHDAY_SOON = "birthday_soon"
    CARD_EXPIRING = "card_expiring"
    LOW_BALANCE = "low_balance"
    FEW_SESSIONS = "few_sessions"
    DORMANT_RETURNING = "dormant_returning"
    IMPORTANT_NOTE = "important_note"


ALERT_TEMPLATES = {
    AlertKind.BIRTHDAY_TODAY: N_("Birthday today!"),
    AlertKind.BIRTHDAY_SOON: N_("Birthday on {date} (in {days} days)"),
    AlertKind.CARD_EXPIRING: N_("Card {card} expires on {date} (in {days} days)"),
    AlertKind.LOW_BALANCE: N_("Low balance on card {card}: {balance}"),
    AlertKind.FEW_SESSIONS: N_("Only {sessions} sessions left on card {card}"),
    AlertKind.DORMANT_RETURNING: N_("Welcome back: last visit {days} days ago ({date})"),
    AlertKind.IMPORTANT_NOTE: N_("Note: {note}"),
}
FIX_LABELS = {
    Fix.RENEW: N_("Renew the card"),
    Fix.RECHARGE: N_("Recharge"),
    Fix.SELL_CARD: N_("Sell a card"),
    Fix.UNFREEZE: N_("Unfreeze the card"),
    Fix.SINGLE_ENTRY: N_("Single entry (cash or QR pay)"),
}


@dataclass(frozen=True, slots=True)
class Alert:
    """Something reception should know about the member at the desk."""

    kind: AlertKind
    params: dict[str, Any]

    @property
    def template(self) -> str:
        return ALERT_TEMPLATES[self.kind]


class CheckInRefused(ValidationError):
    """A check-in that was not done (nothing charged), with why and what would help."""

    def __init__(self, template: str, /, *, reason: Refusal, fixes: Sequence[Fix] = (),
                 card_id: int | None = None, **params: Any) -> None:
        super().__init__(template, field="card", **params)
        self.reason = reason
        self.fixes = tuple(fixes)
        self.card_id = card_id


class RepeatVisit(Conflict):
    """The member checked in a short while ago: reception must confirm a second charge."""

    def __init__(self, template: str, /, *, visit_id: int, at: datetime, **params: Any) -> None:
        super().__init__(template, **params)
        self.visit_id = visit_id
        self.at = at


@dataclass(frozen=True, slots=True)
class CheckInRequest:
    """A check-in as reception (or a gate) asks for it.

    `card_id` None: the member's default card. `single_entry`: paid in cash or
    by QR pay (`method`) instead of a card; with `member_id` None it is a
    walk-in who is not a member."""

    member_id: int | None
    card_id: int | None = None
    service_id: int | None = None  # None: the club's entry service
    guests: int = 0  # accompanying guests, each charged like the member
    locker: str = ""  # locker or wristband number
    staff_id: int | None = None  # who serves the member (commission reports)
    method: PaymentMethod | None = None  # single entry, or guests on a period card
    single_entry: bool = False
    confirm_repeat: bool = False  # reception confirmed a second check-in in the window

    @property
    def people(self) -> int:
        return 1 + self.guests


@dataclass(frozen=True, slots=True)
class Visit:
    """One check-in as the lists show it."""

    id: int
    op_id: int
    at: datetime
    member_id: int | None
    member_no: str
    member_name: str
    card_id: int | None
    card_no: str
    service_name: str
    charge_fen: int  # money value charged (card and cash), guests included
    sessions: int  # sessions taken from a count card
    method: PaymentMethod | None
    guests: int
    locker: str
    staff_name: str  # who serves (or, if nobody was named, who checked in)
    operator_name: str
    checked_out_at: datetime | None
    undone_at: datetime | None
    served_by: str = ""  # the staff member named at the desk (commissions), if any

    @property
    def inside(self) -> bool:
        return self.checked_out_at is None and self.undone_at is None

    def minutes_inside(self, now: datetime) -> int:
        end = self.checked_out_at or now
        return max(0, int((end - self.at).total_seconds() // 60))


@dataclass(frozen=True, slots=True)
class DaySummary:
    """Today's visits (newest first), their totals and visits per hour."""

    day: date
    visits: tuple[Visit, ...]
    count: int  # check-ins, not undone
    guests: int
    charge_fen: int
    sessions: int
    undone: int
    inside: int
    per_hour: tuple[int, ...]  # 24 counts


@dataclass(frozen=True, slots=True)
class MemberCue:
    """Who is at the desk: what reception can check without a photo."""

    id: int
    member_no: str
    name: str
    phone: str  # masked for roles that do not see full phones
    tier_name: str
    status: str
    age: int | None  # for a minor
    guardian_name: str
    notes: str


# --- pure rules ---

def card_refusal(card: Card, *, member_id: int, today: date) -> CheckInRefused | None:
    """Why `card` cannot be used by `member_id` today, before any amount is known."""
    if member_id != card.member_id and member_id not in card.holders:
        return CheckInRefused(N_("Card {card} belongs to {owner}; this member may not use it."),
                              reason=Refusal.CARD_OF_ANOTHER_MEMBER, card_id=card.id,
                              fixes=(Fix.SELL_CARD, Fix.SINGLE_ENTRY), card=card.card_no,
                              owner=card.member_name)
    renew = (Fix.RENEW, Fix.SELL_CARD, Fix.SINGLE_ENTRY)
    if card.status is CardStatus.FROZEN:
        return CheckInRefused(N_("Card {card} is frozen."), reason=Refusal.CARD_FROZEN,
                              card_id=card.id, fixes=(Fix.UNFREEZE, Fix.SINGLE_ENTRY),
                              card=card.card_no)
    expired = card.status is CardStatus.EXPIRED or (
        card.valid_until is not None and today > card.valid_until)
    if expired:
        return CheckInRefused(N_("Card {card} expired on {date}."), reason=Refusal.CARD_EXPIRED,
                              card_id=card.id, fixes=renew, card=card.card_no,
                              date=card.valid_until.isoformat() if card.valid_until else "—")
    if card.status is not CardStatus.ACTIVE:
        return CheckInRefused(N_("Card {card} can no longer be used."),
                              reason=Refusal.CARD_CLOSED, card_id=card.id,
                              fixes=(Fix.SELL_CARD, Fix.SINGLE_ENTRY), card=card.card_no)
    if card.valid_from is not None and today < card.valid_from:
        return CheckInRefused(N_("Card {card} is valid from {date}."),
                              reason=Refusal.CARD_NOT_YET_VALID, card_id=card.id,
                              fixes=(Fix.SINGLE_ENTRY,), card=card.card_no,
                              date=card.valid_from.isoformat())
    return None


def sessions_refusal(card: Card, needed: int) -> CheckInRefused | None:
    if card.balances.sessions >= needed:
        return None
    return CheckInRefused(N_("Card {card} has {left} sessions left; {needed} are needed."),
                          reason=Refusal.NO_SESSIONS, card_id=card.id,
                          fixes=(Fix.RENEW, Fix.SELL_CARD, Fix.SINGLE_ENTRY),
                          card=card.card_no, left=card.balances.sessions, needed=needed)


def balance_refusal(card: Card, needed_fen: int, *, balance: str, needed: str
                    ) -> CheckInRefused | None:
    if card.balances.total_fen >= needed_fen:
        return None
    return CheckInRefused(N_("Not enough balance on card {card}: it holds {balance}, {needed} "
                             "is needed."), reason=Refusal.NOT_ENOUGH_BALANCE, card_id=card.id,
                          fixes=(Fix.RECHARGE, Fix.SINGLE_ENTRY), card=card.card_no,
                          balance=balance, needed=needed)


KIND_PREFERENCE = {ProductKind.PERIOD: 0, ProductKind.COUNT: 1, ProductKind.STORED_VALUE: 2}


def usable_cards(cards: Sequence[Card], *, member_id: int, today: date) -> list[Card]:
    """The cards the member can check in with today, the default first: a
    period card (nothing to pay), then a count card with sessions, then stored
    value; within a kind the one that ends first (use it before it expires)."""
    usable = [card for card in cards
              if card_refusal(card, member_id=member_id, today=today) is None
              and not (card.product.kind is ProductKind.COUNT and card.balances.sessions <= 0)]
    return sorted(usable, key=lambda card: (KIND_PREFERENCE[card.product.kind],
                                            card.valid_until or date.max, card.id))


def no_card_refusal(cards: Sequence[Card], *, member_id: int, today: date) -> CheckInRefused:
    """The refusal for a member without a usable card: the first card's own
    reason when there is one, else "no card" with the fixes."""
    for card in cards:
        refusal = card_refusal(card, member_id=member_id, today=today)
        if refusal is not None and refusal.reason is not Refusal.CARD_CLOSED:
            return refusal
        if refusal is None:
            found = sessions_refusal(card, 1)
            if found is not None:
                return found
    return CheckInRefused(N_("No usable card: sell a card, or check in a single entry."),
                          reason=Refusal.NO_CARD, fixes=(Fix.SELL_CARD, Fix.SINGLE_ENTRY))


def birthday_alert(birthday: Birthday | None, today: date) -> Alert | None:
    if birthday is None:
        return None
    for ahead in range(BIRTHDAY_WEEK_DAYS):
        day = today + timedelta(days=ahead)
        if (day.month, day.day) == (birthday.month, birthday.day) or (
                (birthday.month, birthday.day) == (2, 29) and (day.month, day.day) == (2, 28)
                and not _leap(day.year)):
            if ahead == 0:
                return Alert(AlertKind.BIRTHDAY_TODAY, {})
            return Alert(AlertKind.BIRTHDAY_SOON, {"date": day.strftime("%m-%d"),
                                                   "days": ahead})
    return None


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def card_alerts(cards: Sequence[Card], *, today: date, low_balance_fen: int,
                money_text: Any) -> list[Alert]:
    """Expiring within 30 days, low balance, two sessions or fewer — for usable cards."""
    alerts = []
    for card in cards:
        if card.valid_until is not None and 0 <= (card.valid_until - today).days \
                <= EXPIRY_WARNING_DAYS:
            alerts.append(Alert(AlertKind.CARD_EXPIRING, {
                "card": card.card_no, "date": card.valid_until.isoformat(),
                "days": (card.valid_until - today).days}))
        kind = card.product.kind
        if kind is ProductKind.STORED_VALUE and card.balances.total_fen < low_balance_fen:
            alerts.append(Alert(AlertKind.LOW_BALANCE, {
                "card": card.card_no, "balance": money_text(card.balances.total_fen)}))
        if kind is ProductKind.COUNT and card.balances.sessions <= FEW_SESSIONS:
            alerts.append(Alert(AlertKind.FEW_SESSIONS, {
                "card": card.card_no, "sessions": card.balances.sessions}))
    return alerts


def dormant_alert(last_seen: datetime | None, now: datetime) -> Alert | None:
    if last_seen is None:
        return None
    days = (now.date() - last_seen.date()).days
    if days < DORMANT_DAYS:
        return None
    return Alert(AlertKind.DORMANT_RETURNING, {"days": days,
                                               "date": last_seen.date().isoformat()})


def note_alerts(notes: str, keywords: Sequence[str]) -> list[Alert]:
    """Lines of the member's notes flagged important: starting with `!` (or
    `*`), or naming a keyword such as 过敏 (allergy) or 受伤 (injury)."""
    words = [word.casefold() for word in keywords if word.strip()]
    alerts = []
    for line in notes.splitlines():
        text = line.strip()
        if not text:
            continue
        flagged = text.startswith(FLAG_MARKS)
        if flagged or any(word in text.casefold() for word in words):
            alerts.append(Alert(AlertKind.IMPORTANT_NOTE,
                                {"note": text.lstrip("".join(FLAG_MARKS)).strip()}))
    return alerts


def minor_age(birthday: Birthday | None, today: date) -> int | None:
    """The age of a member under 18 (shown with the guardian's name), else None."""
    if birthday is None:
        return None
    age = birthday.age_on(today)
    return age if age is not None and age < ADULT_AGE else None


def clean_locker(text: str) -> str:
    locker = " ".join(text.split())
    if len(locker) > MAX_LOCKER:
        raise ValidationError(N_("A locker or wristband number has at most 20 characters."),
                              field="locker")
    return locker


def check_guests(guests: int) -> int:
    if not isinstance(guests, int) or isinstance(guests, bool) or not \
            0 <= guests <= MAX_GUESTS:
        raise ValidationError(N_("Guests are between 0 and 20."), field="guests")
    return guests


def may_undo(at: datetime, now: datetime) -> bool:
    """Reception's window for undoing a check-in."""
    return now - at <= timedelta(minutes=UNDO_MINUTES)
