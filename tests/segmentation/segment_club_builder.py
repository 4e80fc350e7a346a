"""Small hand-written clubs for the segmentation rules, without a database.

A `Person` lists what happened to one member (purchases with their value,
check-in days); `segment` turns the people into the activity the database
would give (`db/segment_activity.py`: the members in columns, days as
comma-separated day numbers led by the member's id made negative, spend sums)
and runs the real figures and rules over them. Only
activity inside the main window reaches the day texts, as the SQL reads it;
the last activity day is taken over all of it, as the SQL does ("ever").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from clubcrm.db.segment_activity import Activity
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


def activity_of(people: Iterable[Person], windows: Windows) -> Activity:
    """The club's activity as `read_activity` gives it: the members, the days
    within the window led by the member's id made negative, the spend sums, and
    the last days before the window of those without activity in it."""
    activity = Activity()
    for person in sorted(people, key=lambda p: p.id):
        days = [day for day, _ in person.buys] + list(person.visits)
        assert all(day <= windows.as_of for day in days), "activity after the as-of date"
        activity.member_ids.append(person.id)
        activity.joined.append(day_number(person.joined))
        activity.has_card.append(person.card)
        bought = [(day_number(d), fen) for d, fen in person.buys
                  if day_number(d) >= windows.first]
        if bought:
            activity.spenders.append(person.id)
            activity.spend.append(sum(fen for _, fen in bought))
            activity.ticket_spend.append(sum(fen for day, fen in bought
                                             if day >= windows.ticket_first))
            activity.days.append(",".join([str(-person.id), *(str(day) for day, _ in bought)]))
        seen = [day_number(d) for d in person.visits if day_number(d) >= windows.first]
        if seen:
            activity.days.append(",".join([str(-person.id), *map(str, seen)]))
        if not bought and not seen:
            activity.last_before[person.id] = (
                max((day_number(d) for d, _ in person.buys), default=None),
                max((day_number(d) for d in person.visits), default=None))
    return activity


def figures_of(people: Iterable[Person], as_of: date = AS_OF,
               thresholds: Thresholds = DEFAULTS) -> ClubFigures:
    windows = Windows.of(as_of, thresholds)
    return club_figures(activity_of(people, windows), windows)


def segment(people: Iterable[Person], as_of: date = AS_OF,
            thresholds: Thresholds = DEFAULTS) -> Segmentation:
    windows = Windows.of(as_of, thresholds)
    return segment_club(club_figures(activity_of(people, windows), windows), windows, thresholds)


def member(segmentation: Segmentation, member_id: int) -> MemberSegments:
    index = segmentation.index_of(member_id)
    assert index is not None, f"member {member_id} is not counted"
    return segmentation.member(index)


def having(segmentation: Segmentation, check: object) -> set[int]:
    """The ids of the members for whom `check(result)` is true."""
    return {result.member_id for result in map(segmentation.member, range(len(segmentation)))
            if check(result)}  # type: ignore[operator]
