"""One measured process of the segmentation benchmark (bench/segments.py):

    segment_child.py prepare DB           bring the copy to the app's schema
    segment_child.py baseline DB          the issue's GROUP BY, timed
    segment_child.py compute DB DATE      a full segmentation, timed
    segment_child.py view DB DATE         open the largest segment in the view; export one

Prints `name=value` lines; the parent reads them and the process's peak RSS.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASELINE_SQL = """
SELECT member_id, count(DISTINCT substr(at, 1, 10)), sum(list_fen - discount_fen), max(at)
FROM ledger WHERE kind = 'consume' GROUP BY member_id
"""
EXPORT_SIZE = 20_000


def prepare(db: Path) -> None:
    from clubcrm.services.club import open_club

    open_club(db).close()


def baseline(db: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    started = time.perf_counter()
    rows = connection.execute(BASELINE_SQL).fetchall()
    print(f"seconds={time.perf_counter() - started}")
    print(f"members={len(rows)}")


def compute(db: Path, as_of: date) -> None:
    from clubcrm.services.club import open_club

    club = open_club(db)
    started = time.perf_counter()
    result = club.segments.compute(as_of)
    print(f"seconds={time.perf_counter() - started}")
    print(f"members={len(result)}")
    with club.db.read() as session:
        from clubcrm.db.database import driver

        print(f"visits={driver(session).execute('SELECT count(*) FROM visits').fetchone()[0]}")


def view(db: Path, as_of: date) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from clubcrm.services.club import open_club
    from clubcrm.services.segment_export import export_segment
    from clubcrm.services.segmentation import Family
    from clubcrm.ui.views.segments_view import SegmentsView

    app = QApplication([])
    club = open_club(db)
    result = club.segments.compute(as_of)
    tiles = [t for t in club.segments.tiles(result) if t.family is Family.SEGMENT]
    largest = max(tiles, key=lambda t: t.members)
    widget = SegmentsView(club)
    widget._show_result((result, None))
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        widget.show_members(Family.SEGMENT, largest.key)
        app.processEvents()
        timings.append(time.perf_counter() - started)
    print(f"list_ms={statistics.median(timings) * 1000}")
    print(f"list_members={largest.members}")
    nearest = min(tiles, key=lambda t: abs(t.members - EXPORT_SIZE))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        count = export_segment(club.segments, club.db, result, Family.SEGMENT, nearest.key,
                               Path(folder) / "segment.xlsx", operator=club.operator)
        print(f"export_s={time.perf_counter() - started}")
    print(f"export_members={count}")


if __name__ == "__main__":
    command, path = sys.argv[1], Path(sys.argv[2])
    if command == "prepare":
        prepare(path)
    elif command == "baseline":
        baseline(path)
    elif command == "compute":
        compute(path, date.fromisoformat(sys.argv[3]))
    else:
        view(path, date.fromisoformat(sys.argv[3]))
