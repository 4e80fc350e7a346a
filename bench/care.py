"""The care tasks' figures on a copy of the bench club (100,000 members,
2,000,000 ledger rows, 1.29M visits; the cached club is never written), as of
the club's own day (`clubs.TODAY`):

- the instant lists (birthdays this week, cards ending within 30 days, low
  balances and few sessions) through the service, and how long each list is;
- the call-backs (dormant and churning members), which compute the
  segmentation, against the segmentation alone on a fresh club object in the
  same run (the baseline); and again with the segmentation kept (F5 on an
  unchanged club);
- marking a task done;
- the view in offscreen Qt: F5 until the instant lists are shown, and until
  the call-back tabs are filled too (segmentation kept).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bench.clubs import TODAY
from bench.stats import Row, median, ms, percentile
from clubcrm.domain.care import CareKind
from clubcrm.services.club import Club, open_club

if TYPE_CHECKING:
    from clubcrm.ui.views.care_view import CareView

RUNS = 9
COLD_RUNS = 3
MARKS = 200
GUI_RUNS = 9
INSTANT_TARGET_MS = 100.0  # "instant": the home screen appears at once
CALL_BACK_OVERHEAD = 1.25  # the call-backs cost at most a quarter more than the segmentation
FLOOR_SQL = ("SELECT count(*) FROM members NOT INDEXED WHERE birth_day IS NOT NULL",
             "SELECT count(*) FROM cards NOT INDEXED WHERE sessions >= 0")


def run(path: Path) -> list[Row]:
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        copy = Path(scratch) / "care.sqlite"
        shutil.copyfile(path, copy)
        open_club(copy).close()  # upgrades the copy's schema first, outside every figure
        rows = _instant(copy) + _call_backs(copy)
        club = open_club(copy)
        try:
            rows += _gui(club) + _marks(club)
        finally:
            club.close()
    return rows


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _instant(path: Path) -> list[Row]:
    """The lists, interleaved with their floor: one bare pass over the members
    and the cards tables (no index has a birthday or a balance)."""
    club = open_club(path)
    floor = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        lists = club.care.open_tasks(TODAY, operator=club.operator)
        samples, floors = [], []
        for _ in range(RUNS):
            samples.append(_timed(lambda: club.care.open_tasks(TODAY, operator=club.operator)))
            floors.append(_timed(lambda: [floor.execute(sql).fetchall() for sql in FLOOR_SQL]))
    finally:
        floor.close()
        club.close()
    counts = ", ".join(f"{kind.value} {len(tasks):,}" for kind, tasks in lists.items())
    value = ms(median(samples))
    return [
        Row("care", f"instant lists (3 kinds) median of {RUNS}", value, "ms",
            f"<= {INSTANT_TARGET_MS:g} ms", value <= INSTANT_TARGET_MS,
            f"max {ms(max(samples)):.1f} ms; {value / ms(median(floors)):.2f} x the floor; "
            f"{counts}"),
        Row("care", "floor: a bare pass over members and cards, median", ms(median(floors)),
            "ms"),
    ]


def _call_backs(path: Path) -> list[Row]:
    """Each run on fresh club objects: nothing kept from the run before."""
    alone, with_lists, kept = [], [], []
    found = None
    for _ in range(COLD_RUNS):
        club = open_club(path)
        try:
            alone.append(_timed(lambda: club.segments.compute(TODAY)))  # noqa: B023
        finally:
            club.close()
        club = open_club(path)
        try:
            started = time.perf_counter()
            found = club.care.call_backs(TODAY, operator=club.operator)
            with_lists.append(time.perf_counter() - started)
            kept.append(_timed(lambda: club.care.call_backs(TODAY, operator=club.operator)))  # noqa: B023
        finally:
            club.close()
    assert found is not None
    ratio = median(with_lists) / median(alone)
    return [
        Row("care", f"segmentation alone (baseline), median of {COLD_RUNS}", median(alone),
            "s", note=f"runs {', '.join(f'{s:.2f}' for s in alone)}"),
        Row("care", f"call-backs with the segmentation, median of {COLD_RUNS}",
            median(with_lists), "s", f"<= {CALL_BACK_OVERHEAD:g} x baseline",
            ratio <= CALL_BACK_OVERHEAD,
            f"{ratio:.2f} x baseline; dormant {len(found.dormant):,}, "
            f"churning {len(found.churning):,}"),
        Row("care", f"call-backs, segmentation kept (F5), median of {COLD_RUNS}",
            ms(median(kept)), "ms"),
    ]


def _marks(club: Club) -> list[Row]:
    tasks = [task for kind in (CareKind.LOW_BALANCE, CareKind.CARD_EXPIRING)
             for task in club.care.open_tasks(TODAY, operator=club.operator)[kind]][:MARKS]
    samples = [_timed(lambda task=task: club.care.mark_done(
        task.kind, task.member_id, task.occasion, outcome="reached", note="bench",
        operator=club.operator)) for task in tasks]
    return [Row("care", f"mark a task done p50 (n={len(samples)})", ms(median(samples)), "ms",
                note=f"p99 {ms(percentile(samples, 99)):.2f} ms")]


def _gui(club: Club) -> list[Row]:
    """F5 in the care view: the instant lists shown, then the call-back tabs filled."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported here: the other benchmarks run without Qt.
    from PySide6.QtWidgets import QApplication

    from clubcrm.ui.views.care_view import CareView

    app = QApplication.instance() or QApplication([])  # noqa: F841 - alive while the view is
    view = CareView(club)
    view.today = lambda: TODAY
    view.resize(1366, 768)
    view.show()
    _settle(view)  # the first segmentation, not in the figures
    instant, filled = [], []
    for _ in range(GUI_RUNS):
        started = time.perf_counter()
        view.refresh()
        view.repaint()
        instant.append(time.perf_counter() - started)
        _settle(view)
        filled.append(time.perf_counter() - started)
    counts = {kind.value: view.tabs[kind].model.rowCount() for kind in view.tabs}
    view.close()
    value = ms(median(instant))
    return [
        Row("care", f"GUI F5 -> instant lists painted, median of {GUI_RUNS}", value, "ms",
            f"<= {INSTANT_TARGET_MS:g} ms", value <= INSTANT_TARGET_MS,
            f"max {ms(max(instant)):.1f} ms"),
        Row("care", "GUI F5 -> call-back tabs filled (segmentation kept), median",
            ms(median(filled)), "ms", note=f"rows {counts}"),
    ]


def _settle(view: CareView) -> None:
    """Until the call-backs are shown, in Qt's own event loop: PySide6 6.12.0
    drops a reference to None on every `processEvents()` called from Python,
    and a few thousand calls in a polling loop abort the process."""
    from PySide6.QtCore import QEventLoop

    if view.computing:
        loop = QEventLoop()
        view.call_backs_shown.connect(loop.quit)
        loop.exec()
        view.call_backs_shown.disconnect(loop.quit)
