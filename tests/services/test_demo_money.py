"""The demo club's money history obeys every invariant of the ledger, with the
app's own checks and with independent SQL over a small club (300 members, 12 months)."""

from __future__ import annotations

import operator
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from clubcrm.domain.cards import MONEY_METHODS, PaymentMethod
from clubcrm.domain.ledger import GENESIS_HASH, HASHED_COLUMNS, LedgerKind, row_hash
from clubcrm.services import demo_process, verification
from clubcrm.services.club import Club, open_club
from clubcrm.services.demo import DemoSummary, generate_demo
from clubcrm.services.demo_bulk import OPEN_SECONDS, OPENS_AT
from clubcrm.services.demo_ledger import Line

TODAY = date(2026, 6, 15)
MEMBERS = 300
MONTHS = 12
NUMBERS = ("principal_delta", "bonus_delta", "sessions_delta", "days_delta", "points_delta",
           "paid_fen", "list_fen", "discount_fen", "quantity")
STORED_TIME = re.compile(r"\d{4}-\d\d-\d\d (\d\d):\d\d:\d\d\.\d{6}")


def _generate(path: Path, *, seed: int = 11) -> DemoSummary:
    club = open_club(path)
    try:
        return generate_demo(club, members=MEMBERS, months=MONTHS, seed=seed, today=TODAY)
    finally:
        club.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "club.sqlite"
    return path, _generate(path)


@pytest.fixture
def db(demo: tuple[Path, DemoSummary]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(demo[0])
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def _ledger(db: sqlite3.Connection) -> list[sqlite3.Row]:
    return db.execute("SELECT * FROM ledger ORDER BY id").fetchall()


def test_the_apps_own_checks_pass(db: sqlite3.Connection) -> None:
    """`verify`'s checks find nothing: balances, points, chain, integrity, references."""
    for check in (verification.ledger_balances, verification.ledger_chain,
                  verification.integrity, verification.foreign_keys,
                  verification.schema_revision):
        assert check(db) == [], check.__name__


def test_every_card_is_the_sum_of_its_rows_and_never_went_below_zero(
        db: sqlite3.Connection) -> None:
    """Replaying each card's rows in id order never overdraws it and ends at its balances."""
    held: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in _ledger(db):
        if row["card_id"] is None:
            continue
        figures = held[row["card_id"]]
        for index, column in enumerate(("principal_delta", "bonus_delta", "sessions_delta",
                                        "days_delta")):
            figures[index] += row[column]
        assert min(figures[:3]) >= 0, dict(row)
    cards = db.execute("SELECT * FROM cards").fetchall()
    assert cards
    for card in cards:
        principal, bonus, sessions, days = held[card["id"]]
        assert (card["principal_fen"], card["bonus_fen"], card["sessions"]) == (
            principal, bonus, sessions)
        if card["valid_from"] is None:
            assert days == 0 and card["valid_until"] is None
        else:
            until = date.fromisoformat(card["valid_from"]) + timedelta(days=days - 1)
            assert card["valid_until"] == until.isoformat()


def test_points_are_the_sum_of_their_rows_and_never_went_below_zero(
        db: sqlite3.Connection) -> None:
    """Each member's points account equals their rows' points, at every step non-negative."""
    points: dict[int, int] = defaultdict(int)
    for row in _ledger(db):
        if row["points_delta"]:
            points[row["member_id"]] += row["points_delta"]
            assert points[row["member_id"]] >= 0, dict(row)
    accounts = dict(db.execute("SELECT member_id, points FROM points_accounts").fetchall())
    assert points and all(accounts.get(member, 0) == total for member, total in points.items())
    assert all(points.get(member, 0) == total for member, total in accounts.items())


def test_the_hash_chain_links_every_row(db: sqlite3.Connection) -> None:
    """Each stored hash is row_hash of the previous hash and the row's stored values."""
    previous = GENESIS_HASH
    for row in _ledger(db):
        expected = row_hash(previous, tuple(row[column] for column in HASHED_COLUMNS))
        assert row["hash"] == expected, row["id"]
        previous = expected


def test_rows_follow_time_within_opening_hours(db: sqlite3.Connection) -> None:
    """Ids follow time; every row and operation is stamped in opening hours, as stored text."""
    rows = db.execute("SELECT at, typeof(at) FROM ledger ORDER BY id").fetchall()
    assert [at for at, _type in rows] == sorted(at for at, _type in rows)
    for at, stored_as in rows:
        match = STORED_TIME.fullmatch(at)
        assert stored_as == "text" and match, at
        assert OPENS_AT <= int(match.group(1)) < OPENS_AT + OPEN_SECONDS // 3600
    assert db.execute("SELECT count(*) FROM ledger l JOIN operations o ON o.id = l.op_id "
                      "WHERE o.at != l.at").fetchone()[0] == 0
    first, last = rows[0][0], rows[-1][0]
    assert (TODAY - timedelta(days=370)).isoformat() < first and last < (
        TODAY + timedelta(days=1)).isoformat()


def test_operations_number_their_lines_and_have_unique_keys(db: sqlite3.Connection) -> None:
    """Lines 0..n-1 per operation, unique keys, known operators, a fingerprint each; only a
    check-in may have no line."""
    lines = db.execute("SELECT op_id, group_concat(line) FROM (SELECT op_id, line FROM ledger "
                       "ORDER BY op_id, line) GROUP BY op_id").fetchall()
    assert all(numbers == ",".join(str(n) for n in range(len(numbers.split(","))))
               for _op, numbers in lines)
    without = db.execute("SELECT count(*), count(*) FILTER (WHERE kind = 'checkin') "
                         "FROM operations WHERE id NOT IN (SELECT op_id FROM ledger)").fetchone()
    assert without[0] == without[1] > 0
    assert len(lines) + without[0] == db.execute("SELECT count(*) FROM operations").fetchone()[0]
    assert db.execute("SELECT count(DISTINCT key) = count(*) FROM operations").fetchone()[0]
    assert db.execute("SELECT count(*) FROM operations WHERE fingerprint = '' OR operator_id "
                      "NOT IN (SELECT id FROM staff)").fetchone()[0] == 0


def test_money_is_whole_fen_and_methods_match_payments(db: sqlite3.Connection) -> None:
    """Every figure is an integer; money paid names how, and only cards and points pay nothing."""
    for column in NUMBERS:
        assert db.execute(f"SELECT count(*) FROM ledger WHERE typeof({column}) != 'integer'")\
            .fetchone()[0] == 0, column
    money = {method.value for method in MONEY_METHODS}
    for row in _ledger(db):
        if row["paid_fen"]:
            assert row["method"] in money, dict(row)
        else:
            assert row["method"] in (None, PaymentMethod.CARD.value, PaymentMethod.POINTS.value)


def test_reversals_negate_every_figure_of_their_row_once(db: sqlite3.Connection) -> None:
    """A reversal row is its original with every number negated, and no row is reversed twice."""
    by_id = {row["id"]: row for row in _ledger(db)}
    reversals = [row for row in by_id.values() if row["kind"] == LedgerKind.REVERSAL.value]
    assert reversals
    assert len({row["reverses_id"] for row in reversals}) == len(reversals)
    for reversal in reversals:
        original = by_id[reversal["reverses_id"]]
        assert original["id"] < reversal["id"] and original["kind"] != reversal["kind"]
        assert all(reversal[column] == -original[column] for column in NUMBERS)
        for column in ("card_id", "member_id", "served_member_id", "service_id", "method"):
            assert reversal[column] == original[column]


def test_card_states_agree_with_their_rows(db: sqlite3.Connection) -> None:
    """Expired cards have an expiry that emptied them after their end date; frozen cards a
    date; refunded cards nothing left."""
    expiries = {row["card_id"]: row for row in db.execute(
        "SELECT * FROM ledger WHERE kind = 'expire'")}
    for card in db.execute("SELECT * FROM cards"):
        assert (card["status"] == "expired") == (card["id"] in expiries)
        if card["status"] == "expired":
            assert card["sessions"] == card["principal_fen"] == card["bonus_fen"] == 0
            assert card["valid_until"] < expiries[card["id"]]["at"][:10]
        assert (card["status"] == "frozen") == (card["frozen_on"] is not None)
        if card["status"] == "refunded":
            assert card["sessions"] == card["principal_fen"] == card["bonus_fen"] == 0


def test_the_history_has_every_kind_of_event(db: sqlite3.Connection) -> None:
    """Sales, recharges, consumption, reversals, freezes, refunds, expiries, redemptions."""
    kinds = {row[0] for row in db.execute("SELECT DISTINCT kind FROM ledger")}
    assert kinds >= {"open", "recharge", "consume", "reversal", "freeze", "unfreeze", "refund",
                     "expire", "redeem"}
    products = {row[0] for row in db.execute(
        "SELECT DISTINCT p.kind FROM cards c JOIN card_products p ON p.id = c.product_id")}
    assert products == {"stored_value", "count", "period"}
    assert db.execute("SELECT count(*) FROM product_bonus_rules").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM tiers WHERE points_per_yuan > 0").fetchone()[0] > 0
    share = db.execute("SELECT count(DISTINCT member_id) FROM cards").fetchone()[0] / MEMBERS
    assert 0.4 < share < 0.9


def test_each_visit_is_its_first_consumption(db: sqlite3.Connection,
                                             demo: tuple[Path, DemoSummary]) -> None:
    """Visits with rows: one per coming (fewer than consumptions), each on a consume
    operation of its member at its time, charging what the operation's rows took from the
    card and in money, with the sessions they used; the summary counts every visit."""
    visits = db.execute("SELECT count(*) FROM visits").fetchone()[0]
    charged = db.execute("SELECT count(*) FROM visits WHERE op_id IN (SELECT op_id FROM ledger)"
                         ).fetchone()[0]
    consumptions = db.execute("SELECT count(*) FROM operations WHERE kind = 'consume'")\
        .fetchone()[0]
    assert visits == demo[1].visits and 0 < charged < consumptions
    mismatches = db.execute("""
        SELECT count(*) FROM visits v JOIN operations o ON o.id = v.op_id
        JOIN (SELECT op_id, sum(paid_fen - principal_delta - bonus_delta) AS charge,
                     -sum(sessions_delta) AS sessions, min(at) AS at,
                     max(member_id = coalesce(served_member_id, member_id)) AS any_member
              FROM ledger GROUP BY op_id) l ON l.op_id = v.op_id
        WHERE o.kind != 'consume' OR v.at != o.at OR v.at != l.at
           OR v.charge_fen != l.charge OR v.sessions != l.sessions
           OR v.member_id IS NULL""").fetchone()[0]
    assert mismatches == 0
    owners = db.execute("""
        SELECT count(*) FROM visits v JOIN ledger l ON l.op_id = v.op_id AND l.line = 0
        WHERE l.member_id != v.member_id AND NOT EXISTS (
            SELECT 1 FROM card_holders h WHERE h.card_id = l.card_id
            AND h.member_id = v.member_id)""").fetchone()[0]
    assert owners == 0


def test_bare_check_ins_are_on_a_period_card_valid_and_not_frozen(
        db: sqlite3.Connection) -> None:
    """A visit without ledger rows is a free check-in on a period card of its member,
    on a day the card was valid (as its rows up to then say) and neither frozen,
    expired nor refunded: what the desk would have let in."""
    bare = db.execute("""
        SELECT v.at, v.card_id, v.member_id = c.member_id, p.kind, o.kind, v.charge_fen,
               v.sessions, v.service_id, c.valid_from
        FROM visits v JOIN operations o ON o.id = v.op_id JOIN cards c ON c.id = v.card_id
        JOIN card_products p ON p.id = c.product_id
        WHERE v.op_id NOT IN (SELECT op_id FROM ledger)""").fetchall()
    assert len(bare) == db.execute("SELECT count(*) FROM visits WHERE op_id NOT IN "
                                   "(SELECT op_id FROM ledger)").fetchone()[0] > 0
    rows: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for row in db.execute("SELECT card_id, at, kind, days_delta FROM ledger "
                          "WHERE card_id IS NOT NULL ORDER BY id"):
        rows[row["card_id"]].append(row)
    for at, card_id, own, product, operation, charge, sessions, service, valid_from in bare:
        assert (own, product, operation, charge, sessions, service) == (
            1, "period", "checkin", 0, 0, None)
        before = [row for row in rows[card_id] if row["at"] < at]
        days = sum(row["days_delta"] for row in before)
        until = date.fromisoformat(valid_from) + timedelta(days=days - 1)
        assert date.fromisoformat(valid_from) <= date.fromisoformat(at[:10]) <= until
        states = [row["kind"] for row in before if row["kind"] in
                  ("freeze", "unfreeze", "expire", "refund")]
        assert not states or states[-1] == "unfreeze", (at, card_id, states)


def test_volume_and_the_heavy_member(demo: tuple[Path, DemoSummary],
                                     db: sqlite3.Connection) -> None:
    """About 20 rows a member; the summary's counts and heavy member match the database."""
    summary = demo[1]
    rows = db.execute("SELECT count(*) FROM ledger").fetchone()[0]
    assert summary.ledger_rows == rows and 0.85 * 20 * MEMBERS < rows < 1.15 * 20 * MEMBERS
    assert summary.cards == db.execute("SELECT count(*) FROM cards").fetchone()[0]
    assert summary.operations == db.execute("SELECT count(*) FROM operations").fetchone()[0]
    per_member = db.execute(
        "SELECT m.member_no, count(*) FROM ledger l JOIN cards c ON c.id = l.card_id "
        "JOIN members m ON m.id = c.member_id GROUP BY m.id ORDER BY count(*) DESC").fetchall()
    assert tuple(per_member[0]) == (summary.heavy_member_no, summary.heavy_ledger_rows)
    assert summary.heavy_ledger_rows > 3 * per_member[1][1]
    assert db.execute("SELECT count(*) FROM card_holders").fetchone()[0] > 0


def test_the_ledger_indexes_are_the_migrations(demo: tuple[Path, DemoSummary],
                                               tmp_path: Path) -> None:
    """Indexes dropped for the load come back exactly as the migration made them."""
    open_club(tmp_path / "fresh.sqlite").close()
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    with sqlite3.connect(tmp_path / "fresh.sqlite") as fresh, \
            sqlite3.connect(demo[0]) as loaded:
        assert loaded.execute(query).fetchall() == fresh.execute(query).fetchall()


def test_same_seed_same_ledger(demo: tuple[Path, DemoSummary], tmp_path: Path) -> None:
    """Another fresh database from the same seed and day ends on the same chain hash and cards."""
    _generate(tmp_path / "again.sqlite")
    query = ("SELECT (SELECT hash FROM ledger ORDER BY id DESC LIMIT 1), "
             "(SELECT group_concat(card_no || status || principal_fen || bonus_fen || sessions) "
             "FROM cards)")
    with sqlite3.connect(demo[0]) as first, sqlite3.connect(tmp_path / "again.sqlite") as again:
        assert first.execute(query).fetchone() == again.execute(query).fetchone()


def test_the_simulation_in_its_own_process_writes_the_same_ledger(
        demo: tuple[Path, DemoSummary], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big demo simulates in a child process (forced here for the small club): the same
    seed gives the same chain, cards and summary as the simulation in this process."""
    monkeypatch.setattr(demo_process, "IN_PROCESS_BELOW", 0)
    summary = _generate(tmp_path / "child.sqlite")
    query = ("SELECT (SELECT hash FROM ledger ORDER BY id DESC LIMIT 1), (SELECT count(*) "
             "FROM ledger), (SELECT group_concat(card_no || status || principal_fen || "
             "bonus_fen || sessions || coalesce(valid_until, '')) FROM cards), (SELECT "
             "group_concat(member_id || ':' || points) FROM points_accounts), (SELECT value "
             "FROM settings WHERE key = 'card_no_next')")
    with sqlite3.connect(demo[0]) as first, sqlite3.connect(tmp_path / "child.sqlite") as child:
        assert first.execute(query).fetchone() == child.execute(query).fetchone()
    assert replace(summary, seconds=0) == replace(demo[1], seconds=0)


def test_an_error_in_the_simulation_process_reaches_the_loader() -> None:
    """The child's exception is raised in the loading process (whose transaction then
    rolls back); `truediv(1, put)` stands in for a simulation that fails."""
    with pytest.raises(TypeError):
        demo_process.run_producer(operator.truediv, 1, rows=demo_process.IN_PROCESS_BELOW,
                                  put=lambda _batch: None)


def test_a_second_demo_continues_the_ledger(tmp_path: Path) -> None:
    """A second run on the same club continues ids, card numbers and the chain, after its rows."""
    club = open_club(tmp_path / "twice.sqlite")
    try:
        first = generate_demo(club, members=100, months=MONTHS, seed=1, today=TODAY)
        second = generate_demo(club, members=100, months=MONTHS, seed=2,
                               today=TODAY + timedelta(days=30))
    finally:
        club.close()
    with sqlite3.connect(tmp_path / "twice.sqlite") as connection:
        for check in (verification.ledger_balances, verification.ledger_chain,
                      verification.foreign_keys):
            assert check(connection) == [], check.__name__
        ats = [row[0] for row in connection.execute("SELECT at FROM ledger ORDER BY id")]
        assert ats == sorted(ats) and len(ats) == first.ledger_rows + second.ledger_rows
        cards = connection.execute("SELECT count(DISTINCT card_no), count(*) FROM cards")
        assert len(set(cards.fetchone())) == 1


def test_foreign_keys_are_enforced_again_after_the_demo(tmp_path: Path) -> None:
    """The load runs without foreign-key enforcement; the club's connections get it back."""
    club = open_club(tmp_path / "fk.sqlite")
    try:
        generate_demo(club, members=20, months=MONTHS, seed=1, today=TODAY)
        for _ in range(3):  # whichever pooled connection comes next
            with club.db.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        club.close()


def test_members_only(tmp_path: Path) -> None:
    """ledger_per_member=0 adds the catalogue and members, no ledger."""
    club = open_club(tmp_path / "members.sqlite")
    try:
        summary = generate_demo(club, members=50, months=MONTHS, seed=1, today=TODAY,
                                ledger_per_member=0)
    finally:
        club.close()
    assert summary.ledger_rows == summary.cards == 0 and summary.products > 0
    assert summary.heavy_member_no == ""


def test_demo_cards_work_with_the_card_service(demo: tuple[Path, DemoSummary],
                                               tmp_path: Path) -> None:
    """The app can spend and reverse on a demo card, and verify still passes."""
    copy = tmp_path / "copy.sqlite"
    with sqlite3.connect(demo[0]) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    club: Club = open_club(copy)
    try:
        card_id, member_id = _a_stored_value_card(copy)
        result = club.cards.recharge(card_id, 100_000, method=PaymentMethod.CASH, key="t-1",
                                     operator=club.operator)
        club.card_care.reverse(result.entries[0].id, reason="test", key="t-2",
                               operator=club.operator)
        assert [card.id for card in club.cards.cards_of(member_id)].count(card_id) == 1
    finally:
        club.close()
    with sqlite3.connect(copy) as connection:
        for check in (verification.ledger_balances, verification.ledger_chain):
            assert check(connection) == [], check.__name__


def _a_stored_value_card(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT c.id, c.member_id FROM cards c JOIN card_products p ON p.id = c.product_id "
            "JOIN members m ON m.id = c.member_id WHERE p.kind = 'stored_value' "
            "AND c.status = 'active' AND m.status = 'active' ORDER BY c.id LIMIT 1").fetchone()


def test_line_fields_are_the_hashed_columns() -> None:
    """The demo's row tuple is HASHED_COLUMNS without what the sink adds (ids, time, operator)."""
    added = {"id", "op_id", "line", "at", "operator_id"}
    assert Line._fields == tuple(column for column in HASHED_COLUMNS if column not in added)
