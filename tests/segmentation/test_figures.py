"""Each member's figures against README's definitions, computed by hand:
windows across month ends, activity days, F, M, recency, the average ticket,
the median gap and the 3-month spans of the churning rule."""

from __future__ import annotations

from array import array
from datetime import date

import pytest
from segment_club_builder import AS_OF, Person, ago, figures_of, member, segment

from clubcrm.db.segment_activity import Activity
from clubcrm.segmentation.figures import club_figures
from clubcrm.segmentation.model import Thresholds, Windows, day_number

# --- windows ---


@pytest.mark.parametrize(("as_of", "start", "ticket_start", "periods"), [
    # README: D = 2026-11-22, the last 12 months are 2025-11-23 … 2026-11-22.
    (date(2026, 11, 22), date(2025, 11, 23), date(2026, 5, 23),
     (date(2026, 8, 23), date(2026, 5, 23), date(2026, 2, 23), date(2025, 11, 23))),
    # 31 March less 1, 3, 6, 9, 12 months: 28 Feb, 31 Dec, 30 Sep, 30 Jun, 31 Mar.
    (date(2026, 3, 31), date(2025, 4, 1), date(2025, 10, 1),
     (date(2026, 1, 1), date(2025, 10, 1), date(2025, 7, 1), date(2025, 4, 1))),
    # 29 February less 12 months is 28 February 2023: the window starts on 1 March.
    (date(2024, 2, 29), date(2023, 3, 1), date(2023, 8, 30),
     (date(2023, 11, 30), date(2023, 8, 30), date(2023, 5, 30), date(2023, 3, 1))),
])
def test_windows_are_the_days_after_the_same_date_months_before(
        as_of: date, start: date, ticket_start: date, periods: tuple[date, ...]) -> None:
    """"The last N months" start the day after the same date N months before D."""
    windows = Windows.of(as_of, Thresholds())
    assert (windows.start, windows.ticket_start) == (start, ticket_start)
    assert windows.periods == tuple(day_number(day) for day in periods)
    assert windows.last == day_number(as_of)


def test_window_month_ends_decide_frequency_and_ticket() -> None:
    """As of 2026-03-31: 2025-04-01 is in the 12 months, 2025-10-01 in the 6, 2025-09-30 not."""
    as_of = date(2026, 3, 31)
    people = [Person(1, buys=((date(2025, 4, 1), 1000), (date(2025, 9, 30), 2000),
                              (date(2025, 10, 1), 4000)))]
    result = member(segment(people, as_of), 1)
    assert (result.frequency, result.monetary_fen) == (3, 7000)
    assert (result.ticket_days, result.ticket_fen) == (1, 4000)


# --- activity days, F, M, recency ---


def test_activity_days_are_distinct_calendar_days() -> None:
    """Two purchases and a check-in on one day are one activity day; the spend adds up."""
    day = ago(3)
    result = member(segment([Person(1, buys=((day, 1500), (day, 2500)), visits=(day, day))]), 1)
    assert (result.frequency, result.monetary_fen, result.ticket_days) == (1, 4000, 1)
    assert (result.ticket_fen, result.last_active, result.recency_days) == (4000, day, 3)


def test_member_with_one_purchase() -> None:
    """One purchase: F 1, M its value, the ticket its value, recency from its day, no gap."""
    result = member(segment([Person(1, buys=((ago(40), 8800),))]), 1)
    assert (result.frequency, result.monetary_fen, result.ticket_fen) == (1, 8800, 8800)
    assert (result.last_active, result.recency_days, result.median_gap) == (ago(40), 40, None)


def test_member_with_no_activity() -> None:
    """Never active: F 0, M 0, no ticket, no recency, no gap."""
    result = member(segment([Person(1), Person(2, buys=((ago(1), 100),))]), 1)
    assert (result.frequency, result.monetary_fen, result.ticket_fen) == (0, 0, None)
    assert (result.last_active, result.recency_days, result.median_gap) == (None, None, None)
    assert (result.ticket_days, result.recent_days, result.prior_days) == (0, 0, 0)


def test_recency_counts_activity_before_the_window() -> None:
    """Recency is from the last activity day ever, even one outside the 12 months."""
    result = member(segment([Person(1, buys=((ago(400), 5000),), visits=(ago(500),))]), 1)
    assert (result.recency_days, result.last_active) == (400, ago(400))
    assert (result.frequency, result.monetary_fen, result.ticket_fen) == (0, 0, None)


def test_recency_takes_the_later_of_purchase_and_check_in() -> None:
    """The last activity day is the later of the last purchase and the last check-in."""
    seg = segment([Person(1, buys=((ago(30), 100),), visits=(ago(5),)),
                   Person(2, buys=((ago(5), 100),), visits=(ago(30),))])
    assert member(seg, 1).recency_days == member(seg, 2).recency_days == 5


def test_visits_only_give_days_but_no_spend() -> None:
    """A member who only checks in (a period card) has activity days, M 0 and a ticket of 0."""
    result = member(segment([Person(1, visits=(ago(1), ago(2), ago(200)))]), 1)
    assert (result.frequency, result.monetary_fen, result.ticket_days, result.ticket_fen) == \
        (3, 0, 2, 0)


# --- average ticket ---


def test_average_ticket_divides_by_activity_days_and_rounds_down() -> None:
    """Ticket = 6-month spend ÷ 6-month activity days (check-in days too), floored to the fen."""
    seg = segment([Person(1, buys=((ago(1), 1000),), visits=(ago(2), ago(3))),
                   Person(2, buys=((ago(1), 600), (ago(2), 400)), visits=(ago(3),))])
    assert (member(seg, 1).ticket_fen, member(seg, 1).ticket_days) == (333, 3)
    assert (member(seg, 2).ticket_fen, member(seg, 2).ticket_days) == (333, 3)


def test_ticket_window_boundary() -> None:
    """As of 2026-11-22 the ticket window starts 2026-05-23: the day before is F and M only."""
    seg = segment([Person(1, buys=((date(2026, 5, 22), 9000),)),
                   Person(2, buys=((date(2026, 5, 23), 9000),)),
                   Person(3, buys=((date(2026, 5, 22), 9000), (date(2026, 5, 23), 1000)))])
    assert (member(seg, 1).frequency, member(seg, 1).ticket_fen) == (1, None)
    assert (member(seg, 2).frequency, member(seg, 2).ticket_fen) == (1, 9000)
    assert (member(seg, 3).frequency, member(seg, 3).monetary_fen) == (2, 10000)
    assert (member(seg, 3).ticket_days, member(seg, 3).ticket_fen) == (1, 1000)


# --- median gap ---


@pytest.mark.parametrize(("days_ago", "gap"), [
    ((30, 20, 0), 15.0),  # gaps 10, 20: an even count, the mean of the middle two
    ((35, 30, 20, 0), 10.0),  # gaps 5, 10, 20: an odd count, the middle one
    ((61, 31, 0), 30.5),
    ((100, 99, 98, 0), 1.0),  # gaps 1, 1, 98
    ((9, 9, 0), 9.0),  # the same day twice is one activity day
    ((5,), None),  # one activity day: no gap
])
def test_median_gap_between_activity_days(days_ago: tuple[int, ...], gap: float | None) -> None:
    """The median of the gaps between consecutive activity days of the 12 months."""
    result = member(segment([Person(1, visits=tuple(ago(n) for n in days_ago))]), 1)
    assert result.median_gap == gap


def test_median_gap_ignores_days_before_the_window() -> None:
    """Only the 12 months' activity days have gaps: a day 400 days ago adds none."""
    result = member(segment([Person(1, visits=(ago(400), ago(20), ago(10)))]), 1)
    assert result.median_gap == 10.0


# --- the 3-month spans of the churning rule (as of 2026-11-22: spans start
# 2026-08-23 (the recent one), 2026-05-23, 2026-02-23 and 2025-11-23) ---


def test_spans_of_a_long_standing_member() -> None:
    """Three whole spans before the recent one; 2026-08-23 is recent, 2026-08-22 prior."""
    result = member(segment([Person(1, visits=(
        date(2025, 11, 23), date(2026, 2, 22), date(2026, 5, 23), date(2026, 8, 22),
        date(2026, 8, 23), date(2026, 11, 22)))]), 1)
    assert (result.prior_periods, result.prior_days, result.recent_days) == (3, 4, 2)


@pytest.mark.parametrize(("joined", "periods", "prior"), [
    (date(2025, 11, 23), 3, 3),  # joined on the first day of the earliest span
    (date(2025, 11, 24), 2, 2),  # missed a day of it: two spans, 2025-12-01 left out
    (date(2026, 2, 23), 2, 2),
    (date(2026, 4, 1), 1, 1),  # only 2026-05-23 … 2026-08-22 whole
    (date(2026, 5, 23), 1, 1),
    (date(2026, 5, 24), 0, 0),  # less than one whole span: not judged
])
def test_spans_the_member_belonged_for_the_whole_of(joined: date, periods: int,
                                                    prior: int) -> None:
    """Only the spans a member belonged for from their first day are averaged."""
    visits = tuple(day for day in (date(2025, 12, 1), date(2026, 3, 1), date(2026, 6, 1))
                   if day >= joined)
    result = member(segment([Person(1, joined=joined, visits=visits)]), 1)
    assert (result.prior_periods, result.prior_days) == (periods, prior)


# --- the rows themselves, as the database gives them ---


def test_rows_of_members_not_counted_are_left_out() -> None:
    """Activity of an id missing from the members (archived…) is ignored, ids need
    not be consecutive, and a merged record's activity counts for its survivor."""
    windows = Windows.of(AS_OF, Thresholds())
    day = day_number(ago(1))
    activity = Activity(array("q", [3, 42]), array("q", [0, 0]), array("b", [1, 1]),
                        spenders=array("q", [7, 42, 9]), spend=array("q", [500, 900, 100]),
                        ticket_spend=array("q", [500, 900, 100]),
                        days=[f"-7,{day}", f"-42,{day},{day}", f"-5,{day}", f"-3,{day}",
                              f"-9,{day - 1}"],
                        aliases={9: 42})
    figures = club_figures(activity, windows)
    assert figures.member_ids.tolist() == [3, 42]
    assert figures.days.tolist() == [1, 2]
    assert figures.spend.tolist() == [0, 1000]


def test_a_member_whose_every_purchase_was_reversed() -> None:
    """The exact reading gives such a member no days and no spend: nothing is counted."""
    windows = Windows.of(AS_OF, Thresholds())
    activity = Activity(array("q", [1]), array("q", [0]), array("b", [1]),
                        spenders=array("q", [1]), spend=array("q", [0]),
                        ticket_spend=array("q", [0]), last_before={1: (None, None)})
    figures = club_figures(activity, windows)
    assert (figures.days.tolist(), figures.spend.tolist(), figures.active.tolist()) == \
        ([0], [0], [False])


def test_figures_do_not_depend_on_the_order_of_the_rows() -> None:
    """The same activity listed in another order gives the same columns."""
    people = [Person(n, buys=((ago(n), 100 * n), (ago(2 * n), 50)), visits=(ago(3 * n),))
              for n in range(1, 8)]
    one, other = figures_of(people), figures_of(list(reversed(people)))
    for name in ("member_ids", "days", "spend", "ticket_spend", "ticket_days", "recent_days",
                 "prior_days", "prior_periods", "gap2", "last_active"):
        assert getattr(one, name).tolist() == getattr(other, name).tolist(), name
