"""A report as an Excel workbook the owner can re-use: one sheet per section,
each table under its title with bold, frozen headers, real numbers (money in
yuan with two decimals, rates as percentages, dates as dates) and column widths.

Text from users (member names, product names...) goes through the one
formula guard of `clubcrm.io.excel`, so no cell can become a formula.
openpyxl costs ~0.3 s to load: this module is imported when a report is
exported, not at start-up.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from clubcrm.domain.reports import ColumnKind, Report, Section, Table, Value
from clubcrm.io.excel import column_letter, neutralize, save_workbook

FORMATS = {ColumnKind.INT: "#,##0", ColumnKind.MONEY: "#,##0.00",
           ColumnKind.PERCENT: "0.0%", ColumnKind.DATE: "yyyy-mm-dd"}
SHEET_TITLE_MAX = 31
FIRST_HEADER_ROW = 4  # the heading, a blank row, the first table's title, its header
FORBIDDEN_IN_TITLES = str.maketrans({char: " " for char in "[]:*?/\\"})


def write_report_xlsx(report: Report, path: Path) -> None:
    # Streamed (write-only): a month's workbook is some 20,000 cells.
    workbook = Workbook(write_only=True)
    fonts = {"title": Font(bold=True, size=13), "bold": Font(bold=True), None: None}
    for section in report.sections:
        _write_section(workbook, report, section, fonts)
    save_workbook(workbook, Path(path))


def _write_section(workbook, report: Report, section: Section, fonts: dict) -> None:
    """The heading, each table under its title (the first one's header frozen),
    then the notes; widths and frozen rows are set before the rows stream out."""
    sheet = workbook.create_sheet(_sheet_title(workbook, section.title))
    widths: dict[int, int] = {}
    for table in section.tables:
        for index, column in enumerate(table.columns):
            widths[index] = max(widths.get(index, 0), column.width + 2)
    for index, width in widths.items():
        sheet.column_dimensions[column_letter(index)].width = width
    if section.tables:
        sheet.freeze_panes = f"A{FIRST_HEADER_ROW + 1}"
    sheet.append([_text(sheet, f"{report.heading} — {section.title}", fonts["title"])])
    for table in section.tables:
        sheet.append([])
        sheet.append([_text(sheet, table.title, fonts["bold"])])
        sheet.append([_text(sheet, column.title, fonts["bold"]) for column in table.columns])
        for row in table.rows:
            sheet.append(_values(sheet, table, row))
        if table.total is not None:
            sheet.append(_values(sheet, table, table.total, fonts["bold"]))
    for note in section.notes:
        sheet.append([])
        sheet.append([_text(sheet, note)])


def _values(sheet, table: Table, row: tuple[Value, ...], font=None) -> list:
    cells = []
    for value, column in zip(row, table.columns, strict=True):
        if value is None or isinstance(value, str):
            cells.append(_text(sheet, value, font))
            continue
        cell = WriteOnlyCell(sheet, value=_number(value, column.kind))
        cell.number_format = FORMATS.get(column.kind, "General")
        if font is not None:
            cell.font = font
        cells.append(cell)
    return cells


def _text(sheet, value: str | None, font=None):
    """Text is set as text: never a formula, whatever it starts with."""
    cell = WriteOnlyCell(sheet, value=neutralize(value))
    if value is not None:
        cell.data_type = "s"
    if font is not None:
        cell.font = font
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
