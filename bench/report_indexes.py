"""What migration 0010's ledger indexes (the report's) cost the money
operations: the same recharges and consumptions on two copies of the bench
club, one with the ledger indexes of revision 0009 and one with those of 0010,
interleaved operation by operation, so that the machine's load (other
processes, the disk) falls on both alike. The `money` bench measures one
schema at a time; run apart, its figures moved by more than the indexes can.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import uuid
from functools import partial
from pathlib import Path

from bench.money import _spendable_cards, _timed
from bench.stats import Row, ms, percentile
from clubcrm.domain.cards import PaymentMethod
from clubcrm.services.club import Club, open_club
from clubcrm.services.consumption import ConsumptionRequest, SaleItem

OPERATIONS = 1_000  # of each kind, on each copy
# Back from 0010's ledger indexes to 0009's (the schema version stays 0010).
INDEXES_OF_0009 = ("DROP INDEX ix_ledger_card_events", "DROP INDEX ix_ledger_at",
                   "CREATE INDEX ix_ledger_at ON ledger (at)")


def run(path: Path, *, runs: int) -> list[Row]:
    del runs  # one interleaved run of OPERATIONS of each kind
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        new, old = Path(scratch) / "new.sqlite", Path(scratch) / "old.sqlite"
        shutil.copyfile(path, new)
        open_club(new).close()  # brought up to 0010
        shutil.copyfile(new, old)
        with sqlite3.connect(old) as connection:
            for sql in INDEXES_OF_0009:
                connection.execute(sql)
        clubs = {"0009": open_club(old), "0010": open_club(new)}
        try:
            samples = _interleaved(clubs, *_spendable_cards(new))
        finally:
            for club in clubs.values():
                club.close()
    return _rows(samples)


def _interleaved(clubs: dict[str, Club], cards: list[tuple[int, int]],
                 service_id: int) -> dict[tuple[str, str], list[float]]:
    rng = random.Random(7)
    samples: dict[tuple[str, str], list[float]] = {
        (label, kind): [] for label in clubs for kind in ("recharge", "consume")}
    for _ in range(OPERATIONS):
        card_id, member_id = rng.choice(cards)
        amount = rng.randrange(100, 50_000) * 100
        request = ConsumptionRequest(member_id, (SaleItem(service_id),), card_id=card_id,
                                     method=PaymentMethod.CASH)
        for label, club in clubs.items():
            samples[label, "recharge"].append(_timed(partial(_recharge, club, card_id, amount)))
            samples[label, "consume"].append(_timed(partial(_consume, club, request)))
    return samples


def _recharge(club: Club, card_id: int, amount: int) -> None:
    club.cards.recharge(card_id, amount, method=PaymentMethod.WECHAT, key=uuid.uuid4().hex,
                        operator=club.operator)


def _consume(club: Club, request: ConsumptionRequest) -> None:
    club.cards.consume(request, key=uuid.uuid4().hex, operator=club.operator)


def _rows(samples: dict[tuple[str, str], list[float]]) -> list[Row]:
    rows = []
    for kind in ("recharge", "consume"):
        old, new = (percentile(samples[label, kind], 50) for label in ("0009", "0010"))
        old99, new99 = (percentile(samples[label, kind], 99) for label in ("0009", "0010"))
        rows += [
            Row("report_indexes", f"{kind} p50 with 0010's ledger indexes", ms(new), "ms",
                note=f"with 0009's: {ms(old):.3f} ms; p99 {ms(new99):.1f} ms "
                     f"(0009's: {ms(old99):.1f} ms); n={len(samples['0010', kind])}"),
            Row("report_indexes", f"{kind} p50, 0010's / 0009's indexes", new / old, "x",
                note="interleaved on two copies"),
        ]
    return rows
