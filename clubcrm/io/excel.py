"""Writing tables to .xlsx safely.

Text from users must never become a formula when the owner opens the file
(CSV/formula injection): a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return is written as text with a leading apostrophe-equivalent
(openpyxl's explicit string type plus a quote prefix). Numbers stay numbers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

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

    Written to a temporary file first, so a failure never leaves a half file
    where the user expects an export.
    """
    from openpyxl import Workbook  # openpyxl costs ~0.3 s; only exports need it

    workbook = Workbook(write_only=True)
    counts = [_write_sheet(workbook, sheet) for sheet in sheets]
    save_workbook(workbook, Path(path))
    return counts


def _write_sheet(workbook, sheet: Sheet) -> int:  # openpyxl is untyped
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    target = workbook.create_sheet(title=sheet.title[:31])
    target.freeze_panes = "A2"
    for index, width in enumerate(sheet.widths):
        target.column_dimensions[column_letter(index)].width = width
    bold = Font(bold=True)
    header_cells = []
    for title in sheet.headers:
        cell = WriteOnlyCell(target, value=neutralize(title))
        cell.font = bold
        header_cells.append(cell)
    target.append(header_cells)
    count = 0
    for row in sheet.rows:
        target.append([_cell(target, value) for value in row])
        count += 1
    return count


def _cell(sheet, value: Cell):  # noqa: ANN001, ANN202 - openpyxl types
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=neutralize(value))
    if isinstance(value, str):
        cell.data_type = "s"  # never let openpyxl guess a formula from text
    elif isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, Decimal):
        cell.number_format = "#,##0.00"
    return cell


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
