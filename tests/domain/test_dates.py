from datetime import date

import pytest

from clubcrm.domain.dates import Birthday, parse_birthday, parse_date
from clubcrm.domain.errors import ValidationError


@pytest.mark.parametrize(
    "text", ["1990-05-03", "1990/5/3", "1990.5.3", "19900503", "1990年5月3日", " 1990-5-3 "]
)
def test_parse_date_forms(text: str) -> None:
    """The date forms people type all mean the same day."""
    assert parse_date(text) == date(1990, 5, 3)


@pytest.mark.parametrize("text", ["1990-02-30", "1990-13-01", "soon", "90-5-3", "1800-01-01"])
def test_parse_date_refuses_impossible(text: str) -> None:
    """Impossible or unreadable dates are refused."""
    with pytest.raises(ValidationError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "birthday"),
    [
        ("05-03", Birthday(5, 3)),
        ("5月3日", Birthday(5, 3)),
        ("--05-03", Birthday(5, 3)),
        ("02-29", Birthday(2, 29)),
        ("1990-05-03", Birthday(5, 3, 1990)),
    ],
)
def test_parse_birthday_year_optional(text: str, birthday: Birthday) -> None:
    """A birthday may come without its year; Feb 29 is a valid birthday."""
    assert parse_birthday(text) == birthday


def test_birthday_in_future_refused() -> None:
    """A birthday after today is a typo."""
    with pytest.raises(ValidationError):
        parse_birthday(f"{date.today().year + 1}-01-01")


def test_age_on() -> None:
    """Age counts whole years; unknown year gives no age."""
    assert Birthday(5, 3, 2020).age_on(date(2026, 5, 2)) == 5
    assert Birthday(5, 3, 2020).age_on(date(2026, 5, 3)) == 6
    assert Birthday(5, 3).age_on(date(2026, 5, 3)) is None
