"""The desk's right-hand side: today's visits (time, member, card, charge,
staff), the day's totals, visits per hour, and the members still inside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from clubcrm.domain.visits import DaySummary, Visit
from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr
from clubcrm.ui.models.visits_table_model import VisitsTableModel
from clubcrm.ui.widgets.card_texts import money
from clubcrm.ui.widgets.hour_chart import HourChart
from clubcrm.ui.widgets.tables import make_table

TAB_TODAY, TAB_INSIDE = 0, 1


class VisitDayBox(QWidget):
    def __init__(self, club: Club, *, export: QAction, row_actions: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self.day_model = VisitsTableModel(self)
        self.day_table = make_table(self.day_model)
        self.inside_model = VisitsTableModel(self)
        self.inside_table = make_table(self.inside_model)
        self.totals = QLabel()
        self.chart = HourChart()
        self.tabs = QTabWidget()
        for table in (self.day_table, self.inside_table):
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the desk's input keeps the keyboard
            table.addActions(row_actions)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.day_table, tr("Today"))
        self.tabs.addTab(self.inside_table, tr("Inside now"))
        export_button = QPushButton(export.text().replace("&", ""))
        export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        export_button.clicked.connect(export.trigger)
        export.changed.connect(lambda: export_button.setEnabled(export.isEnabled()))
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> DaySummary:
        summary = self._club.visits.today()
        self.day_model.set_visits(summary.visits)
        self.inside_model.set_visits([visit for visit in summary.visits if visit.inside])
        self.chart.set_counts(summary.per_hour)
        self.totals.setText(tr("Today: {count} check-ins, {guests} guests, {sessions} "
                               "sessions, {charge}; {inside} inside").format(
            count=summary.count, guests=summary.guests, sessions=summary.sessions,
            charge=money(summary.charge_fen), inside=summary.inside))
        return summary

    def selected_visit(self) -> Visit | None:
        inside = self.tabs.currentIndex() == TAB_INSIDE
        table = self.inside_table if inside else self.day_table
        model = self.inside_model if inside else self.day_model
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None
