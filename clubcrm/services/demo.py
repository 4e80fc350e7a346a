"""A deterministic, realistic demo club: for trying the app, for screenshots,
and for the benchmarks in bench/ (100,000 members and 2,000,000 ledger rows,
within the two minutes the cards issue allows).

`generate_demo` is a small orchestrator: it opens one bulk transaction and
runs each step in it — members (`demo_members`), then the catalogue, cards
and their money history (`demo_money`). Steps write with raw `executemany`
on the DBAPI connection (`demo_bulk`): PERFORMANCE.md measured ORM
`add_all` 54 times slower than that.

The same seed and the same `today` give the same rows on a fresh database.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from clubcrm.services.club import Club
from clubcrm.services.demo_bulk import Progress, bulk_transaction
from clubcrm.services.demo_members import add_members
from clubcrm.services.demo_money import LEDGER_PER_MEMBER, add_money


@dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` added, and how long it took.

    `heavy_member_no` is the member whose cards have the most ledger rows,
    `heavy_ledger_rows` of them (about 6,000; a tenth of the ledger in a club
    of fewer than 3,000 members): the benchmarks open that member's card
    panel. Empty without a ledger."""

    members: int
    children: int
    archived: int
    name_grams: int
    tags: int
    first_member_no: str
    last_member_no: str
    services: int
    products: int
    cards: int
    operations: int
    ledger_rows: int
    visits: int
    heavy_member_no: str
    heavy_ledger_rows: int
    seconds: float


def generate_demo(
    club: Club,
    *,
    members: int,
    months: int,
    seed: int,
    today: date | None = None,
    ledger_per_member: float = LEDGER_PER_MEMBER,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add `members` made-up members who joined over the last `months` months,
    the club's catalogue, and about `ledger_per_member` ledger rows for each
    new member (cards sold, used, recharged...; 0: members only).

    On a database that already has members the new ones continue the member
    and card numbers, never reuse a phone on file, and their history starts
    after the ledger's last row. All or nothing: one transaction.
    """
    if members < 0 or months < 1 or ledger_per_member < 0:
        raise ValueError("members and ledger_per_member must be >= 0 and months >= 1")
    started = time.perf_counter()
    day = today or date.today()
    report = progress or (lambda done, total: None)
    total = members + round(members * ledger_per_member)
    with _without_cyclic_gc(), bulk_transaction(club.db) as connection:
        added = add_members(
            connection, random.Random(seed), count=members, months=months, today=day,
            progress=lambda done, _count: report(done, total),
        )
        money = add_money(
            connection, random.Random(f"money-{seed}"), members=added.added, today=day,
            ledger_per_member=ledger_per_member,
            progress=lambda done, _target: report(members + done, total),
        )
    report(total, total)
    return DemoSummary(
        members=added.members, children=added.children, archived=added.archived,
        name_grams=added.name_grams, tags=added.tags, first_member_no=added.first_member_no,
        last_member_no=added.last_member_no, services=money.services, products=money.products,
        cards=money.cards, operations=money.operations, ledger_rows=money.ledger_rows,
        visits=money.visits,
        heavy_member_no=money.heavy_member_no, heavy_ledger_rows=money.heavy_ledger_rows,
        seconds=time.perf_counter() - started,
    )


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """The load keeps millions of small objects alive until it ends; the cyclic
    collector's passes over them cost ~15 % of the demo and free nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
