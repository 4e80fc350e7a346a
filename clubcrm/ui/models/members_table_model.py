"""Table models of members: the paged full list and the search hit list.

Both show `MemberSummary` rows with the same columns. The full list pages
with `canFetchMore`/`fetchMore` over the member service's keyset paging, so
a club of 100,000 members costs only the pages the user scrolls through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import (
    GENDER_LABELS,
    STATUS_LABELS,
    Gender,
    MemberFilter,
    MemberStatus,
    MemberSummary,
    SearchHit,
    SortKey,
)
from clubcrm.services.club import Club
from clubcrm.services.members import PAGE_SIZE

from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.models.rows_table_model import TOP, Index, RowsTableModel

COL_MEMBER_NO, COL_NAME, COL_PHONE, COL_GENDER, COL_TIER, COL_JOINED_ON, COL_STATUS = range(7)
COLUMN_COUNT = 7
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole

_CELLS: list[Callable[[MemberSummary], str]] = [  # in COL_* order
    lambda m: m.member_no,
    lambda m: m.name,
    lambda m: m.phone,
    lambda m: "" if m.gender == Gender.UNKNOWN else tr_label(GENDER_LABELS[m.gender]),
    lambda m: m.tier_name,
    lambda m: m.joined_on.isoformat(),
    lambda m: tr_label(STATUS_LABELS[m.status]),
]
# The member service orders by every column (the name by its pinyin, the tier by its rank).
SORT_KEYS = {
    COL_MEMBER_NO: SortKey.MEMBER_NO,
    COL_NAME: SortKey.NAME,
    COL_PHONE: SortKey.PHONE,
    COL_JOINED_ON: SortKey.JOINED_ON,
    COL_GENDER: SortKey.GENDER,
    COL_TIER: SortKey.TIER,
    COL_STATUS: SortKey.STATUS,
}


def column_titles() -> list[str]:
    return [tr("Member number"), tr("Name"), tr("Mobile phone"), tr("Gender"), tr("Tier"),
            tr("Joined on"), tr("Status")]


class MemberRowsModel(RowsTableModel[MemberSummary]):
    """Member rows already in memory, shown in the member columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_CELLS, column_titles(), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._rows[index.row()]
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.ForegroundRole and member.status != MemberStatus.ACTIVE:
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return super().data(index, role)

    def member_at(self, row: int) -> MemberSummary:
        return self.row_at(row)

    def row_of(self, member_id: MemberId) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.id == member_id), None)

    def replace_member(self, member: MemberSummary) -> None:
        """Show a saved member's new values in its row, if it is listed."""
        row = self.row_of(member.id)
        if row is not None:
            self._rows[row] = member
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def remove_member(self, member_id: MemberId) -> bool:
        """Drop a member that no longer belongs in the list; True if it was listed."""
        row = self.row_of(member_id)
        if row is None:
            return False
        self.beginRemoveRows(TOP, row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True


class SearchHitsTableModel(MemberRowsModel):
    """The reception search results, best match first (their order is the ranking)."""

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._rows = [hit.member for hit in hits]
        self.endResetModel()


class MembersTableModel(MemberRowsModel):
    """Every member matching a filter, fetched 200 rows at a time in the chosen order,
    as the club's current operator may see them (phones masked for reception)."""

    total_changed = Signal(int)

    def __init__(self, club: Club, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._members = club.members
        self._filter = MemberFilter()
        self._sort = SortKey.MEMBER_NO
        self._descending = False
        self._after: tuple[Any, MemberId] | None = None
        self._exhausted = True
        self.total = 0

    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    def set_filter(self, member_filter: MemberFilter) -> None:
        self._filter = member_filter
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter, sort or outside change)."""
        self.beginResetModel()
        self._rows, self._after, self._exhausted = [], None, False
        self.total = self._members.count(self._filter)
        self._append(self._next_page())
        self.endResetModel()
        self.total_changed.emit(self.total)

    def canFetchMore(self, parent: Index = TOP) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = TOP) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if page:
            self.beginInsertRows(TOP, len(self._rows), len(self._rows) + len(page) - 1)
            self._append(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        return next(col for col, key in SORT_KEYS.items() if key == self._sort)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def remove_member(self, member_id: MemberId) -> bool:
        """Drop the member's row if loaded, and recount: it may sit on a page not fetched yet."""
        removed = super().remove_member(member_id)
        self.refresh_total()
        return removed

    def refresh_total(self) -> None:
        self.total = self._members.count(self._filter)
        self.total_changed.emit(self.total)

    def _next_page(self) -> list[tuple[MemberSummary, Any]]:
        page = self._members.page(
            self._filter, sort=self._sort, descending=self._descending, after=self._after,
            limit=PAGE_SIZE, operator=self._club.operator,
        )
        self._exhausted = len(page) < PAGE_SIZE
        return page

    def _append(self, page: list[tuple[MemberSummary, Any]]) -> None:
        self._rows.extend(member for member, _ in page)
        if page:
            last, value = page[-1]
            self._after = (value, last.id)
