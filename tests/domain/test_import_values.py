"""The import normalisers: each format the issue names, and destroyed values reported."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from clubcrm.domain import import_values as values
from clubcrm.domain.dates import Birthday
from clubcrm.domain.import_values import ValueProblem
from clubcrm.domain.member import Gender


@pytest.mark.parametrize("cell", [
    "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "8613800138000",
    "１３８００１３８０００", 13800138000.0, 13800138000, "1.38001380000E+10",
])
def test_phone_forms(cell: object) -> None:
    """Spaces, dashes, +86, full-width digits, numeric cells and exact E-notation all normalise."""
    assert values.phone(cell) == "13800138000"


@pytest.mark.parametrize("cell, code", [
    ("1.38E+10", "number_scientific"), ("1.38001E+10", "number_scientific"),
    ("12345", "phone_invalid"), (1.5, "phone_invalid"),
])
def test_destroyed_or_bad_phones_are_reported(cell: object, code: str) -> None:
    """A phone Excel shortened to scientific notation is reported, never guessed."""
    with pytest.raises(ValueProblem) as caught:
        values.phone(cell)
    assert caught.value.code == code


@pytest.mark.parametrize("cell, expected", [
    (datetime(1990, 5, 3, 0, 0), date(1990, 5, 3)), (date(1990, 5, 3), date(1990, 5, 3)),
    (32996.0, date(1990, 5, 3)), ("32996", date(1990, 5, 3)), ("1990.5.3", date(1990, 5, 3)),
    ("1990/05/03", date(1990, 5, 3)), ("19900503", date(1990, 5, 3)),
    (19900503.0, date(1990, 5, 3)), ("1990年5月3日", date(1990, 5, 3)),
    ("1990-05-03 00:00:00", date(1990, 5, 3)),
])
def test_date_forms(cell: object, expected: date) -> None:
    """Excel serials, dotted, slashed, compact and Chinese dates all parse."""
    assert values.calendar_date(cell) == expected


@pytest.mark.parametrize("cell", ["1990-13-01", "next week", "1990", 12.0, "2月30日"])
def test_bad_dates_are_reported(cell: object) -> None:
    """A value that is no date raises a problem with a stable code."""
    with pytest.raises(ValueProblem):
        values.calendar_date(cell)


@pytest.mark.parametrize("cell, expected", [
    ("5月3日", Birthday(5, 3)), ("05-03", Birthday(5, 3)), ("5/3", Birthday(5, 3)),
    ("1990.5.3", Birthday(5, 3, 1990)), (32996.0, Birthday(5, 3, 1990)),
])
def test_birthdays_with_and_without_year(cell: object, expected: Birthday) -> None:
    """A birthday may be a month and a day without the year."""
    assert values.birthday(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    ("男", Gender.MALE), ("女士", Gender.FEMALE), ("M", Gender.MALE), ("female", Gender.FEMALE),
    ("", Gender.UNKNOWN), ("保密", Gender.UNKNOWN), ("???", None),
])
def test_genders(cell: str, expected: Gender | None) -> None:
    """The usual spellings map; an unknown one is None (a warning for the row)."""
    assert values.gender(cell) == expected


@pytest.mark.parametrize("cell, fen", [
    ("¥1,200.50", 120050), ("1200.5", 120050), ("1,200", 120000), (1200.5, 120050),
    (0.1 + 0.2, 30), (1200.0, 120000), ("￥88", 8800), (15, 1500),
])
def test_money_forms(cell: object, fen: int) -> None:
    """Money in the forms people type or Excel stores becomes exact fen."""
    assert values.money_fen(cell) == fen


@pytest.mark.parametrize("cell", ["1.234", 12.345, "abc", "1,20,0"])
def test_bad_money_is_reported(cell: object) -> None:
    """A third decimal or text that is no amount is refused, never rounded."""
    with pytest.raises(ValueProblem):
        values.money_fen(cell)


@pytest.mark.parametrize("cell, expected", [("12", 12), (12.0, 12), ("12次", 12),
                                            ("1,200", 1200)])
def test_whole_numbers(cell: object, expected: int) -> None:
    """Sessions and points accept counts with units and numeric cells."""
    assert values.whole_number(cell) == expected


def test_lost_leading_zero_detected_only_on_numeric_cells() -> None:
    """A number shorter than its zero-padded column lost its zeros; text did not."""
    assert values.fixed_width_lost_zero(12.0, 5)
    assert not values.fixed_width_lost_zero("00012", 5)
    assert not values.fixed_width_lost_zero(12345.0, 5)


def test_history_moments() -> None:
    """History times come as datetimes, text with a time, or a date alone."""
    assert values.moment("2024/5/3 14:30") == datetime(2024, 5, 3, 14, 30)
    assert values.moment("2024-05-03 14:30:15") == datetime(2024, 5, 3, 14, 30, 15)
    assert values.moment("20240503") == datetime(2024, 5, 3)
    assert values.moment(45415.5) == datetime(2024, 5, 3, 12, 0)
