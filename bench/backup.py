"""Backing up the bench club while another process checks members in through
the check-in service, as the desk does: how long `backup()` takes (the online
copy alone, and with verification), against a plain `VACUUM INTO` in the same
run, and the longest a check-in took while each backup ran (the median of
those over the runs), against the longest while nothing else ran.

The bench club is copied first, so the check-ins never touch the cached file.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.clubs import CACHE
from bench.stats import Row, median, ms, percentile
from bench.visits import desk_settings
from clubcrm.db import snapshot
from clubcrm.services.backup import BackupService
from clubcrm.services.club import open_club

ROOT = Path(__file__).resolve().parent.parent
WORK = CACHE / "backup-work"
IDLE_S = 2.0
WRITE_TARGET_MS = 200.0
DESK_PAUSE_S = 0.005  # a busy evening: the next scan right after the last check-in
# The desk in its own process: find by member number and check in on a
# stored-value card paying the entry, one after another; each one's start and
# duration (the whole service call: any wait for the lock is inside it).
WRITER = f"""
import json, random, sys, time, uuid
from pathlib import Path
from bench.visits import stored_value_cards
from clubcrm.domain.visits import CheckInRequest
from clubcrm.services.club import open_club
db, stop, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
club = open_club(db)
cards, rng, check_ins = stored_value_cards(db), random.Random(1), []
while not stop.exists():
    member_no, card_id, _member = rng.choice(cards)
    started = time.monotonic()
    found = club.visits.find(member_no, operator=club.operator)
    club.visits.check_in(CheckInRequest(found.member_id, card_id=card_id),
                         key=uuid.uuid4().hex, operator=club.operator)
    check_ins.append((started, time.monotonic() - started))
    time.sleep({DESK_PAUSE_S})
club.close()
out.write_text(json.dumps(check_ins))
"""

Phase = tuple[str, float, float]  # name, start, end (time.monotonic)


def run(path: Path, *, runs: int) -> list[Row]:
    db = _work_copy(path)
    stop, out = WORK / "stop", WORK / "check_ins.json"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(stop), str(out)],
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        phases = _phases(db, runs=runs)
    finally:
        stop.touch()
        writer.wait(timeout=60)
    rows = _rows(phases, json.loads(out.read_text()))
    shutil.rmtree(WORK, ignore_errors=True)
    return rows


def _work_copy(path: Path) -> Path:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    db = WORK / "club.sqlite"
    source = snapshot.connect(path, read_only=True)
    try:
        snapshot.copy_database(source, db)
    finally:
        source.close()
    club = open_club(db)  # WAL mode and the app's pragmas, as in the app
    try:
        desk_settings(club, db)
    finally:
        club.close()
    return db


def _phases(db: Path, *, runs: int) -> list[Phase]:
    time.sleep(3.0)  # the desk's process starts up
    phases = [_timed("idle", lambda: time.sleep(IDLE_S))]
    club = open_club(db)
    service = BackupService(club.db, club.settings)
    copy_target, vacuum_target = WORK / "copy.sqlite", WORK / "vacuum.sqlite"
    try:
        for _ in range(runs):
            phases.append(_timed("backup", lambda: service.backup(operator=None)))
            phases.append(_timed("copy", lambda: _copy(db, copy_target)))
            vacuum_target.unlink(missing_ok=True)
            phases.append(_timed("vacuum", lambda: _vacuum_into(db, vacuum_target)))
            time.sleep(0.5)
    finally:
        club.close()
    return phases


def _timed(name: str, action: Callable[[], object]) -> Phase:
    started = time.monotonic()
    action()
    return name, started, time.monotonic()


def _copy(db: Path, target: Path) -> None:
    source = snapshot.connect(db, read_only=True)
    try:
        snapshot.copy_database(source, target)
    finally:
        source.close()


def _vacuum_into(db: Path, target: Path) -> None:
    connection = sqlite3.connect(db, isolation_level=None)
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()


def _rows(phases: list[Phase], check_ins: list[list[float]]) -> list[Row]:
    seconds = {name: [end - start for n, start, end in phases if n == name]
               for name in ("backup", "copy", "vacuum")}
    spans = {name: [(start, end) for n, start, end in phases if n == name]
             for name in ("idle", "backup", "vacuum")}
    longest = [max(_during(check_ins, [span])) for span in spans["backup"]]
    during_backup = _during(check_ins, spans["backup"])
    n = len(seconds["backup"])
    worst = median(longest)
    return [
        Row("backup", f"backup() incl. verify, median of {n}", median(seconds["backup"]), "s"),
        Row("backup", "online copy alone (backup API)", median(seconds["copy"]), "s"),
        Row("backup", "VACUUM INTO", median(seconds["vacuum"]), "s"),
        Row("backup", "online copy / VACUUM INTO, medians",
            median(seconds["copy"]) / median(seconds["vacuum"]), "x"),
        Row("backup", "backup() / VACUUM INTO, medians",
            median(seconds["backup"]) / median(seconds["vacuum"]), "x"),
        Row("backup", f"longest check-in during a backup(), median of {n}", ms(worst), "ms",
            f"< {WRITE_TARGET_MS:g} ms", ms(worst) < WRITE_TARGET_MS,
            "each run's: " + ", ".join(f"{ms(value):.0f}" for value in longest)
            + f" ms; {len(during_backup)} check-ins"),
        Row("backup", "check-in p99 during backup()", ms(percentile(during_backup, 99)), "ms",
            note=f"p50 {ms(percentile(during_backup, 50)):.1f} ms"),
        Row("backup", "longest check-in during VACUUM INTO",
            ms(max(_during(check_ins, spans["vacuum"]))), "ms"),
        Row("backup", "longest check-in alone", ms(max(_during(check_ins, spans["idle"]))), "ms",
            note=f"{len(_during(check_ins, spans['idle']))} check-ins, nothing else running"),
    ]


def _during(check_ins: list[list[float]], spans: list[tuple[float, float]]) -> list[float]:
    """The durations of the check-ins that overlapped one of the spans."""
    return [took for began, took in check_ins
            if any(began < end and began + took > start for start, end in spans)] or [0.0]
