"""The owner's reports as plain data: a period, and sections of tables, charts
and notes (stdlib only).

A section is built once from the ledger and visits and then shown on screen,
written to Excel and to PDF by renderers that know nothing about where the
figures came from; so adding a section to the report is one new builder and
one line in the list of sections (`clubcrm.services.reports.SECTIONS`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from clubcrm.domain.errors import ValidationError
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_

MAX_DAYS = 366 * 3  # a range longer than this is a mistyped year, not a report
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, slots=True)
class Period:
    """The days `first` to `last`, both included."""

    first: date
    last: date

    @property
    def end(self) -> date:
        """The day after the period: its rows are those with `first <= at < end`."""
        return self.last + timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_month(self) -> bool:
        return self.first.day == 1 and self.end.day == 1 and self.end == next_month(self.first)

    def previous(self) -> Period:
        """The period of equal length just before this one (the month before, for a month)."""
        if self.is_month:
            start = (self.first - timedelta(days=1)).replace(day=1)
            return Period(start, self.first - timedelta(days=1))
        return Period(self.first - timedelta(days=self.days), self.first - timedelta(days=1))

    def label(self) -> str:
        if self.is_month:
            return f"{self.first:%Y-%m}"
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    def each_day(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range(self.days)]


def next_month(day: date) -> date:
    """The first day of the month after `day`'s."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def month_period(text: str) -> Period:
    """`2026-10` as the period of that calendar month."""
    found = _MONTH.match(text)
    if not found or not 1 <= int(found[2]) <= 12 or int(found[1]) < 1900:
        raise ValidationError(N_("A month is written YYYY-MM, e.g. 2026-10: {text}"),
                              field="month", text=text)
    year, month = int(found[1]), int(found[2])
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def checked_period(period: Period, *, today: date) -> Period:
    """A period a report can be made of: in order, not too long, not in the future.

    A period that has started but not ended (this month) is allowed: its
    figures are those so far."""
    if period.last < period.first:
        raise ValidationError(N_("The period ends ({last}) before it starts ({first})."),
                              field="period", first=period.first.isoformat(),
                              last=period.last.isoformat())
    if period.first > today:
        raise ValidationError(N_("The period starts on {first}, in the future: there is "
                                 "nothing to report yet."), field="period",
                              first=period.first.isoformat())
    if period.days > MAX_DAYS:
        raise ValidationError(N_("A report covers at most three years."), field="period")
    return period


class ColumnKind(StrEnum):
    TEXT = "text"
    INT = "int"
    MONEY = "money"  # integer fen
    PERCENT = "percent"  # a ratio stored as per mille (int), None when undefined
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Column:
    title: str  # already in the report's language
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 12  # in characters, for Excel


Value = str | int | date | None


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table; `total` is printed in bold under the rows. `more` counts
    rows left out of screen and PDF (they are all in the Excel workbook)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    total: tuple[Value, ...] | None = None
    screen_rows: int | None = None  # show at most this many rows on screen and paper

    @property
    def shown_rows(self) -> tuple[tuple[Value, ...], ...]:
        return self.rows if self.screen_rows is None else self.rows[:self.screen_rows]

    @property
    def hidden_rows(self) -> int:
        return len(self.rows) - len(self.shown_rows)


class ChartKind(StrEnum):
    BARS = "bars"  # one bar group per category, a bar per series
    STACKED = "stacked"  # series stacked on each category
    HBARS = "hbars"  # horizontal bars, one series (long labels such as services)
    HEATMAP = "heatmap"  # `series` are the rows, `categories` the columns


@dataclass(frozen=True, slots=True)
class Chart:
    """What to draw; money series are in fen and drawn in yuan."""

    key: str  # a file-name-safe name (images on screen, tests)
    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (name, one value per category)
    money: bool = False
    value_label: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    notes: tuple[str, ...] = ()  # definitions and checks, printed under the section


@dataclass(frozen=True, slots=True)
class Report:
    club_name: str
    title: str
    period: Period
    generated_at: str
    sections: tuple[Section, ...] = field(default_factory=tuple)
    activity: bool = True  # False: no ledger row and no visit in the period
    # The charts drawn as PNG images, by key, when they were asked for: screen,
    # printer and PDF show the same images, drawn once.
    images: Mapping[str, bytes] = field(default_factory=dict, compare=False)
    complete: bool = True  # False: sections still being built (shown as they come)

    @property
    def heading(self) -> str:
        name = f"{self.club_name} " if self.club_name else ""
        return f"{name}{self.title} {self.period.label()}"

    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)


def ratio_permille(part: int, whole: int) -> int | None:
    """part/whole in per mille, rounded half up; None when `whole` is 0."""
    if whole <= 0:
        return None
    return (part * 2000 + whole) // (2 * whole)


def format_percent(permille: int | None) -> str:
    if permille is None:
        return "—"
    return f"{permille / 10:.1f}%"


def format_cell(value: Value, kind: ColumnKind) -> str:
    """A cell as screen and paper show it (Excel gets the number itself)."""
    if value is None:
        return "—" if kind is ColumnKind.PERCENT else ""
    if kind is ColumnKind.MONEY and isinstance(value, int):
        return format_money(value)
    if kind is ColumnKind.PERCENT and isinstance(value, int):
        return format_percent(value)
    if kind is ColumnKind.INT and isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def total_row(label: str, columns: Sequence[Column],
              rows: Sequence[tuple[Value, ...]]) -> tuple[Value, ...]:
    """`label`, then the sum of each money or count column (other columns empty)."""
    summed = (ColumnKind.INT, ColumnKind.MONEY)
    return (label, *(sum(int(row[index] or 0) for row in rows)  # type: ignore[arg-type]
                     if column.kind in summed else None
                     for index, column in enumerate(columns) if index > 0))
