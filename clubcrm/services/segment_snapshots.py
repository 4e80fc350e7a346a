"""Monthly snapshots of every member's segments, the month-over-month movement
and a member's history by month.

A month's snapshot is taken once the month is over, as of its last day, and
never recomputed: later corrections of the data or of the thresholds do not
rewrite what the owner saw (the thresholds used are stored with it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np

from clubcrm.db.database import Database, driver
from clubcrm.segmentation.model import GRADES, SEGMENTS, STAGES, Segment
from clubcrm.segmentation.rules import Segmentation
from clubcrm.services.segmentation import SegmentationService

_INSERT_SNAPSHOT = ("INSERT INTO segment_snapshots (month, as_of, computed_at, thresholds) "
                    "VALUES (?, ?, ?, ?)")
_INSERT_MEMBER = (
    "INSERT INTO segment_snapshot_members (snapshot_id, member_id, primary_segment, segments, "
    "value_grade, lifecycle, recency_days, frequency, monetary_fen, r_score, f_score, m_score) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_HISTORY_SQL = """
SELECT s.month, m.primary_segment, m.segments, m.value_grade, m.lifecycle, m.recency_days,
       m.frequency, m.monetary_fen
FROM segment_snapshot_members m JOIN segment_snapshots s ON s.id = m.snapshot_id
WHERE m.member_id = ? ORDER BY s.month DESC LIMIT ?
"""
_PRIMARY_SQL = """
SELECT m.member_id, m.primary_segment FROM segment_snapshot_members m
JOIN segment_snapshots s ON s.id = m.snapshot_id WHERE s.month = ? ORDER BY m.member_id
"""


@dataclass(frozen=True, slots=True)
class MonthSegment:
    """A member's result as of the last day of a month."""

    month: str  # "2026-10"
    primary: Segment
    segments: tuple[Segment, ...]
    grade: str
    lifecycle: str
    recency_days: int | None
    frequency: int
    monetary_fen: int


@dataclass(frozen=True, slots=True)
class Movement:
    """How many members moved from each primary segment (as of the end of
    `since_month`) to each other (as of `as_of`); None stands for members
    counted on one side only (joined since, or archived since)."""

    since_month: str
    as_of: date
    counts: dict[tuple[Segment | None, Segment | None], int]

    def moved_in(self, segment: Segment) -> int:
        return sum(n for (old, new), n in self.counts.items() if new == segment and old != new)

    def moved_out(self, segment: Segment) -> int:
        return sum(n for (old, new), n in self.counts.items() if old == segment and old != new)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def last_day_of_month_before(day: date) -> date:
    return day.replace(day=1) - timedelta(days=1)


class SegmentSnapshots:
    def __init__(self, db: Database, segments: SegmentationService) -> None:
        self._db = db
        self._segments = segments

    def ensure(self, month_end: date) -> bool:
        """Take the snapshot of the month ending on `month_end` if it is over and
        not taken yet; True when one was taken."""
        if month_end >= date.today() or self._has(month_of(month_end)):
            return False
        result = self._segments.compute(month_end)
        self.store(result)
        return True

    def ensure_recent(self, months: int, *, today: date,
                      progress: Callable[[int, int], None] | None = None) -> int:
        """The snapshots of the last `months` months that are over; returns how many were taken."""
        month_end = last_day_of_month_before(today)
        taken = 0
        for done in range(months):
            taken += self.ensure(month_end)
            month_end = last_day_of_month_before(month_end)
            if progress:
                progress(done + 1, months)
        return taken

    def store(self, result: Segmentation) -> None:
        as_of = result.windows.as_of
        f = result.figures
        recency = np.where(f.active, result.windows.last - f.last_active, -1).tolist()
        rows = zip(f.member_ids.tolist(), (SEGMENTS[i].value for i in result.primary),
                   result.segments.tolist(), (GRADES[i].value for i in result.grade),
                   (STAGES[i].value for i in result.lifecycle),
                   (None if days < 0 else days for days in recency), f.days.tolist(),
                   f.spend.tolist(), result.r.tolist(), result.f.tolist(), result.m.tolist(),
                   strict=True)
        with self._db.write() as session:
            connection = driver(session)
            if connection.execute("SELECT 1 FROM segment_snapshots WHERE month = ?",
                                  (month_of(as_of),)).fetchone():
                return  # another desk took it meanwhile
            snapshot_id = connection.execute(_INSERT_SNAPSHOT, (
                month_of(as_of), as_of.isoformat(), datetime.now().isoformat(sep=" "),
                json.dumps(result.thresholds.as_dict()))).lastrowid
            connection.executemany(_INSERT_MEMBER, ((snapshot_id, *row) for row in rows))

    def movement(self, result: Segmentation) -> Movement | None:
        """From the snapshot of the month before the as-of date's month to the
        result; None when that month has no snapshot (the club is newer)."""
        since = last_day_of_month_before(result.windows.as_of)
        self.ensure(since)
        with self._db.read() as session:
            previous = driver(session).execute(_PRIMARY_SQL, (month_of(since),)).fetchall()
        if not previous:
            return None
        old = {member_id: Segment(primary) for member_id, primary in previous}
        counts: dict[tuple[Segment | None, Segment | None], int] = {}
        for member_id, code in zip(result.figures.member_ids.tolist(), result.primary.tolist(),
                                   strict=True):
            key = (old.pop(member_id, None), SEGMENTS[code])
            counts[key] = counts.get(key, 0) + 1
        for segment in old.values():
            counts[(segment, None)] = counts.get((segment, None), 0) + 1
        return Movement(month_of(since), result.windows.as_of, counts)

    def member_history(self, member_id: int, months: int = 12) -> list[MonthSegment]:
        """The member's result at the end of each month with a snapshot, newest first."""
        with self._db.read() as session:
            rows = driver(session).execute(_HISTORY_SQL, (member_id, months)).fetchall()
        return [MonthSegment(month, Segment(primary),
                             tuple(s for s in SEGMENTS if bits & s.bit), grade, stage,
                             recency, frequency, spend)
                for month, primary, bits, grade, stage, recency, frequency, spend in rows]

    def _has(self, month: str) -> bool:
        with self._db.read() as session:
            return driver(session).execute(
                "SELECT 1 FROM segment_snapshots WHERE month = ?", (month,)).fetchone() is not None
