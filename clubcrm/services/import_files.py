"""The files around an import: the template to fill in, and the rejected rows
written back with the reason in a new column, ready to fix and re-import."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from clubcrm import i18n
from clubcrm.domain.import_values import Cell
from clubcrm.domain.translatable import N_
from clubcrm.io.excel import Cell as ExcelCell
from clubcrm.io.excel import write_table
from clubcrm.services.import_history import HistoryResult
from clubcrm.services.import_mapping import FIELD_LABELS, MEMBER_FIELDS, Field
from clubcrm.services.import_preview import Preview
from clubcrm.services.import_rows import Action, Problem

TEMPLATE_EXAMPLE: dict[Field, ExcelCell] = {
    # Data: one example member (text cells keep leading zeros and long numbers).
    Field.MEMBER_NO: "000123", Field.NAME: "张三", Field.PHONE: "13800138000",
    Field.GENDER: "女", Field.BIRTHDAY: date(1990, 5, 3), Field.JOINED_ON: date(2023, 1, 15),
    Field.TIER: "", Field.BALANCE: Decimal("1200.50"), Field.BONUS: Decimal("200.00"),
    Field.SESSIONS: 10, Field.VALID_UNTIL: date(2026, 12, 31), Field.POINTS: 300,
    Field.PRODUCT: "", Field.NOTES: "", Field.TAGS: "", Field.SOURCE: "",
    Field.GUARDIAN_NAME: "", Field.GUARDIAN_RELATION: "", Field.GUARDIAN_PHONE: "",
}


def write_template(path: Path) -> None:
    """An .xlsx with the headers the import recognises and one example row."""
    write_table(Path(path), sheet_title=i18n.translate(N_("Members")),
                headers=[i18n.translate(FIELD_LABELS[f]) for f in MEMBER_FIELDS],
                rows=[[TEMPLATE_EXAMPLE[f] for f in MEMBER_FIELDS]],
                widths=[14] * len(MEMBER_FIELDS))


def describe_problems(problems: Sequence[Problem], *, warnings: bool = False) -> str:
    """The row's errors (or all problems) in the user's language, one line."""
    return "; ".join(i18n.translate(p.template, **p.params) for p in problems
                     if warnings or not p.warning)


def write_rejected(preview: Preview, path: Path) -> int:
    """The rejected rows, cells as read, with the reason as the last column."""
    headers = [str(header) if (header := _excel(cell)) is not None else ""
               for cell in preview.headers]
    return write_table(Path(path), sheet_title=i18n.translate(N_("Rejected rows")),
                       headers=[*headers, i18n.translate(N_("Reason"))],
                       rows=_rejected(preview, len(headers)))


def _rejected(preview: Preview, width: int) -> Iterator[list[ExcelCell]]:
    for index, cells in sorted(preview.raw.items()):
        row = preview.rows[index]
        if row.action is Action.REJECT:
            padded = [*cells, *[""] * (width - len(cells))][:width]
            yield [*(_excel(cell) for cell in padded), describe_problems(row.problems)]


def _excel(cell: Cell) -> ExcelCell:
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() else Decimal(repr(cell))
    if isinstance(cell, (str, int, date, Decimal, bool)) or cell is None:
        return cell
    return str(cell)


def write_history_rejected(result: HistoryResult, path: Path) -> int:
    """A history import's rejected rows, cells as read, with the reason last."""
    headers = [str(header) for header in result.headers]
    return write_table(Path(path), sheet_title=i18n.translate(N_("Rejected rows")),
                       headers=[*headers, i18n.translate(N_("Reason"))],
                       rows=([*(_excel(cell) for cell in rejected.cells),
                              i18n.translate(rejected.template, **rejected.params)]
                             for rejected in result.rejected))
