"""A segment's members: who, how to reach them, and the figures that put them there.

The rows come from a `SegmentList`, which builds a member's row only when the
table shows it; sorting orders the list by a whole column at once (a figure
from the segmentation's arrays, or the members' details), so a 27,000-member
segment opens and sorts without a Python object per member.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from PySide6.QtCore import QObject, Qt

from clubcrm.domain.money import format_money
from clubcrm.segmentation.explain import GRADE_NAMES, RFM_GROUP_NAMES, SEGMENT_NAMES, STAGE_NAMES
from clubcrm.services.segmentation import SegmentList, SegmentMember

from clubcrm.ui.i18n import tr
from clubcrm.ui.models.rows_table_model import RowsTableModel

Cell = Callable[[SegmentMember], str]
SortKeys = Callable[[SegmentList], Sequence[Any]]


def _detail(position: int) -> SortKeys:
    def keys(rows: SegmentList) -> list[Any]:
        ids = rows.segmentation.figures.member_ids[rows.indexes].tolist()
        return [rows.details[member_id][position] for member_id in ids]
    return keys


def _figure(name: str) -> SortKeys:
    return lambda rows: rows.column(name)


def _columns() -> list[tuple[str, Cell, SortKeys]]:
    def money(fen: int | None) -> str:
        return "" if fen is None else format_money(fen)

    return [
        (tr("Member number"), lambda m: m.member_no, _detail(0)),
        (tr("Name"), lambda m: m.name, _detail(1)),
        (tr("Mobile phone"), lambda m: m.phone, _detail(2)),
        (tr("Marketing consent"),
         lambda m: tr("Yes") if m.marketing_consent else tr("No — do not promote"), _detail(3)),
        (tr("Primary segment"), lambda m: tr(SEGMENT_NAMES[m.result.primary]),
         _figure("primary")),
        (tr("Segments met"),
         lambda m: ", ".join(tr(SEGMENT_NAMES[s]) for s in m.result.segments),
         _figure("segments")),
        (tr("Value grade"), lambda m: tr(GRADE_NAMES[m.result.grade]), _figure("grade")),
        (tr("Lifecycle stage"), lambda m: tr(STAGE_NAMES[m.result.lifecycle]),
         _figure("lifecycle")),
        (tr("RFM group"), lambda m: tr(RFM_GROUP_NAMES[m.result.rfm_group]),
         _figure("rfm_group")),
        ("R", lambda m: str(m.result.r), _figure("r")),
        ("F", lambda m: str(m.result.f), _figure("f")),
        ("M", lambda m: str(m.result.m), _figure("m")),
        # The last active day, latest first when ascending: fewest days since.
        (tr("Days since last visit"),
         lambda m: "" if m.result.recency_days is None else str(m.result.recency_days),
         lambda rows: -rows.column("last_active")),
        (tr("Visit days (12 months)"), lambda m: str(m.result.frequency), _figure("days")),
        (tr("Spend (12 months)"), lambda m: money(m.result.monetary_fen), _figure("spend")),
        (tr("Average ticket"), lambda m: money(m.result.ticket_fen), _figure("ticket")),
    ]


class SegmentMembersTableModel(RowsTableModel[SegmentMember]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = _columns()
        super().__init__([cell for _, cell, _ in columns], [title for title, _, _ in columns],
                         parent)
        self._keys = [keys for _, _, keys in columns]
        self._list: SegmentList | None = None

    def set_rows(self, rows: SegmentList) -> None:
        self.beginResetModel()
        self._list = rows
        self._rows = rows  # type: ignore[assignment]  # a Sequence, read row by row
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._list is None or not 0 <= column < len(self._keys):
            return
        keys = self._keys[column](self._list)
        ranked = (np.argsort(keys, kind="stable") if isinstance(keys, np.ndarray)
                  else sorted(range(len(keys)), key=keys.__getitem__))
        ranked = np.asarray(ranked, np.int64)
        if order == Qt.SortOrder.DescendingOrder:
            ranked = ranked[::-1]
        self.layoutAboutToBeChanged.emit()
        self._list = self._list.reordered(ranked)
        self._rows = self._list  # type: ignore[assignment]
        self.layoutChanged.emit()
