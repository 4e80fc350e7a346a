"""The figures of the visits issue, on a copy of the bench club (the cached
club is never written: it is copied first, and the copy gets the visits):

- the bench club's demo has ≥ 2,000,000 visits; the copy gets `TODAY_VISITS`
  more today (raw executemany, with their operations), so every figure runs
  against a club with that history and a busy day;
- a check-in through the service (find by member number, validate, deduct,
  ledger row, visit row, durable commit) on stored-value cards paying the
  entry, interleaved with the floor: a bare single-row INSERT + COMMIT;
- the desk driven like a user (offscreen Qt): Enter on the input until the
  panel shows the new balance;
- today's list, totals and visits per hour for the busy day, through the
  service and through the view (model, totals, chart painted);
- a burst from two processes: check-ins and recharges at once, every
  operation timed, errors counted, then `verify`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.money import _Floor
from bench.stats import Row, median, ms, percentile
from clubcrm.domain.ledger import stored_time
from clubcrm.domain.visits import CheckInRequest
from clubcrm.services.club import Club, open_club
from clubcrm.services.settings import VISIT_ENTRY_SERVICE_ID, VISIT_REPEAT_MINUTES
from clubcrm.services.verification import DATABASE_CHECKS, verify_file

ROOT = Path(__file__).resolve().parent.parent
TODAY_VISITS = 1_500
CHECK_INS = 1_000
GUI_RUNS = 100
BURST = {"check_ins": 60, "recharges": 10}  # per process, two processes
CHECK_IN_TARGET_MS = (3.0, 15.0)  # p50, p99
GUI_TARGET_MS = 50.0  # p95
BURST_TARGET_MS = 200.0  # p99
DAY_TARGET_MS = 100.0


def run(path: Path, *, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        copy = Path(scratch) / "visits.sqlite"
        shutil.copyfile(path, copy)
        club = open_club(copy)  # upgrades the copy to the visits schema
        try:
            rows = _prepare(club, copy)
            cards = stored_value_cards(copy)
            rows += _day(club)
            rows += _check_ins(club, copy, cards)
            rows += _gui(club, cards)
        finally:
            club.close()
        rows += _burst(copy, cards)
    return rows


# --- the visits the bench club does not have yet ---

def desk_settings(club: Club, path: Path) -> None:
    """The cheapest service is the entry; no repeat question (the bench scans fast)."""
    with sqlite3.connect(path) as connection:
        service = connection.execute("SELECT id FROM service_items WHERE active "
                                     "ORDER BY price_fen LIMIT 1").fetchone()[0]
    club.settings.set(VISIT_ENTRY_SERVICE_ID, service, operator=club.operator)
    club.settings.set(VISIT_REPEAT_MINUTES, 0, operator=club.operator)


def _prepare(club: Club, path: Path) -> list[Row]:
    desk_settings(club, path)
    count = _add_visits(path, club.operator)
    with sqlite3.connect(path) as connection:
        total = connection.execute("SELECT count(*) FROM visits").fetchone()[0]
    return [Row("visits", f"visits in the club ({count:,} of them today)", total, "",
                ">= 2,000,000", total >= 2_000_000, "the demo's, and today's added by the bench")]


def _add_visits(path: Path, operator: int) -> int:
    """`TODAY_VISITS` visits today, between 09:00 and 22:00, by random members
    (with their operations)."""
    rng = random.Random(11)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        members = [row[0] for row in connection.execute(
            "SELECT id FROM members WHERE status = 'active'")]
        first_op = connection.execute("SELECT coalesce(max(id), 0) FROM operations"
                                      ).fetchone()[0] + 1
        today = datetime.combine(date.today(), datetime.min.time())
        ops, visits = [], []
        for number in range(TODAY_VISITS):
            at = stored_time(today + timedelta(seconds=rng.randrange(9 * 3600, 22 * 3600)))
            op_id = first_op + number
            ops.append((op_id, f"bench-visit-{number}", "checkin", "", at, operator))
            visits.append((op_id, at, rng.choice(members), rng.randrange(0, 3) * 1000, "card",
                           operator))
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO operations (id, key, kind, fingerprint, at, "
                               "operator_id) VALUES (?, ?, ?, ?, ?, ?)", ops)
        connection.executemany(
            "INSERT INTO visits (op_id, at, member_id, charge_fen, sessions, method, "
            "guests, locker, operator_id) VALUES (?, ?, ?, ?, 0, ?, 0, '', ?)", visits)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return TODAY_VISITS


def stored_value_cards(path: Path) -> list[tuple[str, int, int]]:
    """(member number, card, member) of active stored-value cards without an
    end date holding more than ¥1,000 (enough for every entry of the run)."""
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT m.member_no, c.id, m.id FROM cards c "
            "JOIN card_products p ON p.id = c.product_id JOIN members m ON m.id = c.member_id "
            "WHERE p.kind = 'stored_value' AND c.status = 'active' AND c.valid_until IS NULL "
            "AND m.status = 'active' AND c.principal_fen + c.bonus_fen > 100000 "
            "LIMIT 5000").fetchall()


# --- the figures ---

def _check_ins(club: Club, path: Path, cards: list[tuple[str, int, int]]) -> list[Row]:
    rng = random.Random(5)
    floor = _Floor(path)
    samples: dict[str, list[float]] = {"check_in": [], "floor": []}

    def check_in(member_no: str, card_id: int) -> None:
        found = club.visits.find(member_no, operator=club.operator)
        assert found.member_id is not None
        club.visits.check_in(CheckInRequest(found.member_id, card_id=card_id),
                             key=uuid.uuid4().hex, operator=club.operator)

    try:
        for _ in range(CHECK_INS):
            member_no, card_id, _member = rng.choice(cards)
            samples["check_in"].append(_timed(lambda m=member_no, c=card_id: check_in(m, c)))
            samples["floor"].append(_timed(floor.insert))
    finally:
        floor.close()
    p50, p99 = (ms(percentile(samples["check_in"], pct)) for pct in (50, 99))
    floor_p50 = percentile(samples["floor"], 50)
    return [
        Row("visits", f"check-in via service p50 (n={CHECK_INS})", p50, "ms",
            f"<= {CHECK_IN_TARGET_MS[0]:g} ms", p50 <= CHECK_IN_TARGET_MS[0],
            "find by member number, validate, deduct, ledger + visit rows, commit"),
        Row("visits", "check-in via service p99", p99, "ms", f"<= {CHECK_IN_TARGET_MS[1]:g} ms",
            p99 <= CHECK_IN_TARGET_MS[1]),
        Row("visits", "check-in p50 / bare INSERT+COMMIT p50",
            percentile(samples["check_in"], 50) / floor_p50, "x"),
        Row("visits", "bare INSERT+COMMIT p50 (same run)", ms(floor_p50), "ms"),
    ]


def _day(club: Club) -> list[Row]:
    samples = [_timed(lambda: club.visits.today()) for _ in range(20)]
    count = club.visits.today().count
    value = ms(median(samples))
    return [Row("visits", f"today's list + totals + per hour, service ({count:,} visits)",
                value, "ms", f"<= {DAY_TARGET_MS:g} ms", value <= DAY_TARGET_MS,
                f"max {ms(max(samples)):.1f} ms over 20 runs")]


def _gui(club: Club, cards: list[tuple[str, int, int]]) -> list[Row]:
    """The desk in offscreen Qt: scan, then Enter until the panel shows the new balance."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from clubcrm.ui.views.visit_view import VisitView

    app = QApplication.instance() or QApplication([])
    view = VisitView(club)
    view.resize(1280, 720)
    view.show()
    app.processEvents()
    day = [_timed(lambda: (view.refresh_day(), view.chart.grab())) for _ in range(10)]
    rng = random.Random(9)
    samples = []
    for _ in range(GUI_RUNS):
        member_no, _card, _member = rng.choice(cards)
        QTest.keyClicks(view.input, member_no)
        QTest.keyClick(view.input, Qt.Key.Key_Return)
        view.input.settle_now()
        QTest.qWait(70)  # a person's Enter comes after the scan
        started = time.perf_counter()
        QTest.keyClick(view.input, Qt.Key.Key_Return)
        view.panel.repaint()  # the new balance painted on the panel
        samples.append(time.perf_counter() - started)
        assert "Checked in" in view.panel.outcome.text() or "签到" in view.panel.outcome.text()
        app.processEvents()  # then the alerts and the day's list (not in the figure)
    view.close()
    p95, day_ms = ms(percentile(samples, 95)), ms(median(day))
    return [
        Row("visits", f"GUI Enter -> panel shows new balance p95 (n={GUI_RUNS})", p95, "ms",
            f"<= {GUI_TARGET_MS:g} ms", p95 <= GUI_TARGET_MS,
            f"median {ms(median(samples)):.1f} ms"),
        Row("visits", "GUI today's list + totals + chart painted, median", day_ms, "ms",
            f"<= {DAY_TARGET_MS:g} ms", day_ms <= DAY_TARGET_MS),
    ]


BURST_WORKER = """
import json, sys, time, uuid
from pathlib import Path
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.visits import CheckInRequest
from clubcrm.services.club import open_club

path, flag, plan = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3])
club = open_club(path)
print("ready", flush=True)
while not flag.exists():
    time.sleep(0.0002)
times, errors = [], []
for kind, member_no, card_id in plan:
    started = time.perf_counter()
    try:
        if kind == "recharge":
            club.cards.recharge(card_id, 10000, method=PaymentMethod.WECHAT,
                                key=uuid.uuid4().hex, operator=club.operator)
        else:
            found = club.visits.find(member_no, operator=club.operator)
            club.visits.check_in(CheckInRequest(found.member_id, card_id=card_id),
                                 key=uuid.uuid4().hex, operator=club.operator)
    except Exception as error:
        errors.append(f"{type(error).__name__}: {error}")
    times.append(time.perf_counter() - started)
club.close()
print(json.dumps({"times": times, "errors": errors}), flush=True)
"""


def _burst(path: Path, cards: list[tuple[str, int, int]]) -> list[Row]:
    rng = random.Random(3)
    plans = []
    for _ in range(2):
        plan = [("check_in", *rng.choice(cards)[:2]) for _ in range(BURST["check_ins"])]
        plan += [("recharge", *rng.choice(cards)[:2]) for _ in range(BURST["recharges"])]
        rng.shuffle(plan)
        plans.append(plan)
    flag = path.with_suffix(".go")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [subprocess.Popen([sys.executable, "-c", BURST_WORKER, str(path), str(flag),
                                 json.dumps(plan)], stdout=subprocess.PIPE, text=True, env=env)
               for plan in plans]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
    started = time.perf_counter()
    flag.touch()
    results = [json.loads(worker.communicate(timeout=300)[0]) for worker in workers]
    wall = time.perf_counter() - started
    times = [t for result in results for t in result["times"]]
    errors = [e for result in results for e in result["errors"]]
    locked = [e for e in errors if "locked" in e]
    verify_started = time.perf_counter()
    problems = verify_file(path, checks=DATABASE_CHECKS)
    verify_s = time.perf_counter() - verify_started
    p99 = ms(percentile(times, 99))
    return [
        Row("visits", f"burst: 2 processes, {len(times)} ops in {wall:.1f} s, p99", p99, "ms",
            f"<= {BURST_TARGET_MS:g} ms", p99 <= BURST_TARGET_MS and not locked,
            f"p50 {ms(percentile(times, 50)):.1f} ms; errors {len(errors)}, "
            f"'database is locked' {len(locked)}" + (f"; first: {errors[0]}" if errors else "")),
        Row("visits", "verify after the burst", verify_s, "s", "passes", not problems,
            "clean" if not problems else str(problems[0])),
    ]


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started
