"""The money figures of the cards issue, on a copy of the bench club:

- a recharge or a consumption through the service (validation, idempotency,
  hashed ledger rows, points, tier check, durable commit), interleaved with
  the floor: a bare single-row INSERT + COMMIT with the same pragmas;
- opening the card panel and the first ledger page of the member with the
  most ledger rows;
- `verify` (every check `clubcrm verify` runs) over the whole ledger.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from bench.stats import Row, median, ms, percentile
from clubcrm.db.pragmas import PRAGMAS
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.ledger import LedgerFilter
from clubcrm.services.club import Club, open_club
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.verification import DATABASE_CHECKS, verify_file

OPERATIONS = 1_000  # of each kind
PANEL_RUNS = 20
PAGE = 100
OPERATION_TARGET_MS = (3.0, 15.0)  # p50, p99
PANEL_TARGET_MS = 50.0
VERIFY_TARGET_S = 10.0


def run(path: Path, *, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        copy = Path(scratch) / "money.sqlite"
        shutil.copyfile(path, copy)
        rows = _verify(copy, runs=runs)
        club = open_club(copy)
        try:
            rows += _panel(club)
            rows += _operations(club, copy)
        finally:
            club.close()
    return rows


def _operations(club: Club, path: Path) -> list[Row]:
    cards, service_id = _spendable_cards(path)
    rng = random.Random(7)
    floor = _Floor(path)
    samples: dict[str, list[float]] = {"recharge": [], "consume": [], "floor": []}
    try:
        for _ in range(OPERATIONS):
            card_id, member_id = rng.choice(cards)
            samples["recharge"].append(_timed(lambda: club.cards.recharge(
                card_id, rng.randrange(100, 50_000) * 100, method=PaymentMethod.WECHAT,
                key=uuid.uuid4().hex, operator=club.operator)))
            samples["floor"].append(_timed(floor.insert))
            samples["consume"].append(_timed(lambda: club.cards.consume(
                ConsumptionRequest(member_id, (SaleItem(service_id),), card_id=card_id,
                                   method=PaymentMethod.CASH),
                key=uuid.uuid4().hex, operator=club.operator)))
            samples["floor"].append(_timed(floor.insert))
    finally:
        floor.close()
    return _operation_rows(samples)


def _operation_rows(samples: dict[str, list[float]]) -> list[Row]:
    p50_target, p99_target = OPERATION_TARGET_MS
    rows = []
    floor_p50 = percentile(samples["floor"], 50)
    for kind in ("recharge", "consume"):
        p50, p99 = ms(percentile(samples[kind], 50)), ms(percentile(samples[kind], 99))
        rows += [
            Row("money", f"{kind} via service p50 (n={len(samples[kind])})", p50, "ms",
                f"<= {p50_target:g} ms", p50 <= p50_target),
            Row("money", f"{kind} via service p99", p99, "ms", f"<= {p99_target:g} ms",
                p99 <= p99_target),
            Row("money", f"{kind} p50 / bare INSERT+COMMIT p50",
                percentile(samples[kind], 50) / floor_p50, "x"),
        ]
    return rows + [
        Row("money", f"bare INSERT+COMMIT p50 (n={len(samples['floor'])})", ms(floor_p50), "ms"),
        Row("money", "bare INSERT+COMMIT p99", ms(percentile(samples["floor"], 99)), "ms"),
    ]


class _Floor:
    """A single-row INSERT + COMMIT on the same file with the app's pragmas."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None)
        for pragma in PRAGMAS:
            self._connection.execute(pragma)
        self._connection.execute(
            "CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, v INTEGER)")

    def insert(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")
        self._connection.execute("INSERT INTO bench_floor (v) VALUES (1)")
        self._connection.execute("COMMIT")

    def close(self) -> None:
        self._connection.close()


def _spendable_cards(path: Path) -> tuple[list[tuple[int, int]], int]:
    """Active stored-value cards with no end date, and a service they can pay for."""
    with sqlite3.connect(path) as connection:
        cards = connection.execute(
            "SELECT c.id, c.member_id FROM cards c JOIN card_products p ON p.id = c.product_id "
            "JOIN members m ON m.id = c.member_id WHERE p.kind = 'stored_value' "
            "AND c.status = 'active' AND c.valid_until IS NULL AND m.status = 'active' "
            "LIMIT 5000").fetchall()
        service = connection.execute(
            "SELECT id FROM service_items WHERE active ORDER BY price_fen LIMIT 1").fetchone()
    return [(card, member) for card, member in cards], service[0]


def _panel(club: Club) -> list[Row]:
    with club.db.read() as session:
        member_id, rows = session.connection().exec_driver_sql(
            "SELECT member_id, count(*) FROM ledger WHERE member_id IS NOT NULL "
            "GROUP BY member_id ORDER BY 2 DESC LIMIT 1").one()

    def open_panel() -> None:
        club.cards.cards_of(member_id)
        club.ledger.count(member_id, LedgerFilter())
        club.ledger.page(member_id, LedgerFilter(), limit=PAGE)

    samples = [_timed(open_panel) for _ in range(PANEL_RUNS)]
    value = ms(median(samples))
    return [Row("money", f"card panel + first ledger page ({rows:,} rows), median",
                value, "ms", f"<= {PANEL_TARGET_MS:g} ms", value <= PANEL_TARGET_MS,
                f"max {ms(max(samples)):.1f} ms over {PANEL_RUNS} runs")]


def _verify(path: Path, *, runs: int) -> list[Row]:
    with sqlite3.connect(path) as connection:
        ledger_rows = connection.execute("SELECT max(id) FROM ledger").fetchone()[0] or 0
    samples, problems = [], []
    for _ in range(max(1, min(runs, 3))):
        started = time.perf_counter()
        problems = verify_file(path, checks=DATABASE_CHECKS)
        samples.append(time.perf_counter() - started)
    value = median(samples)
    return [Row("money", f"verify, {ledger_rows:,} ledger rows, median", value, "s",
                f"<= {VERIFY_TARGET_S:g} s", value <= VERIFY_TARGET_S and not problems,
                f"runs {', '.join(f'{s:.1f}' for s in samples)} s; "
                f"{'clean' if not problems else problems[0]}")]


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started
