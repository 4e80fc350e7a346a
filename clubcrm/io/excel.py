"""Writing tables to .xlsx safely.

Text from users must never become a formula when the owner opens the file
(CSV/formula injection): a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return is written as text, with a quote in front. Numbers stay numbers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from clubcrm.io.files import writing

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | Decimal | date | datetime | bool | None  # money: exact Decimal yuan
SHEET_NAME_MAX = 31
_FORBIDDEN_IN_NAMES = str.maketrans({char: " " for char in "[]:*?/\\"})


def neutralize(value: Cell) -> Cell:
    """A cell value that cannot run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet of a workbook: a title, bold headers and streamed rows."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    widths: Sequence[int] = ()


def write_table(
    path: Path,
    *,
    sheet_title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    widths: Sequence[int] = (),
) -> int:
    """Stream `rows` into a new one-sheet workbook at `path`; returns the number of data rows."""
    [count] = write_sheets(path, [Sheet(sheet_title, headers, rows, widths)])
    return count


def write_sheets(path: Path, sheets: Sequence[Sheet]) -> list[int]:
    """Stream each sheet into a new workbook at `path`; returns each sheet's row count."""
    with xlsx_workbook(path) as workbook:
        formats, names = _Formats(workbook), set[str]()
        return [_write_sheet(workbook, sheet, formats, names) for sheet in sheets]


@contextlib.contextmanager
def xlsx_workbook(path: Path, *, small: bool = False) -> Iterator[Any]:
    """A new XlsxWriter workbook, saved as `path` when the block ends.

    Text is always written as text, never read as a formula, a number or a
    link. Rows are streamed to disk as they come (a 100,000-row export stays
    small and runs about twice as fast as openpyxl's write-only mode), so
    they go in order; a `small` workbook (a report) is built in memory
    instead, with no temporary file a sheet. Saved through
    `clubcrm.io.files.writing`: a failure leaves no half file and is a
    `ClubError` naming the file.
    """
    import xlsxwriter  # only exports need it

    with writing(path, failures=(xlsxwriter.exceptions.XlsxWriterException,)) as tmp:
        workbook = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": not small, "in_memory": small, "strings_to_formulas": False,
            "strings_to_numbers": False, "strings_to_urls": False})
        yield workbook
        workbook.close()


def sheet_name(title: str, taken: set[str]) -> str:
    """`title` as a sheet name Excel accepts and not yet in `taken` (which it joins).

    Excel refuses `[]:*?/\\`, an apostrophe at either end, more than 31
    characters and two names differing only in case."""
    cleaned = title.translate(_FORBIDDEN_IN_NAMES).strip(" '")
    base = cleaned[:SHEET_NAME_MAX].rstrip(" '") or "Sheet"
    name, number = base, 2
    while name.casefold() in taken:
        suffix = f" {number}"
        name, number = base[:SHEET_NAME_MAX - len(suffix)] + suffix, number + 1
    taken.add(name.casefold())
    return name


class _Formats:
    def __init__(self, workbook: Any) -> None:
        self.bold = workbook.add_format({"bold": True})
        self.time = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.money = workbook.add_format({"num_format": "#,##0.00"})


def _write_sheet(workbook: Any, sheet: Sheet, formats: _Formats, names: set[str]) -> int:
    target = workbook.add_worksheet(sheet_name(sheet.title, names))
    target.freeze_panes(1, 0)
    for index, width in enumerate(sheet.widths):
        target.set_column(index, index, width)
    for column, title in enumerate(sheet.headers):
        target.write_string(0, column, str(neutralize(title)), formats.bold)
    count = 0
    for count, row in enumerate(sheet.rows, start=1):
        for column, value in enumerate(row):
            _write_cell(target, count, column, value, formats)
    return count


def _write_cell(target: Any, row: int, column: int, value: Cell, formats: _Formats) -> None:
    write = _WRITERS.get(type(value))
    if write is None:  # a subclass (an enum of str, a bool-like int…): its base decides
        write = next(_WRITERS[kind] for kind in _WRITERS if isinstance(value, kind))
    write(target, row, column, value, formats)


def _write_date(target: Any, row: int, column: int, value: date, formats: _Formats) -> None:
    target.write_datetime(row, column, datetime(value.year, value.month, value.day), formats.day)


# By exact type, looked up once per cell (an export writes hundreds of thousands).
# bool before int: True is an int too. Excel keeps every number as a double; yuan
# with two decimals come back exactly (the shortest repr of the double is the same digits).
_WRITERS: dict[type, Any] = {
    type(None): lambda target, row, column, value, formats: None,
    str: lambda target, row, column, value, formats: target.write_string(
        row, column, str(neutralize(value))),
    bool: lambda target, row, column, value, formats: target.write_boolean(row, column, value),
    datetime: lambda target, row, column, value, formats: target.write_datetime(
        row, column, value, formats.time),
    date: _write_date,
    Decimal: lambda target, row, column, value, formats: target.write_number(
        row, column, float(value), formats.money),
    int: lambda target, row, column, value, formats: target.write_number(row, column, value),
}
