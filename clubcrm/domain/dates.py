"""Dates as people type them, and birthdays whose year may be unknown."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from clubcrm.domain.errors import ValidationError
from clubcrm.domain.translatable import N_

_FULL = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY = re.compile(r"^-{0,2}(\d{1,2})[-/.月](\d{1,2})日?$")
_LEAP_YEAR = 2000  # a month-day is validated against a leap year so 02-29 is accepted


def parse_date(text: str) -> date:
    """Parse `2024-05-03`, `2024/5/3`, `2024.5.3`, `20240503` or `2024年5月3日`."""
    cleaned = _clean(text)
    match = _FULL.match(cleaned) or _COMPACT.match(cleaned)
    if not match:
        raise ValidationError(N_("Not a date: {text} (for example 2024-05-03)"), text=text)
    return _make_date(int(match[1]), int(match[2]), int(match[3]), text)


@dataclass(frozen=True, slots=True)
class Birthday:
    """A birthday; many members give the day and month but not the year."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        year = self.year or _LEAP_YEAR
        if year < 1900 or not _is_day(year, self.month, self.day):
            _make_date(year, self.month, self.day, self.iso())  # raises, naming the day

    def iso(self) -> str:
        """`1990-05-03`, or `--05-03` (ISO 8601's form for an unknown year)."""
        prefix = f"{self.year:04d}" if self.year else "-"
        return f"{prefix}-{self.month:02d}-{self.day:02d}"

    def age_on(self, today: date) -> int | None:
        """Whole years on `today`, or None when the year is unknown."""
        if self.year is None:
            return None
        before_birthday = (today.month, today.day) < (self.month, self.day)
        return today.year - self.year - int(before_birthday)


def parse_birthday(text: str) -> Birthday:
    """A full date or a month and day (`5-3`, `05/03`, `5月3日`, `--05-03`)."""
    cleaned = _clean(text)
    match = _MONTH_DAY.match(cleaned)
    if match:
        return _birthday(int(match[1]), int(match[2]), None, text)
    full = parse_date(cleaned)
    if full > date.today():
        raise ValidationError(N_("A birthday cannot be in the future: {text}"), text=text)
    return _birthday(full.month, full.day, full.year, text)


def _birthday(month: int, day: int, year: int | None, text: str) -> Birthday:
    _make_date(year or _LEAP_YEAR, month, day, text)
    return Birthday(month=month, day=day, year=year)


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip().replace(" ", "")


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _make_date(year: int, month: int, day: int, text: str) -> date:
    if year < 1900:
        raise ValidationError(N_("Not a date: {text} (for example 2024-05-03)"), text=text)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(N_("No such day in the calendar: {text}"), text=text) from None
