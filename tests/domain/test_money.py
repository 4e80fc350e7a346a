import pytest
from hypothesis import given
from hypothesis import strategies as st

from clubcrm.domain.errors import ValidationError
from clubcrm.domain.money import format_money, parse_money


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("¥1,200.50", 120050),
        ("1200.5", 120050),
        ("1,200", 120000),
        ("０.０５", 5),
        ("￥ 3", 300),
        ("12元", 1200),
        (".5", 50),
        ("-20", -2000),
        ("RMB 1,234,567.89", 123456789),
    ],
)
def test_parse_money_reads_what_people_type(text: str, fen: int) -> None:
    """Amounts as typed or exported by old systems become exact fen."""
    assert parse_money(text) == fen


@pytest.mark.parametrize("text", ["", "abc", "1.234", "1,20", "1e3", "¥", "1.2.3", "--1"])
def test_parse_money_refuses_what_is_not_money(text: str) -> None:
    """A third decimal or garbage is refused, never rounded or guessed."""
    with pytest.raises(ValidationError):
        parse_money(text)


@pytest.mark.parametrize(
    ("fen", "text"), [(0, "¥0.00"), (5, "¥0.05"), (123450, "¥1,234.50"), (-500, "-¥5.00")]
)
def test_format_money(fen: int, text: str) -> None:
    """Fen show as yuan with thousands separators, like a receipt."""
    assert format_money(fen) == text


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_format_then_parse_round_trips(fen: int) -> None:
    """Whatever we print, we read back to the same fen."""
    assert parse_money(format_money(fen)) == fen
