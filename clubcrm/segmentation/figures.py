"""Every member's figures at once, as columns (numpy arrays, one entry per member).

A club has 100,000 members and over a million activity days in a year: the
figures are counted in bulk (sort, bincount, searchsorted) rather than member
by member, which keeps a whole segmentation within a few seconds.

An activity day is a day with consumption or a check-in. The days arrive as
text, comma-separated day numbers per member ("20410,20415"), the way the
database's group_concat gives them; repeats are allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from clubcrm.segmentation.model import Windows

NEVER = -(1 << 40)
PARSE_BATCH = 10_000  # member texts parsed at once: bounds the memory of the parse  # the day number of "no activity ever"

class Activity(Protocol):
    """A club's activity in columns, as db/segment_activity.py reads it: arrays
    of integers (any buffer of int64, or int8 for `has_card`) and texts of days."""

    member_ids: Any  # every counted member, ascending
    joined: Any  # the day each joined
    has_card: Any
    spenders: Any  # the members with consumption in the window ...
    spend: Any  # ... its value in fen
    ticket_spend: Any  # ... and its value in the ticket window
    days: list[str]  # "-id,day,day…": a member's activity days, led by the id made negative
    last_before: dict[int, tuple[int | None, int | None]]  # inactive: last days before
    aliases: dict[int, int]  # a merged record -> the member it ended in


@dataclass(frozen=True, slots=True)
class ClubFigures:
    member_ids: np.ndarray
    joined: np.ndarray
    has_card: np.ndarray
    last_active: np.ndarray  # NEVER when never active
    spend: np.ndarray  # fen, main window
    ticket_spend: np.ndarray  # fen, ticket window
    days: np.ndarray  # activity days in the main window: the frequency F
    ticket_days: np.ndarray
    recent_days: np.ndarray
    prior_days: np.ndarray  # in the `prior_periods` spans before the recent one
    prior_periods: np.ndarray  # whole spans before the recent one the member belonged for
    gap2: np.ndarray  # twice the median gap between activity days (-1: fewer than two)
    ticket: np.ndarray  # average ticket in fen (floor), -1 without activity in the ticket window

    def __len__(self) -> int:
        return len(self.member_ids)

    @property
    def active(self) -> np.ndarray:
        return self.last_active != NEVER



def club_figures(activity: Activity, windows: Windows) -> ClubFigures:
    """Every counted member's figures from their activity in the windows;
    activity of anybody not counted (archived…) is left out. The activity's day
    texts are used up as they are parsed, which keeps the peak of memory low."""
    ids = np.frombuffer(activity.member_ids, np.int64).copy()
    count = len(ids)
    joined = np.frombuffer(activity.joined, np.int64).copy()
    alias = _Aliases(activity.aliases)
    spend, ticket_spend = np.zeros(count, np.int64), np.zeros(count, np.int64)
    spenders, found = _indexes(ids, alias.of(np.frombuffer(activity.spenders, np.int64)))
    np.add.at(spend, spenders, np.frombuffer(activity.spend, np.int64)[found])
    np.add.at(ticket_spend, spenders, np.frombuffer(activity.ticket_spend, np.int64)[found])
    member, day = _distinct_days(activity.days, ids, alias, windows)
    last = _last_days(ids, activity.last_before, alias, member, day)
    counts = _counts(member, day, joined, windows, count)
    ticket_days = counts["ticket_days"]
    ticket = np.where(ticket_days > 0, ticket_spend // np.maximum(ticket_days, 1), -1)
    return ClubFigures(ids, joined, np.frombuffer(activity.has_card, np.int8).astype(bool),
                       last, spend, ticket_spend, gap2=_median_gaps2(member, day, count),
                       ticket=ticket, **counts)


class _Aliases:
    """A merged record's id -> the member it ended in: its rows count for them."""

    def __init__(self, aliases: dict[int, int]) -> None:
        order = sorted(aliases)
        self._from = np.asarray(order, np.int64)
        self._to = np.asarray([aliases[k] for k in order], np.int64)

    def of(self, ids: np.ndarray) -> np.ndarray:
        if not len(self._from) or not len(ids):
            return ids
        at = np.minimum(np.searchsorted(self._from, ids), len(self._from) - 1)
        return np.where(self._from[at] == ids, self._to[at], ids)


def _indexes(ids: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of `wanted` is in `ids` (sorted), for those that are there, and which."""
    if not len(ids):
        return np.zeros(0, np.int64), np.zeros(len(wanted), bool)
    at = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
    found = ids[at] == wanted
    return at[found], found


def _last_days(ids: np.ndarray, before: dict[int, tuple[int | None, int | None]],
               alias: _Aliases, member: np.ndarray, day: np.ndarray) -> np.ndarray:
    """The last activity day of each member: in the window, or before it (of
    the member or a record merged into them)."""
    last = np.full(len(ids), NEVER, np.int64)
    if before:
        keys = alias.of(np.fromiter(before.keys(), np.int64, len(before)))
        values = np.fromiter((max(c or NEVER, v or NEVER) for c, v in before.values()),
                             np.int64, len(before))
        at, found = _indexes(ids, keys)
        np.maximum.at(last, at, values[found])
    if len(member):
        ends = np.flatnonzero(np.r_[member[1:] != member[:-1], True])
        last[member[ends]] = day[ends]
    return last


def _distinct_days(texts: list[str], ids: np.ndarray, alias: _Aliases, windows: Windows
                   ) -> tuple[np.ndarray, np.ndarray]:
    """(member index, day) of each distinct activity day, sorted by member then day.

    The texts are parsed a batch at a time, each batch in one go, and removed
    from `texts`; the negative numbers are the members' ids, each leading that
    member's days."""
    # 32-bit keys (member index × days in the window + day) keep the sort small;
    # a window of 2 years over 2,000,000 members still fits.
    stride = windows.last - windows.first + 1
    batches = []
    while texts:  # from the end, each batch of texts freed once parsed
        batches.append(_keys(texts[-PARSE_BATCH:], ids, alias, windows.first, stride))
        del texts[-PARSE_BATCH:]
    keys = np.concatenate(batches) if batches else np.zeros(0, np.int32)
    del batches
    keys.sort()
    keys = keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys
    return keys // stride, keys % stride + np.int32(windows.first)


def _keys(texts: list[str], ids: np.ndarray, alias: _Aliases, first: int, stride: int
          ) -> np.ndarray:
    values = np.fromstring(",".join(texts), dtype=np.int32, sep=",")  # ids and days fit
    marker = values < 0
    owners, found = _indexes(ids, alias.of(-values[marker].astype(np.int64)))
    index_of_text = np.full(len(found), -1, np.int32)
    index_of_text[found] = owners
    member = index_of_text[np.cumsum(marker, dtype=np.int32) - 1]
    keep = ~marker & (member >= 0)  # days of members not counted are left out
    return member[keep] * np.int32(stride) + (values[keep] - np.int32(first))


def _counts(member: np.ndarray, day: np.ndarray, joined: np.ndarray, windows: Windows,
            count: int) -> dict[str, np.ndarray]:
    periods = np.asarray(windows.periods, np.int64)
    # Whole spans before the recent one that began after the member joined.
    prior_periods = (joined[:, None] <= periods[None, 1:]).sum(axis=1)
    prior_first = periods.astype(np.int32)[prior_periods]  # periods[0] when there are none
    before_recent = day < periods[0]
    return {
        "days": np.bincount(member, minlength=count),
        "ticket_days": np.bincount(member[day >= windows.ticket_first], minlength=count),
        "recent_days": np.bincount(member[~before_recent], minlength=count),
        "prior_days": np.bincount(member[before_recent & (day >= prior_first[member])],
                                  minlength=count),
        "prior_periods": prior_periods,
    }


def _median_gaps2(member: np.ndarray, day: np.ndarray, count: int) -> np.ndarray:
    """Twice each member's median gap between consecutive activity days, so
    that a median halfway between two gaps stays a whole number."""
    same = member[1:] == member[:-1]
    result = np.full(count, -1, np.int64)
    if not same.any():
        return result
    # Sorted by member, then gap: one 32-bit key (a gap is shorter than the window).
    stride = int(day.max() - day.min()) + 1
    keys = member[1:][same] * np.int32(stride) + (day[1:] - day[:-1])[same]
    keys.sort()
    owner, gaps = keys // stride, keys % stride
    del keys
    sizes = np.bincount(owner, minlength=count)
    has = sizes > 0
    starts = (np.cumsum(sizes) - sizes)[has]
    sizes = sizes[has]
    low = gaps[starts + (sizes - 1) // 2]
    high = gaps[starts + sizes // 2]
    result[has] = low + high
    return result
