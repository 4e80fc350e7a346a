"""Visits per hour as bars, painted directly (no chart library to load at the
desk): one bar per opening hour, the count above it, the hour below."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from clubcrm.ui.i18n import tr

BAR_COLOUR = QColor("#2e86c1")
FIRST_HOUR, LAST_HOUR = 6, 23  # shown at least; busier hours outside widen the range
MARGIN = 4


class HourChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: tuple[int, ...] = (0,) * 24
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.fontMetrics().height() * 6)
        self.setToolTip(tr("Visits per hour"))

    def sizeHint(self) -> QSize:
        return QSize(360, self.fontMetrics().height() * 8)

    def set_counts(self, counts: Sequence[int]) -> None:
        self.counts = tuple(counts)
        self.update()

    def hours(self) -> range:
        busy = [hour for hour, count in enumerate(self.counts) if count]
        first = min([FIRST_HOUR, *busy])
        last = max([LAST_HOUR, *busy])
        return range(first, last + 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        title = tr("Visits per hour")
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, title)
        hours = self.hours()
        top, bottom = line * 2 + MARGIN, self.height() - line - MARGIN
        width = (self.width() - 2 * MARGIN) / len(hours)
        peak = max(self.counts) or 1
        for index, hour in enumerate(hours):
            left = MARGIN + index * width
            count = self.counts[hour]
            height = (bottom - top) * count / peak
            painter.fillRect(QRectF(left + 1, bottom - height, max(1.0, width - 2), height),
                             BAR_COLOUR)
            centre = Qt.AlignmentFlag.AlignHCenter
            if count:
                painter.drawText(QRectF(left, bottom - height - line, width, line), centre,
                                 str(count))
            painter.drawText(QRectF(left, bottom + MARGIN / 2, width, line), centre, str(hour))
