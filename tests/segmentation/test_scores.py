"""Value grades, RFM scores and groups, lifecycle stages, and determinism, on
small clubs computed by hand from README's definitions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from segment_club_builder import Person, ago, member, segment

from clubcrm.segmentation.model import Lifecycle, RfmGroup, Thresholds, ValueGrade

# --- value grades: by the share of the 12 months' revenue ranked before a member ---

V, A, B, C = ValueGrade.VIP, ValueGrade.A, ValueGrade.B, ValueGrade.C


def grades(spends: list[int]) -> list[ValueGrade]:
    people = [Person(n, buys=((ago(5), fen),) if fen else ()) for n, fen in enumerate(spends, 1)]
    seg = segment(people)
    return [member(seg, n).grade for n in range(1, len(spends) + 1)]


@pytest.mark.parametrize(("spends", "expected"), [
    # Before each: 0, 50, 80, 90, 95 % (of 10000): the second crosses 60 % and is VIP.
    ([5000, 3000, 1000, 500, 300, 200], [V, V, A, B, C, C]),
    # Ties share a grade: both 500s have 90 % before them, so both are B.
    ([5000, 3000, 1000, 500, 500, 0], [V, V, A, B, B, C]),
    # Exactly 60 % before is not below 60 %: grade A; exactly 85 %: B; exactly 95 %: C.
    ([6000, 2500, 1000, 500], [V, A, B, C]),
    # One member with most of it: the next has 90 % before them.
    ([9000, 1000], [V, B]),
    # Order of the members does not matter, only their spend.
    ([300, 5000, 200, 3000, 1000, 500], [C, V, C, V, A, B]),
    # Nobody spent: everybody is C.
    ([0, 0, 0], [C, C, C]),
])
def test_value_grades(spends: list[int], expected: list[ValueGrade]) -> None:
    """Below 60 % → VIP, below 85 % → A, below 95 % → B, else C; M = 0 is C."""
    assert grades(spends) == expected


def test_grades_count_only_the_window() -> None:
    """Spend before the 12 months neither earns a grade nor counts in the total."""
    seg = segment([Person(1, buys=((ago(400), 900000), (ago(5), 1000))),
                   Person(2, buys=((ago(5), 9000),))])
    assert (member(seg, 1).monetary_fen, member(seg, 1).grade) == (1000, B)
    assert member(seg, 2).grade is V


# --- RFM scores: 1 + ⌊5 × (members strictly worse) ÷ members⌋ ---


def scores(seg: object, letter: str, count: int) -> list[int]:
    return [getattr(member(seg, n), letter) for n in range(1, count + 1)]  # type: ignore[arg-type]


def test_monetary_scores_by_fifths() -> None:
    """Ten members with M 0, 100, …, 900: scores 1 1 2 2 3 3 4 4 5 5."""
    seg = segment([Person(n, buys=((ago(3), 100 * (n - 1)),) if n > 1 else ())
                   for n in range(1, 11)])
    assert scores(seg, "m", 10) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_equal_values_share_a_score() -> None:
    """M 0 ×4, 500 ×2, 900 ×4: four, then six strictly worse; nobody reaches 5."""
    spends = [0, 0, 0, 0, 500, 500, 900, 900, 900, 900]
    seg = segment([Person(n, buys=((ago(3), fen),) if fen else ())
                   for n, fen in enumerate(spends, 1)])
    assert scores(seg, "m", 10) == [1, 1, 1, 1, 3, 3, 4, 4, 4, 4]


def test_never_active_has_the_worst_recency() -> None:
    """Last active 1, 10, 100, 400 days ago and never: R 5 4 3 2 1; F counts days."""
    seg = segment([Person(1, visits=(ago(1), ago(2))), Person(2, visits=(ago(10),)),
                   Person(3, visits=(ago(100),)), Person(4, visits=(ago(400),)), Person(5)])
    assert scores(seg, "r", 5) == [5, 4, 3, 2, 1]
    assert scores(seg, "f", 5) == [5, 3, 3, 1, 1]  # F 2, 1, 1, 0, 0


def rfm_member(member_id: int, *, r: bool, f: bool, m: bool) -> Person:
    """High R: last active within days; high F: 5 activity days; high M: 50000."""
    last = member_id if r else 100 + member_id
    days = [ago(last + n) for n in range(5 if f else 1)]
    return Person(member_id, buys=((ago(last), 50000 if m else 100),), visits=tuple(days[1:]))


@pytest.mark.parametrize(("r", "f", "m", "group"), [
    (True, True, True, RfmGroup.IMPORTANT_VALUE),
    (True, True, False, RfmGroup.GENERAL_VALUE),
    (True, False, True, RfmGroup.IMPORTANT_DEVELOP),
    (True, False, False, RfmGroup.GENERAL_DEVELOP),
    (False, True, True, RfmGroup.IMPORTANT_KEEP),
    (False, True, False, RfmGroup.GENERAL_KEEP),
    (False, False, True, RfmGroup.IMPORTANT_RETAIN),
    (False, False, False, RfmGroup.GENERAL_RETAIN),
])
def test_rfm_groups(r: bool, f: bool, m: bool, group: RfmGroup) -> None:
    """Eight members, one of each high/low combination: a score is high at ≥ 3, which
    among 8 needs 4 strictly worse; M decides important or general; R and F decide
    value, develop, keep or win back."""
    combos = [(a, b, c) for a in (True, False) for b in (True, False) for c in (True, False)]
    seg = segment([rfm_member(n, r=x, f=y, m=z) for n, (x, y, z) in enumerate(combos, 1)])
    result = member(seg, combos.index((r, f, m)) + 1)
    assert (result.r >= 3, result.f >= 3, result.m >= 3) == (r, f, m)
    assert result.rfm_group is group


def test_rfm_high_score_is_a_setting() -> None:
    """With "high" at 4, a member scoring 3 on each is general, to win back."""
    combos = [(a, b, c) for a in (True, False) for b in (True, False) for c in (True, False)]
    people = [rfm_member(n, r=x, f=y, m=z) for n, (x, y, z) in enumerate(combos, 1)]
    seg = segment(people, thresholds=replace(Thresholds(), rfm_high_score=4))
    result = member(seg, 4)  # high R only, at a score of 3
    assert (result.r, result.f, result.m, result.rfm_group) == (3, 1, 1,
                                                               RfmGroup.GENERAL_RETAIN)


# --- lifecycle: prospect, churned, at risk, new, mature, else growing ---


@pytest.mark.parametrize(("person", "stage"), [
    (Person(1, joined=ago(400), card=False), Lifecycle.PROSPECT),  # before churned
    (Person(1, joined=ago(10), card=False), Lifecycle.PROSPECT),  # before new
    (Person(1, joined=ago(366)), Lifecycle.CHURNED),  # never active, had a card
    (Person(1, joined=ago(365)), Lifecycle.AT_RISK),  # dormant, not yet churned
    (Person(1, buys=((ago(366), 100),)), Lifecycle.CHURNED),
    (Person(1, buys=((ago(365), 100),)), Lifecycle.AT_RISK),
    (Person(1, visits=(ago(181),), card=False), Lifecycle.AT_RISK),
    (Person(1, visits=(ago(366),), card=False), Lifecycle.CHURNED),  # active once: not a prospect
    (Person(1, visits=(date(2026, 1, 10), date(2026, 3, 10), date(2026, 6, 10),
                       date(2026, 8, 10))), Lifecycle.AT_RISK),  # churning, 104 days ago
    (Person(1, joined=ago(29), visits=(ago(1),)), Lifecycle.NEW),
    (Person(1, joined=ago(10)), Lifecycle.NEW),  # a card, not yet active
    (Person(1, joined=ago(30), visits=(ago(1),)), Lifecycle.GROWING),
    (Person(1, joined=ago(364), visits=(ago(1),)), Lifecycle.GROWING),
    (Person(1, joined=ago(365), visits=(ago(1),)), Lifecycle.MATURE),
])
def test_lifecycle_stage_is_the_first_that_applies(person: Person, stage: Lifecycle) -> None:
    """README's order: prospect, churned, at risk, new, mature, growing."""
    assert member(segment([person]), 1).lifecycle is stage


# --- determinism ---


def club() -> list[Person]:
    return [Person(n, joined=ago(20 * n), card=n % 3 > 0,
                   buys=tuple((ago((n * k) % 300), 1000 * k) for k in range(1, n % 5 + 1)),
                   visits=tuple(ago((7 * n + k) % 400) for k in range(n % 4)))
            for n in range(1, 40)]


def test_same_data_same_result() -> None:
    """Computed twice from the same rows, every column is the same."""
    one, two = segment(club()), segment(club())
    for name in ("segments", "primary", "grade", "lifecycle", "r", "f", "m", "rfm_group"):
        assert getattr(one, name).tolist() == getattr(two, name).tolist(), name
    assert one.cutoffs == two.cutoffs
    assert [one.member(i) for i in range(len(one))] == [two.member(i) for i in range(len(two))]

