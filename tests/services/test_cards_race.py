"""Two reception PCs spend the last ¥100 of the same card at the same moment:
one is served, the other is told the balance is not enough, and the card
ends at ¥0.00 with one consumption (two processes on one club file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from money_world import World, new_key, read_only, worker_env, world_fixture  # noqa: F401

from clubcrm.domain.cards import PaymentMethod
from clubcrm.services.verification import DATABASE_CHECKS, verify_file

ROUNDS = 5
# Opens the club, says "ready", then for each card waits for its start flag and
# spends ¥100 from it, reporting "ok" or "refused <message>".
WORKER = """
import sys, time
from pathlib import Path
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.errors import ClubError
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from money_world import new_key, reopen_world

path, flags, cards = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3].split(",")
world = reopen_world(path)
print("ready", flush=True)
for number, card in enumerate(cards):
    request = ConsumptionRequest(world.members[0], (SaleItem(world.lesson, 1),),
                                 card_id=int(card), card_amount_fen=10000,
                                 method=PaymentMethod.CASH)
    while not (flags / f"go{number}").exists():
        time.sleep(0.0002)
    try:
        world.club.cards.consume(request, key=new_key(), operator=world.reception)
    except ClubError as error:
        print("refused", error, flush=True)
    else:
        print("ok", flush=True)
world.club.close()
"""


def test_two_processes_spend_the_last_100_yuan(world: World, tmp_path: Path) -> None:
    """Exactly one of two simultaneous ¥100 spends succeeds on a card holding ¥100; the
    other gets "not enough balance"; the card ends at ¥0.00 with one consumption."""
    cards = [world.club.cards.sell(world.members[0], world.season, method=PaymentMethod.CASH,
                                   paid_fen=10000, key=new_key(), operator=world.owner)
             for _ in range(ROUNDS)]
    flags = tmp_path / "flags"
    flags.mkdir()
    card_list = ",".join(str(card.card_id) for card in cards)
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(world.path), str(flags),
                                 card_list], stdout=subprocess.PIPE, text=True,
                                env=worker_env()) for _ in range(2)]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
        for number, card in enumerate(cards):
            (flags / f"go{number}.tmp").touch()
            (flags / f"go{number}.tmp").rename(flags / f"go{number}")  # both see it at once
            answers = sorted(worker.stdout.readline() for worker in workers if worker.stdout)
            assert answers[0] == "ok\n", answers
            assert answers[1] == (f"refused Not enough balance on card {card.entries[0].card_no}"
                                  ": it holds ¥0.00, ¥100.00 is needed.\n")
    finally:
        for worker in workers:
            assert worker.wait(timeout=60) == 0
            if worker.stdout:
                worker.stdout.close()
    with read_only(world.path) as connection:
        for card in cards:
            held = connection.execute("SELECT principal_fen, bonus_fen FROM cards WHERE id = ?",
                                      (card.card_id,)).fetchone()
            spent = connection.execute("SELECT count(*), sum(principal_delta) FROM ledger "
                                       "WHERE card_id = ? AND kind = 'consume'",
                                       (card.card_id,)).fetchone()
            assert held == (0, 0) and spent == (1, -10000)
    assert verify_file(world.path, checks=DATABASE_CHECKS) == []
