"""The optimised reading of the segmentation (`db/segment_activity.read_activity`:
a fast query that ignores reversals and history, and an exact re-reading of the
members who have either) against a straightforward recomputation in Python
from the raw rows of the same file, for random small clubs.

The rows are written with plain sqlite3 rather than the services, so any
shape the data can take is tried: times at midnight and a microsecond before,
window edges, reversals before and after the as-of date, consumption of
walk-ins, other ledger kinds, imported history, undone check-ins, members who
joined after the date, archived or anonymised, cards opened after it."""

from __future__ import annotations

import functools
import itertools
import shutil
import sqlite3
import statistics
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clubcrm.db.segment_activity import Span, read_activity
from clubcrm.domain.ledger import stored_time
from clubcrm.segmentation.figures import club_figures
from clubcrm.segmentation.model import Thresholds, Windows
from clubcrm.segmentation.rules import segment_club
from clubcrm.services.club import open_club

AS_OF_DATES = (date(2026, 11, 22), date(2026, 3, 31), date(2024, 2, 29), date(2025, 12, 31))
CLOCKS = (time(0, 0), time(0, 0, 0, 1), time(9, 30), time(23, 59, 59, 999999))
STATUSES = ("active", "active", "frozen", "archived", "anonymised")
KINDS = ("consume", "consume", "consume", "consume", "recharge", "refund", "open", "adjust")


@functools.cache
def _empty_club() -> Path:
    """A new club file (schema and owner only), copied for every example."""
    path = Path(tempfile.mkdtemp(prefix="clubcrm-segsql-")) / "club.sqlite"
    open_club(path).close()
    return path


@dataclass(frozen=True)
class Club:
    as_of: date
    members: list[tuple[int, str, int | None]]  # (joined, days from D; status; card opened)
    ledger: list[tuple[int | None, str, datetime, int, int, datetime | None]]
    history: list[tuple[int, datetime, int]]
    visits: list[tuple[int | None, datetime, datetime | None]]


@st.composite
def clubs(draw: st.DrawFn) -> Club:
    as_of = draw(st.sampled_from(AS_OF_DATES))
    edges = [(as_of - (as_of - relativedelta(months=months))).days
             for months in (3, 6, 9, 12)]
    offset = st.one_of(st.integers(-440, 2), st.sampled_from(
        [n + shift for n in (0, 180, 181, *edges) for shift in (-1, 0, 1)]))

    def moment() -> datetime:
        return datetime.combine(as_of - timedelta(days=draw(offset)), draw(st.sampled_from(CLOCKS)))

    count = draw(st.integers(1, 6))
    members = [(draw(st.one_of(st.integers(0, 500), st.sampled_from([-1, 0, 1]))),
                draw(st.sampled_from(STATUSES)),
                draw(st.none() | offset)) for _ in range(count)]
    someone = st.none() | st.integers(0, count - 1)
    ledger = []
    for _ in range(draw(st.integers(0, 14))):
        when = moment()
        value = draw(st.integers(0, 30000))
        reversed_at = None
        if draw(st.booleans()):
            reversed_at = when + timedelta(days=draw(st.integers(0, 40)),
                                           hours=draw(st.integers(0, 20)))
        ledger.append((draw(someone), draw(st.sampled_from(KINDS)), when, value,
                       draw(st.integers(0, value)), reversed_at))
    history = [(draw(st.integers(0, count - 1)), moment(), draw(st.integers(0, 30000)))
               for _ in range(draw(st.integers(0, 5)))]
    visits = []
    for _ in range(draw(st.integers(0, 10))):
        when = moment()
        undone = when + timedelta(minutes=draw(st.integers(1, 60 * 24 * 5))) \
            if draw(st.booleans()) else None
        visits.append((draw(someone), when, undone))
    return Club(as_of, members, ledger, history, visits)


def write(club: Club, path: Path) -> list[int]:
    """The club's rows into a copy of the empty club; the members' ids."""
    shutil.copy(_empty_club(), path)
    connection = sqlite3.connect(path)
    now = stored_time(datetime(2026, 11, 23))
    ids = []
    for n, (joined, status, card) in enumerate(club.members):
        ids.append(connection.execute(
            "INSERT INTO members (member_no, name, name_initials, name_pinyin, phone, phone_rev, "
            "gender, joined_on, source_channel, notes, marketing_consent, status, created_at, "
            "updated_at) VALUES (?, '会员', 'HY', 'huiyuan', ?, ?, 'unknown', ?, '', '', 0, ?, "
            "?, ?)", (f"M{n}", f"1370000000{n}", f"{n}0000000731",
                      (club.as_of - timedelta(days=joined)).isoformat(), status, now, now)
        ).lastrowid)
        if card is not None:
            connection.execute(
                "INSERT INTO cards (card_no, product_id, member_id, status, principal_fen, "
                "bonus_fen, sessions, opened_at) VALUES (?, 1, ?, 'active', 0, 0, 0, ?)",
                (f"C{n}", ids[-1], stored_time(datetime.combine(
                    club.as_of - timedelta(days=card), time(12)))))

    def operation() -> int:
        return int(connection.execute(
            "INSERT INTO operations (key, kind, fingerprint, at, operator_id) "
            "VALUES (hex(randomblob(16)), 'test', '', ?, 1)", (now,)).lastrowid or 0)

    def owner(index: int | None) -> int | None:
        return None if index is None else ids[index]

    for who, kind, when, value, discount, reversed_at in club.ledger:
        row = _ledger(connection, operation(), when, kind, owner(who), value, discount, None)
        if reversed_at is not None:
            _ledger(connection, operation(), reversed_at, "reversal", owner(who), -value,
                    -discount, row)
    batch = connection.execute(
        "INSERT INTO import_batches (kind, file_name, file_hash, sheet, rows_total, "
        "rows_imported, rows_rejected, rows_skipped, members_created, cards_created, "
        "operator_id, at) VALUES ('history', 'h.csv', '', '', 0, 0, 0, 0, 0, 0, 1, ?)",
        (now,)).lastrowid
    connection.executemany(
        "INSERT INTO history_consumption (member_id, at, amount_fen, item, payment, batch_id) "
        "VALUES (?, ?, ?, '游泳', 'cash', ?)",
        [(ids[who], stored_time(when), amount, batch) for who, when, amount in club.history])
    for who, when, undone in club.visits:
        connection.execute(
            "INSERT INTO visits (op_id, at, member_id, charge_fen, sessions, guests, locker, "
            "operator_id, undone_at) VALUES (?, ?, ?, 0, 0, 0, '', 1, ?)",
            (operation(), stored_time(when), owner(who),
             stored_time(undone) if undone else None))
    connection.commit()
    connection.close()
    return ids


def _ledger(connection: sqlite3.Connection, op_id: int, when: datetime, kind: str,
            member: int | None, list_fen: int, discount_fen: int, reverses: int | None) -> int:
    return int(connection.execute(
        "INSERT INTO ledger (op_id, line, at, kind, member_id, principal_delta, bonus_delta, "
        "sessions_delta, days_delta, points_delta, paid_fen, list_fen, discount_fen, quantity, "
        "operator_id, reverses_id, reason, hash) VALUES (?, 0, ?, ?, ?, 0, 0, 0, 0, 0, 0, ?, ?, "
        "1, 1, ?, '', randomblob(32))",
        (op_id, stored_time(when), kind, member, list_fen, discount_fen, reverses)).lastrowid or 0)


# --- the straightforward recomputation, from the raw rows ---


@dataclass(frozen=True)
class Expected:
    frequency: int
    monetary_fen: int
    recency_days: int | None
    ticket_fen: int | None
    median_gap: float | None
    has_card: bool


def recompute(path: Path, as_of: date) -> dict[int, Expected]:
    """README's definitions, member by member, from every row of the file."""
    end = datetime.combine(as_of + timedelta(days=1), time())
    start = as_of - relativedelta(months=12) + timedelta(days=1)
    ticket_start = as_of - relativedelta(months=6) + timedelta(days=1)
    connection = sqlite3.connect(path)
    try:
        def rows(sql: str) -> list[tuple]:
            return connection.execute(sql).fetchall()

        members = rows("SELECT id, joined_on, status, merged_into_id FROM members")
        cards = rows("SELECT member_id, opened_at FROM cards")
        ledger = rows("SELECT id, member_id, kind, at, list_fen, discount_fen, reverses_id "
                      "FROM ledger")
        history = rows("SELECT member_id, at, amount_fen FROM history_consumption")
        visits = rows("SELECT member_id, at, undone_at FROM visits")
    finally:
        connection.close()
    reversed_ids = {row[6] for row in ledger
                    if row[6] is not None and datetime.fromisoformat(row[3]) < end}
    spent: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for row_id, member, kind, at, list_fen, discount_fen, _ in ledger:
        if kind == "consume" and member is not None and row_id not in reversed_ids \
                and datetime.fromisoformat(at) < end:
            spent[member].append((datetime.fromisoformat(at).date(), list_fen - discount_fen))
    for member, at, amount in history:
        if datetime.fromisoformat(at) < end:
            spent[member].append((datetime.fromisoformat(at).date(), amount))
    seen: dict[int, list[date]] = defaultdict(list)
    for member, at, undone in visits:
        if member is not None and undone is None and datetime.fromisoformat(at) < end:
            seen[member].append(datetime.fromisoformat(at).date())
    carded = {member for member, opened in cards if datetime.fromisoformat(opened) < end}
    expected = {}
    for member, joined, status, merged_into in members:
        if status not in ("active", "frozen") or merged_into is not None \
                or date.fromisoformat(joined) > as_of:
            continue
        days = {day for day, _ in spent[member]} | set(seen[member])
        window = sorted(day for day in days if start <= day)
        ticket_days = [day for day in window if day >= ticket_start]
        ticket_spend = sum(fen for day, fen in spent[member] if day >= ticket_start)
        gaps = [(b - a).days for a, b in itertools.pairwise(window)]
        expected[member] = Expected(
            len(window), sum(fen for day, fen in spent[member] if day >= start),
            (as_of - max(days)).days if days else None,
            ticket_spend // len(ticket_days) if ticket_days else None,
            statistics.median(gaps) if gaps else None, member in carded)
    return expected


def computed(path: Path, as_of: date) -> dict[int, Expected]:
    """The same figures through `read_activity`, `club_figures` and `segment_club`."""
    thresholds = Thresholds()
    windows = Windows.of(as_of, thresholds)
    activity = read_activity(path, Span(windows.start, windows.ticket_start,
                                        as_of + timedelta(days=1)))
    figures = club_figures(activity, windows)
    segmentation = segment_club(figures, windows, thresholds)
    results = {}
    for index in range(len(segmentation)):
        result = segmentation.member(index)
        results[result.member_id] = Expected(
            result.frequency, result.monetary_fen, result.recency_days, result.ticket_fen,
            result.median_gap, bool(figures.has_card[index]))
    return results


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(club=clubs())
def test_fast_sql_agrees_with_a_plain_recomputation(club: Club) -> None:
    """Every counted member's F, M, recency, ticket, median gap and card are the same
    whichever way they are computed, and the same members are counted."""
    with tempfile.TemporaryDirectory(prefix="clubcrm-segsql-") as folder:
        path = Path(folder) / "club.sqlite"
        write(club, path)
        assert computed(path, club.as_of) == recompute(path, club.as_of)
