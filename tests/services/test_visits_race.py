"""Two reception PCs in the evening rush: check-ins and recharges on the same
cards from two processes at once. No "database is locked" reaches anybody,
every check-in is charged once, and `verify` passes afterwards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from money_world import World, ledger_problems, new_key, read_only, worker_env, world_fixture  # noqa: F401

from clubcrm.domain.cards import PaymentMethod
from clubcrm.services.settings import VISIT_ENTRY_SERVICE_ID, VISIT_REPEAT_MINUTES
from clubcrm.services.verification import DATABASE_CHECKS, verify_file

CHECK_INS, RECHARGES = 60, 10  # per process
# Waits for the start flag, then interleaves check-ins and recharges, printing
# one line per operation: "ok" or the error (a user would have seen it).
WORKER = """
import sys, time
from pathlib import Path
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.visits import CheckInRequest
from money_world import new_key, reopen_world

path, flag, cards = Path(sys.argv[1]), Path(sys.argv[2]), [int(c) for c in sys.argv[3].split(",")]
checkins, recharges = int(sys.argv[4]), int(sys.argv[5])
world = reopen_world(path)
print("ready", flush=True)
while not flag.exists():
    time.sleep(0.0002)
for number in range(checkins + recharges):
    member = world.members[number % len(world.members)]
    try:
        if number % 7 == 6 and recharges:
            recharges -= 1
            world.club.cards.recharge(cards[number % len(cards)], 10000,
                                      method=PaymentMethod.WECHAT, key=new_key(),
                                      operator=world.reception)
        else:
            world.club.visits.check_in(CheckInRequest(member), key=new_key(),
                                       operator=world.reception)
        print("ok", flush=True)
    except Exception as error:
        print("error", type(error).__name__, error, flush=True)
world.club.close()
"""


def test_two_desks_check_in_and_recharge_at_once(world: World, tmp_path: Path) -> None:
    """120 check-ins and 20 recharges from two processes: all served, money consistent."""
    club = world.club
    club.settings.set(VISIT_ENTRY_SERVICE_ID, world.swim, operator=world.owner)
    club.settings.set(VISIT_REPEAT_MINUTES, 0, operator=world.owner)
    cards = [club.cards.sell(member, world.stored, method=PaymentMethod.CASH, paid_fen=500000,
                             key=new_key(), operator=world.owner).card_id
             for member in world.members]
    flag = tmp_path / "go"
    args = [str(world.path), str(flag), ",".join(map(str, cards)), str(CHECK_INS),
            str(RECHARGES)]
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, *args], stdout=subprocess.PIPE,
                                text=True, env=worker_env()) for _ in range(2)]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
        flag.touch()
        outputs = [worker.communicate(timeout=120)[0] for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    lines = [line for output in outputs for line in output.splitlines()]
    assert [line for line in lines if line != "ok"] == []
    assert len(lines) == 2 * (CHECK_INS + RECHARGES)
    with read_only(world.path) as connection:
        assert connection.execute("SELECT count(*) FROM visits").fetchone()[0] == 2 * CHECK_INS
        assert ledger_problems(connection) == []
    assert verify_file(world.path, checks=DATABASE_CHECKS) == []
