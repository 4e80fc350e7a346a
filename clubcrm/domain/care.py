"""Care tasks (关怀任务): the greetings and calls reception works through at the
desk — birthdays this week, cards about to end, low balances and few sessions,
dormant and churning members to call back (issue 5, DESIGN.md section 4).

A task is one occasion of one kind for one member: this year's birthday, a
card's end date, a month's low balance or call-back. Marked done (with an
outcome), it leaves the list until its next occasion. The rules of "birthday
this week", "expiring", "low balance" and "few sessions" are the check-in
desk's (`domain/visits.py`), so the desk and the list never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from clubcrm.domain.dates import Birthday
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.translatable import N_
from clubcrm.domain.visits import BIRTHDAY_WEEK_DAYS, birthday_alert

MAX_NOTE = 200


class CareKind(StrEnum):
    BIRTHDAY = "birthday"
    CARD_EXPIRING = "card_expiring"
    LOW_BALANCE = "low_balance"  # a stored-value card running low, or a count card's last sessions
    DORMANT = "dormant"
    CHURNING = "churning"


CARE_KINDS = tuple(CareKind)
# Found by the segmentation (seconds on a big club); the others are instant.
CALL_BACK_KINDS = (CareKind.DORMANT, CareKind.CHURNING)
KIND_LABELS = {
    CareKind.BIRTHDAY: N_("Birthdays"),
    CareKind.CARD_EXPIRING: N_("Cards expiring"),
    CareKind.LOW_BALANCE: N_("Low balance"),
    CareKind.DORMANT: N_("Dormant"),
    CareKind.CHURNING: N_("Clearly churning"),
}


class Outcome(StrEnum):
    REACHED = "reached"
    MESSAGE_SENT = "message_sent"
    WILL_COME = "will_come"
    NO_ANSWER = "no_answer"
    NOT_INTERESTED = "not_interested"


OUTCOME_LABELS = {
    Outcome.REACHED: N_("Reached"),
    Outcome.MESSAGE_SENT: N_("Message sent"),
    Outcome.WILL_COME: N_("Will come"),
    Outcome.NO_ANSWER: N_("No answer"),
    Outcome.NOT_INTERESTED: N_("Not interested"),
}

# What a call-back says about the member (the card and birthday tasks say it
# with the desk's own alert texts).
LAST_VISIT = N_("Last visit {date}, {days} days ago")
NEVER_VISITED = N_("No visit since joining on {date}, {days} days ago")
VISITS_FELL = N_("{recent} visit days in the last {months} months (before: {average} per "
                 "{months} months); last visit {date}")


@dataclass(frozen=True, slots=True)
class CareTask:
    """One open task. `template` (an `N_` text) filled with `params` says what
    it is about: "Birthday on 11-25 (in 2 days)", "Card 00012 expires on...";
    `phone` is masked unless the operator may see full phones."""

    kind: CareKind
    member_id: int
    occasion: str
    member_no: str
    name: str
    phone: str
    marketing_consent: bool
    template: str
    params: dict[str, Any]

    @property
    def key(self) -> tuple[CareKind, int, str]:
        return self.kind, self.member_id, self.occasion


@dataclass(frozen=True, slots=True)
class MemberValue:
    """What the member spent over the segmentation's window, and their value grade."""

    spend_fen: int
    grade: str  # VIP / A / B / C


@dataclass(frozen=True, slots=True)
class CallBacks:
    """The dormant and churning members to call back, most valuable first, and
    the value of the members the other lists name."""

    dormant: list[CareTask]
    churning: list[CareTask]
    values: dict[int, MemberValue]
    window_months: int  # the months `MemberValue.spend_fen` is counted over


@dataclass(frozen=True, slots=True)
class CareDone:
    """A task marked done: by whom, when, with what outcome."""

    kind: CareKind
    member_id: int
    occasion: str
    done_at: datetime
    operator_id: int
    outcome: Outcome
    note: str


def birthdays_ahead(today: date) -> dict[tuple[int, int], date]:
    """Each (month, day) birthday the desk greets in the week from `today`, and
    the day it is celebrated: in a week across the new year January's are next
    year's; 29 February is celebrated on the 28th in a year without a 29th."""
    window = [today + timedelta(days=ahead) for ahead in range(BIRTHDAY_WEEK_DAYS)]
    candidates = {(day.month, day.day) for day in window} | {(2, 29)}
    celebrated = {}
    for month, day in sorted(candidates):
        alert = birthday_alert(Birthday(month, day), today)
        if alert is not None:
            celebrated[(month, day)] = today + timedelta(days=alert.params.get("days", 0))
    return celebrated


def birthday_occasion(celebrated: date) -> str:
    return str(celebrated.year)


def card_end_occasion(card_id: int, valid_until: date) -> str:
    """Extending or renewing the card makes a new occasion."""
    return f"{card_id}:{valid_until.isoformat()}"


def month_occasion(today: date, card_id: int | None = None) -> str:
    """A low balance comes back the next month if it is still low; a call-back too."""
    month = f"{today.year:04d}-{today.month:02d}"  # not strftime: called for every card
    return month if card_id is None else f"{card_id}:{month}"


def clean_note(note: str) -> str:
    text = " ".join(note.split())
    if len(text) > MAX_NOTE:
        raise ValidationError(N_("A note has at most {limit} characters."), field="note",
                              limit=MAX_NOTE)
    return text


def check_outcome(outcome: str) -> Outcome:
    try:
        return Outcome(outcome)
    except ValueError:
        raise ValidationError(N_("Not one of the offered choices: {value}"), field="outcome",
                              value=outcome) from None


def check_kind(kind: str) -> CareKind:
    try:
        return CareKind(kind)
    except ValueError:
        raise ValidationError(N_("Not one of the offered choices: {value}"), field="kind",
                              value=kind) from None
