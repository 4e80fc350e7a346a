"""Segments of the whole club as of a date: the tiles, a tile's members, one
member's explanation.

A computation reads the activity of every member (db/segment_activity.py) and
applies the rules (clubcrm/segmentation); the result of each (as-of date,
thresholds) is kept until the data changes, so that opening a tile's member
list or a member's page after the tiles costs no new computation.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, overload

import numpy as np

from clubcrm.db.database import Database, driver
from clubcrm.db.segment_activity import Span, read_activity
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.phone import mask_phone
from clubcrm.domain.staff import Permission, can
from clubcrm.domain.translatable import N_
from clubcrm.segmentation.explain import Reason, reasons
from clubcrm.segmentation.figures import club_figures
from clubcrm.segmentation.model import (
    GRADES,
    RFM_GROUPS,
    SEGMENTS,
    STAGES,
    MemberSegments,
    Thresholds,
    Windows,
)
from clubcrm.segmentation.rules import Segmentation, segment_club
from clubcrm.services.permissions import role_of
from clubcrm.services.settings import SEGMENT_THRESHOLDS, read_setting

# What changes a segmentation: any operation (money, check-in, undo), a member
# added or edited, an import or its undo (which deletes imported history).
_STAMP_SQL = """
SELECT (SELECT max(id) FROM operations), (SELECT max(id) FROM visits),
       (SELECT max(id) FROM members), (SELECT max(updated_at) FROM members),
       (SELECT max(id) FROM import_batches), (SELECT max(undone_at) FROM import_batches)
"""
_MEMBERS_SQL = """
SELECT id, member_no, name, phone, marketing_consent FROM members
WHERE id IN (SELECT value FROM json_each(?))
"""


class Family(StrEnum):
    """The groups of tiles; each family splits the members once."""

    SEGMENT = "segment"  # by primary segment
    RFM = "rfm"
    GRADE = "grade"
    LIFECYCLE = "lifecycle"


def tile_keys(family: Family) -> list[str]:
    return [str(value) for value in _FAMILY_VALUES[family]]


_FAMILY_VALUES: dict[Family, tuple[Any, ...]] = {
    Family.SEGMENT: SEGMENTS, Family.RFM: RFM_GROUPS, Family.GRADE: GRADES,
    Family.LIFECYCLE: STAGES,
}


@dataclass(frozen=True, slots=True)
class Tile:
    family: Family
    key: str  # the segment, group, grade or stage
    members: int
    spend_fen: int
    total_members: int
    total_spend_fen: int


@dataclass(frozen=True, slots=True)
class SegmentMember:
    """One row of a tile's member list."""

    result: MemberSegments
    member_no: str
    name: str
    phone: str  # masked unless the operator may see phones
    marketing_consent: bool


class SegmentList(Sequence[SegmentMember]):
    """A tile's members, built one row at a time as they are looked at: a list
    of 27,000 members opens without making 27,000 objects."""

    def __init__(self, segmentation: Segmentation, indexes: np.ndarray,
                 details: dict[int, tuple[str, str, str, bool]]) -> None:
        self.segmentation = segmentation
        self.indexes = indexes  # into the segmentation's columns
        self.details = details  # member id -> number, name, phone as shown, consent
        self._built: dict[int, SegmentMember] = {}

    def __len__(self) -> int:
        return len(self.indexes)

    @overload
    def __getitem__(self, row: int) -> SegmentMember: ...

    @overload
    def __getitem__(self, row: slice) -> list[SegmentMember]: ...

    def __getitem__(self, row: int | slice) -> SegmentMember | list[SegmentMember]:
        if isinstance(row, slice):
            return self._make(range(*row.indices(len(self))))
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        member = self._built.get(row)
        if member is None:
            member = self._built[row] = self._make([row])[0]
        return member

    def batches(self, size: int = 5_000) -> Iterator[list[SegmentMember]]:
        """Every row, `size` at a time and not kept: how an export reads a whole list."""
        for first in range(0, len(self), size):
            yield self[first:first + size]

    def _make(self, rows: Sequence[int]) -> list[SegmentMember]:
        results = self.segmentation.members(self.indexes[np.asarray(rows, np.int64)])
        return [SegmentMember(result, *self.details[result.member_id]) for result in results]

    def column(self, name: str) -> np.ndarray:
        """A figure of every row (a ClubFigures or Segmentation column), for sorting."""
        source = getattr(self.segmentation.figures, name, None)
        if source is None:
            source = getattr(self.segmentation, name)
        return source[self.indexes]

    def reordered(self, order: Sequence[int] | np.ndarray) -> SegmentList:
        return SegmentList(self.segmentation, self.indexes[np.asarray(order, np.int64)],
                           self.details)


@dataclass(frozen=True, slots=True)
class Explanation:
    result: MemberSegments
    reasons: list[Reason]
    as_of: date


class SegmentationService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._cache: dict[tuple[date, Thresholds], tuple[tuple[Any, ...], Segmentation]] = {}

    def thresholds(self) -> Thresholds:
        with self._db.read() as session:
            return Thresholds.from_dict(read_setting(session, SEGMENT_THRESHOLDS))

    def compute(self, as_of: date, thresholds: Thresholds | None = None) -> Segmentation:
        """Every member's segments as of the end of `as_of`; the last result
        is reused while the data and the thresholds stay the same."""
        if as_of > date.today():
            raise ValidationError(N_("Segments are computed up to today, not for {date}."),
                                  date=as_of.isoformat())
        thresholds = thresholds or self.thresholds()
        stamp = self._stamp()
        with self._lock:
            cached = self._cache.get((as_of, thresholds))
            if cached is not None and cached[0] == stamp:
                return cached[1]
        result = compute_segmentation(self._db, as_of, thresholds)
        with self._lock:
            self._cache = {(as_of, thresholds): (stamp, result)}
        return result

    def tiles(self, segmentation: Segmentation) -> list[Tile]:
        """A tile per value of each family, in the family's order, empty ones too."""
        spend = segmentation.figures.spend
        total_members, total_spend = len(segmentation), int(spend.sum())
        tiles = []
        for family, values in _FAMILY_VALUES.items():
            codes = _codes(segmentation, family)
            counts = np.bincount(codes, minlength=len(values))
            spends = np.zeros(len(values), np.int64)  # fen stay integers: no weights
            np.add.at(spends, codes, spend)
            tiles += [Tile(family, str(value), int(counts[n]), int(spends[n]),
                           total_members, total_spend) for n, value in enumerate(values)]
        return tiles

    def members_of(self, segmentation: Segmentation, family: Family | None, key: str | None,
                   *, operator: StaffId) -> SegmentList:
        """The members of one tile (every member without one), by spend, highest first."""
        if family is None or key is None:
            indexes = np.arange(len(segmentation))
        else:
            values = [str(value) for value in _FAMILY_VALUES[family]]
            if key not in values:
                raise ValidationError(N_("There is no segment {key}."), key=key)
            indexes = np.flatnonzero(_codes(segmentation, family) == values.index(key))
        indexes = indexes[np.argsort(-segmentation.figures.spend[indexes], kind="stable")]
        return SegmentList(segmentation, indexes,
                           self._details(segmentation.figures.member_ids[indexes].tolist(),
                                         operator=operator))

    def explain(self, segmentation: Segmentation, member_id: int) -> Explanation | None:
        """Why the member is where they are; None when not counted (archived,
        merged, or joined after the date)."""
        index = segmentation.index_of(member_id)
        if index is None:
            return None
        result = segmentation.member(index)
        return Explanation(result, reasons(result, segmentation.windows,
                                           segmentation.thresholds, segmentation.cutoffs),
                           segmentation.windows.as_of)

    def _details(self, ids: list[int], *, operator: StaffId
                 ) -> dict[int, tuple[str, str, str, bool]]:
        with self._db.read() as session:
            full_phones = can(role_of(session, operator), Permission.VIEW_FULL_PHONE)
            rows = driver(session).execute(_MEMBERS_SQL, (json.dumps(ids),)).fetchall()
        return {member_id: (number, name, phone if full_phones else mask_phone(phone),
                            bool(consent))
                for member_id, number, name, phone, consent in rows}

    def member_numbers(self) -> dict[int, str]:
        with self._db.read() as session:
            return dict(driver(session).execute("SELECT id, member_no FROM members"))

    def _stamp(self) -> tuple[Any, ...]:
        with self._db.read() as session:
            return tuple(driver(session).execute(_STAMP_SQL).fetchone())


def compute_segmentation(db: Database, as_of: date, thresholds: Thresholds) -> Segmentation:
    windows = Windows.of(as_of, thresholds)
    activity = read_activity(db.path, Span(windows.start, windows.ticket_start,
                                           as_of + timedelta(days=1)))
    figures = club_figures(activity, windows)
    del activity  # the figures are all that is needed: keep the peak low
    return segment_club(figures, windows, thresholds)


def _codes(segmentation: Segmentation, family: Family) -> np.ndarray:
    codes: dict[Family, Callable[[], np.ndarray]] = {
        Family.SEGMENT: lambda: segmentation.primary,
        Family.RFM: lambda: segmentation.rfm_group,
        Family.GRADE: lambda: segmentation.grade,
        Family.LIFECYCLE: lambda: segmentation.lifecycle,
    }
    return codes[family]()
