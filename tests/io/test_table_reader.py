"""Reading legacy files: encodings, titles and merged cells, and every bad file refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from clubcrm.io.table_reader import ReadLimits, TableError, detect_encoding, read_table
from clubcrm.services.import_header import locate_header
from clubcrm.services.import_mapping import Field, auto_mapping

CSV_TEXT = "会员卡号,姓名,手机\n00012,张三,13800138000\n00013,李四,13911112222\n"


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"),
    ("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
])
def test_csv_encodings_detected(tmp_path: Path, encoding: str, expected: str) -> None:
    """UTF-8, UTF-8 with BOM, GBK/GB18030 and UTF-16 (with or without BOM) read the same."""
    path = tmp_path / "m.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    assert detect_encoding(path) == expected
    table = read_table(path)
    assert table.rows[1] == ["00012", "张三", "13800138000"]


def test_encoding_can_be_overridden(tmp_path: Path) -> None:
    """A chosen encoding wins; a wrong one is a clear error, not mojibake."""
    path = tmp_path / "m.csv"
    path.write_bytes(CSV_TEXT.encode("gbk"))
    with pytest.raises(TableError) as caught:
        read_table(path, encoding="utf-8")
    assert caught.value.code == "wrong_encoding"
    assert read_table(path, encoding="gbk").rows[1][1] == "张三"


def test_header_found_below_a_merged_title(tmp_path: Path) -> None:
    """A merged title and a blank row above the header do not hide it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "XX游泳馆会员名单（2024年导出）"
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["序号", "会员卡号", "姓名", "手机号码", "余额(元)"])
    sheet.append([1, "00012", "张三", "13800138000", 100])
    path = tmp_path / "m.xlsx"
    workbook.save(path)
    table = read_table(path)
    header = locate_header(table)
    assert (header.index, header.height, header.body_start) == (2, 1, 3)
    assert auto_mapping(header.names) == {1: Field.MEMBER_NO, 2: Field.NAME,
                                          3: Field.PHONE, 4: Field.BALANCE}


def test_two_row_header_with_merged_groups(tmp_path: Path) -> None:
    """A group title merged over its sub-headers, and headers merged down both
    rows, make one header whose columns map by their sub-header."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["会员名单"])
    sheet.merge_cells("A1:F1")
    sheet.append(["会员卡号", "姓名", "联系方式", None, "卡内余额", None])
    sheet.append([None, None, "手机", "电话", "本金", "赠送"])
    for cells in ("A2:A3", "B2:B3", "C2:D2", "E2:F2"):
        sheet.merge_cells(cells)
    sheet.append(["00012", "张三", "13800138000", "", 100, 20])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    header = locate_header(read_table(path))
    assert (header.index, header.height, header.body_start) == (1, 2, 3)
    assert header.names == ["会员卡号", "姓名", "联系方式 / 手机", "联系方式 / 电话",
                            "卡内余额 / 本金", "卡内余额 / 赠送"]
    assert auto_mapping(header.names) == {0: Field.MEMBER_NO, 1: Field.NAME, 2: Field.PHONE,
                                          4: Field.BALANCE, 5: Field.BONUS}


def test_two_row_header_in_csv(tmp_path: Path) -> None:
    """Without merge information (CSV), a group title stands over its first
    column only; the sub-headers still map and the header spans two rows."""
    path = tmp_path / "two.csv"
    path.write_text("卡号,姓名,手机,余额,\n,,,本金,赠送\n00012,张三,13800138000,100,20\n",
                    encoding="utf-8")
    header = locate_header(read_table(path))
    assert (header.index, header.height) == (0, 2)
    assert auto_mapping(header.names) == {0: Field.MEMBER_NO, 1: Field.NAME, 2: Field.PHONE,
                                          3: Field.BALANCE, 4: Field.BONUS}


def test_no_header_is_refused(tmp_path: Path) -> None:
    """A sheet naming no known column is refused with a message."""
    path = tmp_path / "m.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(TableError) as caught:
        locate_header(read_table(path))
    assert caught.value.code == "no_header"


def test_formula_without_saved_value_is_found(tmp_path: Path) -> None:
    """A formula openpyxl saved without a value is listed by row and column."""
    workbook = Workbook()
    workbook.active.append(["姓名", "余额"])
    workbook.active.append(["张三", "=1+1"])
    path = tmp_path / "m.xlsx"
    workbook.save(path)
    assert read_table(path).missing_formulas == frozenset({(2, 1)})


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    """A binary file that is not a workbook is refused."""
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.code == "not_spreadsheet"


def test_corrupt_xlsx(tmp_path: Path) -> None:
    """A truncated xlsx is reported as damaged."""
    workbook = Workbook()
    workbook.active.append(["姓名", "手机"])
    good = tmp_path / "good.xlsx"
    workbook.save(good)
    path = tmp_path / "bad.xlsx"
    path.write_bytes(good.read_bytes()[:600])
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.code == "corrupt"


def test_password_protected_xlsx(tmp_path: Path) -> None:
    """An encrypted workbook (an OLE file with an EncryptedPackage) is named as such."""
    path = tmp_path / "secret.xlsx"
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    ole += "EncryptedPackage".encode("utf-16-le") + bytes(1024)
    path.write_bytes(bytes(ole))
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.code == "encrypted"


def test_zip_bomb_refused_before_unpacking(tmp_path: Path) -> None:
    """A part that would unpack hundreds of times larger is refused from the directory."""
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 50_000_000)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.code == "zip_bomb"


def test_sheet_claiming_a_million_columns(tmp_path: Path) -> None:
    """The sheet's <dimension> is checked before calamine reads the sheet."""
    workbook = Workbook()
    workbook.active.append(["姓名", "手机"])
    good = tmp_path / "good.xlsx"
    workbook.save(good)
    path = tmp_path / "wide.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B1"', b'<dimension ref="A1:XFD1"')
            target.writestr(item, data)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.code == "too_many_columns"


def test_too_many_rows(tmp_path: Path) -> None:
    """A file over the configured row limit is refused."""
    path = tmp_path / "m.csv"
    path.write_text("姓名,手机\n" + "张三,13800138000\n" * 20, encoding="utf-8")
    with pytest.raises(TableError) as caught:
        read_table(path, limits=ReadLimits(max_rows=10))
    assert caught.value.code == "too_many_rows"
    workbook = Workbook()
    for _ in range(20):
        workbook.active.append(["张三", "13800138000"])
    workbook.save(tmp_path / "m.xlsx")
    with pytest.raises(TableError):
        read_table(tmp_path / "m.xlsx", limits=ReadLimits(max_rows=10))
