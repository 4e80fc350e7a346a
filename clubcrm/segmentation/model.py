"""What the segmentation speaks of: segments, grades, stages, thresholds, windows.

Days are counted as day numbers (days since 1970-01-01), which the database
gives as `unixepoch(day) / 86400` and numpy compares in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

EPOCH = date(1970, 1, 1)


def day_number(day: date) -> int:
    return (day - EPOCH).days


def day_of(number: int) -> date:
    return EPOCH + timedelta(days=number)


class Segment(StrEnum):
    """A member can meet several; the primary one follows `Thresholds.precedence`."""

    DORMANT = "dormant"
    CHURNING = "churning"
    NEW = "new"
    HIGH_VALUE = "high_value"
    HIGH_UNIT_PRICE = "high_unit_price"
    HIGH_LOYALTY = "high_loyalty"
    LOW_PRICE_HIGH_FREQUENCY = "low_price_high_frequency"
    LOW_PRICE_LOW_FREQUENCY = "low_price_low_frequency"
    REGULAR = "regular"  # meets none of the others

    @property
    def bit(self) -> int:
        return _BITS[self]


SEGMENTS = tuple(Segment)
_BITS = {segment: 1 << n for n, segment in enumerate(SEGMENTS)}


class ValueGrade(StrEnum):
    VIP = "VIP"
    A = "A"
    B = "B"
    C = "C"


GRADES = tuple(ValueGrade)


class Lifecycle(StrEnum):
    PROSPECT = "prospect"
    NEW = "new"
    GROWING = "growing"
    MATURE = "mature"
    AT_RISK = "at_risk"
    CHURNED = "churned"


STAGES = tuple(Lifecycle)


class RfmGroup(StrEnum):
    """The eight classic RFM groups: each of R, F and M high (score at or above
    `Thresholds.rfm_high_score`) or low; M decides important or general."""

    IMPORTANT_VALUE = "important_value"  # R, F, M high
    IMPORTANT_DEVELOP = "important_develop"  # R, M high
    IMPORTANT_KEEP = "important_keep"  # F, M high
    IMPORTANT_RETAIN = "important_retain"  # M high
    GENERAL_VALUE = "general_value"  # R, F high
    GENERAL_DEVELOP = "general_develop"  # R high
    GENERAL_KEEP = "general_keep"  # F high
    GENERAL_RETAIN = "general_retain"  # none high


# Indexed by 4 × R high + 2 × F high + M high.
RFM_GROUPS = (
    RfmGroup.GENERAL_RETAIN, RfmGroup.IMPORTANT_RETAIN, RfmGroup.GENERAL_KEEP,
    RfmGroup.IMPORTANT_KEEP, RfmGroup.GENERAL_DEVELOP, RfmGroup.IMPORTANT_DEVELOP,
    RfmGroup.GENERAL_VALUE, RfmGroup.IMPORTANT_VALUE,
)

DEFAULT_PRECEDENCE = (
    Segment.DORMANT, Segment.CHURNING, Segment.NEW, Segment.HIGH_VALUE,
    Segment.HIGH_UNIT_PRICE, Segment.HIGH_LOYALTY, Segment.LOW_PRICE_HIGH_FREQUENCY,
    Segment.LOW_PRICE_LOW_FREQUENCY,
)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every number the rules use; the defaults are the seeds' values.
    Percentages are whole percent of the members ranked (see `rules.top_cutoff`)."""

    window_months: int = 12  # spend (M) and frequency (F) are counted over this
    ticket_months: int = 6  # the average ticket of the high-unit-price rule
    recent_months: int = 3  # churning compares this with the spans before it
    dormant_days: int = 180
    new_member_days: int = 30
    churned_days: int = 365
    mature_days: int = 365
    high_value_pct: int = 15
    loyalty_spend_pct: int = 50
    loyalty_gap_days: int = 30
    high_ticket_pct: int = 15
    low_ticket_pct: int = 50  # "the lower half" by average ticket
    high_frequency_pct: int = 15
    low_pct: int = 15  # low-price low-frequency: bottom by both ticket and frequency
    churn_drop_pct: int = 50  # the recent span fell below this share of the average
    grade_vip_pct: int = 60
    grade_a_pct: int = 25
    grade_b_pct: int = 10
    rfm_high_score: int = 3
    precedence: tuple[Segment, ...] = DEFAULT_PRECEDENCE

    def as_dict(self) -> dict[str, object]:
        values: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self)}
        values["precedence"] = [segment.value for segment in self.precedence]
        return values

    def invalid_field(self) -> str | None:
        """The first threshold that makes no sense, or None."""
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "precedence" and (type(value) is not int or value < 0):
                return f.name
        percentages = [f.name for f in fields(self) if f.name.endswith("_pct")]
        checks = [
            *((name, getattr(self, name) <= 100) for name in percentages),
            ("window_months", 1 <= self.recent_months <= self.window_months <= 36),
            ("ticket_months", 1 <= self.ticket_months <= self.window_months),
            ("grade_b_pct", self.grade_vip_pct + self.grade_a_pct + self.grade_b_pct <= 100),
            ("rfm_high_score", 1 <= self.rfm_high_score <= 5),
            ("precedence", sorted(self.precedence) == sorted(DEFAULT_PRECEDENCE)),
        ]
        return next((name for name, ok in checks if not ok), None)

    @classmethod
    def from_dict(cls, values: dict[str, object]) -> Thresholds:
        """Thresholds saved earlier; names this version does not know are left out."""
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, object] = {k: v for k, v in values.items() if k in known}
        if isinstance(order := kwargs.get("precedence"), list):
            kwargs["precedence"] = tuple(Segment(value) for value in order)
        return cls(**kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Windows:
    """The spans of days an as-of date looks back over, as day numbers.
    `periods[j]` is the first day of the j-th span of `recent_months` counted
    back from the as-of date: periods[0] starts the recent span, and the last
    one starts the main window."""

    as_of: date
    first: int  # the first day of the main window
    last: int  # the as-of date
    ticket_first: int
    periods: tuple[int, ...]

    @classmethod
    def of(cls, as_of: date, thresholds: Thresholds) -> Windows:
        def first_day(months: int) -> int:
            return day_number(as_of - relativedelta(months=months) + timedelta(days=1))

        span = thresholds.recent_months
        return cls(as_of, first_day(thresholds.window_months), day_number(as_of),
                   first_day(thresholds.ticket_months),
                   tuple(first_day(span * (j + 1))
                         for j in range(thresholds.window_months // span)))

    @property
    def start(self) -> date:
        return day_of(self.first)

    @property
    def ticket_start(self) -> date:
        return day_of(self.ticket_first)


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """The club-wide values the percentile rules compare with (None: nobody ranked)."""

    high_value_fen: int | None
    loyalty_spend_fen: int | None
    high_ticket_fen: int | None
    low_ticket_fen: int | None
    high_frequency: int | None
    low_price_ticket_fen: int | None
    low_frequency: int | None


@dataclass(frozen=True, slots=True)
class MemberSegments:
    """One member's result, with the figures that decided it."""

    member_id: int
    joined_on: date
    last_active: date | None
    recency_days: int | None
    frequency: int  # activity days in the main window
    monetary_fen: int  # consumption value in the main window
    ticket_fen: int | None  # average per activity day in the ticket window
    ticket_days: int
    recent_days: int
    prior_days: int
    prior_periods: int
    median_gap: float | None  # days between activity days in the main window
    segments: tuple[Segment, ...]
    primary: Segment
    grade: ValueGrade
    lifecycle: Lifecycle
    r: int
    f: int
    m: int
    rfm_group: RfmGroup

    def meets(self, segment: Segment) -> bool:
        return segment in self.segments
