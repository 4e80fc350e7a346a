"""Member tiers: upgrades as soon as a member qualifies, downgrades on review.

A tier's rule: trailing 12-month consumption at least `upgrade_spend_fen`,
and (if `upgrade_active_months` is N > 0) consumption in each of the last N
calendar months, this one included. Consumption is the value of consume rows
(list price less discount) net of their reversals. Every change is kept in
`tier_changes` with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from clubcrm.db import cards as cards_db
from clubcrm.db.models import MemberRow, TierChangeRow
from clubcrm.domain.cards import Tier
from clubcrm.domain.ids import StaffId
from clubcrm.domain.money import format_money

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


def activity(session: Session, member_id: int, today: date, months: int) -> Activity:
    run = session.connection().exec_driver_sql
    since = today - timedelta(days=TRAILING_DAYS - 1)
    spend = run(_SPEND_SQL, (member_id, since.isoformat())).scalar_one()
    streak = 0
    if months:
        first = today.replace(day=1) - relativedelta(months=months - 1)
        active = {row[0] for row in run(_MONTHS_SQL, (member_id, first.isoformat())).all()}
        month = today.replace(day=1)
        while streak < months and month.strftime("%Y-%m") in active:
            streak, month = streak + 1, month - relativedelta(months=1)
    return Activity(int(spend), streak)


def qualified_tier(tier_list: list[Tier], found: Activity) -> Tier | None:
    """The highest tier whose rule the activity meets; the base tier (lowest
    rank) when none does."""
    met = [tier for tier in tier_list if tier.upgrade_spend_fen is not None
           and found.spend_fen >= tier.upgrade_spend_fen
           and found.active_months >= tier.upgrade_active_months]
    if met:
        return max(met, key=lambda tier: tier.rank)
    return min(tier_list, key=lambda tier: tier.rank, default=None)


def _reason(tier: Tier, found: Activity) -> str:
    # Stored, not translated later: a reason records the figures of its day.
    text = f"12个月消费 {format_money(found.spend_fen)}"
    if tier.upgrade_spend_fen is not None:
        text += f" ≥ {format_money(tier.upgrade_spend_fen)}"
    if tier.upgrade_active_months:
        text += f"; 连续 {found.active_months} 个月有消费"
    return text


def upgrade_if_qualified(session: Session, member_id: int, *, today: date, at: datetime,
                         operator: StaffId) -> Tier | None:
    """Raise the member's tier if a higher one's rule is met now; the new tier or None."""
    tier_list = cards_db.tiers(session)
    if not any(tier.upgrade_spend_fen is not None for tier in tier_list):
        return None
    current = cards_db.tier_of_member(session, member_id)
    months = max(tier.upgrade_active_months for tier in tier_list)
    found = activity(session, member_id, today, months)
    best = qualified_tier(tier_list, found)
    if best is None or (current is not None and best.rank <= current.rank):
        return None
    change_tier(session, member_id, current, best, reason=_reason(best, found), at=at,
                operator=operator)
    return best


def change_tier(session: Session, member_id: int, current: Tier | None, new: Tier, *,
                reason: str, at: datetime, operator: StaffId) -> None:
    session.execute(update(MemberRow).where(MemberRow.id == member_id).values(tier_id=new.id))
    session.execute(insert(TierChangeRow).values(
        member_id=member_id, from_tier_id=current.id if current else None, to_tier_id=new.id,
        reason=reason, at=at, operator_id=operator))


def review(session: Session, today: date) -> list[TierProposal]:
    """Every active member whose tier differs from the one their activity
    qualifies for today: upgrades missed and downgrades due."""
    tier_list = cards_db.tiers(session)
    if not any(tier.upgrade_spend_fen is not None for tier in tier_list):
        return []
    by_id = {tier.id: tier for tier in tier_list}
    months = max(tier.upgrade_active_months for tier in tier_list)
    proposals = []
    for member_id, name, tier_id in session.execute(
            select(MemberRow.id, MemberRow.name, MemberRow.tier_id)
            .where(MemberRow.status == "active").order_by(MemberRow.id)):
        found = activity(session, member_id, today, months)
        best = qualified_tier(tier_list, found)
        current = by_id.get(tier_id)
        if best is not None and (current is None or best.id != current.id):
            proposals.append(TierProposal(member_id, name, current, best, _reason(best, found)))
    return proposals
