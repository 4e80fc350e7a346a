"""The report's files on their own: the bench month's report (2026-10, every
section) is built once on a copy of the bench club and pickled; then each run
is a fresh process that loads the drawing module (matplotlib and the font),
draws the five charts, then loads and writes the Excel workbook, then the PDF
(the font registered on first use), as the command line does, each timed apart
(wall time, and the process's CPU time, which the machine's load moves less):

    python -m bench --only report_files
    python -m bench.report_files child REPORT.pickle FOLDER   # one run, name=value lines

The SQL and the segmentation are the `reports` bench's; these are the
renderers' shares of its figures.
"""

from __future__ import annotations

import contextlib
import dataclasses
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from bench.stats import Row, median

ROOT = Path(__file__).resolve().parent.parent
MONTH = "2026-10"
TODAY = date(2026, 11, 23)
# name: (what, target in s)
FIGURES = {
    "import_charts": ("charts module loaded (matplotlib)", None),
    "charts": ("the report's charts drawn", 0.6),
    "xlsx": ("Excel module loaded, workbook written", 0.3),
    "pdf": ("reportlab + font loaded, PDF written", None),
}


def run(path: Path, *, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        report = _build(path, Path(scratch))
        children = [_child(report, Path(scratch)) for _ in range(runs)]
    return [_row(name, [child[name] for child in children], children)
            for name in FIGURES]


def _build(path: Path, scratch: Path) -> Path:
    """The month's report, without its images (the child draws them), pickled."""
    from clubcrm import i18n
    from clubcrm.domain.reports import month_period
    from clubcrm.services.club import open_club
    from clubcrm.services.reports import ReportService

    copy = scratch / "report_files.sqlite"
    shutil.copyfile(path, copy)
    i18n.set_language("zh_CN")
    club = open_club(copy)
    try:
        report = ReportService(club.db, club.segments).monthly(
            month_period(MONTH), operator=club.operator, today=TODAY)
    finally:
        club.close()
    pickled = scratch / "report.pickle"
    pickled.write_bytes(pickle.dumps(report))
    return pickled


def _child(report: Path, scratch: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "bench.report_files", "child", str(report),
                           str(scratch)], check=True, capture_output=True, text=True, cwd=ROOT)
    return {name: float(value) for name, value in
            (line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)}


def _row(name: str, samples: list[float], children: list[dict[str, float]]) -> Row:
    what, target = FIGURES[name]
    value = median(samples)
    cpu = median([child[f"{name}_cpu"] for child in children])
    note = (f"CPU {cpu:.3f} s; fresh processes, runs "
            + ", ".join(f"{sample:.3f}" for sample in samples))
    if name == "charts":
        note += f"; {children[0]['charts_count']:.0f} charts"
    return Row("report_files", what, value, "s",
               f"<= {target:g} s" if target else "", value <= target if target else None, note)


def child(report_path: Path, scratch: Path) -> None:
    """One run: prints `name=seconds` (wall) and `name_cpu=seconds` for each figure."""
    from clubcrm import i18n

    i18n.set_language("zh_CN")
    report = pickle.loads(report_path.read_bytes())
    with _timed("import_charts"):
        from clubcrm.io.report_charts import chart_png
    charts = [chart for section in report.sections for chart in section.charts]
    with _timed("charts"):
        images = {chart.key: chart_png(chart) for chart in charts}
    print(f"charts_count={len(charts)}")
    with _timed("xlsx"):
        from clubcrm.io.report_xlsx import write_report_xlsx
        write_report_xlsx(report, scratch / "report.xlsx")
    with _timed("pdf"):
        from clubcrm.io.report_pdf import write_report_pdf
        write_report_pdf(dataclasses.replace(report, images=images), scratch / "report.pdf")


@contextlib.contextmanager
def _timed(name: str) -> Iterator[None]:
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    print(f"{name}={time.perf_counter() - wall}")
    print(f"{name}_cpu={time.process_time() - cpu}")


if __name__ == "__main__":
    child(Path(sys.argv[2]), Path(sys.argv[3]))
