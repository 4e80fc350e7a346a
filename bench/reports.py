"""The figures of the reports issue, on a copy of the bench club (exporting
writes an audit row, so the cached club is copied first):

- the monthly report of the last full month (2026-10), every section, built
  and written to Excel and PDF, each run in a fresh process (matplotlib,
  openpyxl and reportlab loaded as the command line loads them);
- the on-screen month: what the reports view does when the owner presses
  Show (every section and every chart drawn), in the same process after one
  warm-up, and an older month (2024-06) whose liability reads the ledger the
  other way.
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
from clubcrm.services.club import open_club
from clubcrm.services.reports import ReportService

MONTH, OLD_MONTH = "2026-10", "2024-06"
TODAY = date(2026, 11, 23)
EXPORT_TARGET_S, SCREEN_TARGET_S = 5.0, 2.0


def run(path: Path, *, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        copy = Path(scratch) / "reports.sqlite"
        shutil.copyfile(path, copy)
        rows = [_export(copy, runs, scratch)]
        rows += [_screen(copy, month, runs) for month in (MONTH, OLD_MONTH)]
    return rows


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


def _screen(copy: Path, month: str, runs: int) -> Row:
    from clubcrm.io.report_charts import chart_png

    club = open_club(copy)
    service = ReportService(club.db)
    times = []
    try:
        for _ in range(runs + 1):  # the first run warms matplotlib's font cache
            started = time.perf_counter()
            report = service.monthly(month_period(month), operator=club.operator, today=TODAY)
            for section in report.sections:
                for chart in section.charts:
                    chart_png(chart)
            times.append(time.perf_counter() - started)
    finally:
        club.close()
    value = median(times[1:])
    return Row("reports", f"on-screen month {month}: sections + charts", value, "s",
               f"<= {SCREEN_TARGET_S:g} s", value <= SCREEN_TARGET_S,
               "runs " + ", ".join(f"{t:.2f}" for t in times[1:]))
