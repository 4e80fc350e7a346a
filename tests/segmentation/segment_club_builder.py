"""Small hand-written clubs for the segmentation rules, without a database.

A `Person` lists what happened to one member (purchases with their value,
check-in days); `segment` turns the people into the plain rows the database
would give (`db/segment_activity.py`: a members row, days as comma-separated
day numbers, spend sums) and runs the real figures and rules over them. Only
activity inside the main window reaches the day texts, as the SQL reads it;
the last activity day is taken over all of it, as the SQL does ("ever").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from clubcrm.segmentation.figures import ClubFigures, club_figures
from clubcrm.segmentation.model import MemberSegments, Thresholds, Windows, day_number
from clubcrm.segmentation.rules import Segmentation, segment_club

DEFAULTS = Thresholds()
AS_OF = date(2026, 11, 22)  # README's example: the last 12 months are 2025-11-23 … 2026-11-22


def ago(days: int, as_of: date = AS_OF) -> date:
    return as_of - timedelta(days=days)


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    joined: date = date(2020, 1, 1)
    buys: tuple[tuple[date, int], ...] = ()  # (day, value in fen)
    visits: tuple[date, ...] = ()  # check-in days
    card: bool = True


def active(person_id: int, days: Sequence[date], spend_fen: int, **fields: object) -> Person:
    """A member who spent `spend_fen` on the last of `days` and checked in on the others."""
    last = max(days)
    return Person(person_id, buys=((last, spend_fen),),
                  visits=tuple(day for day in days if day != last), **fields)  # type: ignore[arg-type]


def rows_of(people: Iterable[Person], windows: Windows
            ) -> tuple[list[tuple[int, int, bool, int | None, int | None]],
                       dict[int, tuple[str, int, int]], dict[int, str]]:
    """The members rows, consumption and visits as `read_activity` gives them."""
    members, consumption, visits = [], {}, {}
    for person in sorted(people, key=lambda p: p.id):
        days = [day for day, _ in person.buys] + list(person.visits)
        assert all(day <= windows.as_of for day in days), "activity after the as-of date"
        members.append((person.id, day_number(person.joined), person.card,
                        max((day_number(d) for d, _ in person.buys), default=None),
                        max((day_number(d) for d in person.visits), default=None)))
        bought = [(day_number(d), fen) for d, fen in person.buys
                  if day_number(d) >= windows.first]
        if bought:
            consumption[person.id] = (
                ",".join(str(day) for day, _ in bought), sum(fen for _, fen in bought),
                sum(fen for day, fen in bought if day >= windows.ticket_first))
        seen = [day_number(d) for d in person.visits if day_number(d) >= windows.first]
        if seen:
            visits[person.id] = ",".join(str(day) for day in seen)
    return members, consumption, visits


def figures_of(people: Iterable[Person], as_of: date = AS_OF,
               thresholds: Thresholds = DEFAULTS) -> ClubFigures:
    windows = Windows.of(as_of, thresholds)
    return club_figures(*rows_of(people, windows), windows)


def segment(people: Iterable[Person], as_of: date = AS_OF,
            thresholds: Thresholds = DEFAULTS) -> Segmentation:
    windows = Windows.of(as_of, thresholds)
    return segment_club(club_figures(*rows_of(people, windows), windows), windows, thresholds)


def member(segmentation: Segmentation, member_id: int) -> MemberSegments:
    index = segmentation.index_of(member_id)
    assert index is not None, f"member {member_id} is not counted"
    return segmentation.member(index)


def having(segmentation: Segmentation, check: object) -> set[int]:
    """The ids of the members for whom `check(result)` is true."""
    return {result.member_id for result in map(segmentation.member, range(len(segmentation)))
            if check(result)}  # type: ignore[operator]
