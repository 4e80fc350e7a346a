"""A segment's members: who, how to reach them, and the figures that put them there.

The list is in memory (a 20,000-member segment is a few MB), so sorting by any
column is a Python sort on the figure itself, not on its text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from clubcrm.domain.money import format_money
from clubcrm.segmentation.explain import GRADE_NAMES, RFM_GROUP_NAMES, SEGMENT_NAMES, STAGE_NAMES
from clubcrm.services.segmentation import SegmentMember

from clubcrm.ui.i18n import tr
from clubcrm.ui.models.rows_table_model import RowsTableModel

Column = tuple[str, Callable[[SegmentMember], str], Callable[[SegmentMember], Any]]


def _columns() -> list[Column]:
    def money(fen: int | None) -> str:
        return "" if fen is None else format_money(fen)

    never = 1 << 30
    return [
        (tr("Member number"), lambda m: m.member_no, lambda m: m.member_no),
        (tr("Name"), lambda m: m.name, lambda m: m.name),
        (tr("Mobile phone"), lambda m: m.phone, lambda m: m.phone),
        (tr("Marketing consent"),
         lambda m: tr("Yes") if m.marketing_consent else tr("No — do not promote"),
         lambda m: m.marketing_consent),
        (tr("Primary segment"), lambda m: tr(SEGMENT_NAMES[m.result.primary]),
         lambda m: m.result.primary.value),
        (tr("Segments met"),
         lambda m: ", ".join(tr(SEGMENT_NAMES[s]) for s in m.result.segments),
         lambda m: len(m.result.segments)),
        (tr("Value grade"), lambda m: tr(GRADE_NAMES[m.result.grade]),
         lambda m: m.result.grade.value),
        (tr("Lifecycle stage"), lambda m: tr(STAGE_NAMES[m.result.lifecycle]),
         lambda m: m.result.lifecycle.value),
        (tr("RFM group"), lambda m: tr(RFM_GROUP_NAMES[m.result.rfm_group]),
         lambda m: m.result.rfm_group.value),
        ("R", lambda m: str(m.result.r), lambda m: m.result.r),
        ("F", lambda m: str(m.result.f), lambda m: m.result.f),
        ("M", lambda m: str(m.result.m), lambda m: m.result.m),
        (tr("Days since last visit"),
         lambda m: "" if m.result.recency_days is None else str(m.result.recency_days),
         lambda m: never if m.result.recency_days is None else m.result.recency_days),
        (tr("Visit days (12 months)"), lambda m: str(m.result.frequency),
         lambda m: m.result.frequency),
        (tr("Spend (12 months)"), lambda m: money(m.result.monetary_fen),
         lambda m: m.result.monetary_fen),
        (tr("Average ticket"), lambda m: money(m.result.ticket_fen),
         lambda m: -1 if m.result.ticket_fen is None else m.result.ticket_fen),
    ]


class SegmentMembersTableModel(RowsTableModel[SegmentMember]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = _columns()
        super().__init__([cell for _, cell, _ in columns], [title for title, _, _ in columns],
                         parent)
        self._keys = [key for _, _, key in columns]

    def set_rows(self, rows: Sequence[SegmentMember]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._keys):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=self._keys[column],
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
