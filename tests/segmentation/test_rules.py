"""The operating segments of README's "Segments: how each figure is defined",
on small clubs computed by hand: each rule, each boundary, ties at a cut-off,
the ⌈n × p %⌉ position, and the primary segment's precedence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from segment_club_builder import AS_OF, Person, active, ago, having, member, segment

from clubcrm.segmentation.model import DEFAULT_PRECEDENCE, Segment, Thresholds
from clubcrm.segmentation.rules import bottom_cutoff, top_cutoff

# --- cut-offs: the value of the member at position ⌈n × p %⌉ ---


@pytest.mark.parametrize(("count", "position"), [
    (1, 1), (6, 1), (7, 2), (13, 2), (14, 3), (20, 3), (21, 4), (100, 15), (101, 16),
])
def test_cutoff_position_is_n_times_p_rounded_up(count: int, position: int) -> None:
    """15 % of n members: the cut-off is the value of the member ranked ⌈0.15 n⌉."""
    values = np.arange(1, count + 1) * 10  # 10, 20, … all different
    assert top_cutoff(values, 15) == (count - position + 1) * 10
    assert bottom_cutoff(values, 15) == position * 10


def test_half_of_an_odd_count_rounds_up() -> None:
    """50 % of 7 is position 4 from either end."""
    values = np.array([70, 10, 30, 50, 20, 60, 40])
    assert (top_cutoff(values, 50), bottom_cutoff(values, 50)) == (40, 40)


def test_no_values_no_cutoff() -> None:
    """Nobody ranked: no cut-off."""
    assert top_cutoff(np.array([], np.int64), 15) is None
    assert bottom_cutoff(np.array([], np.int64), 15) is None


def spenders(spends: list[int], *, idle: int = 0) -> list[Person]:
    """Members 1, 2, … who each spent once, 10 days ago; then `idle` members who never did."""
    people = [Person(n, buys=((ago(10), fen),)) for n, fen in enumerate(spends, 1)]
    return people + [Person(len(spends) + n) for n in range(1, idle + 1)]


# --- high-value: M in the top 15 % of the members with M > 0 ---


def test_high_value_is_the_top_15_percent_of_spenders() -> None:
    """7 spenders: ⌈1.05⌉ = 2, so the two highest; members who spent nothing do not rank."""
    seg = segment(spenders([70000, 60000, 50000, 40000, 30000, 20000, 10000], idle=20))
    assert seg.cutoffs.high_value_fen == 60000
    assert having(seg, lambda r: r.meets(Segment.HIGH_VALUE)) == {1, 2}


def test_ties_at_the_high_value_cutoff_are_all_in() -> None:
    """The cut-off is a value: three members at it are all high-value."""
    seg = segment(spenders([90000, 80000, 80000, 80000, 10000, 10000, 10000]))
    assert seg.cutoffs.high_value_fen == 80000
    assert having(seg, lambda r: r.meets(Segment.HIGH_VALUE)) == {1, 2, 3, 4}


def test_a_lone_spender_is_high_value() -> None:
    """One spender among many idle members: n = 1, position 1."""
    seg = segment(spenders([100], idle=50))
    assert having(seg, lambda r: r.meets(Segment.HIGH_VALUE)) == {1}


# --- high-unit-price: the average ticket in the top 15 % ---


def test_high_unit_price_is_the_top_15_percent_of_tickets() -> None:
    """Tickets 7000 … 1000 of seven members (one of two visits each): the top two;
    a member active only before the ticket window has no ticket and does not rank."""
    people = [Person(n, buys=((ago(1), 2000 * (8 - n)),), visits=(ago(2),))
              for n in range(1, 8)]
    people.append(Person(8, buys=((ago(300), 999999),)))
    seg = segment(people)
    assert [member(seg, n).ticket_fen for n in range(1, 8)] == [7000, 6000, 5000, 4000, 3000,
                                                                2000, 1000]
    assert seg.cutoffs.high_ticket_fen == 6000
    assert having(seg, lambda r: r.meets(Segment.HIGH_UNIT_PRICE)) == {1, 2}


def test_a_ticket_of_zero_is_not_a_high_unit_price() -> None:
    """Check-ins only (a period card) give a ticket of 0, which is never high-unit-price.
    README is silent on this: the rule adds ticket > 0."""
    seg = segment([Person(n, visits=(ago(n),)) for n in range(1, 6)])
    assert seg.cutoffs.high_ticket_fen == 0
    assert having(seg, lambda r: r.meets(Segment.HIGH_UNIT_PRICE)) == set()


# --- high-loyalty: M in the top 50 % and a median gap ≤ 30 days ---


def test_high_loyalty_needs_spend_in_the_top_half_and_a_short_median_gap() -> None:
    """Four spenders: the top half ends at position ⌈2⌉ (50000, tied twice); of those,
    a median gap of 30 is loyal, 30.5 is not; a low spender with short gaps is not."""
    seg = segment([
        active(1, [ago(60), ago(30), ago(0)], 50000),  # gaps 30, 30
        active(2, [ago(61), ago(31), ago(0)], 50000),  # gaps 30, 31: 30.5
        active(3, [ago(2), ago(1), ago(0)], 100),  # gaps 1, 1 but spend low
        active(4, [ago(3)], 90000),  # one activity day: no gap
    ])
    assert seg.cutoffs.loyalty_spend_fen == 50000
    assert [member(seg, n).median_gap for n in (1, 2, 3, 4)] == [30.0, 30.5, 1.0, None]
    assert having(seg, lambda r: r.meets(Segment.HIGH_LOYALTY)) == {1}


def test_high_loyalty_ties_at_the_spend_cutoff() -> None:
    """Equal spend at the 50 % cut-off: every one of them can be loyal."""
    seg = segment([active(n, [ago(20), ago(10), ago(0)], 5000) for n in range(1, 5)]
                  + [active(5, [ago(20), ago(10), ago(0)], 100)])
    assert seg.cutoffs.loyalty_spend_fen == 5000
    assert having(seg, lambda r: r.meets(Segment.HIGH_LOYALTY)) == {1, 2, 3, 4}


# --- low-price high-frequency and low-price low-frequency ---


def priced(member_id: int, ticket_fen: int, frequency: int) -> Person:
    """A member with `frequency` activity days in the ticket window and that average ticket."""
    return active(member_id, [ago(day) for day in range(1, frequency + 1)],
                  ticket_fen * frequency)


LOW_PRICE_CLUB = [priced(1, 100, 10), priced(2, 200, 1), priced(3, 300, 9), priced(4, 400, 2),
                  priced(5, 500, 10), priced(6, 600, 3), priced(7, 700, 4), priced(8, 200, 1)]


def test_low_price_cutoffs() -> None:
    """Eight tickets 100, 200, 200, 300, …: the lower half ends at position 4 (300),
    the bottom 15 % at position 2 (200); F ranked 10, 10, 9, …: top 15 % at 10,
    bottom 15 % at position 2 (1)."""
    seg = segment(LOW_PRICE_CLUB)
    assert [member(seg, n).ticket_fen for n in range(1, 9)] == [100, 200, 300, 400, 500, 600,
                                                                700, 200]
    assert [member(seg, n).frequency for n in range(1, 9)] == [10, 1, 9, 2, 10, 3, 4, 1]
    cut = seg.cutoffs
    assert (cut.low_ticket_fen, cut.low_price_ticket_fen) == (300, 200)
    assert (cut.high_frequency, cut.low_frequency) == (10, 1)


def test_low_price_high_frequency() -> None:
    """Ticket in the lower half and F in the top 15 %: member 1 (member 5 is frequent but
    dear, member 3 cheap but F 9 is below the cut-off)."""
    seg = segment(LOW_PRICE_CLUB)
    assert having(seg, lambda r: r.meets(Segment.LOW_PRICE_HIGH_FREQUENCY)) == {1}


def test_low_price_low_frequency_with_ties() -> None:
    """Ticket and F both in the bottom 15 %: members 2 and 8, tied on both."""
    seg = segment(LOW_PRICE_CLUB)
    assert having(seg, lambda r: r.meets(Segment.LOW_PRICE_LOW_FREQUENCY)) == {2, 8}


def test_period_card_visits_rank_as_the_lowest_ticket() -> None:
    """A frequent member who only checks in has a ticket of 0: low-price high-frequency."""
    seg = segment([*LOW_PRICE_CLUB, Person(9, visits=tuple(ago(d) for d in range(1, 21)))])
    assert member(seg, 9).ticket_fen == 0
    assert seg.cutoffs.high_frequency == 10
    assert member(seg, 9).meets(Segment.LOW_PRICE_HIGH_FREQUENCY)


# --- dormant and new: boundaries ---


def test_exactly_180_days_is_not_dormant() -> None:
    """More than 180 days since the last activity day is dormant; exactly 180 is not."""
    seg = segment([Person(1, buys=((ago(180), 100),)), Person(2, buys=((ago(181), 100),)),
                   Person(3, visits=(ago(180),)), Person(4, visits=(ago(181),))])
    assert having(seg, lambda r: r.meets(Segment.DORMANT)) == {2, 4}


def test_never_active_counts_from_joining() -> None:
    """A member never active is dormant 181 days after joining, not 180."""
    seg = segment([Person(1, joined=ago(180)), Person(2, joined=ago(181))])
    assert having(seg, lambda r: r.meets(Segment.DORMANT)) == {2}


def test_new_is_fewer_than_30_days() -> None:
    """Joined 29 days before D is new, 30 days is not; joined on D is new."""
    seg = segment([Person(1, joined=ago(29)), Person(2, joined=ago(30)),
                   Person(3, joined=AS_OF)])
    assert having(seg, lambda r: r.meets(Segment.NEW)) == {1, 3}


# --- clearly churning (spans as of 2026-11-22: recent from 2026-08-23; prior
# spans from 2026-05-23, 2026-02-23 and 2025-11-23) ---

SIX_PRIOR = (date(2026, 1, 10), date(2026, 3, 10), date(2026, 6, 10), date(2026, 7, 10),
             date(2026, 8, 10), date(2026, 8, 22))
NINE_PRIOR = (*SIX_PRIOR, date(2025, 12, 1), date(2026, 4, 1), date(2026, 5, 30))


@pytest.mark.parametrize(("visits", "churning"), [
    (SIX_PRIOR, True),  # average 2 a span, half is 1: none recent is below
    ((*SIX_PRIOR, date(2026, 8, 23)), False),  # 1 is not below 1
    (NINE_PRIOR, True),
    ((*NINE_PRIOR, date(2026, 11, 22)), True),  # average 3, half 1.5: 1 is below
    ((*NINE_PRIOR, date(2026, 9, 1), date(2026, 11, 22)), False),  # 2 is not
    ((date(2026, 9, 1),), False),  # nothing before: an average of 0 is not judged
    ((), False),
])
def test_churning_compares_the_recent_span_with_the_average_before(
        visits: tuple[date, ...], churning: bool) -> None:
    """Activity days in the last 3 months < 50 % of the average per 3 months before."""
    result = member(segment([Person(1, visits=visits)]), 1)
    assert result.prior_periods == 3
    assert result.meets(Segment.CHURNING) is churning


def test_churning_averages_only_the_spans_the_member_belonged_for() -> None:
    """Joined 2026-04-01: one whole span (2026-05-23 …); two days before it do not count.
    One day in it and none since: 0 < 50 % of 1, churning. Joined 2026-05-24: no whole
    span, not judged."""
    early = (date(2026, 4, 10), date(2026, 4, 20), date(2026, 6, 1))
    seg = segment([Person(1, joined=date(2026, 4, 1), visits=early),
                   Person(2, joined=date(2026, 5, 24), visits=(date(2026, 6, 1),)),
                   Person(3, joined=date(2026, 4, 1),
                          visits=(*early, date(2026, 6, 2), date(2026, 9, 1)))])
    one, none, three = member(seg, 1), member(seg, 2), member(seg, 3)
    assert (one.prior_periods, one.prior_days, one.meets(Segment.CHURNING)) == (1, 1, True)
    assert (none.prior_periods, none.meets(Segment.CHURNING)) == (0, False)
    # Two prior days in one span, one recent: 1 < 50 % × 2 is false.
    assert (three.prior_days, three.recent_days, three.meets(Segment.CHURNING)) == \
        (2, 1, False)


# --- regular, several segments, the primary one ---


def test_a_member_meeting_nothing_is_regular() -> None:
    """Spend and ticket below the top 15 % (80000) and above the lower half (60000), one
    activity day, 10 days ago: regular, and regular is the primary segment."""
    seg = segment(spenders([90000, 80000, 70000, 60000, 50000, 40000, 30000]))
    result = member(seg, 3)
    assert (result.segments, result.primary) == ((Segment.REGULAR,), Segment.REGULAR)


def test_primary_segment_follows_the_precedence() -> None:
    """A big spender gone quiet 200 days is dormant and high-value: dormant comes first;
    a big spender who joined 5 days ago is new before high-value."""
    people = [Person(1, joined=date(2025, 1, 1), buys=((ago(200), 900000),)),
              Person(2, joined=ago(5), buys=((ago(1), 800000),)),
              *spenders([100] * 10)[2:]]
    seg = segment(people)
    first, second = member(seg, 1), member(seg, 2)
    assert {Segment.DORMANT, Segment.HIGH_VALUE} <= set(first.segments)
    assert first.primary is Segment.DORMANT
    assert {Segment.NEW, Segment.HIGH_VALUE} <= set(second.segments)
    assert second.primary is Segment.NEW


def test_a_changed_precedence_changes_the_primary_segment_only() -> None:
    """High-value first: the dormant big spender's primary segment is high-value, and
    the segments met stay the same."""
    people = [Person(1, joined=date(2025, 1, 1), buys=((ago(200), 900000),)),
              *spenders([100] * 10)[1:]]
    order = (Segment.HIGH_VALUE, *(s for s in DEFAULT_PRECEDENCE if s is not Segment.HIGH_VALUE))
    before = member(segment(people), 1)
    after = member(segment(people, thresholds=replace(Thresholds(), precedence=order)), 1)
    assert (before.primary, after.primary) == (Segment.DORMANT, Segment.HIGH_VALUE)
    assert before.segments == after.segments


def test_the_default_precedence_is_readmes() -> None:
    """dormant, churning, new, high-value, high-unit-price, high-loyalty, low-price
    high-frequency, low-price low-frequency."""
    assert Thresholds().precedence == (
        Segment.DORMANT, Segment.CHURNING, Segment.NEW, Segment.HIGH_VALUE,
        Segment.HIGH_UNIT_PRICE, Segment.HIGH_LOYALTY, Segment.LOW_PRICE_HIGH_FREQUENCY,
        Segment.LOW_PRICE_LOW_FREQUENCY)


def test_thresholds_are_the_seeds_values() -> None:
    """The defaults README states: 12/6/3 months, 180 days, 30 days, 15 %, 50 %, 60/25/10 %."""
    t = Thresholds()
    assert (t.window_months, t.ticket_months, t.recent_months) == (12, 6, 3)
    assert (t.dormant_days, t.new_member_days, t.churned_days, t.mature_days) == \
        (180, 30, 365, 365)
    assert (t.high_value_pct, t.loyalty_spend_pct, t.loyalty_gap_days, t.high_ticket_pct,
            t.low_ticket_pct, t.high_frequency_pct, t.low_pct, t.churn_drop_pct) == \
        (15, 50, 30, 15, 50, 15, 15, 50)
    assert (t.grade_vip_pct, t.grade_a_pct, t.grade_b_pct, t.rfm_high_score) == (60, 25, 10, 3)
