"""Visits by day and by hour of day, with the busiest hours (check-ins that
were undone do not count)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from clubcrm.domain.reports import Chart, ChartKind, Column, ColumnKind, Section, Table, total_row
from clubcrm.domain.translatable import N_
from clubcrm.services.report_source import ReportSource, t

INT = ColumnKind.INT
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
BUSIEST = 3
FIRST_HOUR, LAST_HOUR = 6, 22  # shown at least; visits outside widen the range


def section(source: ReportSource) -> Section:
    rows = source.rows(
        "SELECT date(at), CAST(strftime('%H', at) AS INTEGER), COUNT(*), SUM(guests), "
        "SUM(member_id IS NULL) FROM visits WHERE at >= ? AND at < ? AND undone_at IS NULL "
        "GROUP BY 1, 2", source.bounds)
    days: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    hours = [0] * 24
    grid: dict[tuple[int, int], int] = defaultdict(int)
    for day, hour, count, guests, walk_ins in rows:
        days[day] = [a + b for a, b in zip(days[day], (count, guests, walk_ins), strict=True)]
        hours[hour] += count
        grid[_weekday(day), hour] += count
    by_day = _day_table(source, days)
    shown = _hours_shown(hours)
    by_hour_columns = (Column(t(N_("Hour")), width=10), Column(t(N_("Visits")), INT, 10))
    by_hour_rows = tuple((f"{hour:02d}:00", hours[hour]) for hour in shown)
    by_hour = Table(t(N_("Visits by hour of day")), by_hour_columns, by_hour_rows,
                    total_row(t(N_("Total")), by_hour_columns, by_hour_rows))
    return Section("visits", t(N_("Visits")), tables=(by_day, by_hour), charts=(
        Chart("visits_by_day", ChartKind.BARS, t(N_("Visits by day")),
              tuple(f"{row[0]:%d}" if source.period.is_month else f"{row[0]:%m-%d}"
                    for row in by_day.rows),
              ((t(N_("Visits")), tuple(int(row[1] or 0) for row in by_day.rows)),)),
        Chart("visits_heatmap", ChartKind.HEATMAP, t(N_("Visits by weekday and hour")),
              tuple(f"{hour}" for hour in shown),
              tuple((t(name), tuple(grid[weekday, hour] for hour in shown))
                    for weekday, name in enumerate(WEEKDAYS))),
    ), notes=(_busiest(hours),))


def _weekday(day: str) -> int:
    return date.fromisoformat(day).weekday()


def _day_table(source: ReportSource, days: dict[str, list[int]]) -> Table:
    columns = (Column(t(N_("Day")), ColumnKind.DATE, 12), Column(t(N_("Visits")), INT, 10),
               Column(t(N_("Guests")), INT, 10), Column(t(N_("Walk-in visitors")), INT, 10))
    rows = tuple((day, *days[day.isoformat()]) for day in source.period.each_day())
    return Table(t(N_("Visits by day")), columns, rows, total_row(t(N_("Total")), columns, rows))


def _hours_shown(hours: list[int]) -> range:
    busy = [hour for hour, count in enumerate(hours) if count]
    return range(min([FIRST_HOUR, *busy]), max([LAST_HOUR, *busy]) + 1)


def _busiest(hours: list[int]) -> str:
    ranked = sorted((hour for hour in range(24) if hours[hour]), key=lambda h: (-hours[h], h))
    if not ranked:
        return t(N_("No visits in this period."))
    return t(N_("Busiest hours: {hours}."), hours=", ".join(
        f"{hour:02d}:00–{hour + 1:02d}:00 ({hours[hour]})" for hour in ranked[:BUSIEST]))
