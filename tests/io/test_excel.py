"""The shared workbook writer: sheet names Excel accepts, and an export that
fails leaving the previous file as it was and no temporary file behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from clubcrm.domain.errors import ClubError
from clubcrm.io.excel import Sheet, sheet_name, write_sheets, xlsx_workbook
from clubcrm.io.files import writing


@pytest.mark.parametrize(("title", "taken", "expected"), [
    ("现金收入", set(), "现金收入"),
    ("a/b\\c[d]:e*f?g", set(), "a b c d  e f g"),
    ("'quoted'", set(), "quoted"),
    ("   ", set(), "Sheet"),
    ("x" * 40, set(), "x" * 31),
    ("Cash", {"cash"}, "Cash 2"),
    ("x" * 40, {"x" * 31, "x" * 29 + " 2"}, "x" * 29 + " 3"),
    ("d" * 30 + "'e", set(), "d" * 30),
])
def test_sheet_name_is_one_excel_accepts_and_unique(title: str, taken: set[str],
                                                     expected: str) -> None:
    """Forbidden characters become spaces, no apostrophe at either end, at most
    31 characters, a number added to a name taken in any case."""
    names = set(taken)
    assert sheet_name(title, names) == expected
    assert expected.casefold() in names and len(expected) <= 31


def test_sheets_with_clashing_titles_are_all_written(tmp_path: Path) -> None:
    """Two sheets titled "Tags" and "tags" (Excel would refuse the second)."""
    path = tmp_path / "two.xlsx"
    counts = write_sheets(path, [Sheet("Tags", ["Tag"], [["=vip"]]),
                                 Sheet("tags", ["Tag"], [["a"], ["b"]])])
    book = load_workbook(path)
    assert counts == [1, 2] and book.sheetnames == ["Tags", "tags 2"]
    assert book["Tags"]["A2"].value == "'=vip"


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path) -> None:
    """An error inside the workbook block (XlsxWriter's own) is a ClubError;
    the file already there is untouched and no .part is left."""
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"previous")
    with pytest.raises(ClubError) as raised, xlsx_workbook(path) as workbook:
        workbook.add_worksheet("x" * 40)  # XlsxWriter refuses a name this long
    assert raised.value.params["path"] == str(path)
    assert path.read_bytes() == b"previous"
    assert sorted(tmp_path.iterdir()) == [path]


def test_writing_moves_the_file_in_place_only_when_complete(tmp_path: Path) -> None:
    """Inside the block the destination does not exist yet; after it, it does."""
    path = tmp_path / "sub" / "report.pdf"
    with writing(path) as tmp:
        tmp.write_bytes(b"%PDF")
        assert not path.exists()
    assert path.read_bytes() == b"%PDF" and not tmp.exists()
