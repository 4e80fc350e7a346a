"""Background jobs survive their window being deleted mid-job."""

from __future__ import annotations

import threading
import time

import shiboken6
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from clubcrm.ui.tasks import BackgroundTask


def test_deleting_the_parent_mid_job_waits_for_the_job(qtbot: QtBot) -> None:
    """Deleting a window while its job runs waits for the job instead of aborting Qt."""
    parent = QWidget()
    finished = threading.Event()

    def job(_progress: object) -> None:
        time.sleep(0.3)
        finished.set()

    task = BackgroundTask(job, label=None, parent=parent)
    task.start()
    shiboken6.delete(parent)  # deletes the task and its QThread while the job sleeps
    assert finished.is_set()
