"""A member's ledger as a table, newest first, fetched 100 rows at a time.

A member with years of visits has thousands of rows; only the pages the user
scrolls to are read (`canFetchMore`/`fetchMore` over the ledger service's
keyset paging). A reversed row is struck through, so nobody counts it twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from clubcrm.domain.cards import PAYMENT_METHOD_LABELS
from clubcrm.domain.ledger import KIND_LABELS, LedgerEntry, LedgerFilter
from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.models.rows_table_model import Index, PagedRowsTableModel
from clubcrm.ui.widgets.card_texts import money, signed, signed_money

PAGE_SIZE = 100
(COL_ROW, COL_AT, COL_KIND, COL_CARD, COL_SERVICE, COL_PRINCIPAL, COL_BONUS, COL_SESSIONS,
 COL_DAYS, COL_POINTS, COL_PAID, COL_METHOD, COL_OPERATOR, COL_NOTE) = range(14)
NUMERIC = frozenset({COL_ROW, COL_PRINCIPAL, COL_BONUS, COL_SESSIONS, COL_DAYS, COL_POINTS,
                     COL_PAID})


def _service(entry: LedgerEntry) -> str:
    if not entry.service_name:
        return ""
    return f"{entry.service_name} × {abs(entry.quantity)}"


def _note(entry: LedgerEntry) -> str:
    parts = [entry.reason] if entry.reason else []
    if entry.reverses_id is not None:
        parts.append(tr("reverses row {row}").format(row=entry.reverses_id))
    if entry.reversed_by_id is not None:
        parts.append(tr("reversed by row {row}").format(row=entry.reversed_by_id))
    return "; ".join(parts)


_CELLS: list[Callable[[LedgerEntry], str]] = [  # in COL_* order
    lambda e: str(e.id),
    lambda e: e.at.strftime("%Y-%m-%d %H:%M"),
    lambda e: tr_label(KIND_LABELS[e.kind]),
    lambda e: e.card_no,
    _service,
    lambda e: signed_money(e.principal_delta),
    lambda e: signed_money(e.bonus_delta),
    lambda e: signed(e.sessions_delta),
    lambda e: signed(e.days_delta),
    lambda e: signed(e.points_delta),
    lambda e: money(e.paid_fen) if e.paid_fen else "",
    lambda e: tr_label(PAYMENT_METHOD_LABELS[e.method]) if e.method else "",
    lambda e: e.operator_name,
    _note,
]


def column_titles() -> list[str]:
    return [tr("Row"), tr("Time"), tr("Kind"), tr("Card number"), tr("Service"),
            tr("Principal"), tr("Bonus"), tr("Sessions"), tr("Days"), tr("Points"),
            tr("Paid"), tr("Payment method"), tr("Operator"), tr("Note")]


class LedgerTableModel(PagedRowsTableModel[LedgerEntry]):
    total_changed = Signal(int)

    def __init__(self, club: Club, parent: QObject | None = None) -> None:
        super().__init__(_CELLS, column_titles(), parent)
        self._club = club
        self._member_id: int | None = None
        self._filter = LedgerFilter()
        self.total = 0

    @property
    def ledger_filter(self) -> LedgerFilter:
        return self._filter

    def set_member(self, member_id: int | None, ledger_filter: LedgerFilter) -> None:
        """Show `member_id`'s rows (none for None) through `ledger_filter`, first page only."""
        self._member_id, self._filter = member_id, ledger_filter
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._exhausted = [], self._member_id is None
        self.total = 0
        if self._member_id is not None:
            self.total = self._club.ledger.count(self._member_id, self._filter)
            self._rows = self._next_page()
        self.endResetModel()
        self.total_changed.emit(self.total)

    def entry_at(self, row: int) -> LedgerEntry:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if entry.reversed_by_id is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return super().data(index, role)

    def _next_page(self) -> list[LedgerEntry]:
        assert self._member_id is not None
        before_id = self._rows[-1].id if self._rows else None
        page = self._club.ledger.page(self._member_id, self._filter, before_id=before_id,
                                      limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        return page
