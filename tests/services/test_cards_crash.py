"""Writers killed with SIGKILL at random moments, round after round, never leave
money half-written: the file verifies, every operation a writer saw succeed is
there with all its ledger rows, and no operation is partly there (DESIGN.md
section 7: "including a process killed mid-operation")."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

from money_world import (  # noqa: F401 (world_fixture)
    World,
    ledger_problems,
    new_key,
    read_only,
    worker_env,
    world_fixture,
)

from clubcrm.domain.cards import PaymentMethod
from clubcrm.services.verification import DATABASE_CHECKS, verify_file

WRITERS = 3
ROUNDS = 5
# Random money operations on the cards it is given and those it sells, forever.
# After each success it appends "key kind rows" to its journal in one write.
WORKER = """
import os, random, sys, uuid
from pathlib import Path
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.errors import ClubError
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from money_world import reopen_world

path, journal, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
cards = [int(card) for card in sys.argv[4].split(",")]
rng, world = random.Random(seed), reopen_world(path)
club, owner, members, cash = world.club, world.owner, world.members, PaymentMethod.CASH
undoable = []
out = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
OPS = {
    "sell": lambda key: club.cards.sell(rng.choice(members), world.stored, method=cash,
                                        paid_fen=rng.randint(1, 200000), key=key,
                                        operator=owner),
    "recharge": lambda key: club.cards.recharge(rng.choice(cards), rng.randint(1, 50000),
                                                method=cash, key=key, operator=owner),
    "consume": lambda key: club.cards.consume(ConsumptionRequest(
        members[0], (SaleItem(world.swim, rng.randint(1, 3)),), card_id=rng.choice(cards),
        method=cash), key=key, operator=owner),
    "transfer": lambda key: club.cards.transfer(rng.choice(cards), rng.choice(cards),
                                                rng.randint(1, 20000), key=key, operator=owner),
    "freeze": lambda key: club.card_care.freeze(rng.choice(cards), key=key, operator=owner),
    "unfreeze": lambda key: club.card_care.unfreeze(rng.choice(cards), key=key, operator=owner),
    "reverse": lambda key: club.card_care.reverse(rng.choice(undoable or [1]), reason="mistake",
                                                  key=key, operator=owner),
    "adjust": lambda key: club.card_care.adjust(card_id=rng.choice(cards),
                                                bonus_fen=rng.randint(1, 1000), reason="fix",
                                                key=key, operator=owner),
    "refund": lambda key: club.cards.refund(rng.choice(cards), method=cash, key=key,
                                            operator=owner)[0],
}
WEIGHTS = [3, 4, 6, 3, 1, 1, 2, 1, 0.2]
print("ready", flush=True)
while True:
    kind = rng.choices(list(OPS), WEIGHTS)[0]
    key = f"{seed}-{uuid.uuid4().hex[:16]}"
    try:
        result = OPS[kind](key)
    except ClubError:
        continue
    os.write(out, f"{key} {result.kind} {len(result.entries)}\\n".encode())
    if kind == "sell":
        cards.append(result.card_id)
    if kind in ("sell", "recharge", "consume", "transfer", "adjust"):
        undoable.append(result.entries[0].id)
"""
# Operations written only partly: each query names the operations (or rows) at fault.
HALF_WRITTEN = {
    "an operation without ledger rows":
        "SELECT o.id FROM operations o WHERE NOT EXISTS "
        "(SELECT 1 FROM ledger l WHERE l.op_id = o.id)",
    "a ledger row without its operation":
        "SELECT l.id FROM ledger l LEFT JOIN operations o ON o.id = l.op_id WHERE o.id IS NULL",
    "a gap in an operation's lines":
        "SELECT op_id FROM ledger GROUP BY op_id HAVING count(*) != max(line) + 1",
    "an operation with the wrong number of rows":
        "SELECT o.id FROM operations o JOIN (SELECT op_id, count(*) AS n, "
        "min(reverses_id) AS reverses FROM ledger GROUP BY op_id) l ON l.op_id = o.id "
        "WHERE l.n != CASE o.kind WHEN 'transfer' THEN 2 WHEN 'reverse' THEN "
        "(SELECT count(*) FROM ledger x WHERE x.op_id = (SELECT r.op_id FROM ledger r "
        "WHERE r.id = l.reverses)) ELSE 1 END",
    "a card without its sale":
        "SELECT c.id FROM cards c WHERE NOT EXISTS "
        "(SELECT 1 FROM ledger l WHERE l.card_id = c.id AND l.kind = 'open')",
    "a refund, reversal or adjustment without its audit row":
        "SELECT o.id FROM operations o WHERE o.kind IN ('refund', 'reverse', 'adjust') "
        "AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.subject = printf('OP%08d', o.id))",
}


def _start(world: World, journal: Path, seed: int, cards: str, log: Path) -> subprocess.Popen:
    with log.open("a") as errors:
        return subprocess.Popen(
            [sys.executable, "-c", WORKER, str(world.path), str(journal), str(seed), cards],
            stdout=subprocess.PIPE, stderr=errors, text=True, env=worker_env())


def _kill_round(world: World, tmp_path: Path, round_no: int, cards: str,
                rng: random.Random) -> None:
    """Start the writers, let them work, SIGKILL them one by one at random moments."""
    workers = [_start(world, tmp_path / f"journal{n}", round_no * WRITERS + n, cards,
                      tmp_path / f"errors{n}.log") for n in range(WRITERS)]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
    time.sleep(rng.uniform(0.3, 1.2))
    for number, worker in enumerate(workers):
        errors = (tmp_path / f"errors{number}.log").read_text()
        assert worker.poll() is None, f"writer {number} stopped by itself:\n{errors}"
        worker.kill()
        worker.wait()
        assert worker.stdout is not None
        worker.stdout.close()
        time.sleep(rng.uniform(0, 0.15))


def _journaled(tmp_path: Path) -> list[tuple[str, str, int]]:
    """Every operation a writer saw succeed (a line cut by the kill is not complete)."""
    done = []
    for journal in sorted(tmp_path.glob("journal*")):
        for line in journal.read_text().splitlines(keepends=True):
            if line.endswith("\n"):
                key, kind, rows = line.split()
                done.append((key, kind, int(rows)))
    return done


def _assert_nothing_half_written(world: World, tmp_path: Path) -> int:
    assert verify_file(world.path, checks=DATABASE_CHECKS) == []
    with read_only(world.path) as connection:
        assert ledger_problems(connection) == []
        for problem, query in HALF_WRITTEN.items():
            assert connection.execute(query).fetchall() == [], problem
        stored = {key: (kind, rows) for key, kind, rows in connection.execute(
            "SELECT o.key, o.kind, count(l.id) FROM operations o "
            "JOIN ledger l ON l.op_id = o.id GROUP BY o.id")}
    journaled = _journaled(tmp_path)
    for key, kind, rows in journaled:
        assert stored.get(key) == (kind, rows), f"{key} ({kind}) was reported done"
    return len(journaled)


def test_killed_writers_leave_no_half_written_money(world: World, tmp_path: Path) -> None:
    """Several rounds of writers killed mid-work: after each, verify passes and every
    journaled operation is there whole, with nothing partly written."""
    cards = [world.club.cards.sell(member, world.stored, method=PaymentMethod.CASH,
                                   paid_fen=100000, key=new_key(), operator=world.owner).card_id
             for member in world.members for _ in range(2)]
    world.club.close()
    rng, card_list = random.Random(11), ",".join(map(str, cards))
    for round_no in range(ROUNDS):
        _kill_round(world, tmp_path, round_no, card_list, rng)
        done = _assert_nothing_half_written(world, tmp_path)
    assert done >= 50, f"only {done} operations were done: the writers hardly worked"
