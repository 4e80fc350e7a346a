import pytest
from hypothesis import given
from hypothesis import strategies as st

from clubcrm.domain.errors import ValidationError
from clubcrm.domain.phone import digits_of, mask_phone, normalize_phone


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("0086-13800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("(+86)13800138000", "13800138000"),
        ("+852 9123 4567", "+85291234567"),
        ("010-12345678", "01012345678"),
    ],
)
def test_normalize_phone(text: str, phone: str) -> None:
    """The same phone typed any usual way gets one canonical form."""
    assert normalize_phone(text) == phone


@pytest.mark.parametrize(
    "text", ["", "12345", "1380013800", "23800138000", "138001380001", "abc", "+86 123"]
)
def test_normalize_phone_refuses_invalid(text: str) -> None:
    """Too short, too long or not a mobile is refused with a message."""
    with pytest.raises(ValidationError) as caught:
        normalize_phone(text)
    assert caught.value.field == "phone"


def test_mask_phone_keeps_prefix_and_tail() -> None:
    """A masked mobile shows 3 leading and 4 trailing digits."""
    assert mask_phone("13800138000") == "138****8000"


def test_digits_of_full_width() -> None:
    """Full-width digits from a Chinese input method count as digits."""
    assert digits_of("８０-00") == "8000"


@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(["", "+86 ", "0086", "86"]),
    st.sampled_from(["", " ", "-"]),
)
def test_any_spelling_of_a_mobile_normalises_to_it(mobile: str, prefix: str, sep: str) -> None:
    """Prefixes and separators never change which mobile a phone is."""
    typed = prefix + sep.join([mobile[:3], mobile[3:7], mobile[7:]])
    assert normalize_phone(typed) == mobile
