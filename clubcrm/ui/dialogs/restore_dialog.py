"""Choosing a backup to restore: the backups of a folder, newest first, each
checked in the background (a check reads the whole file), with the time, the
size and the result. Only a backup that passed its check can be chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubcrm.services.backup import BackupInfo, list_backups

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr

COL_TAKEN, COL_SIZE, COL_CHECK = range(3)
MB = 1_000_000


class _Checker(QObject):
    """Verifies backups one after the other, off the GUI thread."""

    checked = Signal(int, object)  # row, the BackupInfo with its problems
    finished = Signal()

    def __init__(self, backups: list[BackupInfo]) -> None:
        super().__init__()
        self._backups = backups
        self.stopped = False

    @Slot()
    def run(self) -> None:
        for row, backup in enumerate(self._backups):
            if self.stopped:
                return
            self.checked.emit(row, backup.verify())
        self.finished.emit()


class RestoreDialog(RememberedDialog):
    """`restore_chosen(path)` when the user restores a backup. With `problem` (the
    database is damaged) it says so, and its other button quits the program."""

    restore_chosen = Signal(object)  # Path
    checks_finished = Signal()

    def __init__(self, folder: Path, *, problem: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from backup"))
        self.chosen: Path | None = None
        self._backups: list[BackupInfo] = []
        self._thread: QThread | None = None
        self._checker: _Checker | None = None
        self.intro_label = QLabel(_intro(problem))
        self.folder_label = QLabel()
        self.table = _make_table()
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            tr("Restore selected"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel if problem is None
                               else QDialogButtonBox.StandardButton.Close)
        if problem is not None:
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Quit"))
        self._lay_out()
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.show_folder(folder)

    def _lay_out(self) -> None:
        self.intro_label.setWordWrap(True)
        other = QPushButton(tr("Other folder…"))
        other.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(other)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def show_folder(self, folder: Path) -> None:
        """List the backups in `folder` and start checking them, newest first."""
        self._stop_checking()
        self.folder_label.setText(tr("Backups in {folder}").format(folder=folder))
        self._backups = list_backups(folder)
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            self._show_row(row, backup)
        if self._backups:
            self.table.selectRow(0)
            self._start_checking()
        self._update_button()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder with backups"))
        if folder:
            self.show_folder(Path(folder))

    def _show_row(self, row: int, backup: BackupInfo) -> None:
        when = QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp()))
        taken = QLocale().toString(when, QLocale.FormatType.ShortFormat)
        if backup.safety_copy:
            taken = tr("{time} (kept before a restore)").format(time=taken)
        cells = {COL_TAKEN: taken, COL_SIZE: tr("{size} MB").format(
            size=QLocale().toString(backup.size / MB, "f", 1)), COL_CHECK: _check_text(backup)}
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)

    def _start_checking(self) -> None:
        self._thread = QThread(self)
        self._checker = _Checker(self._backups)
        self._checker.moveToThread(self._thread)
        self._thread.started.connect(self._checker.run)
        self._checker.checked.connect(self._on_checked)
        self._checker.finished.connect(self._thread.quit)
        self._checker.finished.connect(self.checks_finished)
        self._thread.start()

    def _stop_checking(self) -> None:
        if self._thread is None or self._checker is None:
            return
        self._checker.stopped = True
        self._thread.quit()
        self._thread.wait()  # at most the one check under way
        self._thread = self._checker = None

    def _on_checked(self, row: int, backup: BackupInfo) -> None:
        if row < len(self._backups) and self._backups[row].path == backup.path:
            self._backups[row] = backup
            self._show_row(row, backup)
            self._update_button()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.verified)

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not backup.verified:
            return
        self.chosen = backup.path
        self.accept()
        self.restore_chosen.emit(backup.path)

    def done(self, result: int) -> None:
        self._stop_checking()
        super().done(result)


def _intro(problem: str | None) -> str:
    if problem is None:
        return tr("Restoring replaces all the club's data with the chosen backup. The data "
                  "as it is now is kept first, as a safety copy in the backup folder.")
    return tr("The club database is damaged, so nothing more is saved to it:\n{problem}\n\n"
              "Restore the newest good backup, or quit and get help. Nothing is repaired "
              "without you.").format(problem=problem)


def _check_text(backup: BackupInfo) -> str:
    if backup.problems is None:
        return tr("Checking…")
    if not backup.problems:
        return tr("Good")
    return tr("Damaged: {problem}").format(problem=describe(backup.problems[0]))


def _make_table() -> QTableWidget:
    table = QTableWidget(0, 3)
    table.setHorizontalHeaderLabels([tr("Taken"), tr("Size"), tr("Check")])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(COL_TAKEN, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table
