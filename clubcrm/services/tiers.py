"""Member tiers: upgrades as soon as a member qualifies, downgrades on review.

A tier's rule: trailing 12-month consumption at least `upgrade_spend_fen`,
and (if `upgrade_active_months` is N > 0) consumption in each of the last N
calendar months, this one included. Consumption is the value of consume rows
(list price less discount) net of their reversals. Every change is kept in
`tier_changes` with its reason.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from clubcrm import i18n
from clubcrm.db import cards as cards_db
from clubcrm.db.database import driver
from clubcrm.db.models import MemberRow, TierChangeRow
from clubcrm.domain.cards import Tier
from clubcrm.domain.ids import StaffId
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_

TRAILING_DAYS = 365


@dataclass(frozen=True, slots=True)
class TierProposal:
    member_id: int
    member_name: str
    current: Tier | None
    proposed: Tier
    reason: str


@dataclass(frozen=True, slots=True)
class Activity:
    spend_fen: int
    active_months: int  # consecutive months with consumption, ending this month


# Consumption value of a member since a time: consume rows and their reversals
# (read on every consumption when tiers have rules: plain SQL on the member index).
_SPEND_SQL = ("SELECT coalesce(sum(list_fen - discount_fen), 0) FROM ledger "
              "WHERE member_id = ? AND kind IN ('consume', 'reversal') AND list_fen != 0 "
              "AND at >= ?")
_MONTHS_SQL = ("SELECT DISTINCT substr(at, 1, 7) FROM ledger WHERE member_id = ? "
               "AND kind = 'consume' AND at >= ?")


def _spend(connection: sqlite3.Connection, member_id: int, today: date) -> int:
    since = today - timedelta(days=TRAILING_DAYS - 1)
    return int(connection.execute(_SPEND_SQL, (member_id, since.isoformat())).fetchone()[0])


def _active_months(connection: sqlite3.Connection, member_id: int, today: date,
                   months: int) -> int:
    if not months:
        return 0
    recent = _recent_months(today, months)
    active = {row[0] for row in connection.execute(_MONTHS_SQL,
                                                   (member_id, recent[-1] + "-01"))}
    return _streak(recent, active)


def _recent_months(today: date, months: int) -> list[str]:
    """This month and the ones before it, newest first, as `YYYY-MM`."""
    return [(today.replace(day=1) - relativedelta(months=back)).strftime("%Y-%m")
            for back in range(months)]


def qualified_tier(tier_list: list[Tier], found: Activity) -> Tier | None:
    """The highest tier whose rule the activity meets; the base tier (lowest
    rank) when none does."""
    met = [tier for tier in tier_list if tier.upgrade_spend_fen is not None
           and found.spend_fen >= tier.upgrade_spend_fen
           and found.active_months >= tier.upgrade_active_months]
    if met:
        return max(met, key=lambda tier: tier.rank)
    return min(tier_list, key=lambda tier: tier.rank, default=None)


def _reason(tier: Tier, found: Activity, current: Tier | None) -> str:
    """Why the member moves, with the figures of the day, in the operator's
    language (stored: a reason records its day, it is not re-translated)."""
    rule = tier if current is None or tier.rank >= current.rank else current
    text = i18n.translate(N_("12-month consumption {spend}"),
                          spend=format_money(found.spend_fen))
    if rule.upgrade_spend_fen is not None:
        mark = "≥" if found.spend_fen >= rule.upgrade_spend_fen else "<"
        text += f" {mark} {format_money(rule.upgrade_spend_fen)}"
    if rule.upgrade_active_months:
        text += "; " + i18n.translate(N_("consumption in {months} of the last {needed} months "
                                         "in a row"), months=found.active_months,
                                      needed=rule.upgrade_active_months)
    return text


def upgrade_if_qualified(session: Session, member_id: int, *, today: date, at: datetime,
                         operator: StaffId) -> Tier | None:
    """Raise the member's tier if a higher one's rule is met now; the new tier or None.

    Runs inside every consumption, so it reads no more than it must: nothing
    when no higher tier has a rule, and the active months only when the
    member's spend already meets a higher tier's.
    """
    tier_list = cards_db.tiers(session)
    current = cards_db.tier_of_member(session, member_id)
    higher = [tier for tier in tier_list if tier.upgrade_spend_fen is not None
              and (current is None or tier.rank > current.rank)]
    if not higher:
        return None
    connection = driver(session)
    spend = _spend(connection, member_id, today)
    if current is not None and all(spend < tier.upgrade_spend_fen for tier in higher):
        return None
    months = max(tier.upgrade_active_months for tier in tier_list)
    found = Activity(spend, _active_months(connection, member_id, today, months))
    best = qualified_tier(tier_list, found)
    if best is None or (current is not None and best.rank <= current.rank):
        return None
    change_tier(session, member_id, current, best, reason=_reason(best, found, current), at=at,
                operator=operator)
    return best


def change_tier(session: Session, member_id: int, current: Tier | None, new: Tier, *,
                reason: str, at: datetime, operator: StaffId) -> None:
    session.execute(update(MemberRow).where(MemberRow.id == member_id).values(tier_id=new.id))
    session.execute(insert(TierChangeRow).values(
        member_id=member_id, from_tier_id=current.id if current else None, to_tier_id=new.id,
        reason=reason, at=at, operator_id=operator))


# The review reads everybody's activity in two passes over the ledger instead of
# two queries per member (100,000 members must not mean 200,000 queries).
_ALL_SPEND_SQL = ("SELECT member_id, sum(list_fen - discount_fen) FROM ledger "
                  "WHERE kind IN ('consume', 'reversal') AND list_fen != 0 AND at >= ? "
                  "AND member_id IS NOT NULL GROUP BY member_id")
_ALL_MONTHS_SQL = ("SELECT DISTINCT member_id, substr(at, 1, 7) FROM ledger "
                   "WHERE kind = 'consume' AND at >= ? AND member_id IS NOT NULL")


def review(session: Session, today: date) -> list[TierProposal]:
    """Every active member whose tier differs from the one their activity
    qualifies for today: upgrades missed and downgrades due."""
    tier_list = cards_db.tiers(session)
    if not any(tier.upgrade_spend_fen is not None for tier in tier_list):
        return []
    run = driver(session).execute
    since = today - timedelta(days=TRAILING_DAYS - 1)
    spend = dict(run(_ALL_SPEND_SQL, (since.isoformat(),)).fetchall())
    months = max(tier.upgrade_active_months for tier in tier_list)
    recent = _recent_months(today, months)
    active: dict[int, set[str]] = {}
    if months:
        for member_id, month in run(_ALL_MONTHS_SQL, (recent[-1] + "-01",)):
            active.setdefault(member_id, set()).add(month)
    by_id = {tier.id: tier for tier in tier_list}
    proposals = []
    for member_id, name, tier_id in run(
            "SELECT id, name, tier_id FROM members WHERE status = 'active' ORDER BY id"):
        found = Activity(int(spend.get(member_id, 0)),
                         _streak(recent, active.get(member_id, set())))
        best = qualified_tier(tier_list, found)
        current = by_id.get(tier_id)
        if best is not None and (current is None or best.id != current.id):
            proposals.append(TierProposal(member_id, name, current, best,
                                          _reason(best, found, current)))
    return proposals


def _streak(recent: list[str], active: set[str]) -> int:
    """Consecutive months with consumption, from this month backwards."""
    streak = 0
    while streak < len(recent) and recent[streak] in active:
        streak += 1
    return streak
