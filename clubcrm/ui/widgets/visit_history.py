"""A member's visit history on the member page: every check-in, newest first,
read a page at a time, and all of it exportable to Excel (managers)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.staff import Permission
from clubcrm.services.club import Club

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.models.visits_table_model import VisitHistoryTableModel
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.widgets.tables import make_table

VISIBLE_ROWS = 5


class VisitHistoryBox(QGroupBox):
    def __init__(self, club: Club, member_id: int, *, member_no: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Visits: {count}").format(count=club.visits.visit_count(member_id)),
                         parent)
        self._club, self._member_id, self._member_no = club, member_id, member_no
        self.model = VisitHistoryTableModel(club, self)
        self.table = make_table(self.model)
        self.table.setMinimumHeight(self.fontMetrics().height() * (VISIBLE_ROWS + 3))
        self.export_button = QPushButton(tr("Export visits to Excel…"))
        self.export_button.setEnabled(club.current_actor().can(Permission.EXPORT_MEMBERS))
        self.export_button.clicked.connect(self.export_visits)
        self.outcome = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.outcome, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self.model.set_member(member_id)
        self.table.resizeColumnsToContents()

    def export_visits(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = tr("visits-member-{number}.xlsx").format(number=self._member_no)
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export the visits"),
                                                str(Path(folder) / name),
                                                tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.export_to(Path(chosen).with_suffix(".xlsx"))

    def export_to(self, path: Path) -> BackgroundTask:
        """Every visit of the member, oldest first, in the background."""
        visits, operator, member_id = self._club.visits, self._club.operator, self._member_id
        task = BackgroundTask(lambda _progress: visits.export_member(path, member_id,
                                                                     operator=operator),
                              label=tr("Exporting the visits…"), parent=self)
        task.succeeded.connect(lambda count: self.outcome.setText(
            tr("{count} visits exported to {path}.").format(count=count, path=path)))
        task.failed.connect(lambda error: show_error(self, error))
        task.start()
        return task
