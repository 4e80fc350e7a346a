"""A report as an Excel workbook the owner can re-use: one sheet per section,
each table under its title with bold, frozen headers, real numbers (money in
yuan with two decimals, rates as percentages, dates as dates) and column widths.

Text from users (member names, product names...) goes through the one
formula guard of `clubcrm.io.excel`, so no cell can become a formula. The
workbook is made by XlsxWriter in memory (`clubcrm.io.excel.xlsx_workbook`):
a month's 20,000 cells take a third of the time openpyxl's cells did.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from clubcrm.domain.reports import ColumnKind, Report, Section, Table, Value
from clubcrm.io.excel import neutralize, sheet_name, xlsx_workbook

NUMBER_FORMATS = {ColumnKind.INT: "#,##0", ColumnKind.MONEY: "#,##0.00",
                  ColumnKind.PERCENT: "0.0%", ColumnKind.DATE: "yyyy-mm-dd"}
# What Excel is given for a number of each kind: yuan for fen, a ratio for per mille.
SCALES = {ColumnKind.MONEY: 100, ColumnKind.PERCENT: 1000}
FIRST_HEADER_ROW = 4  # the heading, a blank row, the first table's title, its header
TITLE_SIZE = 13


def write_report_xlsx(report: Report, path: Path) -> None:
    """Write the report to `path` (through a temporary file: never a half workbook)."""
    with xlsx_workbook(Path(path), small=True) as workbook:
        styles, names = _Styles(workbook), set[str]()
        for section in report.sections:
            sheet = workbook.add_worksheet(sheet_name(section.title, names))
            _write_section(sheet, report, section, styles)


class _Styles:
    """The workbook's formats: plain or bold (a total row), by column kind."""

    def __init__(self, workbook: Any) -> None:
        self.title = workbook.add_format({"bold": True, "font_size": TITLE_SIZE})
        self.text = {False: None, True: workbook.add_format({"bold": True})}
        self.number = {(kind, bold): workbook.add_format({"num_format": code, "bold": bold})
                       for kind, code in NUMBER_FORMATS.items() for bold in (False, True)}

    def number_format(self, kind: ColumnKind, bold: bool) -> Any:
        """The format of a number in a column of `kind`: General in a text column."""
        return self.number.get((kind, bold), self.text[bold])


def _write_section(sheet: Any, report: Report, section: Section, styles: _Styles) -> None:
    """The heading, each table under its title (the first one's header frozen),
    then the notes."""
    _set_widths(sheet, section)
    if section.tables:
        sheet.freeze_panes(FIRST_HEADER_ROW, 0)
    sheet.write_string(0, 0, neutralize(f"{report.heading} — {section.title}"), styles.title)
    row = 1
    for table in section.tables:
        row = _write_table(sheet, row + 1, table, styles)
    for note in section.notes:
        sheet.write_string(row + 1, 0, neutralize(note))
        row += 2


def _set_widths(sheet: Any, section: Section) -> None:
    widths: dict[int, int] = {}
    for table in section.tables:
        for index, column in enumerate(table.columns):
            widths[index] = max(widths.get(index, 0), column.width + 2)
    for index, width in widths.items():
        sheet.set_column(index, index, width)


def _write_table(sheet: Any, row: int, table: Table, styles: _Styles) -> int:
    """The table's title, header, rows and total from `row` on; the row after it."""
    sheet.write_string(row, 0, neutralize(table.title), styles.text[True])
    for index, column in enumerate(table.columns):
        sheet.write_string(row + 1, index, neutralize(column.title), styles.text[True])
    row += 2
    plain = _cell_writers(sheet, table, styles, bold=False)
    for values in table.rows:
        _write_row(row, values, plain)
        row += 1
    if table.total is not None:
        _write_row(row, table.total, _cell_writers(sheet, table, styles, bold=True))
        row += 1
    return row


CellWriter = Callable[[int, int, Value], None]


def _cell_writers(sheet: Any, table: Table, styles: _Styles, *, bold: bool) -> list[CellWriter]:
    """One writer a column, chosen once: a table has thousands of cells."""
    text_format = styles.text[bold]

    def writer(kind: ColumnKind) -> CellWriter:
        number_format, scale = styles.number_format(kind, bold), SCALES.get(kind, 1)
        date_format = styles.number_format(ColumnKind.DATE, bold)

        def write(row: int, column: int, value: Value) -> None:
            if isinstance(value, str):  # text, whatever the column: never a formula
                sheet.write_string(row, column, neutralize(value), text_format)
            elif isinstance(value, int):
                sheet.write_number(row, column, value / scale if scale > 1 else value,
                                   number_format)
            elif value is not None:
                sheet.write_datetime(row, column, value, date_format)

        return write

    return [writer(column.kind) for column in table.columns]


def _write_row(row: int, values: tuple[Value, ...], writers: list[CellWriter]) -> None:
    for column, (value, write) in enumerate(zip(values, writers, strict=True)):
        write(row, column, value)
