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

Days are day numbers (days since 1970-01-01, from `unixepoch()`, exact for any
time of the day). A member's days come as one text,
led by the member's id made negative ("-17,20390,20391"), so that all of them
can be parsed in one go. Rows are kept as arrays and texts, not as Python
objects per value: the reading of 100,000 members stays small. Times are compared as the text
SQLAlchemy stores ("2026-11-22 18:30:00.000000"): a day "2026-11-22" sorts
before every time of it.
"""

from __future__ import annotations

import json
from array import array
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from clubcrm.db.snapshot import connect_for_checks

BATCH = 5_000
CACHE_KIB = 256
# unixepoch() of a time rounds to the millisecond, which can carry 23:59:59.9995 into the
# next day: one second less on that one second of a day. (substr() to the date instead
# allocates a string per row, and four readings at once wait on SQLite's allocator.)
_DAY = "(unixepoch({0}) - (substr({0}, 12, 8) = '23:59:59')) / 86400"
_DAYS = f"'-' || member_id || ',' || group_concat({_DAY.format('at')})"
# Members as of the end of the span, not merged into another record, not
# archived or anonymised.
_MEMBERS_SQL = """
SELECT m.id, unixepoch(m.joined_on) / 86400,
       m.id IN (SELECT member_id FROM cards WHERE opened_at < :end)
FROM members m
WHERE m.merged_into_id IS NULL AND m.status IN ('active', 'frozen') AND m.joined_on < :end
ORDER BY m.id
"""
_CONSUMPTION_SQL = f"""
SELECT member_id, sum(list_fen - discount_fen),
       sum(CASE WHEN at >= :ticket_start THEN list_fen - discount_fen ELSE 0 END), {_DAYS}
FROM ledger INDEXED BY ix_ledger_member_activity
WHERE kind = 'consume' AND at >= :start AND at < :end AND member_id IS NOT NULL
GROUP BY member_id
"""
_VISITS_SQL = f"""
SELECT member_id, {_DAYS}
FROM visits INDEXED BY ix_visits_member
WHERE undone_at IS NULL AND at >= :start AND at < :end AND member_id IS NOT NULL
GROUP BY member_id
"""
# Who needs the exact reading: consumption reversed before the span's end (a
# walk-in's has no member), or history. CROSS JOIN: from the few reversals to what they reverse, not the
# other way round (the planner chose to scan every consumption).
_CAREFUL_SQL = """
SELECT k.member_id, k.id FROM ledger r INDEXED BY ix_ledger_reverses
CROSS JOIN ledger k ON k.id = r.reverses_id
WHERE r.reverses_id IS NOT NULL AND r.at < :end AND k.kind = 'consume'
  AND k.member_id IS NOT NULL
UNION ALL
SELECT DISTINCT member_id, NULL FROM history_consumption WHERE at < :end
"""
_EXACT_SQL = f"""
SELECT member_id, sum(value), sum(CASE WHEN at >= :ticket_start THEN value ELSE 0 END), {_DAYS}
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
    """What the span holds, in columns (day numbers, fen)."""

    member_ids: array = field(default_factory=lambda: array("q"))  # counted members, by id
    joined: array = field(default_factory=lambda: array("q"))  # the day each joined
    has_card: array = field(default_factory=lambda: array("b"))  # had a card by the end
    spenders: array = field(default_factory=lambda: array("q"))  # ids with consumption
    spend: array = field(default_factory=lambda: array("q"))  # ... its value in the span
    ticket_spend: array = field(default_factory=lambda: array("q"))  # ... since ticket_start
    days: list[str] = field(default_factory=list)  # "-id,day,day…" of consumption, check-ins
    # Members without activity in the span: (last consumption day, last check-in day) before
    # it, by id (a survivor's merged records too).
    last_before: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    # A record merged into another -> the member it ended in: its rows count for them.
    aliases: dict[int, int] = field(default_factory=dict)


def read_activity(path: Path, span: Span) -> Activity:
    """Every counted member with their activity within the span."""
    parameters = span.parameters()
    careful = _query(path, _CAREFUL_SQL, parameters)
    careful_ids = {member_id for member_id, _ in careful}
    reversed_ids = json.dumps([row_id for _, row_id in careful if row_id is not None])
    exact_parameters = {**parameters, "members": json.dumps(sorted(careful_ids)),
                        "reversed": reversed_ids}
    with ThreadPoolExecutor(max_workers=3) as pool:
        consumption = pool.submit(_columns, path, _CONSUMPTION_SQL, parameters, "qqqs",
                                  skip=careful_ids)
        members = pool.submit(_columns, path, _MEMBERS_SQL, parameters, "qqb")
        visits = pool.submit(_columns, path, _VISITS_SQL, parameters, "qs")
        exact = pool.submit(_columns, path, _EXACT_SQL, exact_parameters, "qqqs")
        member_ids, joined, has_card = members.result()
        activity = Activity(member_ids, joined, has_card, aliases=_aliases(path))
        for part in (consumption.result(), exact.result()):
            activity.spenders.extend(part[0])
            activity.spend.extend(part[1])
            activity.ticket_spend.extend(part[2])
            activity.days.extend(part[3])
        visitors, visit_days = visits.result()
        activity.days.extend(visit_days)
    aliases = activity.aliases
    active = {aliases.get(member_id, member_id)
              for member_id in (*activity.spenders, *visitors)}
    inactive = {member_id for member_id in activity.member_ids if member_id not in active}
    asked = [*inactive, *(merged for merged, survivor in aliases.items() if survivor in inactive)]
    if asked:
        rows = _query(path, _LAST_BEFORE_SQL, {**parameters, "reversed": reversed_ids,
                                               "members": json.dumps(asked)})
        activity.last_before = {row[0]: (row[1], row[2]) for row in rows}
    return activity


def _aliases(path: Path) -> dict[int, int]:
    """Each merged record and the member it ended in (merges can chain)."""
    merged = dict(_query(path, "SELECT id, merged_into_id FROM members "
                               "WHERE merged_into_id IS NOT NULL", {}))
    aliases = {}
    for member_id, survivor in merged.items():
        seen = {member_id}
        while survivor in merged and survivor not in seen:  # a cycle would be a bug: stop
            seen.add(survivor)
            survivor = merged[survivor]
        aliases[member_id] = survivor
    return aliases


def _connect(path: Path) -> Any:
    """A read-only connection with a small page cache: these reads scan each
    page once (the OS caches the file), and four connections run at once."""
    connection = connect_for_checks(path)
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return connection


def _query(path: Path, sql: str, parameters: dict[str, Any]) -> list[Any]:
    connection = _connect(path)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def _columns(path: Path, sql: str, parameters: dict[str, Any], kinds: str, *,
             skip: set[int] = frozenset()) -> list[Any]:  # type: ignore[assignment]
    """The rows as columns: an array per number ("q", "b" for array's type
    codes), a list per text ("s"); rows whose first value is in `skip` are
    left out. Read a batch at a time, so no list of row tuples is ever held."""
    columns: list[Any] = [[] if kind == "s" else array(kind) for kind in kinds]
    appenders = [column.append for column in columns]
    connection = _connect(path)
    try:
        cursor = connection.execute(sql, parameters)
        while batch := cursor.fetchmany(BATCH):
            for row in batch:
                if row[0] not in skip:
                    for append, value in zip(appenders, row, strict=True):
                        append(value)
    finally:
        connection.close()
    return columns
