"""The pure rules of care tasks: which birthdays a week holds (the desk's rule,
across the new year and for 29 February), occasions, notes and outcomes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clubcrm.domain.care import (
    MAX_NOTE,
    Outcome,
    birthday_occasion,
    birthdays_ahead,
    card_end_occasion,
    check_outcome,
    clean_note,
    month_occasion,
)
from clubcrm.domain.dates import Birthday
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.visits import birthday_alert


def calendar() -> list[tuple[int, int]]:
    """Every (month, day) a birthday can have, 29 February included."""
    days = []
    for month in range(1, 13):
        for day in range(1, 32):
            try:
                date(2000, month, day)
            except ValueError:
                continue
            days.append((month, day))
    return days


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31)))
def test_birthdays_ahead_are_the_desks_birthday_alerts(today: date) -> None:
    """A birthday is in the week's list exactly when the desk would greet it,
    and the list says the day the desk counts down to."""
    ahead = birthdays_ahead(today)
    for month, day in calendar():
        alert = birthday_alert(Birthday(month, day), today)
        assert ((month, day) in ahead) == (alert is not None)
        if alert is not None:
            assert (ahead[(month, day)] - today).days == alert.params.get("days", 0)


@pytest.mark.parametrize(("today", "birthday", "celebrated"), [
    (date(2026, 11, 23), (11, 23), date(2026, 11, 23)),
    (date(2026, 11, 23), (11, 29), date(2026, 11, 29)),
    (date(2026, 12, 28), (1, 2), date(2027, 1, 2)),  # the week crosses the new year
    (date(2026, 12, 28), (12, 31), date(2026, 12, 31)),
    (date(2027, 2, 25), (2, 29), date(2027, 2, 28)),  # no 29th in 2027
    (date(2028, 2, 25), (2, 29), date(2028, 2, 29)),
])
def test_the_day_a_birthday_is_celebrated(today: date, birthday: tuple[int, int],
                                          celebrated: date) -> None:
    """Next year's January birthdays and 29 February in a common year."""
    assert birthdays_ahead(today)[birthday] == celebrated
    assert birthday_occasion(celebrated) == str(celebrated.year)


@pytest.mark.parametrize(("today", "birthday"), [
    (date(2026, 11, 23), (11, 30)),  # a week is today and the 6 days after
    (date(2026, 11, 23), (11, 22)),  # yesterday's is over
    (date(2028, 2, 25), (3, 3)),  # 25th to 29th, 1st and 2nd of March
])
def test_birthdays_outside_the_week(today: date, birthday: tuple[int, int]) -> None:
    """Seven days from today, no more, no less."""
    assert birthday not in birthdays_ahead(today)


def test_occasions_tell_one_occurrence_from_the_next() -> None:
    """A card's end date and a month make the occasion; a renewal changes it."""
    assert card_end_occasion(12, date(2026, 12, 1)) == "12:2026-12-01"
    assert card_end_occasion(12, date(2027, 1, 1)) != card_end_occasion(12, date(2026, 12, 1))
    assert month_occasion(date(2026, 11, 23)) == "2026-11"
    assert month_occasion(date(2026, 11, 23), 7) == "7:2026-11"
    assert len(card_end_occasion(10**12, date(2026, 12, 1))) <= 40


def test_notes_and_outcomes_are_checked() -> None:
    """A note is one tidy line of at most 200 characters; outcomes are the offered ones."""
    assert clean_note("  called,\n will come  Friday ") == "called, will come Friday"
    assert clean_note("x" * MAX_NOTE) == "x" * MAX_NOTE
    with pytest.raises(ValidationError):
        clean_note("x" * (MAX_NOTE + 1))
    assert check_outcome("will_come") is Outcome.WILL_COME
    with pytest.raises(ValidationError):
        check_outcome("maybe")
