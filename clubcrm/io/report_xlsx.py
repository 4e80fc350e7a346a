"""A report as an Excel workbook the owner can re-use: one sheet per section,
each table under its title with bold, frozen headers, real numbers (money in
yuan with two decimals, rates as percentages, dates as dates) and column widths.

Text from users (member names, product names...) goes through the one
formula guard of `clubcrm.io.excel`, so no cell can become a formula.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from clubcrm.domain.reports import ColumnKind, Report, Section, Table, Value
from clubcrm.io.excel import column_letter, neutralize, save_workbook

FORMATS = {ColumnKind.INT: "#,##0", ColumnKind.MONEY: "#,##0.00",
           ColumnKind.PERCENT: "0.0%", ColumnKind.DATE: "yyyy-mm-dd"}
SHEET_TITLE_MAX = 31
FORBIDDEN_IN_TITLES = str.maketrans({char: " " for char in "[]:*?/\\"})


def write_report_xlsx(report: Report, path: Path) -> None:
    from openpyxl import Workbook  # openpyxl costs ~0.3 s; only exports need it

    workbook = Workbook()
    workbook.remove(workbook.active)
    for section in report.sections:
        _write_section(workbook, report, section)
    save_workbook(workbook, Path(path))


class _SheetWriter:
    """Writes rows one under another; openpyxl's `max_row` scans every cell, so
    the writer counts rows itself."""

    def __init__(self, sheet) -> None:
        self.sheet = sheet
        self.row = 0

    def text(self, value: str, *, skip: int = 0, font=None) -> None:
        self.row += 1 + skip
        cell = _text(self.sheet.cell(self.row, 1), value)
        if font is not None:
            cell.font = font

    def table(self, table: Table, bold) -> int:
        """The table's header, rows and total; the header's row number."""
        self.row += 1
        header_row = self.row
        for index, column in enumerate(table.columns, start=1):
            _text(self.sheet.cell(header_row, index), column.title).font = bold
        for row in table.rows:
            self.values(table, row)
        if table.total is not None:
            for cell in self.values(table, table.total):
                cell.font = bold
        return header_row

    def values(self, table: Table, row: tuple[Value, ...]) -> list:
        self.row += 1
        cells = []
        for index, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = self.sheet.cell(self.row, index)
            if value is None or isinstance(value, str):
                _text(cell, value)
            else:
                cell.value = _number(value, column.kind)
                cell.number_format = FORMATS.get(column.kind, "General")
            cells.append(cell)
        return cells


def _write_section(workbook, report: Report, section: Section) -> None:
    from openpyxl.styles import Font

    writer = _SheetWriter(workbook.create_sheet(_sheet_title(workbook, section.title)))
    bold = Font(bold=True)
    writer.text(f"{report.heading} — {section.title}", font=Font(bold=True, size=13))
    widths: dict[int, int] = {}
    for number, table in enumerate(section.tables):
        writer.text(table.title, skip=1, font=bold)
        header_row = writer.table(table, bold)
        if number == 0:
            writer.sheet.freeze_panes = f"A{header_row + 1}"
        for index, column in enumerate(table.columns):
            widths[index] = max(widths.get(index, 0), column.width + 2)
    for note in section.notes:
        writer.text(note, skip=1)
    for index, width in widths.items():
        writer.sheet.column_dimensions[column_letter(index)].width = width


def _text(cell, value: str | None):
    """Text is set as text: never a formula, whatever it starts with."""
    cell.value = neutralize(value)
    if value is not None:
        cell.data_type = "s"
    return cell


def _number(value: Value, kind: ColumnKind) -> object:
    if kind is ColumnKind.MONEY and isinstance(value, int):
        return Decimal(value).scaleb(-2)
    if kind is ColumnKind.PERCENT and isinstance(value, int):
        return Decimal(value).scaleb(-3)
    return value


def _sheet_title(workbook, title: str) -> str:
    base = title.translate(FORBIDDEN_IN_TITLES).strip()[:SHEET_TITLE_MAX] or "Sheet"
    name, number = base, 2
    while name in workbook.sheetnames:
        suffix = f" {number}"
        name, number = base[:SHEET_TITLE_MAX - len(suffix)] + suffix, number + 1
    return name
