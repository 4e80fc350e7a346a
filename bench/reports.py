"""The figures of the reports issue, on a copy of the bench club (exporting
writes an audit row, so the cached club is copied first):

- setup, not timed as a figure: the copy is opened once (migrations run) and
  the segment snapshots of the months the timed reports print (2026-09,
  2026-10, 2024-05, 2024-06) and of 2026-06 are taken, as the segments view
  or a first report would have taken them; a report of a month that is over
  prints the segments its snapshot kept;
- the monthly report of the last full month (2026-10), every section, built
  and written to Excel and PDF, each run in a fresh process (matplotlib,
  XlsxWriter and reportlab loaded as the command line loads them);
- the on-screen month: what the reports view does when the owner presses
  Show (every section, the segments, every chart drawn), in the same process
  after one warm-up; timed when the sections without the segments are ready
  (the view shows them) and when the whole report is; an older month
  (2024-06) too, whose liability reads the ledger the other way;
- the first report of a month without its snapshot (2026-07, then 2026-08),
  which computes the whole segmentation as of the month's end and keeps it:
  the rarer case, shown beside the target, not claimed against it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.stats import Row, median
from clubcrm.domain.reports import month_period
from clubcrm.services.club import Club, open_club
from clubcrm.services.reports import ReportService

MONTH, OLD_MONTH = "2026-10", "2024-06"
TODAY = date(2026, 11, 23)
SNAPSHOTS = (date(2026, 9, 30), date(2026, 10, 31), date(2024, 5, 31), date(2024, 6, 30),
             date(2026, 6, 30))
FIRST_MONTHS = ("2026-07", "2026-08")  # no snapshot: each computes and keeps its own
EXPORT_TARGET_S, SCREEN_TARGET_S = 5.0, 2.0


def run(path: Path, *, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        copy = Path(scratch) / "reports.sqlite"
        shutil.copyfile(path, copy)
        rows = [_setup(copy), _export(copy, runs, scratch)]
        rows += _screen(copy, MONTH, runs)
        rows += _screen(copy, OLD_MONTH, runs)
        rows.append(_first_reports(copy))
    return rows


def _setup(copy: Path) -> Row:
    started = time.perf_counter()
    club = open_club(copy)
    try:
        for month_end in SNAPSHOTS:
            club.segment_snapshots.ensure(month_end)
    finally:
        club.close()
    return Row("reports", f"setup: migrate the copy, take {len(SNAPSHOTS)} month snapshots",
               time.perf_counter() - started, "s", note="setup, not a target")


def _export(copy: Path, runs: int, scratch: str) -> Row:
    times = []
    for number in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "clubcrm.cli", "report", "monthly", "--db",
                        str(copy), "--month", MONTH, "--lang", "zh_CN", "--json",
                        "--xlsx", f"{scratch}/r{number}.xlsx", "--pdf", f"{scratch}/r{number}.pdf"],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    value = median(times)
    return Row("reports", f"monthly report {MONTH}, all sections, Excel + PDF (CLI)", value, "s",
               f"<= {EXPORT_TARGET_S:g} s", value <= EXPORT_TARGET_S,
               "runs " + ", ".join(f"{t:.2f}" for t in times) + "; process start included")


def _screen(copy: Path, month: str, runs: int) -> list[Row]:
    club = open_club(copy)
    try:
        # The first run warms matplotlib's font cache.
        timed = [_show(club, month) for _ in range(runs + 1)][1:]
    finally:
        club.close()
    first, whole = [t[0] for t in timed], [t[1] for t in timed]
    shown, done = median(first), median(whole)
    return [
        Row("reports", f"on-screen month {month}: shown without segments", shown, "s",
            f"<= {SCREEN_TARGET_S:g} s", shown <= SCREEN_TARGET_S,
            "runs " + ", ".join(f"{t:.2f}" for t in first)),
        Row("reports", f"on-screen month {month}: whole, with segments", done, "s",
            f"<= {SCREEN_TARGET_S:g} s", done <= SCREEN_TARGET_S,
            "runs " + ", ".join(f"{t:.2f}" for t in whole)),
    ]


def _first_reports(copy: Path) -> Row:
    club = open_club(copy)
    try:
        _show(club, OLD_MONTH)  # warm-up, as for the other screen figures
        whole = [_show(club, month)[1] for month in FIRST_MONTHS]
    finally:
        club.close()
    return Row("reports", "on-screen month without its snapshot yet: whole", median(whole), "s",
               note="computes and keeps the month's segments; runs " + ", ".join(
                   f"{month} {t:.2f}" for month, t in zip(FIRST_MONTHS, whole, strict=True)))


def _show(club: Club, month: str) -> tuple[float, float]:
    """Seconds until the view could show the sections without the segments, and
    until the whole report (a segmentation service of its own: nothing reused)."""
    partial: list[float] = []
    started = time.perf_counter()
    ReportService(club.db).monthly(
        month_period(month), operator=club.operator, today=TODAY, images=True,
        on_partial=lambda _report: partial.append(time.perf_counter() - started))
    return partial[0], time.perf_counter() - started
