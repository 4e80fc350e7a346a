"""The audit log as a table, newest first, fetched a page at a time."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from clubcrm.domain.audit import AuditEntry, AuditFilter, action_label
from clubcrm.services.audit import PAGE_SIZE
from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr, tr_label

Index = QModelIndex | QPersistentModelIndex
TOP = QModelIndex()

COL_AT, COL_OPERATOR, COL_ACTION, COL_SUBJECT, COL_DETAILS = range(5)
COLUMN_COUNT = 5

_CELLS: dict[int, Callable[[AuditEntry], str]] = {
    COL_AT: lambda e: e.at.strftime("%Y-%m-%d %H:%M:%S"),
    COL_OPERATOR: lambda e: e.operator_name,
    COL_ACTION: lambda e: tr_label(action_label(e.action)),
    COL_SUBJECT: lambda e: e.subject,
    COL_DETAILS: lambda e: json.dumps(e.details, ensure_ascii=False, sort_keys=True)
    if e.details else "",
}


class AuditTableModel(QAbstractTableModel):
    def __init__(self, club: Club, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._filter = AuditFilter()
        self._rows: list[AuditEntry] = []
        self._exhausted = True
        self.total = 0
        self._titles = [tr("Time"), tr("Operator"), tr("Action"), tr("Subject"), tr("Details")]

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self._filter = audit_filter
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._exhausted = [], False
        self.total = self._club.audit.count(self._filter, operator=self._club.operator)
        self._rows = self._next_page()
        self.endResetModel()

    def rowCount(self, parent: Index = TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = TOP) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return _CELLS[index.column()](self._rows[index.row()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section] if 0 <= section < COLUMN_COUNT else None
        return None

    def entry_at(self, row: int) -> AuditEntry:
        return self._rows[row]

    def canFetchMore(self, parent: Index = TOP) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = TOP) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _next_page(self) -> list[AuditEntry]:
        before_id = self._rows[-1].id if self._rows else None
        page = self._club.audit.page(self._filter, operator=self._club.operator,
                                     before_id=before_id, limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        return page
