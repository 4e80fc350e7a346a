"""The month-over-month movement between segments: a table (from each segment
at the end of last month, to each segment now) and bars of the members who
moved into and out of each segment. Painted directly: no chart library."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubcrm.segmentation.explain import SEGMENT_NAMES
from clubcrm.segmentation.model import SEGMENTS, Segment
from clubcrm.services.segment_snapshots import Movement

from clubcrm.ui.i18n import tr

IN_COLOUR = QColor("#27ae60")
OUT_COLOUR = QColor("#c0392b")
MARGIN = 4


class MovementChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flows: list[tuple[str, int, int]] = []  # segment name, moved in, moved out
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 10)

    def sizeHint(self) -> QSize:
        return QSize(640, self.fontMetrics().height() * 14)

    def set_movement(self, movement: Movement | None) -> None:
        self.flows = [] if movement is None else [
            (tr(SEGMENT_NAMES[s]), movement.moved_in(s), movement.moved_out(s)) for s in SEGMENTS]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        line = self.fontMetrics().height()
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft,
                         tr("Moved in (green) and out (red) since last month"))
        if not self.flows:
            return
        top, bottom = line * 2 + MARGIN, self.height() - 2 * line - MARGIN
        width = (self.width() - 2 * MARGIN) / len(self.flows)
        peak = max(max(moved_in, moved_out) for _, moved_in, moved_out in self.flows) or 1
        centre = Qt.AlignmentFlag.AlignHCenter
        for index, (name, moved_in, moved_out) in enumerate(self.flows):
            left = MARGIN + index * width
            for offset, count, colour in ((0, moved_in, IN_COLOUR), (1, moved_out, OUT_COLOUR)):
                bar_left = left + 2 + offset * (width - 4) / 2
                height = (bottom - top) * count / peak
                painter.fillRect(QRectF(bar_left, bottom - height, (width - 4) / 2 - 1, height),
                                 colour)
                painter.drawText(QRectF(bar_left - 4, bottom - height - line,
                                        (width - 4) / 2 + 8, line), centre, str(count))
            painter.drawText(QRectF(left, bottom + MARGIN, width, 2 * line),
                             centre | Qt.TextFlag.TextWordWrap, name)


class MovementBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.table = QTableWidget(len(SEGMENTS) + 1, len(SEGMENTS) + 1)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        names = [tr(SEGMENT_NAMES[s]) for s in SEGMENTS]
        self.table.setVerticalHeaderLabels([*names, tr("Not counted then")])
        self.table.setHorizontalHeaderLabels([*names, tr("Not counted now")])
        self.chart = MovementChart()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chart, 1)

    def set_movement(self, movement: Movement | None) -> None:
        self.chart.set_movement(movement)
        if movement is None:
            self.caption.setText(tr("No snapshot of last month yet: the movement shows "
                                    "once a month with data is over."))
        else:
            self.caption.setText(tr("From the end of {month} (rows) to {date} (columns)")
                                 .format(month=movement.since_month,
                                         date=movement.as_of.isoformat()))
        keys: list[Segment | None] = [*SEGMENTS, None]
        for row, old in enumerate(keys):
            for column, new in enumerate(keys):
                count = 0 if movement is None else movement.counts.get((old, new), 0)
                item = QTableWidgetItem(str(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
