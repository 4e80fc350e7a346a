"""The audit log as a table, newest first, fetched a page at a time."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QObject

from clubcrm.domain.audit import AuditEntry, AuditFilter, action_label
from clubcrm.services.audit import PAGE_SIZE
from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.models.rows_table_model import PagedRowsTableModel

COL_AT, COL_OPERATOR, COL_ACTION, COL_SUBJECT, COL_DETAILS = range(5)

_CELLS: list[Callable[[AuditEntry], str]] = [  # in COL_* order
    lambda e: e.at.strftime("%Y-%m-%d %H:%M:%S"),
    lambda e: e.operator_name,
    lambda e: tr_label(action_label(e.action)),
    lambda e: e.subject,
    lambda e: json.dumps(e.details, ensure_ascii=False, sort_keys=True) if e.details else "",
]


class AuditTableModel(PagedRowsTableModel[AuditEntry]):
    def __init__(self, club: Club, parent: QObject | None = None) -> None:
        titles = [tr("Time"), tr("Operator"), tr("Action"), tr("Subject"), tr("Details")]
        super().__init__(_CELLS, titles, parent)
        self._club = club
        self._filter = AuditFilter()
        self.total = 0

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

    def entry_at(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def _next_page(self) -> list[AuditEntry]:
        before_id = self._rows[-1].id if self._rows else None
        page = self._club.audit.page(self._filter, operator=self._club.operator,
                                     before_id=before_id, limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        return page
