"""Every member's activity over a span of days, read for the segmentation.

Four queries run side by side, each on its own read-only connection (SQLite
releases the GIL while it works): the members, their consumption (ledger
`consume` rows, from the covering index `ix_ledger_member_activity`), their
check-ins (from `ix_visits_member`) and, for the few members whose figures
need more care, an exact reading. The fast reading of consumption does not
look for reversals or imported history: a member with a reversed consumption
or with imported history is read again exactly (a reversed consumption does
not count; imported history counts like the ledger's own), and the exact
reading replaces the fast one.

Days are day numbers (days since 1970-01-01: `unixepoch(day) / 86400` of the
date part, exact for any time of the day). Times are compared as the text
SQLAlchemy stores ("2026-11-22 18:30:00.000000"): a day "2026-11-22" sorts
before every time of it.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from clubcrm.db.snapshot import connect_for_checks

_DAY = "unixepoch(substr({}, 1, 10)) / 86400"
# Members as of the end of the span, not merged into another record, not
# archived or anonymised.
_MEMBERS_SQL = """
SELECT m.id, unixepoch(m.joined_on) / 86400,
       m.id IN (SELECT member_id FROM cards WHERE opened_at < :end)
FROM members m
WHERE m.merged_into_id IS NULL AND m.status IN ('active', 'frozen') AND m.joined_on < :end
ORDER BY m.id
"""
# The last consumption and check-in before the span, of members without
# activity within it (the others' last day is in the span): a few index rows
# each. A reversed consumption is not the last one; imported history counts.
_LAST_BEFORE_SQL = f"""
SELECT j.value,
       {_DAY.format("nullif(max(coalesce((SELECT max(at) FROM ledger WHERE member_id = j.value "
                    "AND kind = 'consume' AND at < :start "
                    "AND id NOT IN (SELECT value FROM json_each(:reversed))), ''), "
                    "coalesce((SELECT max(at) FROM history_consumption "
                    "WHERE member_id = j.value AND at < :start), '')), '')")},
       {_DAY.format("(SELECT max(at) FROM visits WHERE member_id = j.value AND at < :start "
                    "AND undone_at IS NULL)")}
FROM json_each(:members) j
"""
_CONSUMPTION_SQL = f"""
SELECT member_id, group_concat({_DAY.format("at")}), sum(list_fen - discount_fen),
       sum(CASE WHEN at >= :ticket_start THEN list_fen - discount_fen ELSE 0 END)
FROM ledger INDEXED BY ix_ledger_member_activity
WHERE kind = 'consume' AND at >= :start AND at < :end AND member_id IS NOT NULL
GROUP BY member_id
"""
_VISITS_SQL = f"""
SELECT member_id, group_concat({_DAY.format("at")})
FROM visits INDEXED BY ix_visits_member
WHERE undone_at IS NULL AND at >= :start AND at < :end AND member_id IS NOT NULL
GROUP BY member_id
"""
# Who needs the exact reading: consumption reversed before the span's end, or
# history. CROSS JOIN: from the few reversals to what they reverse, not the
# other way round (the planner chose to scan every consumption).
_CAREFUL_SQL = """
SELECT k.member_id, k.id FROM ledger r INDEXED BY ix_ledger_reverses
CROSS JOIN ledger k ON k.id = r.reverses_id
WHERE r.reverses_id IS NOT NULL AND r.at < :end AND k.kind = 'consume'
UNION ALL
SELECT DISTINCT member_id, NULL FROM history_consumption WHERE at < :end
"""
_EXACT_SQL = f"""
SELECT member_id, group_concat({_DAY.format("at")}), sum(value),
       sum(CASE WHEN at >= :ticket_start THEN value ELSE 0 END)
FROM (
    SELECT member_id, at, list_fen - discount_fen AS value FROM ledger
    WHERE kind = 'consume' AND at >= :start AND at < :end
      AND member_id IN (SELECT value FROM json_each(:members))
      AND id NOT IN (SELECT value FROM json_each(:reversed))
    UNION ALL
    SELECT member_id, at, amount_fen FROM history_consumption
    WHERE at >= :start AND at < :end AND member_id IN (SELECT value FROM json_each(:members))
)
GROUP BY member_id
"""


@dataclass(frozen=True, slots=True)
class Span:
    start: date  # the first day counted
    ticket_start: date  # the first day of the shorter span spend is also summed over
    end: date  # the day after the last day counted

    def parameters(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "ticket_start": self.ticket_start.isoformat(),
                "end": self.end.isoformat()}


@dataclass(slots=True)
class Activity:
    """What the span holds, as plain rows (day numbers, fen)."""

    # (member id, day joined, has a card, last consumption day, last check-in day), by id;
    # the last days are given only for members without activity in the span
    # (the others' last day is among their days).
    members: list[tuple[int, int, bool, int | None, int | None]]
    # member id -> (days of consumption within the span, its value, the value since ticket_start)
    consumption: dict[int, tuple[str, int, int]] = field(default_factory=dict)
    visits: dict[int, str] = field(default_factory=dict)  # member id -> days of check-ins


def read_activity(path: Path, span: Span) -> Activity:
    """Every counted member with their activity within the span."""
    parameters = span.parameters()
    with ThreadPoolExecutor(max_workers=3) as pool:
        consumption = pool.submit(_query, path, _CONSUMPTION_SQL, parameters)
        members = pool.submit(_query, path, _MEMBERS_SQL, parameters)
        visits = pool.submit(_query, path, _VISITS_SQL, parameters)
        exact = pool.submit(_exact_consumption, path, parameters)
        activity = Activity([(*row, None, None) for row in members.result()])
        activity.visits = {member_id: days for member_id, days in visits.result()}
        activity.consumption = {row[0]: row[1:] for row in consumption.result()}
        careful, reversed_ids, exact_rows = exact.result()
        _apply_exact(activity, careful, exact_rows)
    _add_last_before(path, activity, {**parameters, "reversed": json.dumps(reversed_ids)})
    return activity


def _query(path: Path, sql: str, parameters: dict[str, Any]) -> list[Any]:
    connection = connect_for_checks(path)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def _exact_consumption(path: Path, parameters: dict[str, str]
                       ) -> tuple[list[int], list[int], list[tuple[Any, ...]]]:
    """The members read exactly, the reversed consumption rows, the exact rows."""
    careful = _query(path, _CAREFUL_SQL, parameters)
    members = sorted({member_id for member_id, _ in careful})
    reversed_ids = [row_id for _, row_id in careful if row_id is not None]
    if not members:
        return [], [], []
    return members, reversed_ids, _query(path, _EXACT_SQL, {
        **parameters, "members": json.dumps(members), "reversed": json.dumps(reversed_ids)})


def _add_last_before(path: Path, activity: Activity, parameters: dict[str, str]) -> None:
    inactive = [member[0] for member in activity.members
                if not activity.visits.get(member[0])
                and not activity.consumption.get(member[0], ("",))[0]]
    if not inactive:
        return
    last = {row[0]: row[1:] for row in _query(path, _LAST_BEFORE_SQL, {
        **parameters, "members": json.dumps(inactive)})}
    for index, member in enumerate(activity.members):
        if (found := last.get(member[0])) is not None:
            activity.members[index] = (*member[:3], *found)


def _apply_exact(activity: Activity, careful: list[int], rows: list[tuple[Any, ...]]) -> None:
    """The exact reading of the careful members replaces the fast one; a member
    whose every consumption in the span was reversed has no exact row, and no
    consumption in it."""
    exact = {row[0]: row[1:] for row in rows}
    for member_id in careful:
        days, spend, ticket_spend = exact.get(member_id, ("", 0, 0))
        activity.consumption[member_id] = (days or "", spend, ticket_spend)
