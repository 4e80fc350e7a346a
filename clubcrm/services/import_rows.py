"""One row of a member list, as it will be imported: its values normalised,
its problems (errors reject the row; warnings drop a value and say so), and
the cards its balances, sessions and expiry date become. Pure: the catalogue
it needs comes in as a `Catalogue`. Rows are read column by column
(`import_columns`): 50,000 rows are previewed in well under the 3 s of issue 8."""

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
from clubcrm.domain.import_columns import (
    date_column,
    money_column,
    parse_column,
    phone_column,
    quick_member_no,
    text_column,
    whole_column,
)
from clubcrm.domain.import_values import Cell, ValueProblem, as_text, fixed_width_lost_zero
from clubcrm.domain.member import Gender
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_
from clubcrm.services.import_mapping import Field, Mapping
from clubcrm.services.member_draft import needs_guardian_consent
from clubcrm.services.name_keys import normalize_name

MAX_NAME = 60
MAX_TEXT = 500
MAX_SOURCE = 40
MAX_TAG = 30
MAX_RELATION = 20
TIER_UNKNOWN = "tier_unknown"
UNMAPPED = -1  # a tier name found in no tier and mapped by nobody


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
    """What rows are matched against: products and tiers by normalised name
    (a tier mapped to None: imported without a tier, as the user chose), and
    whether the user confirmed that the guardians of the file's children
    consented."""

    products: dict[str, tuple[int, ProductKind]]
    tiers: dict[str, int | None]
    defaults: dict[ProductKind, int | None]  # chosen product per kind; None: create one
    today: date
    guardian_consent: bool = False


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
    guardian_name: str = ""
    guardian_relation: str = ""
    guardian_phone: str = ""
    minor: bool = False  # under 14: a guardian's consent is recorded with the member
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


def read_rows(body: Sequence[Sequence[Cell]], numbers: Sequence[int], mapping: Mapping,
              catalogue: Catalogue, *, missing_formulas: frozenset[tuple[int, int]] =
              frozenset(), progress: Callable[[int, int], None] | None = None) -> list[ImportRow]:
    """Each row of `body` (file row numbers in `numbers`) as it will be
    imported. Column by column: every column is normalised in one pass."""
    rows = [ImportRow(number) for number in numbers]
    columns = _Columns(body, numbers, mapping, missing_formulas, rows)
    member_no_column = next((i for i, f in mapping.items() if f is Field.MEMBER_NO), None)
    padded_width = zero_padded_width(body, member_no_column)
    steps: list[Callable[[], None]] = [
        lambda: _identity(rows, columns, padded_width),
        lambda: _personal(rows, columns, catalogue),
        lambda: _guardians(rows, columns, catalogue),
        lambda: _money(rows, columns, catalogue)]
    for done, step in enumerate(steps):
        if progress:
            progress(done * len(rows) // len(steps), len(rows))
        step()
    return rows


class _Columns:
    """The cells of one field down the rows ("" where a row is short); a
    formula cell without a saved value is an error on its row, and blank."""

    def __init__(self, body: Sequence[Sequence[Cell]], numbers: Sequence[int],
                 mapping: Mapping, missing: frozenset[tuple[int, int]],
                 rows: list[ImportRow]) -> None:
        self._body = body
        self._index = {field_: index for index, field_ in mapping.items()}
        self._missing: dict[int, list[int]] = {}
        if missing:
            position = {number: pos for pos, number in enumerate(numbers)}
            for number, column in sorted(missing):
                if number in position and column in mapping:
                    self._missing.setdefault(column, []).append(position[number])
                    _error(rows[position[number]], mapping[column], "formula_without_value",
                           N_("The formula in this cell has no saved value; open the file in "
                              "Excel, save it, and import again"))

    def mapped(self, field_: Field) -> bool:
        return field_ in self._index

    def cells(self, field_: Field) -> list[Cell]:
        index = self._index.get(field_)
        if index is None:
            return [""] * len(self._body)
        cells = [row[index] if index < len(row) else "" for row in self._body]
        for position in self._missing.get(index, ()):
            cells[position] = ""
        return cells

    def parsed(self, field_: Field, parse: Callable[[Sequence[Cell]], list[Any]]) -> list[Any]:
        """`parse` of the field's column; all blank when the field is not mapped."""
        if field_ not in self._index:
            return [None] * len(self._body)
        return parse(self.cells(field_))


def _identity(rows: list[ImportRow], columns: _Columns, padded_width: int) -> None:
    names = columns.parsed(Field.NAME, lambda cells: text_column(cells, _name))
    for row, name in zip(rows, names, strict=True):
        if not name:
            _error(row, Field.NAME, "name_missing", N_("The name is missing"))
            continue
        row.name = name
        if len(name) > MAX_NAME:
            _error(row, Field.NAME, "name_too_long", N_("The name is too long (at most 60 "
                                                        "characters)."))
    raw = columns.cells(Field.MEMBER_NO)
    numbers = text_column(raw, _member_no, quick=quick_member_no, repeats=False)
    for row, cell, number in zip(rows, raw, numbers, strict=True):
        if number is None:
            continue
        row.member_no = number
        if padded_width and type(cell) is not str and fixed_width_lost_zero(cell, padded_width):
            _error(row, Field.MEMBER_NO, "leading_zero_lost",
                   N_("Member number {text} lost its leading zeros in Excel (the others have "
                      "{width} digits); type it again as text"), text=number, width=padded_width)
        elif not _is_member_no(number):
            _error(row, Field.MEMBER_NO, "member_no_invalid",
                   N_("A member number may use letters, digits, - and _ (at most 32): "
                      "{member_no}"), member_no=number)
    phones = columns.parsed(Field.PHONE, phone_column)
    for row, phone in zip(rows, phones, strict=True):
        if phone is None:
            _error(row, Field.PHONE, "phone_missing", N_("A mobile phone number is required."))
        elif type(phone) is str:
            row.phone = phone
        else:
            _problem(row, Field.PHONE, phone)


def _personal(rows: list[ImportRow], columns: _Columns, catalogue: Catalogue) -> None:
    genders = columns.parsed(Field.GENDER, lambda cells: parse_column(cells, _gender))
    birthdays = columns.parsed(Field.BIRTHDAY, lambda cells: parse_column(cells, values.birthday))
    joined = columns.parsed(Field.JOINED_ON, date_column)
    today = catalogue.today
    for row, gender, birthday, joined_on in zip(rows, genders, birthdays, joined, strict=True):
        if gender is not None:
            _set_or_warn(row, Field.GENDER, gender, "gender")
        if birthday is not None:
            _set_or_warn(row, Field.BIRTHDAY, birthday, "birthday")
        if joined_on is not None:
            _set_or_warn(row, Field.JOINED_ON, joined_on, "joined_on")
        if row.joined_on and row.joined_on > today:
            _warn(row, Field.JOINED_ON, "joined_in_future",
                  N_("The join date {text} is in the future; today is used"),
                  text=row.joined_on.isoformat())
            row.joined_on = None
    _tiers(rows, columns, catalogue)
    texts = (("notes", Field.NOTES, MAX_TEXT), ("source", Field.SOURCE, MAX_SOURCE))
    for attribute, field_, limit in texts:
        if columns.mapped(field_):
            for row, text in zip(rows, text_column(columns.cells(field_), as_text), strict=True):
                if text:
                    setattr(row, attribute, text[:limit])
    if columns.mapped(Field.TAGS):
        for row, tags in zip(rows, text_column(columns.cells(Field.TAGS), _tags), strict=True):
            if tags:
                row.tags = tags


def _tiers(rows: list[ImportRow], columns: _Columns, catalogue: Catalogue) -> None:
    """A tier by name, or as the user mapped it; a tier the club lacks and
    nobody mapped is a warning on its row (and listed in the summary)."""
    if not columns.mapped(Field.TIER):
        return
    found: dict[str, int | None] = {}
    for row, name in zip(rows, text_column(columns.cells(Field.TIER), as_text), strict=True):
        if not name:
            continue
        row.tier_name = name
        if name not in found:
            found[name] = catalogue.tiers.get(name_key(name), UNMAPPED)
        tier = found[name]
        if tier == UNMAPPED:
            _warn(row, Field.TIER, TIER_UNKNOWN,
                  N_("No tier named {text}; imported without a tier (map it to a tier to "
                     "keep it)"), text=name)
        else:
            row.tier_id = tier


def _guardians(rows: list[ImportRow], columns: _Columns, catalogue: Catalogue) -> None:
    """The guardian columns, and the app's rule for a child under 14 on the day
    it joined: a guardian (name, relation, phone) and their consent, or the row
    is rejected (`member_draft.needs_guardian_consent`, as the member form)."""
    names = columns.parsed(Field.GUARDIAN_NAME, lambda cells: text_column(cells, _name))
    relations = columns.parsed(Field.GUARDIAN_RELATION,
                               lambda cells: text_column(cells, as_text))
    phones = columns.parsed(Field.GUARDIAN_PHONE, phone_column)
    today = catalogue.today
    for row, name, relation, phone in zip(rows, names, relations, phones, strict=True):
        minor = needs_guardian_consent(row.birthday, row.joined_on or today)
        if phone is not None and type(phone) is not str:
            _problem(row, Field.GUARDIAN_PHONE, phone, warning=not minor)
            phone = None
        row.guardian_name = (name or "")[:MAX_NAME]
        row.guardian_relation = (relation or "")[:MAX_RELATION]
        row.guardian_phone = phone or ""
        if not minor:
            continue
        row.minor = True
        if not (row.guardian_name and row.guardian_relation and row.guardian_phone):
            _error(row, Field.GUARDIAN_NAME, "minor_without_guardian",
                   N_("A member under 14 needs a guardian: name, relation and phone (add the "
                      "guardian's columns)"))
        elif not catalogue.guardian_consent:
            _error(row, Field.GUARDIAN_NAME, "minor_without_consent",
                   N_("A member under 14 needs the guardian's consent to keep the child's "
                      "data (confirm that the guardians consented)"))


def _money(rows: list[ImportRow], columns: _Columns, catalogue: Catalogue) -> None:
    principals = columns.parsed(Field.BALANCE, money_column)
    bonuses = columns.parsed(Field.BONUS, money_column)
    sessions_ = columns.parsed(Field.SESSIONS, whole_column)
    points_ = columns.parsed(Field.POINTS, whole_column)
    untils = columns.parsed(Field.VALID_UNTIL, date_column)
    products = columns.parsed(Field.PRODUCT, lambda cells: text_column(cells, as_text))
    today, cards = catalogue.today, _CardMaker(catalogue)
    for row, principal, bonus, sessions, points, until, product in zip(
            rows, principals, bonuses, sessions_, points_, untils, products, strict=True):
        principal = _amount(row, Field.BALANCE, principal)
        bonus = _amount(row, Field.BONUS, bonus)
        sessions = _amount(row, Field.SESSIONS, sessions)
        row.points = _amount(row, Field.POINTS, points)
        if until is not None and type(until) is not date:
            _problem(row, Field.VALID_UNTIL, until)
            until = None
        if until and until < today:
            _warn(row, Field.VALID_UNTIL, "card_expired",
                  N_("The card expired on {text}; it is imported and expires at the next "
                     "start"), text=until.isoformat())
        if principal or bonus or sessions or until:
            row.cards = cards.plans(row, product, principal, bonus, sessions, until)


class _CardMaker:
    """The cards a row's balances become, of the product it names (when the
    club has it) or the chosen default product of each kind."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue

    def plans(self, row: ImportRow, product: str | None, principal: int, bonus: int,
              sessions: int, until: date | None) -> list[CardPlan]:
        named = self._catalogue.products.get(name_key(product)) if product else None
        if product and named is None:
            _warn(row, Field.PRODUCT, "product_unknown",
                  N_("No card product named {text}; the chosen default product is used"),
                  text=product)

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


def _name(cell: Cell) -> str:
    return normalize_name(as_text(cell))


def _member_no(cell: Cell) -> str:
    return as_text(cell).upper()


def _gender(cell: Cell) -> Gender:
    found = values.gender(cell)
    if found is None:
        raise ValueProblem("gender_unknown",
                           N_("Gender {text} not recognised; imported as not given"),
                           text=as_text(cell))
    return found


def _tags(cell: Cell) -> tuple[str, ...]:
    text = as_text(cell).replace("，", ",").replace("、", ",").replace(";", ",")
    return tuple(sorted({tag.strip()[:MAX_TAG] for tag in text.split(",") if tag.strip()}))


def _set_or_warn(row: ImportRow, field_: Field, value: Any, attribute: str) -> None:
    """A value that cannot be read is dropped with a warning, not a rejection."""
    if isinstance(value, ValueProblem):
        _problem(row, field_, value, warning=True)
    else:
        setattr(row, attribute, value)


def _amount(row: ImportRow, field_: Field, amount: Any) -> int:
    if amount is None:
        return 0
    if isinstance(amount, ValueProblem):
        _problem(row, field_, amount)
        return 0
    if amount < 0:
        _error(row, field_, "negative", N_("A negative amount cannot be imported: {text}"),
               text=_amount_text(field_, amount))
        return 0
    return int(amount)


def _amount_text(field_: Field, amount: int) -> str:
    return format_money(amount) if field_ in (Field.BALANCE, Field.BONUS) else str(amount)


def _problem(row: ImportRow, field_: Field, problem: ValueProblem, *,
             warning: bool = False) -> None:
    row.problems.append(Problem(problem.code, problem.template, problem.params, field_,
                                warning))


def _error(row: ImportRow, field_: Field, code: str, template: str, **params: Any) -> None:
    row.problems.append(Problem(code, template, params, field_))


def _warn(row: ImportRow, field_: Field, code: str, template: str, **params: Any) -> None:
    row.problems.append(Problem(code, template, params, field_, warning=True))


_MEMBER_NO = re.compile(r"[A-Za-z0-9_-]{1,32}")


def _is_member_no(text: str) -> bool:
    return _MEMBER_NO.fullmatch(text) is not None
