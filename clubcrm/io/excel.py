"""Writing tables to .xlsx safely.

Text from users must never become a formula when the owner opens the file
(CSV/formula injection): a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return is written as text, with a quote in front. Numbers stay numbers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from clubcrm.domain.errors import ClubError
from clubcrm.domain.translatable import N_

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | Decimal | date | datetime | bool | None  # money: exact Decimal yuan


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
    """Stream each sheet into a new workbook at `path`; returns each sheet's row count.

    XlsxWriter in constant-memory mode writes each row as it comes (a 100,000-row
    export stays small and runs about twice as fast as openpyxl's write-only
    mode); text is always written as text, never read as a formula, a number or
    a link. Written to a temporary file first, so a failure never leaves a half
    file where the user expects an export.
    """
    import xlsxwriter  # only exports need it

    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True, "strings_to_formulas": False,
            "strings_to_numbers": False, "strings_to_urls": False})
        formats = _Formats(workbook)
        counts = [_write_sheet(workbook, sheet, formats) for sheet in sheets]
        workbook.close()
        tmp.replace(path)
    except (OSError, xlsxwriter.exceptions.XlsxWriterException) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ClubError(N_("Cannot write {path}: {reason}"), path=str(path),
                        reason=reason) from None
    return counts


class _Formats:
    def __init__(self, workbook: Any) -> None:
        self.bold = workbook.add_format({"bold": True})
        self.time = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.money = workbook.add_format({"num_format": "#,##0.00"})


def _write_sheet(workbook: Any, sheet: Sheet, formats: _Formats) -> int:
    target = workbook.add_worksheet(sheet.title[:31])
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


def save_workbook(workbook, path: Path) -> None:  # noqa: ANN001 - openpyxl is untyped
    """Save through a temporary file; a failure is a `ClubError` naming the file."""
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # e.g. the "folder" is a file: nothing was written
            tmp.unlink(missing_ok=True)
        raise ClubError(
            N_("Cannot write {path}: {reason}"), path=str(path), reason=exc.strerror or str(exc)
        ) from None


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
