"""One row of a member list, as it will be imported: its values normalised,
its problems (errors reject the row; warnings drop a value and say so), and
the cards its balances, sessions and expiry date become. Pure: the catalogue
it needs comes in as a `Catalogue`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from clubcrm.domain import import_values as values
from clubcrm.domain.cards import ProductKind
from clubcrm.domain.dates import Birthday
from clubcrm.domain.import_values import (
    Cell,
    ValueProblem,
    as_text,
    fixed_width_lost_zero,
    is_blank,
)
from clubcrm.domain.member import Gender
from clubcrm.domain.translatable import N_
from clubcrm.services.import_mapping import Field, Mapping
from clubcrm.services.name_keys import normalize_name

MAX_NAME = 60
MAX_TEXT = 500


class Action(StrEnum):
    """What the commit will do with a row."""

    CREATE = "create"  # a new member
    ATTACH = "attach"  # its cards and points go to another member (a merge)
    SKIP = "skip"  # a duplicate the user chose to leave out
    REJECT = "reject"  # an error: exported with the reason, fixed, imported again


@dataclass(frozen=True, slots=True)
class Problem:
    """An error or a warning on a row; `code` is stable, the message translated."""

    code: str
    template: str
    params: dict[str, Any]
    field: Field | None = None
    warning: bool = False


@dataclass(frozen=True, slots=True)
class CardPlan:
    """A card a row becomes: the product (None: the default product of `kind`)."""

    kind: ProductKind
    product_id: int | None
    principal_fen: int = 0
    bonus_fen: int = 0
    sessions: int = 0
    valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class Catalogue:
    """What rows are matched against: products and tiers by normalised name."""

    products: dict[str, tuple[int, ProductKind]]
    tiers: dict[str, int]
    defaults: dict[ProductKind, int | None]  # chosen product per kind; None: create one
    today: date


@dataclass(slots=True)
class ImportRow:
    row_no: int  # the row's number in the file, as the user sees it
    member_no: str = ""
    name: str = ""
    phone: str = ""
    gender: Gender = Gender.UNKNOWN
    birthday: Birthday | None = None
    joined_on: date | None = None
    tier_id: int | None = None
    tier_name: str = ""
    points: int = 0
    notes: str = ""
    tags: tuple[str, ...] = ()
    source: str = ""
    cards: list[CardPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    action: Action = Action.CREATE
    group: int | None = None

    @property
    def rejected(self) -> bool:
        return any(not problem.warning for problem in self.problems)

    @property
    def balance_fen(self) -> int:
        return sum(card.principal_fen for card in self.cards)

    @property
    def bonus_fen(self) -> int:
        return sum(card.bonus_fen for card in self.cards)

    @property
    def sessions(self) -> int:
        return sum(card.sessions for card in self.cards)

    @property
    def valid_until(self) -> date | None:
        return next((card.valid_until for card in self.cards if card.valid_until), None)


def name_key(text: Cell) -> str:
    return unicodedata.normalize("NFKC", as_text(text)).strip().casefold()


def zero_padded_width(rows: Sequence[Sequence[Cell]], column: int | None) -> int:
    """The width of a column of zero-padded numbers (`00012`), or 0: a shorter
    numeric cell in it lost its leading zeros to Excel."""
    if column is None:
        return 0
    widths: dict[int, int] = {}
    for row in rows[:2000]:
        cell = row[column] if column < len(row) else ""
        if isinstance(cell, str) and len(cell) > 1 and cell[0] == "0" and cell.isdigit():
            widths[len(cell)] = widths.get(len(cell), 0) + 1
    return max(widths, key=widths.__getitem__) if widths else 0


class RowReader:
    """Turns the cells of one row into an `ImportRow` under a mapping."""

    def __init__(self, mapping: Mapping, catalogue: Catalogue, *, padded_width: int,
                 missing_formulas: frozenset[tuple[int, int]]) -> None:
        self._columns = {field_: index for index, field_ in mapping.items()}
        self._catalogue = catalogue
        self._padded_width = padded_width
        self._formulas = missing_formulas

    def read(self, row_no: int, cells: Sequence[Cell]) -> ImportRow:
        row = ImportRow(row_no)
        get = self._getter(row, cells)
        self._identity(row, get)
        self._personal(row, get)
        self._money(row, get)
        return row

    def _getter(self, row: ImportRow, cells: Sequence[Cell]) -> Callable[[Field], Cell]:
        columns, width = self._columns, len(cells)
        if not self._formulas:
            def plain(field_: Field) -> Cell:
                index = columns.get(field_)
                return cells[index] if index is not None and index < width else ""
            return plain

        def get(field_: Field) -> Cell:
            index = self._columns.get(field_)
            if index is None or index >= len(cells):
                return ""
            if (row.row_no, index) in self._formulas:
                _error(row, field_, "formula_without_value",
                       N_("The formula in this cell has no saved value; open the file in "
                          "Excel, save it, and import again"))
                return ""
            return cells[index]
        return get

    def _identity(self, row: ImportRow, get: Callable[[Field], Cell]) -> None:
        row.name = normalize_name(as_text(get(Field.NAME)))
        if not row.name:
            _error(row, Field.NAME, "name_missing", N_("The name is missing"))
        elif len(row.name) > MAX_NAME:
            _error(row, Field.NAME, "name_too_long", N_("The name is too long (at most 60 "
                                                        "characters)."))
        number = get(Field.MEMBER_NO)
        row.member_no = as_text(number).upper()
        if self._padded_width and fixed_width_lost_zero(number, self._padded_width):
            _error(row, Field.MEMBER_NO, "leading_zero_lost",
                   N_("Member number {text} lost its leading zeros in Excel (the others have "
                      "{width} digits); type it again as text"),
                   text=row.member_no, width=self._padded_width)
        elif row.member_no and not _is_member_no(row.member_no):
            _error(row, Field.MEMBER_NO, "member_no_invalid",
                   N_("A member number may use letters, digits, - and _ (at most 32): "
                      "{member_no}"), member_no=row.member_no)
        phone = get(Field.PHONE)
        if is_blank(phone):
            _error(row, Field.PHONE, "phone_missing", N_("A mobile phone number is required."))
        else:
            row.phone = _parsed(row, Field.PHONE, values.phone, phone, "")

    def _personal(self, row: ImportRow, get: Callable[[Field], Cell]) -> None:
        gender = get(Field.GENDER)
        found = values.gender(gender)
        if found is None:
            _warn(row, Field.GENDER, "gender_unknown",
                  N_("Gender {text} not recognised; imported as not given"),
                  text=as_text(gender))
        row.gender = found or Gender.UNKNOWN
        row.birthday = _optional(row, Field.BIRTHDAY, values.birthday, get(Field.BIRTHDAY),
                                 warning=True)
        row.joined_on = _optional(row, Field.JOINED_ON, values.calendar_date,
                                  get(Field.JOINED_ON), warning=True)
        if row.joined_on and row.joined_on > self._catalogue.today:
            _warn(row, Field.JOINED_ON, "joined_in_future",
                  N_("The join date {text} is in the future; today is used"),
                  text=row.joined_on.isoformat())
            row.joined_on = None
        self._tier(row, get(Field.TIER))
        row.notes = as_text(get(Field.NOTES))[:MAX_TEXT]
        row.source = as_text(get(Field.SOURCE))[:40]
        tags = as_text(get(Field.TAGS)).replace("，", ",").replace("、", ",").replace(";", ",")
        row.tags = tuple(sorted({tag.strip()[:30] for tag in tags.split(",") if tag.strip()}))

    def _tier(self, row: ImportRow, cell: Cell) -> None:
        row.tier_name = as_text(cell)
        if not row.tier_name:
            return
        row.tier_id = self._catalogue.tiers.get(name_key(cell))
        if row.tier_id is None:
            _warn(row, Field.TIER, "tier_unknown",
                  N_("No tier named {text}; imported without a tier (map it to a tier to "
                     "keep it)"), text=row.tier_name)

    def _money(self, row: ImportRow, get: Callable[[Field], Cell]) -> None:
        principal = _amount(row, Field.BALANCE, values.money_fen, get(Field.BALANCE))
        bonus = _amount(row, Field.BONUS, values.money_fen, get(Field.BONUS))
        sessions = _amount(row, Field.SESSIONS, values.whole_number, get(Field.SESSIONS))
        row.points = _amount(row, Field.POINTS, values.whole_number, get(Field.POINTS))
        until = _optional(row, Field.VALID_UNTIL, values.calendar_date, get(Field.VALID_UNTIL))
        if until and until < self._catalogue.today:
            _warn(row, Field.VALID_UNTIL, "card_expired",
                  N_("The card expired on {text}; it is imported and expires at the next "
                     "start"), text=until.isoformat())
        row.cards = self._cards(row, get(Field.PRODUCT), principal, bonus, sessions, until)

    def _cards(self, row: ImportRow, product: Cell, principal: int, bonus: int, sessions: int,
               until: date | None) -> list[CardPlan]:
        named = self._catalogue.products.get(name_key(product)) if not is_blank(product) \
            else None
        if not is_blank(product) and named is None:
            _warn(row, Field.PRODUCT, "product_unknown",
                  N_("No card product named {text}; the chosen default product is used"),
                  text=as_text(product))

        def product_of(kind: ProductKind) -> int | None:
            if named and named[1] is kind:
                return named[0]
            return self._catalogue.defaults.get(kind)

        cards = []
        if principal or bonus:
            cards.append(CardPlan(ProductKind.STORED_VALUE, product_of(ProductKind.STORED_VALUE),
                                  principal_fen=principal, bonus_fen=bonus, valid_until=until))
        if sessions:
            cards.append(CardPlan(ProductKind.COUNT, product_of(ProductKind.COUNT),
                                  sessions=sessions, valid_until=until))
        if until and not cards:
            cards.append(CardPlan(ProductKind.PERIOD, product_of(ProductKind.PERIOD),
                                  valid_until=until))
        return cards


def _parsed(row: ImportRow, field_: Field, parse: Callable[[Cell], Any], cell: Cell,
            default: Any, *, warning: bool = False) -> Any:
    try:
        return parse(cell)
    except ValueProblem as problem:
        row.problems.append(Problem(problem.code, problem.template, problem.params, field_,
                                    warning))
        return default


def _optional(row: ImportRow, field_: Field, parse: Callable[[Cell], Any], cell: Cell, *,
              warning: bool = False) -> Any:
    return None if is_blank(cell) else _parsed(row, field_, parse, cell, None, warning=warning)


def _amount(row: ImportRow, field_: Field, parse: Callable[[Cell], int], cell: Cell) -> int:
    if is_blank(cell):
        return 0
    amount = _parsed(row, field_, parse, cell, 0)
    if amount < 0:
        _error(row, field_, "negative", N_("A negative amount cannot be imported: {text}"),
               text=as_text(cell))
        return 0
    return int(amount)


def _error(row: ImportRow, field_: Field, code: str, template: str, **params: Any) -> None:
    row.problems.append(Problem(code, template, params, field_))


def _warn(row: ImportRow, field_: Field, code: str, template: str, **params: Any) -> None:
    row.problems.append(Problem(code, template, params, field_, warning=True))


_MEMBER_NO = re.compile(r"[A-Za-z0-9_-]{1,32}")


def _is_member_no(text: str) -> bool:
    return _MEMBER_NO.fullmatch(text) is not None
