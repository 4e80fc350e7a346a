"""The owner's audit log: filter by action, operator and dates; verify; export to Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.audit import ACTION_LABELS, AuditAction, AuditFilter
from clubcrm.domain.errors import ClubError
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.models.audit_table_model import AuditTableModel
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.widgets.member_filter_bar import OptionalDateEdit


class AuditDialog(RememberedDialog):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Audit log"))
        self._club = club
        self.model = AuditTableModel(club, self)
        self.action = QComboBox()
        self.action.addItem(tr("All actions"), None)
        for action, label in ACTION_LABELS.items():
            self.action.addItem(tr_label(label), action.value)
        self.operator = QComboBox()
        self.operator.addItem(tr("All staff"), None)
        for account in club.staff.accounts(operator=club.operator):
            self.operator.addItem(account.display_name, account.id)
        today = QDate.currentDate()
        self.date_from = OptionalDateEdit(tr("From"), today.addMonths(-1))
        self.date_to = OptionalDateEdit(tr("to"), today)
        self.table = QTableView()
        self.status_label = QLabel()
        self.verify_button = QPushButton(tr("Verify"))
        self.export_button = QPushButton(tr("Export…"))
        self._lay_out()
        self._connect()
        self.apply_filter()

    def _lay_out(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        filters = QHBoxLayout()
        for widget in (self.action, self.operator, self.date_from, self.date_to):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(960, 560)

    def _connect(self) -> None:
        for combo in (self.action, self.operator):
            combo.currentIndexChanged.connect(self.apply_filter)
        for dates in (self.date_from, self.date_to):
            dates.changed.connect(self.apply_filter)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.choose_export_file)

    def audit_filter(self) -> AuditFilter:
        action = self.action.currentData()  # Qt hands a StrEnum back as a plain str
        return AuditFilter(action=AuditAction(action) if action else None,
                           operator_id=self.operator.currentData(),
                           date_from=self.date_from.value(), date_to=self.date_to.value())

    def apply_filter(self) -> None:
        self.model.set_filter(self.audit_filter())
        self.status_label.setText(tr("Entries: {count}").format(count=self.model.total))

    def verify(self) -> bool:
        """Check the hash chain: was any entry changed since it was written?"""
        try:
            check = self._club.audit.verify(operator=self._club.operator)
        except ClubError as exc:
            self.status_label.setText(describe(exc))
            return False
        if check.ok:
            text = tr("The audit log is intact ({count} entries checked).").format(
                count=check.rows)
        else:
            text = tr("The audit log was altered: entry {id} does not match its record.").format(
                id=check.first_broken)
        self.status_label.setText(text)
        return check.ok

    def choose_export_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / tr("audit-{date}.xlsx").format(
            date=date.today().strftime("%Y%m%d"))
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export the audit log"),
                                                str(suggested), tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.export_to(Path(chosen).with_suffix(".xlsx"))

    def export_to(self, path: Path) -> BackgroundTask:
        audit, audit_filter, operator = self._club.audit, self.audit_filter(), self._club.operator
        task = BackgroundTask(lambda _progress: audit.export(path, audit_filter,
                                                             operator=operator),
                              label=tr("Exporting the audit log…"), parent=self)
        task.succeeded.connect(lambda count: self.status_label.setText(
            tr("{count} entries exported to {path}.").format(count=count, path=path)))
        task.failed.connect(lambda error: show_error(self, error))
        task.start()
        return task
