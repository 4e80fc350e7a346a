"""The figures of the segmentation issue, on a copy of the bench club:

- a full segmentation as of the club's last day, each run in a fresh process
  (`bench/segment_child.py compute`): its time inside the process and the
  process's peak RSS, interleaved with the baseline the issue names — one SQL
  GROUP BY over the consumption rows (count of days, sum, last date per member)
  — run in its own fresh process too, on the app's covering index;
- the baseline again with the other index that could serve it,
  (kind, member_id, at, list_fen, discount_fen), made on the copy after the
  segmentation runs; the ratio is to the better of the two baselines;
- opening a segment's member list in the view (offscreen Qt), the largest
  segment, and exporting the segment nearest 20,000 members to Excel.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from bench.processes import ChildRun, measure
from bench.stats import Row, median

ROOT = Path(__file__).resolve().parent.parent
CHILD = ROOT / "bench" / "segment_child.py"
TARGET_S, TARGET_RATIO, TARGET_RSS_MB = 3.0, 2.5, 150.0
LIST_TARGET_MS, EXPORT_TARGET_S = 200.0, 5.0
OTHER_INDEX = ("CREATE INDEX bench_consumption_by_kind ON ledger "
               "(kind, member_id, at, list_fen, discount_fen)")


def run(path: Path, *, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        copy = Path(scratch) / "segments.sqlite"
        shutil.copyfile(path, copy)
        prepared = measure([str(CHILD), "prepare", str(copy)], timeout=600)
        if prepared.exit_code != 0:
            return [Row("segments", "prepare the copy", None, "s",
                        note=prepared.stderr_tail[-300:])]
        as_of = _last_day(copy)
        computed, baseline = [], []
        for _ in range(runs):
            baseline.append(measure([str(CHILD), "baseline", str(copy)]))
            computed.append(measure([str(CHILD), "compute", str(copy), as_of]))
        with sqlite3.connect(copy) as connection:
            connection.execute(OTHER_INDEX)
        other = [measure([str(CHILD), "baseline", str(copy)]) for _ in range(runs)]
        with sqlite3.connect(copy) as connection:
            connection.execute("DROP INDEX bench_consumption_by_kind")
        views = measure([str(CHILD), "view", str(copy), as_of], timeout=600)
    return _rows(computed, baseline, other, views, as_of, runs)


def _last_day(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT substr(max(at), 1, 10) FROM ledger").fetchone()[0]


def _rows(computed: list[ChildRun], baseline: list[ChildRun], other: list[ChildRun],
          views: ChildRun, as_of: str, runs: int) -> list[Row]:
    failed = [c for c in (*computed, *baseline, *other) if c.exit_code != 0]
    if failed:
        return [Row("segments", "a child failed", None, "s", note=failed[0].stderr_tail[-300:])]
    seconds = median([c.values["seconds"] for c in computed])
    app_index = median([c.values["seconds"] for c in baseline])
    other_index = median([c.values["seconds"] for c in other])
    best = min(app_index, other_index)
    rss = median([c.peak_rss_mb for c in computed])
    members, visits = computed[0].values["members"], computed[0].values["visits"]
    note = (f"as of {as_of}; {members:,.0f} members, {visits:,.0f} visits; median of {runs}, "
            "each a fresh process")
    rows = [
        Row("segments", "full segmentation as of a date", seconds, "s", f"≤ {TARGET_S:g} s",
            seconds <= TARGET_S, note),
        Row("segments", "baseline GROUP BY, app's covering index", app_index, "s",
            note="count of days, sum, last date per member"),
        Row("segments", "baseline GROUP BY, (kind, member, ...) index", other_index, "s"),
        Row("segments", "segmentation / best baseline", seconds / best, "x",
            f"≤ {TARGET_RATIO:g}", seconds / best <= TARGET_RATIO),
        Row("segments", "peak RSS of the segmentation process", rss, "MB",
            f"≤ {TARGET_RSS_MB:g} MB", rss <= TARGET_RSS_MB,
            "whole process: Python, the app's modules and the result"),
    ]
    if views.exit_code != 0:
        return [*rows, Row("segments", "list and export", None, "s",
                           note=views.stderr_tail[-300:])]
    list_ms = views.values["list_ms"]
    export_s = views.values["export_s"]
    return [*rows,
            Row("segments", "open the largest segment's member list (view)", list_ms, "ms",
                f"≤ {LIST_TARGET_MS:g} ms", list_ms <= LIST_TARGET_MS,
                f"{views.values['list_members']:,.0f} members, median of 5"),
            Row("segments", "export a segment to Excel", export_s, "s",
                f"≤ {EXPORT_TARGET_S:g} s", export_s <= EXPORT_TARGET_S,
                f"{views.values['export_members']:,.0f} members")]
