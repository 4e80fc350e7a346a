"""Whole columns of a legacy file normalised at once, for speed (issue 8:
50,000 rows previewed in 3 s). A column repeats its values (tiers, genders,
birthdays, names), so each distinct cell is parsed once; the values an export
usually holds (an 11-digit mobile, a numeric amount, a date cell) take a
quick path. Each result is exactly what the `import_values` normaliser gives
for that cell: the value, None for a blank cell, or the `ValueProblem`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TypeAlias, TypeVar, Union, cast

from clubcrm.domain import import_values as values
from clubcrm.domain.import_values import Cell, ValueProblem, is_blank

T = TypeVar("T")
Parsed: TypeAlias = Union[T, ValueProblem, None]  # noqa: UP007 - a generic alias
QUICK_MONEY_LIMIT = 1e7  # yuan: below it a float times 100 is exact to far under a fen
_MOBILE_SECOND = frozenset("3456789")


def parse_column(cells: Sequence[Cell], parse: Callable[[Cell], T], *,
                 quick: Callable[[Cell], T | None] | None = None,
                 repeats: bool = True) -> list[Parsed[T]]:
    """`parse` applied to every cell; `quick` first when given (None: not
    quick), and a cache of the cells seen when the column `repeats`."""
    out: list[Parsed[T]] = list(map(quick, cells)) if quick is not None else [None] * len(cells)
    rest = [i for i, value in enumerate(out) if value is None]
    if not repeats:
        for i in rest:
            out[i] = parse_cell(cells[i], parse)
        return out
    seen: dict[object, Parsed[T]] = {}
    for i in rest:
        cell = cells[i]
        key = cell if type(cell) is str else (type(cell), cell)  # 1 == 1.0 == True
        try:
            out[i] = seen[key]
        except KeyError:
            out[i] = seen[key] = parse_cell(cell, parse)
    return out


def text_column(cells: Sequence[Cell], parse: Callable[[Cell], T], *,
                quick: Callable[[Cell], T | None] | None = None,
                repeats: bool = True) -> list[T | None]:
    """`parse_column` for a parse that never refuses a cell (a name, a note,
    a tier's name): a value, or None for a blank cell."""
    return cast(list[T | None], parse_column(cells, parse, quick=quick, repeats=repeats))


def parse_cell(cell: Cell, parse: Callable[[Cell], T]) -> Parsed[T]:
    if is_blank(cell):
        return None
    try:
        return parse(cell)
    except ValueProblem as problem:
        return problem


def quick_phone(cell: Cell) -> str | None:
    """A plain mainland mobile, as text or as a numeric cell."""
    if type(cell) is str:
        if len(cell) == 11 and cell[0] == "1" and cell[1] in _MOBILE_SECOND \
                and cell.isascii() and cell.isdigit():
            return cell
    elif type(cell) is float and 1.3e10 <= cell < 2e10 and cell.is_integer():
        return str(int(cell))
    return None


def quick_money(cell: Cell) -> int | None:
    """Fen of a numeric cell with at most two decimals (`1200.5`); anything
    finer or bigger goes through `money_fen`, which decides."""
    if type(cell) is float and -QUICK_MONEY_LIMIT < cell < QUICK_MONEY_LIMIT:
        hundredths = cell * 100
        fen = round(hundredths)
        if abs(hundredths - fen) < 5e-5:
            return fen
    elif type(cell) is int:
        return cell * 100
    return None


def quick_whole(cell: Cell) -> int | None:
    if type(cell) is float and cell.is_integer():
        return int(cell)
    if type(cell) is int:
        return cell
    return None


def quick_date(cell: Cell) -> date | None:
    if type(cell) is datetime:
        return cell.date()
    if type(cell) is date:
        return cell
    return None


def quick_member_no(cell: Cell) -> str | None:
    """A member number typed as letters and digits (most are)."""
    if type(cell) is str and 0 < len(cell) <= 32 and cell.isascii() and cell.isalnum():
        return cell.upper()
    return None


def money_column(cells: Sequence[Cell]) -> list[Parsed[int]]:
    return parse_column(cells, values.money_fen, quick=quick_money)


def whole_column(cells: Sequence[Cell]) -> list[Parsed[int]]:
    return parse_column(cells, values.whole_number, quick=quick_whole)


def date_column(cells: Sequence[Cell]) -> list[Parsed[date]]:
    return parse_column(cells, values.calendar_date, quick=quick_date)


def phone_column(cells: Sequence[Cell]) -> list[Parsed[str]]:
    return parse_column(cells, values.phone, quick=quick_phone, repeats=False)
