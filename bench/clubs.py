"""The benchmark clubs, generated once with `generate_demo` and cached in
bench/.cache/ (git-ignored): 100,000 members with their 2,000,000 ledger rows
take a minute or two; the million-member club (search only) is members only.

The file name says how much ledger a club has and which version of the demo
generator built it, so a cache from before the ledger, with another volume or
from an older generator is never taken for the current club."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from clubcrm.services.club import open_club
from clubcrm.services.demo import generate_demo
from clubcrm.services.demo_money import LEDGER_PER_MEMBER

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 42
MONTHS = 36
# A fixed "today", so the cached club is the same file whenever it is built.
TODAY = date(2026, 11, 1)
# Raise it whenever `generate_demo` writes another club from the same seed
# (2: bare check-ins on period cards, ≥ 2,000,000 visits).
GENERATOR = 2


@dataclass(frozen=True)
class BenchClub:
    path: Path
    members: int
    ledger_rows: int
    visits: int
    heavy_member_no: str  # the member whose card panel has the most rows
    heavy_ledger_rows: int
    demo_seconds: float  # generate_demo itself
    wall_seconds: float  # creating the file, generate_demo and closing it
    built_now: bool
    built_on: str


def club_path(members: int, ledger_per_member: float = LEDGER_PER_MEMBER) -> Path:
    return CACHE / f"club-gen{GENERATOR}-seed{SEED}-{members}-ledger{ledger_per_member:g}.sqlite"


def ensure_club(members: int, *, fresh: bool,
                ledger_per_member: float = LEDGER_PER_MEMBER) -> BenchClub:
    """The cached club of `members` members, built first if missing or `fresh`."""
    path = club_path(members, ledger_per_member)
    meta = path.with_suffix(".json")
    if fresh or not path.exists() or not meta.exists():
        _build(path, meta, members, ledger_per_member)
        built_now = True
    else:
        built_now = False
    recorded = json.loads(meta.read_text())
    return BenchClub(
        path=path,
        members=members,
        ledger_rows=recorded["ledger_rows"],
        visits=recorded.get("visits", 0),  # a club cached before the demo made visits
        heavy_member_no=recorded["heavy_member_no"],
        heavy_ledger_rows=recorded["heavy_ledger_rows"],
        demo_seconds=recorded["seconds"],
        wall_seconds=recorded["wall_seconds"],
        built_now=built_now,
        built_on=recorded["built_on"],
    )


def _build(path: Path, meta: Path, members: int, ledger_per_member: float) -> None:
    """Into a temporary file renamed at the end: an interrupted build is never reused."""
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.sqlite")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    club = open_club(partial)
    try:
        summary = generate_demo(
            club, members=members, months=MONTHS, seed=SEED, today=TODAY,
            ledger_per_member=ledger_per_member, progress=_progress,
        )
    finally:
        club.close()
    wall = time.perf_counter() - started
    if sys.stderr.isatty():
        print(file=sys.stderr)
    os.replace(partial, path)
    record = {**asdict(summary), "wall_seconds": wall, "built_on": date.today().isoformat()}
    meta.write_text(json.dumps(record, ensure_ascii=False, indent=2))


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r  generating demo club: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)
    elif done == total or done * 10 // total != (done - 5_000) * 10 // total:
        print(f"  generating demo club: {done:,}/{total:,}", file=sys.stderr, flush=True)
