"""Cells of a legacy member list or history file, normalised one by one.

Each normaliser takes what a spreadsheet reader returns (text, a float for a
numeric cell, a date for a date cell, "" for an empty one) and gives the value
to store, or raises `ValueProblem` with a stable reason code. A value Excel
already destroyed (scientific notation that lost digits) is reported, never
guessed. Stdlib only.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from clubcrm.domain.dates import Birthday, parse_birthday, parse_date
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.member import Gender
from clubcrm.domain.money import parse_money
from clubcrm.domain.phone import normalize_phone
from clubcrm.domain.translatable import N_

Cell = str | float | int | bool | date | datetime | time | timedelta | None

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug)
MIN_SERIAL, MAX_SERIAL = 367, 73_051  # 1901-01-01 .. 2099-12-31: a plausible serial date
_SCIENTIFIC = re.compile(r"^([+-]?)(\d+)(?:\.(\d*))?[eE]\+?(\d+)$")
_INTEGER_WORDS = ("次", "分", "个", "张")
# Days before this one are in the past whenever this runs (today only grows):
# the quick birthday check needs no clock; later days take the full check.
_STARTED_ON = date.today()
_PLAIN_MONEY = re.compile(r"^(\d+)(?:\.(\d{1,2}))?$")
_QUICK_MOMENT = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$")
_DATETIME = re.compile(r"^(.+?)[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$")

GENDER_WORDS = {
    # Data, not UI text: the spellings old systems and hand-kept sheets use.
    "男": Gender.MALE, "男性": Gender.MALE, "男士": Gender.MALE, "先生": Gender.MALE,
    "m": Gender.MALE, "male": Gender.MALE, "man": Gender.MALE, "boy": Gender.MALE,
    "女": Gender.FEMALE, "女性": Gender.FEMALE, "女士": Gender.FEMALE, "小姐": Gender.FEMALE,
    "f": Gender.FEMALE, "female": Gender.FEMALE, "woman": Gender.FEMALE, "girl": Gender.FEMALE,
    "未知": Gender.UNKNOWN, "保密": Gender.UNKNOWN, "unknown": Gender.UNKNOWN,
    "-": Gender.UNKNOWN, "/": Gender.UNKNOWN,
}


class ValueProblem(ValidationError):
    """A cell that cannot be imported as it is; `code` is stable for scripts."""

    def __init__(self, code: str, template: str, /, **params: object) -> None:
        super().__init__(template, **params)
        self.code = code


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Cell) -> str:
    """A cell as the text a user would read in it (a whole float without `.0`)."""
    if type(value) is str:
        return value.strip() if value.isascii() else unicodedata.normalize("NFKC", value).strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return unicodedata.normalize("NFKC", str(value)).strip()


def phone(value: Cell) -> str:
    """A phone from a text cell (`+86 138-0013-8000`, full-width digits) or a
    numeric cell (`13800138000.0`). Scientific notation is refused when it
    has fewer significant digits than the number: Excel dropped them."""
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueProblem("phone_invalid", N_("Not a valid phone number: {text}"),
                               text=as_text(value))
        value = str(int(value))
    text = as_text(value)
    scientific = _SCIENTIFIC.match(text.replace(" ", ""))
    if scientific:
        text = _exact_scientific(scientific, text)
    try:
        return normalize_phone(text)
    except ValidationError:
        raise ValueProblem("phone_invalid", N_("Not a valid phone number: {text}"),
                           text=text) from None


def _exact_scientific(match: re.Match[str], text: str) -> str:
    whole, frac, exponent = match[2], match[3] or "", int(match[4])
    digits = whole + frac
    if len(frac) < exponent:
        raise ValueProblem(
            "number_scientific",
            N_("Excel turned {text} into scientific notation and lost digits; type the "
               "number again as text"), text=text)
    return str(int(Decimal(digits) * (Decimal(10) ** (exponent - len(frac)))))


def money_fen(value: Cell) -> int:
    """Money in fen from `¥1,200.50`, `1200.5`, `1,200` or a numeric cell; a
    numeric cell's float noise (`0.30000000000000004`) is the two decimals
    Excel shows, anything finer is refused."""
    if isinstance(value, bool):
        raise ValueProblem("money_invalid", N_("Not an amount of money: {text}"),
                           text=str(value))
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        return _float_fen(value)
    text = as_text(value)
    plain = _PLAIN_MONEY.match(text)  # `88` or `88.5`: the usual export, read directly
    if plain:
        return int(plain[1]) * 100 + int((plain[2] or "").ljust(2, "0"))
    try:
        return parse_money(text)
    except ValidationError:
        raise ValueProblem("money_invalid", N_("Not an amount of money: {text}"),
                           text=text) from None


def _float_fen(value: float) -> int:
    try:
        exact = Decimal(repr(value))
    except InvalidOperation:
        raise ValueProblem("money_invalid", N_("Not an amount of money: {text}"),
                           text=repr(value)) from None
    cents = exact.quantize(Decimal("0.01"))
    if abs(cents - exact) > Decimal("0.000001"):
        raise ValueProblem("money_decimals", N_("An amount has at most two decimals: {text}"),
                           text=repr(value))
    return int(cents * 100)


def whole_number(value: Cell) -> int:
    """A count or points: `12`, `12.0`, `12次`, `1,200`."""
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueProblem("number_invalid", N_("Not a whole number: {text}"),
                               text=as_text(value))
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = as_text(value).replace(",", "")
    for word in _INTEGER_WORDS:
        text = text.removesuffix(word)
    text = text.removesuffix(".0")
    if not re.fullmatch(r"-?\d+", text):
        raise ValueProblem("number_invalid", N_("Not a whole number: {text}"),
                           text=as_text(value))
    return int(text)


def calendar_date(value: Cell) -> date:
    """A date from a date cell, an Excel serial (`32996`), `1990.5.3`,
    `1990/05/03`, `19900503` or `1990年5月3日`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float | int) and not isinstance(value, bool):
        return _serial_or_compact(value)
    text = as_text(value)
    if re.fullmatch(r"\d{3,5}(\.0)?", text):
        return _serial_or_compact(float(text))
    try:
        return parse_date(_date_part(text))
    except ValidationError:
        raise ValueProblem("date_invalid", N_("Not a date: {text} (for example 2024-05-03)"),
                           text=text) from None


def _date_part(text: str) -> str:
    match = _DATETIME.match(text)
    return match[1] if match else text


def _serial_or_compact(number: float) -> date:
    if float(number).is_integer() and 19_000_101 <= number <= 21_001_231:
        return calendar_date(str(int(number)))
    if 1900 <= number <= 2100:  # a year alone, not the serial of a day in 1905
        raise ValueProblem("date_year_only", N_("Only a year, not a date: {text}"),
                           text=as_text(number))
    if not MIN_SERIAL <= number <= MAX_SERIAL:
        raise ValueProblem("date_invalid", N_("Not a date: {text} (for example 2024-05-03)"),
                           text=as_text(number))
    return EXCEL_EPOCH + timedelta(days=int(number))


def birthday(value: Cell) -> Birthday:
    """A birthday: a full date in any form `calendar_date` reads, or a month
    and day without the year (`5-3`, `05/03`, `5月3日`)."""
    if isinstance(value, date | datetime | float | int) and not isinstance(value, bool):
        day = calendar_date(value)
        return _checked_birthday(day.isoformat())
    text = as_text(value)
    quick = _YEAR_MONTH_DAY.match(text)  # the usual form, without the general parser
    if quick:
        try:
            day = date(int(quick[1]), int(quick[2]), int(quick[3]))
        except ValueError:
            day = None
        if day is not None and 1900 <= day.year and day < _STARTED_ON:
            return Birthday(day.month, day.day, day.year)
    try:
        return parse_birthday(text)
    except ValidationError:
        pass
    return _checked_birthday(calendar_date(text).isoformat())


def _checked_birthday(text: str) -> Birthday:
    try:
        return parse_birthday(text)
    except ValidationError:
        raise ValueProblem("birthday_invalid", N_("Not a possible birthday: {text}"),
                           text=text) from None


def moment(value: Cell) -> datetime:
    """A date and time of a history row: a datetime cell, a date (midnight),
    an Excel serial with a fraction, or text like `2024/5/3 14:30`."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, float) and MIN_SERIAL <= value <= MAX_SERIAL:
        return datetime.combine(EXCEL_EPOCH, time()) + timedelta(days=value)
    text = as_text(value)
    quick = _QUICK_MOMENT.match(text)  # `2024-05-03 14:30(:15)`: read directly
    if quick and int(quick[1]) >= 1900:
        try:
            return datetime(int(quick[1]), int(quick[2]), int(quick[3]), int(quick[4] or 0),
                            int(quick[5] or 0), int(quick[6] or 0))
        except ValueError:
            pass  # the general parser below names the problem
    match = _DATETIME.match(text)
    if not match:
        return datetime.combine(calendar_date(value), time())
    day = calendar_date(match[1])
    hour, minute, second = int(match[2]), int(match[3]), int(match[4] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueProblem("date_invalid", N_("Not a date: {text} (for example 2024-05-03)"),
                           text=text)
    return datetime.combine(day, time(hour, minute, second))


def gender(value: Cell) -> Gender | None:
    """The gender, or None for a spelling nobody uses (a warning, not an error)."""
    text = as_text(value).lower()
    if not text:
        return Gender.UNKNOWN
    return GENDER_WORDS.get(text)


def fixed_width_lost_zero(value: Cell, width: int) -> bool:
    """A numeric cell in a column of zero-padded numbers that is shorter than
    the others: Excel dropped its leading zeros (`00012` became `12`)."""
    return isinstance(value, float | int) and not isinstance(value, bool) \
        and len(as_text(value)) < width
