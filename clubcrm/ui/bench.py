"""The measurements behind `--bench-startup` and `--bench-member-view` (used by bench/).

Each prints `name=value` lines on stdout and quits the application.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from clubcrm.services.club import Club

from clubcrm.ui.views.members_view import MembersView

BENCH_SIZE = (1280, 720)


def report_startup(app: QApplication, started: float) -> None:
    """Once the shown window has handled its first events: seconds since `started`."""

    def report() -> None:
        app.processEvents()
        print(f"startup_seconds={time.perf_counter() - started:.3f}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)


class _FirstPaint(QObject):
    """Calls back once the member table has painted (its first page is loaded
    before the view is shown, so the first paint shows it)."""

    def __init__(self, view: MembersView, callback: Callable[[], None]) -> None:
        super().__init__(view)
        self._callback = callback
        view.list_table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after the paint has finished
        return False


def time_member_view(app: QApplication, club: Club) -> MembersView:
    """Open the member list on its own and time it until its first page is painted."""
    # Unix only, like the benchmark that passes this flag.
    import resource

    started = time.perf_counter()
    view = MembersView(club)
    view.resize(*BENCH_SIZE)

    def report() -> None:
        print(f"member_view_seconds={time.perf_counter() - started:.3f}")
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak_rss_mb={peak_kib / 1024:.1f}", flush=True)
        app.quit()

    _FirstPaint(view, report)
    view.show()
    return view
