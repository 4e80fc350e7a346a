"""Reading a spreadsheet or CSV file into rows of cells, safely.

xlsx and xls go through python-calamine (PERFORMANCE.md: 7x faster than
openpyxl read-only); CSV through the csv module with the encoding detected
(BOM, strict UTF-8, UTF-16 without BOM, GB18030 which covers GBK) or chosen.
Before calamine sees an xlsx, its zip directory and the sheet's `<dimension>`
are checked, so a zip bomb or a sheet claiming a million columns is refused
before anything big is unpacked. Cells come back as calamine gives them:
str, float (every number), bool, date, datetime, or "" for an empty cell.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clubcrm.domain.errors import ClubError
from clubcrm.domain.import_values import Cell
from clubcrm.domain.translatable import N_

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and an encrypted .xlsx
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16")
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"')
_FORMULA_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*?(?:/>|>(.*?)</c>)', re.DOTALL)
_SAVED_VALUE = re.compile(rb"<v>[^<]+</v>")
_DETECT_BYTES = 4_000_000
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """What a file may claim before it is refused unread."""

    max_rows: int = 200_000
    max_columns: int = 256
    max_unpacked_bytes: int = 1_000_000_000  # the whole xlsx, unpacked
    max_ratio: int = 200  # unpacked / packed size of one part bigger than a megabyte


class TableError(ClubError):
    """A file that cannot be read as a table; `code` is stable for scripts."""

    def __init__(self, code: str, template: str, /, **params: object) -> None:
        super().__init__(template, **params)
        self.code = code


@dataclass(slots=True)
class Table:
    """One sheet's rows; `first_row` is the file's row number of `rows[0]`."""

    sheet: str
    rows: list[list[Cell]]
    first_row: int = 1
    encoding: str | None = None
    # (file row number, column index) of formula cells saved without a value
    missing_formulas: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    # merged cells as (first row, first column, last row, last column), indexes
    # into `rows`: a header's group title spans the columns it groups
    merged: tuple[tuple[int, int, int, int], ...] = ()


def file_kind(path: Path) -> str:
    """"xlsx", "xls" or "csv", from the file's first bytes (not its name)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise TableError("unreadable", N_("Cannot read {path}: {reason}"), path=str(path),
                         reason=exc.strerror or str(exc)) from None
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    if head == OLE_MAGIC:
        return "xlsx" if _is_encrypted_ooxml(path) else "xls"
    if _looks_like_text(path):
        return "csv"
    raise TableError("not_spreadsheet", N_("{name} is not a spreadsheet (xlsx, xls or csv)."),
                     name=Path(path).name)


def sheet_names(path: Path, *, limits: ReadLimits = ReadLimits()) -> list[str]:
    """The sheets of a workbook; a CSV file has one, named after the file."""
    if file_kind(path) == "csv":
        return [Path(path).stem]
    return list(_workbook(path, limits).sheet_names)


def read_table(path: Path, *, sheet: str | None = None, encoding: str | None = None,
               limits: ReadLimits = ReadLimits()) -> Table:
    """The whole sheet (the first one by default), checked against `limits`."""
    path = Path(path)
    if file_kind(path) == "csv":
        chosen = encoding or detect_encoding(path)
        rows = list(_csv_rows(path, chosen, limits))
        return Table(path.stem, rows, 1, chosen)
    workbook = _workbook(path, limits)
    name = _sheet_name(workbook, sheet)
    sheet_obj = _sheet(workbook, name)
    rows, first_row = _sheet_rows(sheet_obj, limits)
    missing = _formulas_without_value(path, workbook, name) if file_kind(path) == "xlsx" \
        else frozenset()
    return Table(name, rows, first_row, None, missing, _merged(sheet_obj, first_row))


def stream_rows(path: Path, *, sheet: str | None = None, encoding: str | None = None,
                limits: ReadLimits = ReadLimits()) -> Iterator[tuple[int, list[Cell]]]:
    """(file row number, cells) one row at a time: a million-row CSV is never
    held in memory. A workbook is read whole (calamine reads it so anyway)."""
    path = Path(path)
    if file_kind(path) != "csv":
        table = read_table(path, sheet=sheet, encoding=encoding, limits=limits)
        yield from enumerate(table.rows, start=table.first_row)
        return
    yield from enumerate(_csv_rows(path, encoding or detect_encoding(path), limits), start=1)


# --- CSV ---

def detect_encoding(path: Path) -> str:
    """BOM first; then UTF-16 by its zero bytes; then strict UTF-8; then GB18030
    (a superset of GBK and GB2312); otherwise the file is refused."""
    with Path(path).open("rb") as handle:
        data = handle.read(_DETECT_BYTES)
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    if sample and sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    for candidate in ("utf-8", "gb18030"):
        if _decodes(data, candidate):
            return candidate
    raise TableError("unknown_encoding", N_("Cannot tell the text encoding of {name}; "
                                            "choose it by hand."), name=Path(path).name)


def _decodes(data: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        decoder.decode(data, final=len(data) < _DETECT_BYTES)
    except UnicodeDecodeError:
        return False
    return True


def _csv_rows(path: Path, encoding: str, limits: ReadLimits) -> Iterator[list[Cell]]:
    try:
        with Path(path).open("r", encoding=encoding, errors="strict", newline="") as handle:
            dialect = _dialect(handle.read(64_000))
            handle.seek(0)
            for count, row in enumerate(csv.reader(handle, dialect), start=1):
                if count > limits.max_rows + 1:  # + the header row
                    raise _too_many_rows(limits)
                if len(row) > limits.max_columns:
                    raise _too_many_columns(len(row), limits)
                yield row  # type: ignore[misc]
    except UnicodeError:
        raise TableError("wrong_encoding", N_("{name} is not in the encoding {encoding}; "
                                              "choose another."),
                         name=Path(path).name, encoding=encoding) from None
    except csv.Error as exc:
        raise TableError("corrupt", N_("{name} cannot be read: {reason}"),
                         name=Path(path).name, reason=str(exc)) from None


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample.lstrip("\ufeff"), delimiters=",\t;|")
    except csv.Error:
        return csv.excel


def _looks_like_text(path: Path) -> bool:
    with Path(path).open("rb") as handle:
        head = handle.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return True
    if not head or (b"\x00" in head and head.count(0) <= len(head) // 4):
        return False
    return head.count(0) > len(head) // 4 or all(
        byte >= 0x20 or byte in b"\t\r\n" for byte in head)


# --- workbooks ---

def _workbook(path: Path, limits: ReadLimits):  # -> python_calamine.CalamineWorkbook
    import python_calamine  # only when a workbook is read

    kind = file_kind(path)
    if kind == "xlsx":
        _check_zip(path, limits)
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise _encrypted(path) from None
    except Exception:  # noqa: BLE001 - calamine raises several kinds for a broken file
        raise TableError("corrupt", N_("{name} is damaged or not a real spreadsheet."),
                         name=Path(path).name) from None


def _check_zip(path: Path, limits: ReadLimits) -> None:
    """Refuse a zip bomb from the zip directory alone, before unpacking anything."""
    if _is_encrypted_ooxml(path):
        raise _encrypted(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise TableError("corrupt", N_("{name} is damaged or not a real spreadsheet."),
                         name=Path(path).name) from None
    total = sum(info.file_size for info in infos)
    swollen = any(info.file_size > _CHUNK
                  and info.file_size > limits.max_ratio * max(info.compress_size, 1)
                  for info in infos)
    if total > limits.max_unpacked_bytes or swollen:
        raise TableError("zip_bomb", N_("{name} would unpack to {size} MB: refused as unsafe."),
                         name=Path(path).name, size=total // 1_000_000)
    try:
        sheet_parts_checked(path, limits)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise TableError("corrupt", N_("{name} is damaged or not a real spreadsheet."),
                         name=Path(path).name) from None


def _is_encrypted_ooxml(path: Path) -> bool:
    """A password-protected xlsx is an OLE container with an `EncryptedPackage`."""
    with Path(path).open("rb") as handle:
        head = handle.read(1 << 16)
    return head.startswith(OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in head


def _encrypted(path: Path) -> TableError:
    return TableError("encrypted", N_("{name} is protected by a password; save it without "
                                      "the password and try again."), name=Path(path).name)


def _sheet_name(workbook, sheet: str | None) -> str:
    names = list(workbook.sheet_names)
    if not names:
        raise TableError("no_sheet", N_("The workbook has no sheets."))
    if sheet is None:
        return names[0]
    if sheet not in names:
        raise TableError("sheet_not_found", N_("There is no sheet named {sheet}."), sheet=sheet)
    return sheet


def _sheet(workbook, name: str):
    try:
        return workbook.get_sheet_by_name(name)
    except Exception:  # noqa: BLE001
        raise TableError("corrupt", N_("The sheet {sheet} is damaged."), sheet=name) from None


def _sheet_rows(sheet, limits: ReadLimits) -> tuple[list[list[Cell]], int]:
    height, width = sheet.height, sheet.width
    if width > limits.max_columns:
        raise _too_many_columns(width, limits)
    if height > limits.max_rows + 1:
        raise _too_many_rows(limits)
    start_row, start_col = sheet.start or (0, 0)
    rows = sheet.to_python(skip_empty_area=True)
    if start_col:
        rows = [[""] * start_col + row for row in rows]
    return rows, start_row + 1


def _merged(sheet, first_row: int) -> tuple[tuple[int, int, int, int], ...]:
    ranges = getattr(sheet, "merged_cell_ranges", None) or []
    offset = first_row - 1
    return tuple((top - offset, left, bottom - offset, right)
                 for (top, left), (bottom, right) in ranges if bottom >= offset)


def check_dimension(archive: zipfile.ZipFile, part: str, limits: ReadLimits) -> None:
    """A sheet's `<dimension>` claims its size: a million columns is refused unread."""
    with archive.open(part) as stream:
        head = stream.read(4096)
    match = _DIMENSION.search(head)
    if not match or not match[3]:
        return
    columns = _column_number(match[3].decode())
    rows = int(match[4])
    if columns > limits.max_columns:
        raise _too_many_columns(columns, limits)
    if rows > limits.max_rows + 1 + 100:  # titles and notes above the header
        raise _too_many_rows(limits)


def _too_many_columns(columns: int, limits: ReadLimits) -> TableError:
    return TableError("too_many_columns", N_("The sheet has {columns} columns; at most {limit} "
                                             "can be imported."),
                      columns=columns, limit=limits.max_columns)


def _too_many_rows(limits: ReadLimits) -> TableError:
    return TableError("too_many_rows", N_("The file has more than {limit} rows; split it into "
                                          "smaller files."), limit=limits.max_rows)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _formulas_without_value(path: Path, workbook, sheet: str) -> frozenset[tuple[int, int]]:
    """Cells with a formula (`<f>`) but no saved value (`<v>`): calamine shows
    them empty, and an empty balance must not be read as zero. The sheet's XML
    is parsed only if it contains a formula at all."""
    part = _sheet_part(path, list(workbook.sheet_names).index(sheet))
    if part is None:
        return frozenset()
    with zipfile.ZipFile(path) as archive:
        data = archive.read(part)
    if b"<f" not in data:
        return frozenset()
    missing = set()
    for match in _FORMULA_CELL.finditer(data):
        inner = match[3] or b""
        if b"<f" in inner and not _SAVED_VALUE.search(inner):
            missing.add((int(match[2]), _column_number(match[1].decode()) - 1))
    return frozenset(missing)


def _sheet_part(path: Path, index: int) -> str | None:
    """The zip part of the index-th sheet, from workbook.xml and its relationships."""
    with zipfile.ZipFile(path) as archive:
        try:
            book = archive.read("xl/workbook.xml")
            rels = archive.read("xl/_rels/workbook.xml.rels")
        except KeyError:
            return None
    ids = re.findall(rb'<(?:\w+:)?sheet\b[^>]*?r:id="([^"]+)"', book)
    if index >= len(ids):
        return None
    target = re.search(rb'<Relationship\b[^>]*?Id="' + re.escape(ids[index]) +
                       rb'"[^>]*?Target="([^"]+)"', rels) or re.search(
        rb'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="' + re.escape(ids[index]) + rb'"', rels)
    if not target:
        return None
    name = target[1].decode().lstrip("/")
    return name if name.startswith("xl/") else "xl/" + name


def sheet_parts_checked(path: Path, limits: ReadLimits) -> None:
    """Every worksheet's claimed dimension, checked before calamine reads any."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                check_dimension(archive, name, limits)

