"""Backing up the bench club while another process keeps writing, as reception
checks members in: how long `backup()` takes (the online copy alone, and with
verification), against a plain `VACUUM INTO` in the same run, and the longest
time a single-row write in the other process waited meanwhile.

The bench club is copied first, so the writes never touch the cached file.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.clubs import CACHE
from bench.stats import Row, median, ms, percentile
from clubcrm.db import snapshot
from clubcrm.services.backup import BackupService
from clubcrm.services.club import open_club

WORK = CACHE / "backup-work"
IDLE_S = 2.0
WRITE_TARGET_MS = 200.0
# One single-row write at a time, as a check-in is; every write's start and wait.
WRITER = """
import json, random, sqlite3, sys, time
from pathlib import Path
db, stop, out = sys.argv[1:4]
connection = sqlite3.connect(db, isolation_level=None, timeout=10)
connection.execute("PRAGMA synchronous=FULL")
count = connection.execute("SELECT max(id) FROM members").fetchone()[0]
rng, writes = random.Random(1), []
while not Path(stop).exists():
    started = time.monotonic()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE members SET notes = ? WHERE id = ?",
                       (str(started), rng.randint(1, count)))
    connection.execute("COMMIT")
    writes.append((started, time.monotonic() - started))
    time.sleep(0.005)
Path(out).write_text(json.dumps(writes))
"""

Phase = tuple[str, float, float]  # name, start, end (time.monotonic)


def run(path: Path, *, runs: int) -> list[Row]:
    db = _work_copy(path)
    stop, out = WORK / "stop", WORK / "writes.json"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(stop), str(out)])
    try:
        phases = _phases(db, runs=runs)
    finally:
        stop.touch()
        writer.wait(timeout=60)
    writes = json.loads(out.read_text())
    rows = _rows(phases, writes)
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
    open_club(db).close()  # WAL mode and the app's pragmas, as in the app
    return db


def _phases(db: Path, *, runs: int) -> list[Phase]:
    time.sleep(1.0)  # the writer starts up
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


def _rows(phases: list[Phase], writes: list[list[float]]) -> list[Row]:
    seconds = {name: [end - start for n, start, end in phases if n == name]
               for name in ("backup", "copy", "vacuum")}
    waits = {name: _waits_during(phases, writes, name) for name in ("idle", "backup", "vacuum")}
    n = len(seconds["backup"])
    worst = max(waits["backup"])
    return [
        Row("backup", f"backup() incl. verify, median of {n}", median(seconds["backup"]), "s"),
        Row("backup", "online copy alone (backup API)", median(seconds["copy"]), "s"),
        Row("backup", "VACUUM INTO", median(seconds["vacuum"]), "s"),
        Row("backup", "online copy / VACUUM INTO, medians",
            median(seconds["copy"]) / median(seconds["vacuum"]), "x"),
        Row("backup", "backup() / VACUUM INTO, medians",
            median(seconds["backup"]) / median(seconds["vacuum"]), "x"),
        Row("backup", f"writer's longest wait during backup() (n={len(waits['backup'])})",
            ms(worst), "ms", f"< {WRITE_TARGET_MS:g} ms", ms(worst) < WRITE_TARGET_MS),
        Row("backup", "writer's p99 wait during backup()", ms(percentile(waits["backup"], 99)),
            "ms"),
        Row("backup", "writer's longest wait during VACUUM INTO", ms(max(waits["vacuum"])),
            "ms"),
        Row("backup", f"writer's longest wait alone (n={len(waits['idle'])})",
            ms(max(waits["idle"])), "ms"),
    ]


def _waits_during(phases: list[Phase], writes: list[list[float]], name: str) -> list[float]:
    """The waits of the writes that overlapped a phase of that name."""
    spans = [(start, end) for n, start, end in phases if n == name]
    return [wait for began, wait in writes
            if any(began < end and began + wait > start for start, end in spans)] or [0.0]
