"""Every member's figures at once, as columns (numpy arrays, one entry per member).

A club has 100,000 members and over a million activity days in a year: the
figures are counted in bulk (sort, bincount, searchsorted) rather than member
by member, which keeps a whole segmentation within a few seconds.

An activity day is a day with consumption or a check-in. The days arrive as
text, comma-separated day numbers per member ("20410,20415"), the way the
database's group_concat gives them; repeats are allowed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from clubcrm.segmentation.model import Windows

NEVER = -(1 << 40)  # the day number of "no activity ever"

MemberRow = tuple[int, int, bool, "int | None", "int | None"]
"""(member id, day joined, has a card, last consumption day, last check-in day);
the last days may be left out (None) for members active in the window."""


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



def club_figures(members: Sequence[MemberRow],
                 consumption: Mapping[int, tuple[str, int, int]],
                 visits: Mapping[int, str], windows: Windows) -> ClubFigures:
    """The figures of `members` (ordered by id) from their activity in the windows;
    activity of anybody not in `members` is left out."""
    count = len(members)
    columns = np.array([row[:3] for row in members], dtype=np.int64).reshape(count, 3)
    ids, joined = columns[:, 0].copy(), columns[:, 1].copy()
    last = np.array([max(row[3] or NEVER, row[4] or NEVER) for row in members], np.int64)
    spender, consumed = _owners(ids, consumption)
    spend = np.zeros(count, np.int64)
    ticket_spend = np.zeros(count, np.int64)
    spend[spender] = [consumption[key][1] for key in consumed]
    ticket_spend[spender] = [consumption[key][2] for key in consumed]
    visitor, visited = _owners(ids, visits)
    texts = [consumption[key][0] for key in consumed] + [visits[key] for key in visited]
    owners = np.concatenate([spender, visitor]).tolist()
    member, day = _distinct_days(texts, owners, windows)
    ends = np.flatnonzero(np.r_[member[1:] != member[:-1], True]) if len(member) else member
    last[member[ends]] = np.maximum(last[member[ends]], day[ends])  # the last day in the window
    counts = _counts(member, day, joined, windows, count)
    ticket_days = counts["ticket_days"]
    ticket = np.where(ticket_days > 0, ticket_spend // np.maximum(ticket_days, 1), -1)
    return ClubFigures(ids, joined, columns[:, 2].astype(bool), last, spend, ticket_spend,
                       gap2=_median_gaps2(member, day, count), ticket=ticket, **counts)


def _owners(ids: np.ndarray, by_member: Mapping[int, object]) -> tuple[np.ndarray, list[int]]:
    """The index in `ids` of each member of `by_member` that is there, and their keys."""
    keys = np.fromiter(by_member.keys(), np.int64, len(by_member))
    at = np.minimum(np.searchsorted(ids, keys), max(len(ids) - 1, 0))
    found = ids[at] == keys if len(ids) else np.zeros(len(keys), bool)
    return at[found], keys[found].tolist()


def _distinct_days(texts: list[str], owners: list[int], windows: Windows
                   ) -> tuple[np.ndarray, np.ndarray]:
    """(member index, day) of each distinct activity day, sorted by member then day.

    The texts are parsed in one go: each is preceded by its owner's index as a
    negative number (−1 − index), which tells where one member's days end."""
    stream = ",".join(f"{-1 - owner},{text}" for owner, text in zip(owners, texts, strict=True)
                      if text)
    if not stream:
        return np.zeros(0, np.int32), np.zeros(0, np.int32)
    values = np.fromstring(stream, dtype=np.int32, sep=",")
    del stream
    marker = values < 0
    group = np.cumsum(marker) - 1
    member = (-1 - values[marker])[group[~marker]]
    del group
    # 32-bit keys (member index × days in the window + day) keep the sort small;
    # a window of 2 years over 2,000,000 members still fits.
    stride = windows.last - windows.first + 1
    keys = member * np.int32(stride) + (values[~marker] - np.int32(windows.first))
    del member, values, marker
    keys.sort()
    keys = keys[np.r_[True, keys[1:] != keys[:-1]]]
    return keys // stride, keys % stride + np.int32(windows.first)


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
    owner = member[1:][same]
    gaps = (day[1:] - day[:-1])[same]
    result = np.full(count, -1, np.int64)
    if not len(gaps):
        return result
    order = np.lexsort((gaps, owner))
    owner, gaps = owner[order], gaps[order]
    sizes = np.bincount(owner, minlength=count)
    has = sizes > 0
    starts = (np.cumsum(sizes) - sizes)[has]
    sizes = sizes[has]
    low = gaps[starts + (sizes - 1) // 2]
    high = gaps[starts + sizes // 2]
    result[has] = low + high
    return result
