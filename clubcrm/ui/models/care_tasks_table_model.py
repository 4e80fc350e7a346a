"""One list of care tasks as a table: who, their phone, what the task is
about, and what the member is worth to the club.

A list holds at most a few thousand tasks, all in memory. The service's order
(soonest first, or most valuable first) is the "What" column's order; a click
on a title sorts by that column. The values come from the segmentation, which
may still be computing: until then the column says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt

from clubcrm.domain.care import CareTask, MemberValue

from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.models.rows_table_model import TOP, Index, RowsTableModel
from clubcrm.ui.widgets.card_texts import NONE, money

COL_MEMBER_NO, COL_NAME, COL_PHONE, COL_TASK, COL_VALUE = range(5)
COMPUTING = "…"
DEFAULT_WINDOW_MONTHS = 12

Key = tuple[Any, ...]


def task_text(task: CareTask) -> str:
    return tr_label(task.template).format(**task.params)


class CareTasksTableModel(RowsTableModel[CareTask]):
    def __init__(self, parent: QObject | None = None) -> None:
        cells: list[Callable[[CareTask], str]] = [
            lambda task: task.member_no, lambda task: task.name, lambda task: task.phone,
            task_text, self._value_text]
        super().__init__(cells, [], parent)
        self._values: Mapping[int, MemberValue] | None = None  # None: still computing
        self._order: dict[Key, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._titles = self._column_titles(DEFAULT_WINDOW_MONTHS)

    @staticmethod
    def _column_titles(months: int) -> list[str]:
        return [tr("Member number"), tr("Name"), tr("Mobile phone"), tr("What"),
                tr("Spend, last {months} months").format(months=months)]

    # -- contents --------------------------------------------------------------

    def set_tasks(self, tasks: Iterable[CareTask]) -> None:
        self.beginResetModel()
        self._rows = list(tasks)
        self._order = {task.key: n for n, task in enumerate(self._rows)}
        self._rows.sort(key=self._sort_key(self._sort[0]),
                        reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def set_values(self, values: Mapping[int, MemberValue] | None, *,
                   months: int = DEFAULT_WINDOW_MONTHS) -> None:
        """The members' values, once the segmentation has them (None: computing)."""
        self._values = values
        self._titles = self._column_titles(months)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_VALUE, COL_VALUE)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_VALUE),
                                  self.index(len(self._rows) - 1, COL_VALUE))

    def remove(self, key: Key) -> int | None:
        """Take the task out of the list; the row it was on, if it was listed."""
        row = self.row_of(key)
        if row is not None:
            self.beginRemoveRows(TOP, row, row)
            del self._rows[row]
            self.endRemoveRows()
        return row

    def show_phone(self, member_id: int, phone: str) -> None:
        """The member's full phone, revealed."""
        for row, task in enumerate(self._rows):
            if task.member_id == member_id:
                self._rows[row] = replace(task, phone=phone)
                self.dataChanged.emit(self.index(row, COL_PHONE), self.index(row, COL_PHONE))

    def task_at(self, row: int) -> CareTask:
        return self.row_at(row)

    def tasks(self) -> list[CareTask]:
        return list(self._rows)

    def row_of(self, key: Key) -> int | None:
        return next((row for row, task in enumerate(self._rows) if task.key == key), None)

    # -- display and sorting ------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.TextAlignmentRole and index.isValid()
                and index.column() == COL_VALUE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)

    def _value_text(self, task: CareTask) -> str:
        if self._values is None:
            return COMPUTING
        value = self._values.get(task.member_id)
        return f"{money(value.spend_fen)}  {value.grade}" if value else NONE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column; -1 (or "What") is the service's order."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [self._rows[index.row()].key for index in before]
        self._rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        rows = {task.key: n for n, task in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(rows[key], index.column())
                                                for key, index in zip(keys, before, strict=True)])
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[CareTask], Any]:
        keys: dict[int, Callable[[CareTask], Any]] = {
            COL_MEMBER_NO: lambda task: task.member_no,
            COL_NAME: lambda task: (task.name, task.member_no),
            COL_PHONE: lambda task: task.phone,
            COL_VALUE: self._spend,
        }
        return keys.get(column, lambda task: self._order[task.key])

    def _spend(self, task: CareTask) -> int:
        value = (self._values or {}).get(task.member_id)
        return value.spend_fen if value else -1
