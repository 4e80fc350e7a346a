"""The shape every list model here shares: rows of one kind in memory, one
text per column, titled columns. Subclasses add paging, roles and sorting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
TOP = QModelIndex()  # the invalid index: the table's root
Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, cells: Sequence[Callable[[Row], str]], titles: Sequence[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells = list(cells)
        self._titles = list(titles)
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = TOP) -> int:
        return 0 if parent.isValid() else len(self._cells)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.column()](self._rows[index.row()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section] if 0 <= section < len(self._titles) else None
        return None

    def row_at(self, row: int) -> Row:
        return self._rows[row]


class PagedRowsTableModel(RowsTableModel[Row]):
    """Rows fetched page by page as the view scrolls (`canFetchMore`/`fetchMore`):
    a subclass says how to read the next page and sets `_exhausted` on the last."""

    def __init__(self, cells: Sequence[Callable[[Row], str]], titles: Sequence[str],
                 parent: QObject | None = None) -> None:
        super().__init__(cells, titles, parent)
        self._exhausted = True

    def canFetchMore(self, parent: Index = TOP) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = TOP) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if page:
            self.beginInsertRows(TOP, len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _next_page(self) -> list[Row]:
        raise NotImplementedError
