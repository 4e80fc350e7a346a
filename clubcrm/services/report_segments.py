"""Segments: how the members divide by primary segment, value grade and
lifecycle stage as of the period's last day (members and their spend), and
how they moved between segments since the end of the month before.

The figures are the segmentation's own (`clubcrm.services.segmentation`,
README "Segments: how each figure is defined"), computed once per report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from clubcrm.domain.reports import (
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    Section,
    Table,
    ratio_permille,
    total_row,
)
from clubcrm.domain.translatable import N_
from clubcrm.segmentation.explain import GRADE_NAMES, SEGMENT_NAMES, STAGE_NAMES
from clubcrm.segmentation.model import SEGMENTS, Lifecycle, Segment, ValueGrade
from clubcrm.services.report_source import ReportSource, t

if TYPE_CHECKING:
    from clubcrm.services.report_segment_figures import SegmentFigures
    from clubcrm.services.segment_snapshots import Movement
    from clubcrm.services.segmentation import Tile

INT, MONEY, PERCENT = ColumnKind.INT, ColumnKind.MONEY, ColumnKind.PERCENT
# Each family of tiles: its family key, the table's title, its first column, the names.
FAMILIES: tuple[tuple[str, str, str, Callable[[str], str]], ...] = (
    ("segment", N_("Members and spend by primary segment as of {date}"), N_("Segment"),
     lambda key: SEGMENT_NAMES[Segment(key)]),
    ("grade", N_("Members and spend by value grade as of {date}"), N_("Value grade"),
     lambda key: GRADE_NAMES[ValueGrade(key)]),
    ("lifecycle", N_("Members and spend by lifecycle stage as of {date}"),
     N_("Lifecycle stage"), lambda key: STAGE_NAMES[Lifecycle(key)]),
)


def section(source: ReportSource) -> Section:
    figures = source.segments()
    day = figures.as_of.isoformat()
    tables = [_distribution(figures, family, t(title, date=day), t(first), name)
              for family, title, first, name in FAMILIES]
    notes = [t(N_("Segments as of {date}, as the segments view computes them: each member "
                  "counts once, in their primary segment; spend is their consumption in the "
                  "{months} months up to that day. Value grade: members ranked by that spend, "
                  "the first {vip}% of it VIP, the next {a}% A, the next {b}% B, the rest C. "
                  "Archived and merged members are not counted."),
               date=day, months=figures.thresholds.window_months,
               vip=figures.thresholds.grade_vip_pct, a=figures.thresholds.grade_a_pct,
               b=figures.thresholds.grade_b_pct)]
    if figures.kept:
        notes.append(t(N_("As kept when the month was over: corrections made since, to the "
                          "data or to the thresholds, do not change this month's segments.")))
    if figures.movement is None:
        notes.append(t(N_("No movement: the club had no members at the end of the month "
                          "before.")))
    else:
        tables.append(_movement_table(figures.movement, day))
        notes.append(t(N_("Movement: each member's primary segment at the end of {month} "
                          "(kept when that month was over) against {date}. Members who "
                          "joined since count as moved in; members no longer counted "
                          "(archived or merged) as moved out."),
                       month=figures.movement.since_month, date=day))
    return Section("segments", t(N_("Segments")), tables=tuple(tables),
                   charts=(_chart(figures, day),), notes=tuple(notes))


def _distribution(figures: SegmentFigures, family: str, title: str, first: str,
                  name: Callable[[str], str]) -> Table:
    tiles: tuple[Tile, ...] = figures.tiles_of(family)
    columns = (Column(first, width=20), Column(t(N_("Members")), INT, 10),
               Column(t(N_("Share of members")), PERCENT, 12),
               Column(t(N_("Spend")), MONEY, 15), Column(t(N_("Share of spend")), PERCENT, 12))
    rows = tuple((t(name(tile.key)), tile.members,
                  ratio_permille(tile.members, tile.total_members), tile.spend_fen,
                  ratio_permille(tile.spend_fen, tile.total_spend_fen)) for tile in tiles)
    return Table(title, columns, rows, total_row(t(N_("Total")), columns, rows))


def _movement_table(movement: Movement, day: str) -> Table:
    columns = (Column(t(N_("Segment")), width=20),
               Column(t(N_("At the end of {month}"), month=movement.since_month), INT, 12),
               Column(t(N_("Moved in")), INT, 10), Column(t(N_("Moved out")), INT, 10),
               Column(t(N_("As of {date}"), date=day), INT, 12),
               Column(t(N_("Change")), INT, 10))
    rows = []
    for segment in SEGMENTS:
        before, after = _counts(movement, segment)
        rows.append((t(SEGMENT_NAMES[segment]), before, movement.moved_in(segment),
                     movement.moved_out(segment), after, after - before))
    return Table(t(N_("Movement between primary segments since the end of {month}"),
                   month=movement.since_month), columns, tuple(rows),
                 total_row(t(N_("Total")), columns, rows))


def _counts(movement: Movement, segment: Segment) -> tuple[int, int]:
    """The members in `segment` at the end of the month before, and now."""
    return (sum(n for (old, _new), n in movement.counts.items() if old == segment),
            sum(n for (_old, new), n in movement.counts.items() if new == segment))


def _chart(figures: SegmentFigures, day: str) -> Chart:
    names = tuple(t(SEGMENT_NAMES[segment]) for segment in SEGMENTS)
    now = tuple(figures.members_in("segment", segment.value) for segment in SEGMENTS)
    series = [(t(N_("As of {date}"), date=day), now)]
    if figures.movement is not None:
        movement = figures.movement
        series.insert(0, (t(N_("End of {month}"), month=movement.since_month),
                          tuple(_counts(movement, segment)[0] for segment in SEGMENTS)))
    return Chart("segments", ChartKind.BARS, t(N_("Members by primary segment")), names,
                 tuple(series))
