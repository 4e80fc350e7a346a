"""Where a file's header is and what each column is called: one row below any
titles, or two rows where a merged group title (`卡内余额`) stands above its
sub-headers (`本金`, `赠送`) and single headers are merged down both rows.
A two-row header's column reads `卡内余额 / 本金`; the automatic mapping tries
the lower part first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clubcrm.domain.import_values import Cell, as_text
from clubcrm.domain.translatable import N_
from clubcrm.io.table_reader import Table, TableError
from clubcrm.services.import_mapping import (
    HEADER_SEARCH_ROWS,
    MEMBER_FIELDS,
    MIN_HEADER_FIELDS,
    PART_SEPARATOR,
    Field,
    auto_mapping,
)


@dataclass(frozen=True, slots=True)
class Header:
    """The header's first row (an index into `Table.rows`), its height (1 or 2)
    and the name of each column."""

    index: int
    height: int
    names: list[Cell]

    @property
    def body_start(self) -> int:
        """The index in `Table.rows` of the first row below the header."""
        return self.index + self.height


def locate_header(table: Table, fields: Sequence[Field] = MEMBER_FIELDS) -> Header:
    """Among the first rows, the header naming the most known fields; a
    two-row header (merged ranges filled) only when it names more than any
    row alone does."""
    head = _filled_head(table)
    best: Header | None = None
    best_score = MIN_HEADER_FIELDS - 1
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        score = _score(row, fields)
        if score > best_score:
            best, best_score = Header(index, 1, list(table.rows[index])), score
    for index in range(len(head) - 1):
        names = _two_rows(head[index], head[index + 1])
        score = _score(names, fields)
        if score > best_score:
            best, best_score = Header(index, 2, names), score
    if best is None:
        raise TableError("no_header", N_("No header row found: the first {rows} rows name no "
                                         "known columns (name, phone, member number...)."),
                         rows=HEADER_SEARCH_ROWS)
    return best


def _score(names: Sequence[Cell], fields: Sequence[Field]) -> int:
    return len(auto_mapping(names, fields))


def _two_rows(upper: Sequence[Cell], lower: Sequence[Cell]) -> list[Cell]:
    width = max(len(upper), len(lower))
    names: list[Cell] = []
    for column in range(width):
        top = as_text(upper[column]) if column < len(upper) else ""
        bottom = as_text(lower[column]) if column < len(lower) else ""
        if not bottom or top == bottom:
            names.append(top)
        elif not top:
            names.append(bottom)
        else:
            names.append(f"{top}{PART_SEPARATOR}{bottom}")
    return names


def _filled_head(table: Table) -> list[list[Cell]]:
    """The first rows, each merged range filled with its value: a group title
    over the columns it spans, a header merged down over the row below."""
    head = [list(row) for row in table.rows[:HEADER_SEARCH_ROWS]]
    for top, left, bottom, right in table.merged:
        if top < 0 or top >= len(head) or left >= len(head[top]):
            continue
        value = head[top][left]
        for row in head[top:min(bottom, len(head) - 1) + 1]:
            row.extend([""] * (right + 1 - len(row)))
            for column in range(left, right + 1):
                row[column] = value
    return head
