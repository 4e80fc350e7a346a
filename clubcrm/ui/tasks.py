"""Running a long job off the GUI thread, with a progress dialog.

The job runs in a QThread and talks to the GUI only through queued signals;
it never touches a widget (STYLE.md, threading).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

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

    def __init__(self, job: Job, *, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._progress = QProgressDialog(parent)
        self._progress.setLabelText(label)
        self._progress.setRange(0, 0)  # "busy" until the job reports its first progress
        self._progress.setCancelButton(None)  # our jobs are single transactions: no half-way stop
        self._progress.setMinimumDuration(0)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        self._progress.open()
        self._thread.start()

    def _show_progress(self, done: int, total: int) -> None:
        self._progress.setMaximum(total)
        self._progress.setValue(done)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._progress.close()
        self._progress.deleteLater()
        self.deleteLater()

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        self.failed.emit(error)
