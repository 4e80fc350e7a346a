"""Running a long job off the GUI thread, with a progress dialog.

The job runs in a QThread and talks to the GUI only through queued signals;
it never touches a widget (STYLE.md, threading).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from clubcrm.ui.i18n import tr

log = logging.getLogger("clubcrm.ui")

Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]
PROGRESS_INTERVAL_S = 0.05  # a job may report every row; the GUI needs ~20 updates a second


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._last_report = 0.0

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._report)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which tells the user
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.progressed.emit(done, total)


class BackgroundTask(QObject):
    """One job in its own thread; `succeeded(result)` or `failed(exception)` at the end."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, *, label: str | None, parent: QWidget,
                 on_cancel: Callable[[], None] | None = None) -> None:
        """With `label` None the job runs quietly, without a progress dialog (the daily
        backup must not interrupt reception). With `on_cancel` the dialog has a Cancel
        button that calls it (the job then stops itself and fails, rolled back)."""
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._progress = None if label is None else _progress_dialog(label, parent)
        if self._progress is not None and on_cancel is not None:
            self._progress.setCancelButtonText(tr("Cancel"))
            self._progress.canceled.connect(on_cancel)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        # A window closed (and deleted) mid-job deletes this task and its thread; Qt
        # aborts the program if a running QThread is deleted. `destroyed` comes before
        # the children go, so the job is waited for there.
        thread = self._thread
        self.destroyed.connect(lambda: (thread.quit(), thread.wait()))

    def start(self) -> None:
        if self._progress is not None:
            self._progress.open()
        self._thread.start()

    def wait(self) -> None:
        """Block until the job is done: a window that is closing must not leave it running."""
        self._thread.quit()  # takes effect once the job returns
        self._thread.wait()

    def _show_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _finish(self) -> None:
        self.wait()
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
        self.deleteLater()

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        self.failed.emit(error)


def _progress_dialog(label: str, parent: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)  # "busy" until the job reports its first progress
    dialog.setCancelButton(None)  # our jobs are single transactions: no half-way stop
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def run_in_foreground(job: Job, *, label: str, parent: QWidget | None) -> Any:
    """Run `job` on the GUI thread behind a small modal progress dialog: for the
    few jobs nothing else may run beside (a restore, the backup as the window closes)."""
    dialog = _progress_dialog(label, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()

    def report(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)  # a modal dialog handles pending events here: it repaints

    try:
        return job(report)
    finally:
        dialog.close()
        dialog.deleteLater()
