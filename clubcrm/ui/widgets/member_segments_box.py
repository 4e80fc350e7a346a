"""A member's segments on the member page: where the member is today and why
("dormant: last consumption 2026-03-02, 205 days ago > 180"), the RFM scores,
value grade and lifecycle stage, and the primary segment at the end of each
month with a snapshot.

The result comes from the club-wide segmentation (the cut-offs are the
club's), computed in the background the first time and then reused.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clubcrm.domain.money import format_money
from clubcrm.segmentation.explain import GRADE_NAMES, RFM_GROUP_NAMES, SEGMENT_NAMES, STAGE_NAMES
from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr
from clubcrm.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from clubcrm.services.segment_snapshots import MonthSegment
    from clubcrm.services.segmentation import Explanation

HISTORY_MONTHS = 12
SUMMARY_LINES = 9  # the headline, a reason for each segment met (wrapped), the 12 months


class MemberSegmentsBox(QGroupBox):
    def __init__(self, club: Club, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Segments"), parent)
        self._club = club
        self._member_id = member_id
        self.summary = QLabel(tr("Computing the segments…"))
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * SUMMARY_LINES)
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels([tr("Month end"), tr("Primary segment"),
                                                tr("Value grade")])
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMinimumHeight(self.fontMetrics().height() * 6)
        layout = QHBoxLayout(self)
        layout.addWidget(self.summary, 3)
        layout.addWidget(self.history, 2)
        self.task = self._load()

    def _load(self) -> BackgroundTask:
        segments, snapshots, member_id = (self._club.segments, self._club.segment_snapshots,
                                          self._member_id)

        def job(_progress: object) -> tuple[Explanation | None, list[MonthSegment]]:
            result = segments.compute(date.today())
            return (segments.explain(result, member_id),
                    snapshots.member_history(member_id, HISTORY_MONTHS))

        task = BackgroundTask(job, label=None, parent=self)
        task.succeeded.connect(lambda outcome: self.show_segments(*outcome))
        task.failed.connect(lambda _error: self.summary.setText(
            tr("The segments could not be computed.")))
        task.start()
        return task

    def show_segments(self, explanation: Explanation | None,
                      history: list[MonthSegment]) -> None:
        self.summary.setText(tr("Not counted in the segments (archived, merged or joined "
                                "later).") if explanation is None else _summary(explanation))
        self.history.setRowCount(len(history))
        for row, month in enumerate(history):
            for column, text in enumerate((month.month, tr(SEGMENT_NAMES[month.primary]),
                                           month.grade)):
                self.history.setItem(row, column, QTableWidgetItem(text))


def _summary(explanation: Explanation) -> str:
    r = explanation.result
    lines = [tr("As of {date}: {primary} · value grade {grade} · {stage} · {group} "
                "(R {r}, F {f}, M {m})").format(
        date=explanation.as_of.isoformat(), primary=tr(SEGMENT_NAMES[r.primary]),
        grade=tr(GRADE_NAMES[r.grade]), stage=tr(STAGE_NAMES[r.lifecycle]),
        group=tr(RFM_GROUP_NAMES[r.rfm_group]), r=r.r, f=r.f, m=r.m)]
    lines += [f"• {tr(SEGMENT_NAMES[reason.segment])}: "
              f"{tr(reason.template).format(**reason.params)}" for reason in explanation.reasons]
    lines.append(tr("12 months: {days} visit days, spend {spend}").format(
        days=r.frequency, spend=format_money(r.monetary_fen)))
    return "\n".join(lines)
