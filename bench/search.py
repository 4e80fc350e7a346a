"""Reception search latency: `club.search.search(q)`, the very call the GUI's
search box makes (a new session, the lookups, building the hits), for each
kind of query reception types, drawn from real members of the bench club."""

from __future__ import annotations

import functools
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from bench.stats import Row, ms, percentile
from clubcrm.services.club import open_club
from clubcrm.services.demo_data import SURNAMES
from clubcrm.services.name_keys import syllables

QUERY_SEED = 42
WARM_UP = 50
COMPOUND_SURNAMES = tuple(s for s, _ in SURNAMES if len(s) > 1)

Member = tuple[str, str, str, str, str]  # member_no, name, phone, initials, pinyin
QueryOf = Callable[[random.Random, Member], str]


def _simple_name(member: Member) -> bool:
    """One-character surname and two-character given name: the common shape."""
    name = member[1]
    return len(name) == 3 and not name.startswith(COMPOUND_SURNAMES)


def _pinyin_prefix(rng: random.Random, member: Member) -> str:
    """Surname and first given character in full pinyin, as typed: `zhangwei`."""
    return "".join(syllables(member[1])[:2])


# kind -> (how a query is made from a member, which members it can be made from)
QUERY_KINDS: dict[str, tuple[QueryOf, Callable[[Member], bool]]] = {
    "phone_tail4": (lambda rng, m: m[2][-4:], lambda m: True),
    "phone_full": (lambda rng, m: m[2], lambda m: True),
    "member_no": (lambda rng, m: m[0], lambda m: True),
    "name_1char": (lambda rng, m: rng.choice(m[1]), lambda m: True),
    "name_given_2char": (lambda rng, m: m[1][1:3], _simple_name),
    "name_prefix": (lambda rng, m: m[1][:2], _simple_name),
    "pinyin_initials": (lambda rng, m: m[3][:3], lambda m: len(m[3]) >= 2),
    "pinyin_full_prefix": (_pinyin_prefix, _simple_name),
}


def draw_queries(path: Path, count: int) -> dict[str, list[str]]:
    """`count` queries of each kind from members picked with a fixed seed."""
    with sqlite3.connect(path) as connection:
        members: list[Member] = connection.execute(
            "SELECT member_no, name, phone, name_initials, name_pinyin FROM members ORDER BY id"
        ).fetchall()
    rng = random.Random(QUERY_SEED)
    queries = {}
    for kind, (make, eligible) in QUERY_KINDS.items():
        pool = [m for m in members if eligible(m)]
        queries[kind] = [make(rng, m) for m in rng.sample(pool, min(count, len(pool)))]
    return queries


def run(path: Path, *, members: int, queries_per_kind: int, target_ms: float) -> list[Row]:
    """p50 and p99 per query kind, each against `target_ms` for the p99."""
    queries = draw_queries(path, queries_per_kind)
    club = open_club(path)
    try:
        search = functools.partial(club.search.search, operator=club.operator)
        for query in [q for qs in queries.values() for q in qs[:WARM_UP]]:
            search(query)
        rows = []
        for kind, kind_queries in queries.items():
            samples = _time_queries(search, kind_queries)
            rows += _rows(kind, samples, members=members, target_ms=target_ms)
        return rows
    finally:
        club.close()


def _time_queries(search: Callable[[str], object], queries: list[str]) -> list[float]:
    samples = []
    for query in queries:
        started = time.perf_counter()
        search(query)
        samples.append(time.perf_counter() - started)
    return samples


def _rows(kind: str, samples: list[float], *, members: int, target_ms: float) -> list[Row]:
    bench = f"search {members // 1000}k"
    p99 = ms(percentile(samples, 99))
    return [
        Row(bench, f"{kind} p50 (n={len(samples)})", ms(percentile(samples, 50)), "ms"),
        Row(bench, f"{kind} p99", p99, "ms", f"p99 < {target_ms:g} ms", p99 < target_ms),
    ]
