"""Why a member is where they are: one sentence per segment met, with the
member's figure and the threshold or cut-off it was compared with.

Sentences are English templates marked for translation (`N_`) with their
values; the GUI and the CLI translate them where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_
from clubcrm.segmentation.model import (
    Cutoffs,
    Lifecycle,
    MemberSegments,
    RfmGroup,
    Segment,
    Thresholds,
    ValueGrade,
    Windows,
)


@dataclass(frozen=True, slots=True)
class Reason:
    segment: Segment
    template: str
    params: dict[str, Any]


SEGMENT_NAMES = {
    Segment.DORMANT: N_("Dormant"),
    Segment.CHURNING: N_("Clearly churning"),
    Segment.NEW: N_("Newly joined"),
    Segment.HIGH_VALUE: N_("High-value"),
    Segment.HIGH_UNIT_PRICE: N_("High-unit-price"),
    Segment.HIGH_LOYALTY: N_("High-loyalty"),
    Segment.LOW_PRICE_HIGH_FREQUENCY: N_("Low-price high-frequency"),
    Segment.LOW_PRICE_LOW_FREQUENCY: N_("Low-price low-frequency"),
    Segment.REGULAR: N_("Other members"),
}


def reasons(member: MemberSegments, windows: Windows, thresholds: Thresholds,
            cutoffs: Cutoffs) -> list[Reason]:
    """A sentence for each segment the member meets, in the order of precedence."""
    context = _Context(member, windows, thresholds, cutoffs)
    order = [*thresholds.precedence, Segment.REGULAR]
    return [Reason(segment, *_EXPLAIN[segment](context))
            for segment in sorted(member.segments, key=order.index)]


@dataclass(frozen=True, slots=True)
class _Context:
    member: MemberSegments
    windows: Windows
    thresholds: Thresholds
    cutoffs: Cutoffs


Sentence = tuple[str, dict[str, Any]]


def _dormant(c: _Context) -> Sentence:
    m, limit = c.member, c.thresholds.dormant_days
    if m.last_active is None:
        days = (c.windows.as_of - m.joined_on).days
        return (N_("no consumption or visit since joining on {joined}, {days} days ago "
                   "> {limit}"), {"joined": m.joined_on.isoformat(), "days": days,
                                  "limit": limit})
    return (N_("last consumption or visit {last}, {days} days ago > {limit}"),
            {"last": m.last_active.isoformat(), "days": m.recency_days, "limit": limit})


def _churning(c: _Context) -> Sentence:
    m, span = c.member, c.thresholds.recent_months
    return (N_("{recent} visit days in the last {months} months, below {pct}% of the "
               "{average} a {months}-month span before ({prior} in {prior_months} months)"),
            {"recent": m.recent_days, "months": span, "pct": c.thresholds.churn_drop_pct,
             "average": _one_decimal(m.prior_days / m.prior_periods),
             "prior": m.prior_days, "prior_months": m.prior_periods * span})


def _new(c: _Context) -> Sentence:
    m = c.member
    return (N_("joined {joined}, {days} days ago < {limit}"),
            {"joined": m.joined_on.isoformat(), "days": (c.windows.as_of - m.joined_on).days,
             "limit": c.thresholds.new_member_days})


def _high_value(c: _Context) -> Sentence:
    return (N_("spend {spend} in {months} months ≥ {cutoff}, the top {pct}%"),
            {"spend": format_money(c.member.monetary_fen), "months": c.thresholds.window_months,
             "cutoff": _money(c.cutoffs.high_value_fen), "pct": c.thresholds.high_value_pct})


def _high_unit_price(c: _Context) -> Sentence:
    return (N_("average ticket {ticket} over {days} visit days in {months} months ≥ {cutoff}, "
               "the top {pct}%"),
            {"ticket": _money(c.member.ticket_fen), "days": c.member.ticket_days,
             "months": c.thresholds.ticket_months, "cutoff": _money(c.cutoffs.high_ticket_fen),
             "pct": c.thresholds.high_ticket_pct})


def _high_loyalty(c: _Context) -> Sentence:
    return (N_("spend {spend} ≥ {cutoff} (the top {pct}%) and a median gap of {gap} days "
               "between visits ≤ {limit}"),
            {"spend": format_money(c.member.monetary_fen),
             "cutoff": _money(c.cutoffs.loyalty_spend_fen),
             "pct": c.thresholds.loyalty_spend_pct, "gap": _one_decimal(c.member.median_gap),
             "limit": c.thresholds.loyalty_gap_days})


def _low_price_high_frequency(c: _Context) -> Sentence:
    return (N_("average ticket {ticket} ≤ {ticket_cutoff} (the lower {low}%) and {days} visit "
               "days in {months} months ≥ {cutoff} (the top {pct}%)"),
            {"ticket": _money(c.member.ticket_fen), "ticket_cutoff": _money(c.cutoffs.low_ticket_fen),
             "low": c.thresholds.low_ticket_pct, "days": c.member.frequency,
             "months": c.thresholds.window_months, "cutoff": c.cutoffs.high_frequency,
             "pct": c.thresholds.high_frequency_pct})


def _low_price_low_frequency(c: _Context) -> Sentence:
    return (N_("average ticket {ticket} ≤ {ticket_cutoff} and {days} visit days in {months} "
               "months ≤ {cutoff}, both in the bottom {pct}%"),
            {"ticket": _money(c.member.ticket_fen),
             "ticket_cutoff": _money(c.cutoffs.low_price_ticket_fen),
             "days": c.member.frequency, "months": c.thresholds.window_months,
             "cutoff": c.cutoffs.low_frequency, "pct": c.thresholds.low_pct})


def _regular(c: _Context) -> Sentence:
    return N_("meets none of the other segments"), {}


def _money(fen: int | None) -> str:
    return "—" if fen is None else format_money(fen)


def _one_decimal(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".removesuffix(".0")


_EXPLAIN: dict[Segment, Callable[[_Context], Sentence]] = {
    Segment.DORMANT: _dormant,
    Segment.CHURNING: _churning,
    Segment.NEW: _new,
    Segment.HIGH_VALUE: _high_value,
    Segment.HIGH_UNIT_PRICE: _high_unit_price,
    Segment.HIGH_LOYALTY: _high_loyalty,
    Segment.LOW_PRICE_HIGH_FREQUENCY: _low_price_high_frequency,
    Segment.LOW_PRICE_LOW_FREQUENCY: _low_price_low_frequency,
    Segment.REGULAR: _regular,
}

GRADE_NAMES = {ValueGrade.VIP: N_("VIP"), ValueGrade.A: N_("Grade A"),
               ValueGrade.B: N_("Grade B"), ValueGrade.C: N_("Grade C")}
STAGE_NAMES = {
    Lifecycle.PROSPECT: N_("Prospect"),
    Lifecycle.NEW: N_("New member"),
    Lifecycle.GROWING: N_("Growing"),
    Lifecycle.MATURE: N_("Mature"),
    Lifecycle.AT_RISK: N_("At risk"),
    Lifecycle.CHURNED: N_("Churned"),
}
RFM_GROUP_NAMES = {
    RfmGroup.IMPORTANT_VALUE: N_("Important value"),
    RfmGroup.IMPORTANT_DEVELOP: N_("Important to develop"),
    RfmGroup.IMPORTANT_KEEP: N_("Important to keep"),
    RfmGroup.IMPORTANT_RETAIN: N_("Important to win back"),
    RfmGroup.GENERAL_VALUE: N_("General value"),
    RfmGroup.GENERAL_DEVELOP: N_("General to develop"),
    RfmGroup.GENERAL_KEEP: N_("General to keep"),
    RfmGroup.GENERAL_RETAIN: N_("General to win back"),
}
