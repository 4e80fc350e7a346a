"""The report's workbook as the owner opens it: a sheet per section, the heading,
each table under its title with a bold, frozen header, numbers in their formats
(yuan, counts, percentages, dates), bold totals, column widths, text that never
becomes a formula; and a workbook that cannot be written leaves nothing behind."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from clubcrm.domain.errors import ClubError
from clubcrm.domain.reports import Column, ColumnKind, Period, Report, Section, Table
from clubcrm.io.report_xlsx import write_report_xlsx

COLUMNS = (Column("名称", width=20), Column("笔数", ColumnKind.INT),
           Column("金额", ColumnKind.MONEY, width=16), Column("占比", ColumnKind.PERCENT),
           Column("到期", ColumnKind.DATE))
ROWS = (("=1+1", 3, 123_456, 255, date(2026, 11, 30)),
        ("-2+3", 1_234, 7, None, None),
        ("@SUM(A1)", 0, -50, 1000, date(2026, 12, 1)))


def make_report() -> Report:
    """Two sections with the same title but for the case and a forbidden "/";
    the first has a table with a total, a second table and a note, the
    second has only a note."""
    sales = Table("销售", COLUMNS, ROWS, total=("合计", 1_237, 123_413, None, None))
    others = Table("其他", (Column("项目"),), (("+86",),))
    return Report("测试会所", "月度经营报表", Period(date(2026, 10, 1), date(2026, 10, 31)),
                  "2026-11-01 09:00",
                  (Section("cash", "Cash/收入", (sales, others), notes=("=说明",)),
                   Section("notes", "cash 收入", notes=("只有说明",))))


@pytest.fixture
def workbook(tmp_path: Path) -> Workbook:
    """The report written by write_report_xlsx, read back by openpyxl."""
    path = tmp_path / "report.xlsx"
    write_report_xlsx(make_report(), path)
    return load_workbook(path)


def test_one_sheet_per_section_named_as_excel_allows(workbook: Workbook) -> None:
    """"/" becomes a space; a second name equal but for the case gets " 2"."""
    assert workbook.sheetnames == ["Cash 收入", "cash 收入 2"]


def test_heading_titles_and_bold_frozen_header(workbook: Workbook) -> None:
    """A1 is the heading (bold, 13 pt); the first table's title and header are
    bold and rows 1-4 stay on screen; a sheet with no table freezes nothing."""
    sheet, notes = workbook.worksheets
    assert sheet["A1"].value == "测试会所 月度经营报表 2026-10 — Cash/收入"
    assert sheet["A1"].font.b and sheet["A1"].font.sz == 13
    assert sheet["A3"].value == "销售" and sheet["A3"].font.b
    assert [cell.value for cell in sheet[4]] == [column.title for column in COLUMNS]
    assert all(cell.font.b for cell in sheet[4])
    assert sheet.freeze_panes == "A5"
    assert notes.freeze_panes is None and notes["A3"].value == "只有说明"


def test_numbers_in_their_formats_and_bold_totals(workbook: Workbook) -> None:
    """Money in yuan "#,##0.00", counts "#,##0", per mille as a ratio "0.0%",
    dates as dates; the total row is bold; empty values stay empty."""
    sheet = workbook.worksheets[0]
    first = sheet[5]
    assert [cell.value for cell in first[1:]] == [3, 1234.56, 0.255, datetime(2026, 11, 30)]
    assert [cell.number_format for cell in first[1:]] == [
        "#,##0", "#,##0.00", "0.0%", "yyyy-mm-dd"]
    assert sheet["C6"].value == 0.07 and sheet["C7"].value == -0.5 and sheet["D7"].value == 1
    assert sheet["D6"].value is None and sheet["E6"].value is None
    total = sheet[8]
    assert [cell.value for cell in total[:3]] == ["合计", 1237, 1234.13]
    assert all(cell.font.b for cell in total[:3])
    assert total[2].number_format == "#,##0.00"


def test_text_from_users_is_text_never_a_formula(workbook: Workbook) -> None:
    """Cells starting with =, -, @ or + get a quote in front and are strings."""
    sheet = workbook.worksheets[0]
    texts = [sheet["A5"], sheet["A6"], sheet["A7"], sheet["A12"], sheet["A14"]]
    assert [cell.value for cell in texts] == ["'=1+1", "'-2+3", "'@SUM(A1)", "'+86", "'=说明"]
    assert all(cell.data_type == "s" for cell in texts)


def test_column_widths_fit_the_widest_table(workbook: Workbook) -> None:
    """Each column is as wide as its widest table's column, plus two."""
    sheet = workbook.worksheets[0]
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABC"}
    assert widths["A"] == pytest.approx(22, abs=1) and widths["C"] == pytest.approx(18, abs=1)
    assert widths["B"] == pytest.approx(14, abs=1)


def test_a_workbook_that_cannot_be_written_is_a_club_error_and_no_file(tmp_path: Path) -> None:
    """A folder that is a file: ClubError naming the path, no .part left over."""
    (tmp_path / "folder").write_text("not a folder")
    target = tmp_path / "folder" / "report.xlsx"
    with pytest.raises(ClubError) as raised:
        write_report_xlsx(make_report(), target)
    assert raised.value.params["path"] == str(target)
    assert list(tmp_path.iterdir()) == [tmp_path / "folder"]
