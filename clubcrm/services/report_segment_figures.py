"""The segmentation a report shows, as of the period's last day (today, for a
period not over yet), reduced to the few figures the report prints: the
tiles, the movement since the end of the month before, and the members
meeting the dormant segment.

A month that is over is printed as its snapshot kept it (the owner's October
report says what October's end looked like, whatever was corrected since, as
the segments view's movement does); other days are computed once per report.

A whole segmentation reads every member's year of activity: it runs in a
thread of its own (`PendingSegments`), and the sections that print it are
built last. Imported on use: numpy and the segmentation stay out of the
program's start-up.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from clubcrm.db.database import Database
from clubcrm.domain.reports import Period
from clubcrm.segmentation.model import Segment, Thresholds
from clubcrm.services.segment_snapshots import Movement, SegmentSnapshots
from clubcrm.services.segmentation import SegmentationService, Tile


@dataclass(frozen=True, slots=True)
class SegmentFigures:
    as_of: date
    tiles: tuple[Tile, ...]
    movement: Movement | None  # None: no snapshot of the month before (a newer club)
    dormant: int  # members meeting the dormant segment, whatever their primary one
    thresholds: Thresholds
    kept: bool = False  # read from the month's snapshot, not computed for this report

    def tiles_of(self, family: str) -> tuple[Tile, ...]:
        return tuple(tile for tile in self.tiles if tile.family == family)

    def members_in(self, family: str, key: str) -> int:
        return next(tile.members for tile in self.tiles_of(family) if tile.key == key)


def as_of(period: Period, today: date) -> date:
    """The day the report's segments are computed as of: the period's last day,
    or today while the period is not over."""
    return min(period.last, today)


class PendingSegments:
    """The report's segmentation, computed once, in a thread of its own (it reads
    through connections of its own; SQLite lets the threads work at once)."""

    def __init__(self, db: Database, segments: SegmentationService, period: Period,
                 today: date) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-segments")
        self._job = (db, segments, period, today)
        self._future: Future[SegmentFigures] | None = None

    def start(self) -> None:
        if self._future is None:
            self._future = self._pool.submit(segment_figures, *self._job)

    def result(self) -> SegmentFigures:
        """The figures, once computed (started now if they were not yet)."""
        self.start()
        assert self._future is not None
        return self._future.result()

    def close(self) -> None:
        """Wait for a computation under way (it may be writing the month's snapshot)."""
        self._pool.shutdown(wait=True)


def segment_figures(db: Database, segments: SegmentationService, period: Period,
                    today: date) -> SegmentFigures:
    day = as_of(period, today)
    snapshots = SegmentSnapshots(db, segments)
    over = day < today and (day + timedelta(days=1)).day == 1  # a month's last day, past
    kept = snapshots.kept(day) if over else None
    if kept is not None:
        month, movement = kept
        return SegmentFigures(day, month.tiles, movement, month.dormant, month.thresholds,
                              kept=True)
    result = segments.compute(day)
    movement = snapshots.movement(result)
    if over:
        # Its snapshot is this very result (taken once, like `ensure` would), so
        # the next report of the month reads it instead of computing it again.
        snapshots.store(result)
    dormant = int(np.count_nonzero(result.segments & Segment.DORMANT.bit))
    return SegmentFigures(day, tuple(segments.tiles(result)), movement, dormant,
                          result.thresholds)
