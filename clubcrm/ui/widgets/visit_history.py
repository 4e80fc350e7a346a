"""A member's visit history on the member page: every check-in, newest first,
read a page at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr
from clubcrm.ui.models.visits_table_model import VisitHistoryTableModel
from clubcrm.ui.widgets.tables import make_table

VISIBLE_ROWS = 5


class VisitHistoryBox(QGroupBox):
    def __init__(self, club: Club, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Visits: {count}").format(count=club.visits.visit_count(member_id)),
                         parent)
        self.model = VisitHistoryTableModel(club, self)
        self.table = make_table(self.model)
        self.table.setMinimumHeight(self.fontMetrics().height() * (VISIBLE_ROWS + 3))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.model.set_member(member_id)
        self.table.resizeColumnsToContents()
