"""The floor under every read: one indexed equality lookup on members.phone,
through a fresh ORM Session (as each service call does) and through raw
sqlite3, interleaved in one run so their ratio is meaningful on a noisy box."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from sqlalchemy import select

from bench.stats import Row, ms, percentile
from clubcrm.db.models import MemberRow
from clubcrm.services.club import Club, open_club

LOOKUPS = 2_000


def run(path: Path) -> list[Row]:
    raw = sqlite3.connect(path)
    phones = [r[0] for r in raw.execute("SELECT phone FROM members")]
    chosen = random.Random(42).sample(phones, min(LOOKUPS, len(phones)))
    club = open_club(path)
    orm_samples, raw_samples = [], []
    try:
        for phone in chosen:
            orm_samples.append(_orm_lookup(club, phone))
            raw_samples.append(_raw_lookup(raw, phone))
    finally:
        club.close()
        raw.close()
    return _rows(orm_samples, raw_samples)


def _orm_lookup(club: Club, phone: str) -> float:
    started = time.perf_counter()
    with club.db.read() as session:
        session.execute(select(MemberRow.id).where(MemberRow.phone == phone)).scalar()
    return time.perf_counter() - started


def _raw_lookup(connection: sqlite3.Connection, phone: str) -> float:
    started = time.perf_counter()
    connection.execute("SELECT id FROM members WHERE phone = ?", (phone,)).fetchone()
    return time.perf_counter() - started


def _rows(orm: list[float], raw: list[float]) -> list[Row]:
    rows = []
    for label, samples in (("ORM session", orm), ("raw sqlite3", raw)):
        rows += [
            Row("baseline", f"phone = ? {label} p50 (n={len(samples)})",
                ms(percentile(samples, 50)), "ms"),
            Row("baseline", f"phone = ? {label} p99", ms(percentile(samples, 99)), "ms"),
        ]
    ratio = percentile(orm, 50) / percentile(raw, 50)
    return rows + [Row("baseline", "ORM / raw, p50", ratio, "x")]
