"""Backups as the main window offers them: File › Back up now and Restore from
backup…, a daily backup in the background, one as the window closes, a warning
in the status bar when the last good backup is old, and the check at start
that finds a damaged database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from clubcrm.domain.errors import ClubError, DatabaseDamaged, StorageError
from clubcrm.services.backup import BackupInfo, BackupService
from clubcrm.services.club import Club, open_club
from clubcrm.services.restore import RestoreInfo, restore
from clubcrm.services.verification import verify_file

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.tasks import BackgroundTask, Job, run_in_foreground

if TYPE_CHECKING:
    from clubcrm.ui.dialogs.restore_dialog import RestoreDialog

log = logging.getLogger("clubcrm.ui")

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly: is the last good backup older than a day?
DAILY = timedelta(days=1)
WARNING_STYLE = "color: #b00020; font-weight: bold;"


class BackupActions(QObject):
    """`club_restored(club)` hands over the club reopened after a restore: the window
    starts over on it. Automatic backups run only once `start_automatic()` is called."""

    club_restored = Signal(object, object)  # Club, RestoreInfo

    def __init__(self, club: Club, *, window: QMainWindow) -> None:
        super().__init__(window)
        self._club, self._window = club, window
        self._service = BackupService(club.db, club.settings)
        self._task: BackgroundTask | None = None
        self._dialog: RestoreDialog | None = None
        self.automatic = False
        self.damaged = False
        self.handed_over = False
        self.backup_action = QAction(tr("&Back up now"), self)
        self.backup_action.triggered.connect(lambda: self.back_up_now())
        self.restore_action = QAction(tr("Restore from &backup…"), self)
        self.restore_action.triggered.connect(lambda: self.open_restore_dialog())
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.back_up_if_due)
        self.update_warning()

    def start_automatic(self, *, check_integrity: bool = True) -> None:
        """The app's own behaviour (tests choose): a daily backup, one at close, and a
        check of the database in the background, since a full check takes seconds."""
        self.automatic = True
        self._timer.start()
        if check_integrity:
            self._start(self._check_integrity_job(), label=None,
                        on_success=self._on_integrity_checked)

    # -- backing up ------------------------------------------------------------

    def back_up_now(self) -> BackgroundTask | None:
        operator = self._club.operator
        return self._start(lambda progress: self._service.backup(operator=operator,
                                                                 progress=progress),
                           label=tr("Backing up…"), on_success=self._on_backed_up,
                           on_failure=self._on_backup_failed)

    def back_up_if_due(self) -> BackgroundTask | None:
        """The daily backup: quietly, when the last good one is older than a day."""
        age = self._service.last_good_backup_age()
        if self.damaged or (age is not None and age < DAILY):
            return None
        return self._start(lambda progress: self._service.backup(operator=None,
                                                                 progress=progress),
                           label=None, on_success=self._on_backed_up,
                           on_failure=self._on_daily_failed)

    def on_close(self) -> None:
        """The backup as the window closes: quick, in the foreground, with a small progress."""
        self.wait()
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reject()
        if not self.automatic or self.damaged or self.handed_over:
            return
        try:
            run_in_foreground(lambda progress: self._service.backup(operator=None,
                                                                    progress=progress),
                              label=tr("Backing up before closing…"), parent=self._window)
        except Exception as error:  # noqa: BLE001 - shown in words; closing goes on
            show_error(self._window, error)

    def wait(self) -> None:
        """Let a background job finish (before closing, or before a restore)."""
        if self._task is not None:
            self._task.wait()

    def _start(self, job: Job, *, label: str | None, on_success: Callable[[Any], None],
               on_failure: Callable[[Any], None] | None = None) -> BackgroundTask | None:
        if self._task is not None:  # one job at a time
            self._window.statusBar().showMessage(
                tr("A backup or a check is under way; try again in a moment."))
            return None
        task = BackgroundTask(job, label=label, parent=self._window)
        self._task = task
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure or (lambda error: log.error("a backup job failed",
                                                                 exc_info=error)))
        task.succeeded.connect(self._on_task_done)
        task.failed.connect(self._on_task_done)
        task.start()
        return task

    def _on_task_done(self, _result: object) -> None:
        self._task = None

    def _on_backed_up(self, info: BackupInfo) -> None:
        self.update_warning()
        self._window.statusBar().showMessage(
            tr("Backed up and verified: {path}").format(path=info.path))

    def _on_backup_failed(self, error: BaseException) -> None:
        """A backup that fails its check shows the database itself is damaged."""
        if isinstance(error, DatabaseDamaged):
            self.block_writes(error)
        else:
            show_error(self._window, error)

    def _on_daily_failed(self, error: BaseException) -> None:
        log.warning("daily backup failed: %s", error)
        if isinstance(error, ClubError) and not isinstance(error, DatabaseDamaged):
            self.warning_label.setText(tr("The daily backup failed: {reason}").format(
                reason=describe(error)))
            self.warning_label.show()
        else:
            self._on_backup_failed(error)

    def update_warning(self) -> None:
        """The status bar's warning when the last good backup is old (hidden otherwise)."""
        age = self._service.last_good_backup_age()
        if not self._service.backup_is_old():
            text = ""
        elif age is None:
            text = tr("No backup yet: use File › Back up now")
        else:
            text = tr("Last backup {days} days ago: use File › Back up now").format(
                days=age.days)
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))

    # -- restoring ---------------------------------------------------------------

    def open_restore_dialog(self, *, problem: str | None = None) -> RestoreDialog:
        # Imported on use: its table widgets cost ~50 ms that start-up must not pay.
        from clubcrm.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._service.folder(), problem=problem, parent=self._window)
        dialog.restore_chosen.connect(self.restore_from)
        if problem is not None:
            dialog.rejected.connect(self._window.close)
        dialog.finished.connect(self._forget_dialog)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self._dialog = None

    def restore_from(self, backup: Path) -> None:
        """Close the club, put the backup in its place, reopen it and hand it over.
        A backup that is refused changes nothing, and the club carries on."""
        db_path = self._club.db.path
        try:
            self._service.require_restore(operator=self._club.operator)
            by = self._club.current_actor().username
        except Exception as error:  # noqa: BLE001 - shown in words; nothing was closed
            show_error(self._window, error)
            return
        self.wait()
        self._timer.stop()
        self._club.close()
        try:
            info: RestoreInfo = run_in_foreground(
                lambda progress: restore(backup, db_path=db_path, progress=progress),
                label=tr("Restoring…"), parent=self._window)
            club = open_club(db_path)
            BackupService(club.db, club.settings).record_restore(info, by=by)
        except Exception as error:  # noqa: BLE001 - shown in words
            show_error(self._window, error)
            if self.automatic and not self.damaged:
                self._timer.start()
            return
        self.handed_over = True  # this window's club is gone: no backup of it at close
        self.club_restored.emit(club, info)

    # -- a damaged database ----------------------------------------------------

    def _check_integrity_job(self) -> Job:
        path = self._club.db.path
        return lambda _progress: verify_file(path)

    def _on_integrity_checked(self, problems: list[StorageError]) -> None:
        if problems:
            log.error("the club database fails its check: %s", problems[0])
            self.block_writes(problems[0])

    def block_writes(self, problem: StorageError) -> RestoreDialog:
        """A damaged database: nothing more can be done in the window (so nothing
        is written); the backups are offered, or quitting. Never a silent repair."""
        self.damaged = True
        self._timer.stop()
        for action in self._window.findChildren(QAction):
            action.setEnabled(False)
        self._window.menuBar().setEnabled(False)
        central = self._window.centralWidget()
        if central is not None:
            central.setEnabled(False)
        return self.open_restore_dialog(problem=describe(problem))
