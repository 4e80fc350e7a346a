"""Monthly snapshots of every member's segments, the month-over-month movement
and a member's history by month.

A month's snapshot is taken once the month is over, as of its last day, and
never recomputed: later corrections of the data or of the thresholds do not
rewrite what the owner saw (the thresholds used are stored with it).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from clubcrm.db.database import Database, driver
from clubcrm.segmentation.model import GRADES, SEGMENTS, STAGES, Segment, Thresholds
from clubcrm.segmentation.rules import Segmentation
from clubcrm.services.segmentation import Family, SegmentationService, Tile, tile_keys

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
# The families a kept month's tiles are made for, and the column each is stored in.
KEPT_FAMILIES = {Family.SEGMENT: "primary_segment", Family.GRADE: "value_grade",
                 Family.LIFECYCLE: "lifecycle"}


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


@dataclass(frozen=True, slots=True)
class KeptMonth:
    """A month's snapshot reduced to what a report prints of it."""

    as_of: date
    thresholds: Thresholds
    tiles: tuple[Tile, ...]  # the families of KEPT_FAMILIES, every value, empty ones too
    dormant: int  # members meeting the dormant segment, whatever their primary one


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
        values = [segment.value for segment in SEGMENTS]
        now = zip(result.figures.member_ids.tolist(),
                  (values[code] for code in result.primary.tolist()), strict=True)
        return self._movement(result.windows.as_of, now)

    def kept(self, month_end: date) -> tuple[KeptMonth, Movement | None] | None:
        """The month ending on `month_end` as its snapshot kept it, and the movement
        from the month before's snapshot; None when the month has no snapshot."""
        month = month_of(month_end)
        with self._db.read() as session:
            connection = driver(session)
            found = connection.execute("SELECT id, as_of, thresholds FROM segment_snapshots "
                                       "WHERE month = ?", (month,)).fetchone()
            if found is None or found[1] != month_end.isoformat():
                return None
            snapshot_id = found[0]
            tiles = tuple(tile for family, column in KEPT_FAMILIES.items()
                          for tile in _kept_tiles(connection, snapshot_id, family, column))
            dormant = connection.execute(
                "SELECT count(*) FROM segment_snapshot_members WHERE snapshot_id = ? "
                "AND segments & ? != 0", (snapshot_id, Segment.DORMANT.bit)).fetchone()[0]
            primaries = connection.execute(_PRIMARY_SQL, (month,)).fetchall()
        kept = KeptMonth(month_end, Thresholds.from_dict(json.loads(found[2])), tiles, dormant)
        return kept, self._movement(month_end, primaries)

    def _movement(self, as_of: date, now: Iterable[tuple[int, str]]) -> Movement | None:
        """From the snapshot of the month before `as_of`'s to each member's primary
        segment `now` (its stored value); None when that month has no snapshot (the
        club is newer). Counted on the stored values: a few dozen pairs become
        segments, not every member's."""
        since = last_day_of_month_before(as_of)
        self.ensure(since)
        with self._db.read() as session:
            old = dict(driver(session).execute(_PRIMARY_SQL, (month_of(since),)).fetchall())
        if not old:
            return None
        counts = Counter((old.pop(member_id, None), primary) for member_id, primary in now)
        counts.update((primary, None) for primary in old.values())
        return Movement(month_of(since), as_of, {
            (_segment(before), _segment(after)): n for (before, after), n in counts.items()})

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


def _kept_tiles(connection: Any, snapshot_id: int, family: Family, column: str) -> list[Tile]:
    rows = connection.execute(
        f"SELECT {column}, count(*), sum(monetary_fen) FROM segment_snapshot_members "
        f"WHERE snapshot_id = ? GROUP BY {column}", (snapshot_id,)).fetchall()
    found = {key: (members, spend) for key, members, spend in rows}
    total_members = sum(members for members, _ in found.values())
    total_spend = sum(spend for _, spend in found.values())
    return [Tile(family, key, *found.get(key, (0, 0)), total_members, total_spend)
            for key in tile_keys(family)]


def _segment(value: str | None) -> Segment | None:
    return None if value is None else Segment(value)
