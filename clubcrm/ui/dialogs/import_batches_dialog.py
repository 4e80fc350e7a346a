"""The import batches, newest first, and undoing one (while its cards are unused)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import StaffId
from clubcrm.services.club import Club
from clubcrm.services.imports import BatchInfo, ImportService

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, tr

(COL_ID, COL_AT, COL_KIND, COL_FILE, COL_ROWS, COL_MEMBERS, COL_CARDS, COL_OPERATOR,
 COL_STATE) = range(9)


class ImportBatchesDialog(RememberedDialog):
    batch_undone = Signal(int)

    def __init__(self, club: Club, *, operator: StaffId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import batches"))
        self._service = ImportService(club.db)
        self._operator = operator
        self._batches: list[BatchInfo] = []
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            tr("Batch"), tr("Time"), tr("Kind"), tr("File"), tr("Rows imported"),
            tr("New members"), tr("Cards"), tr("Operator"), tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(tr("Undo the batch…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self._ask_undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        try:
            self._batches = self._service.batches(operator=self._operator)
        except ClubError as error:
            self.message_label.setText(describe(error))
            self._batches = []
        self.table.setRowCount(len(self._batches))
        kinds = {"members": tr("Members"), "history": tr("Consumption history")}
        for row, batch in enumerate(self._batches):
            state = tr("Undone {time}").format(time=f"{batch.undone_at:%Y-%m-%d %H:%M}") \
                if batch.undone_at else ""
            for column, text in enumerate((
                    str(batch.id), f"{batch.at:%Y-%m-%d %H:%M}", kinds.get(batch.kind, batch.kind),
                    batch.file_name, f"{batch.rows_imported} / {batch.rows_total}",
                    str(batch.members_created), str(batch.cards_created), batch.operator,
                    state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _ask_undo(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        batch = self._batches[row]
        answer = QMessageBox.question(self, tr("Undo the batch"), tr(
            "Undo import batch {batch} ({file})? Its new members are archived, its cards "
            "closed and their opening balances reversed.").format(batch=batch.id,
                                                                   file=batch.file_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.undo(batch.id)

    def undo(self, batch_id: int) -> bool:
        try:
            self._service.undo(batch_id, operator=self._operator)
        except ClubError as error:
            self.message_label.setText(describe(error))
            return False
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            show_error(self, error)
            return False
        self.message_label.setText(tr("Import batch {batch} was undone.").format(batch=batch_id))
        self.refresh()
        self.batch_undone.emit(batch_id)
        return True
