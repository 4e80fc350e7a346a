"""The rules: each member's segments, value grade, lifecycle stage and RFM scores.

The seven operating segments come from seed 002, the value grades from seed
001, the lifecycle stages from seed 000 (shared/DESIGN.md section 4); README.md
("Segments: how each figure is defined") states them for owners. Every rule
compares a member's figure with a threshold, or with a cut-off taken from all
members, so each result can say why (`segmentation/explain.py`).

Ties never split: a cut-off is a value, and every member with that value is on
the same side of it. The same data always gives the same result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from clubcrm.segmentation.figures import NEVER, ClubFigures
from clubcrm.segmentation.model import (
    GRADES,
    RFM_GROUPS,
    SEGMENTS,
    STAGES,
    Cutoffs,
    Lifecycle,
    MemberSegments,
    Segment,
    Thresholds,
    ValueGrade,
    Windows,
    day_of,
)


@dataclass(frozen=True, slots=True)
class Segmentation:
    """The whole club's result, as columns in the order of `figures`."""

    windows: Windows
    thresholds: Thresholds
    cutoffs: Cutoffs
    figures: ClubFigures = field(repr=False)
    segments: np.ndarray = field(repr=False)  # a Segment.bit for each segment met
    primary: np.ndarray = field(repr=False)  # index into SEGMENTS
    grade: np.ndarray = field(repr=False)  # index into GRADES
    lifecycle: np.ndarray = field(repr=False)  # index into STAGES
    r: np.ndarray = field(repr=False)
    f: np.ndarray = field(repr=False)
    m: np.ndarray = field(repr=False)
    rfm_group: np.ndarray = field(repr=False)  # index into RFM_GROUPS

    def __len__(self) -> int:
        return len(self.figures)

    def member(self, index: int) -> MemberSegments:
        """The result of the member at `index`, with the figures that decided it."""
        [result] = self.members([index])
        return result

    def members(self, indexes: Sequence[int] | np.ndarray) -> list[MemberSegments]:
        """The results at `indexes`: each column is taken for all of them at once
        (an export of 20,000 members does not index numpy 20 times per member)."""
        at = np.asarray(indexes, np.int64)
        f = self.figures
        last_day = self.windows.last
        segment_sets: dict[int, tuple[Segment, ...]] = {}

        def segments_of(bits: int) -> tuple[Segment, ...]:
            met = segment_sets.get(bits)
            if met is None:
                met = segment_sets[bits] = tuple(s for s in SEGMENTS if bits & s.bit)
            return met

        return [
            MemberSegments(
                member_id=member_id, joined_on=day_of(joined),
                last_active=None if last == NEVER else day_of(last),
                recency_days=None if last == NEVER else last_day - last,
                frequency=days, monetary_fen=spend, ticket_fen=None if ticket < 0 else ticket,
                ticket_days=ticket_days, recent_days=recent_days, prior_days=prior_days,
                prior_periods=prior_periods, median_gap=None if gap2 < 0 else gap2 / 2,
                segments=segments_of(bits), primary=SEGMENTS[primary], grade=GRADES[grade],
                lifecycle=STAGES[lifecycle], r=r, f=f_score, m=m, rfm_group=RFM_GROUPS[group])
            for (member_id, joined, last, days, spend, ticket, ticket_days, recent_days,
                 prior_days, prior_periods, gap2, bits, primary, grade, lifecycle, r, f_score,
                 m, group) in zip(*(column[at].tolist() for column in (
                     f.member_ids, f.joined, f.last_active, f.days, f.spend, f.ticket,
                     f.ticket_days, f.recent_days, f.prior_days, f.prior_periods, f.gap2,
                     self.segments, self.primary, self.grade, self.lifecycle, self.r, self.f,
                     self.m, self.rfm_group)), strict=True)
        ]

    def index_of(self, member_id: int) -> int | None:
        ids = self.figures.member_ids
        at = int(np.searchsorted(ids, member_id))
        return at if at < len(ids) and ids[at] == member_id else None


def segment_club(figures: ClubFigures, windows: Windows, thresholds: Thresholds
                 ) -> Segmentation:
    """Every member's segments, primary segment, grade, lifecycle stage and RFM scores."""
    cutoffs = cutoffs_of(figures, thresholds)
    met = segments_met(figures, windows, thresholds, cutoffs)
    r = quintiles(np.where(figures.active, figures.last_active, NEVER))
    f = quintiles(figures.days)
    m = quintiles(figures.spend)
    high = thresholds.rfm_high_score
    return Segmentation(
        windows, thresholds, cutoffs, figures, met,
        primary_segments(met, thresholds.precedence),
        value_grades(figures.spend, figures.member_ids, thresholds),
        lifecycle_stages(figures, met, windows, thresholds), r=r, f=f, m=m,
        rfm_group=4 * (r >= high) + 2 * (f >= high) + (m >= high))


def top_cutoff(values: np.ndarray, pct: int) -> int | None:
    """The smallest value still among the top `pct` % of `values` (at least
    one of them); every value equal to it is in too."""
    if not len(values) or pct <= 0:
        return None
    ranked = np.sort(values)[::-1]
    return int(ranked[_position(len(ranked), pct)])


def bottom_cutoff(values: np.ndarray, pct: int) -> int | None:
    """The largest value still among the bottom `pct` % of `values`."""
    if not len(values) or pct <= 0:
        return None
    return int(np.sort(values)[_position(len(values), pct)])


def _position(count: int, pct: int) -> int:
    return max(1, -(-count * pct // 100)) - 1  # ceil(count × pct %), 0-based


def cutoffs_of(f: ClubFigures, t: Thresholds) -> Cutoffs:
    """Spend is ranked among members who spent, frequency among the active,
    the ticket among members active in the ticket window."""
    spends = f.spend[f.spend > 0]
    ticket = f.ticket
    tickets = ticket[ticket >= 0]
    frequencies = f.days[f.days > 0]
    return Cutoffs(
        top_cutoff(spends, t.high_value_pct), top_cutoff(spends, t.loyalty_spend_pct),
        top_cutoff(tickets, t.high_ticket_pct), bottom_cutoff(tickets, t.low_ticket_pct),
        top_cutoff(frequencies, t.high_frequency_pct), bottom_cutoff(tickets, t.low_pct),
        bottom_cutoff(frequencies, t.low_pct))


def segments_met(f: ClubFigures, w: Windows, t: Thresholds, c: Cutoffs) -> np.ndarray:
    ticket = f.ticket
    has_ticket = ticket >= 0
    rules = {
        Segment.DORMANT: dormant(f, w, t),
        Segment.CHURNING: churning(f, t),
        Segment.NEW: w.last - f.joined < t.new_member_days,
        Segment.HIGH_VALUE: _at_least(f.spend, c.high_value_fen) & (f.spend > 0),
        Segment.HIGH_UNIT_PRICE: has_ticket & _at_least(ticket, c.high_ticket_fen) & (ticket > 0),
        Segment.HIGH_LOYALTY: (_at_least(f.spend, c.loyalty_spend_fen) & (f.spend > 0)
                               & (f.gap2 >= 0) & (f.gap2 <= 2 * t.loyalty_gap_days)),
        Segment.LOW_PRICE_HIGH_FREQUENCY: (has_ticket & _at_most(ticket, c.low_ticket_fen)
                                           & _at_least(f.days, c.high_frequency) & (f.days > 0)),
        Segment.LOW_PRICE_LOW_FREQUENCY: (has_ticket & _at_most(ticket, c.low_price_ticket_fen)
                                          & _at_most(f.days, c.low_frequency)),
    }
    met = np.zeros(len(f), np.int64)
    for segment, members in rules.items():
        met |= np.where(members, segment.bit, 0)
    return np.where(met == 0, Segment.REGULAR.bit, met)


def dormant(f: ClubFigures, w: Windows, t: Thresholds) -> np.ndarray:
    """No activity for more than `dormant_days` (counted from joining if never active)."""
    since = np.where(f.active, f.last_active, f.joined)
    return w.last - since > t.dormant_days


def churning(f: ClubFigures, t: Thresholds) -> np.ndarray:
    """The recent span's activity days fell below `churn_drop_pct` % of the
    member's own average per span before it: recent < pct % × prior / spans."""
    return ((f.prior_periods > 0) & (f.prior_days > 0)
            & (f.recent_days * 100 * f.prior_periods < t.churn_drop_pct * f.prior_days))


def primary_segments(met: np.ndarray, precedence: tuple[Segment, ...]) -> np.ndarray:
    primary = np.full(len(met), SEGMENTS.index(Segment.REGULAR), np.int64)
    decided = np.zeros(len(met), bool)
    for segment in precedence:
        chosen = ((met & segment.bit) != 0) & ~decided
        primary[chosen] = SEGMENTS.index(segment)
        decided |= chosen
    return primary


def lifecycle_stages(f: ClubFigures, met: np.ndarray, w: Windows, t: Thresholds) -> np.ndarray:
    since = np.where(f.active, f.last_active, f.joined)
    tenure = w.last - f.joined
    at_risk = (met & (Segment.DORMANT.bit | Segment.CHURNING.bit)) != 0
    conditions = [~f.active & ~f.has_card, w.last - since > t.churned_days, at_risk,
                  tenure < t.new_member_days, tenure >= t.mature_days]
    stages = [Lifecycle.PROSPECT, Lifecycle.CHURNED, Lifecycle.AT_RISK, Lifecycle.NEW,
              Lifecycle.MATURE]
    return np.select(conditions, [STAGES.index(s) for s in stages],
                     default=STAGES.index(Lifecycle.GROWING))


def value_grades(spend: np.ndarray, member_ids: np.ndarray, t: Thresholds) -> np.ndarray:
    """VIP / A / B / C by the share of the window's revenue earned before a
    member in the ranking by spend (seed 001): the member whose spend crosses
    the 60 % line is still VIP. Members with equal spend share a grade; members
    who spent nothing are C."""
    grades = np.full(len(spend), GRADES.index(ValueGrade.C), np.int64)
    total = int(spend[spend > 0].sum())
    if total == 0:
        return grades
    order = np.lexsort((member_ids, -spend))
    ranked = spend[order]
    before = np.cumsum(ranked) - ranked
    first_of_tie = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
    tie = np.cumsum(np.r_[True, ranked[1:] != ranked[:-1]]) - 1
    before = before[first_of_tie][tie] * 100
    lines = np.cumsum([t.grade_vip_pct, t.grade_a_pct, t.grade_b_pct])
    ranked_grades = np.full(len(spend), GRADES.index(ValueGrade.C), np.int64)
    for line, grade in reversed(list(zip(lines, (ValueGrade.VIP, ValueGrade.A, ValueGrade.B),
                                         strict=True))):
        ranked_grades[before < int(line) * total] = GRADES.index(grade)
    ranked_grades[ranked <= 0] = GRADES.index(ValueGrade.C)
    grades[order] = ranked_grades
    return grades


def quintiles(values: np.ndarray) -> np.ndarray:
    """1–5: one more for each fifth of the members whose value is strictly
    lower (higher is better); equal values share a score."""
    if not len(values):
        return np.zeros(0, np.int64)
    below = np.searchsorted(np.sort(values), values, side="left")
    return 1 + 5 * below // len(values)


def _at_least(values: np.ndarray, cutoff: int | None) -> np.ndarray:
    return values >= cutoff if cutoff is not None else np.zeros(len(values), bool)


def _at_most(values: np.ndarray, cutoff: int | None) -> np.ndarray:
    return values <= cutoff if cutoff is not None else np.zeros(len(values), bool)
