"""Killing the process at any moment of a backup or a restore leaves a working
database and never a half-written backup that is listed as good."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clubcrm.services.backup import list_backups
from clubcrm.services.club import Club, open_club
from clubcrm.services.demo import generate_demo
from clubcrm.services.verification import verify_file

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 5  # kills, each at a random moment of a backup or a restore
MAX_ROUNDS = 15  # more while no backup has finished yet (a busy machine is slower)
# Backs up, restores a random backup and writes, forever, in small copy steps
# so that a kill lands inside a copy as often as between them.
WORKER = """
import random, sys, time
from pathlib import Path
from clubcrm.db import snapshot
from clubcrm.domain.member import MemberDraft
from clubcrm.services.backup import BackupService, list_backups
from clubcrm.services.club import open_club
from clubcrm.services.restore import restore

snapshot.PAGES_PER_STEP = 8
db, rng = Path(sys.argv[1]), random.Random(int(sys.argv[2]))
print("ready", flush=True)
while True:
    club = open_club(db)
    phone = f"13{time.time_ns() % 10**9:09d}"
    club.members.register(MemberDraft(name="新会员", phone=phone), operator=club.operator)
    BackupService(club.db, club.settings).backup(operator=None)
    club.close()
    backups = [b for b in list_backups(db.parent / "backups") if not b.safety_copy]
    restore(rng.choice(backups).path, db_path=db)
"""


@pytest.mark.slow
def test_kill_during_backup_and_restore(club: Club, tmp_path: Path) -> None:
    """SIGKILL at random moments, several times: the database opens and verifies, and
    every backup listed verifies too."""
    generate_demo(club, members=300, months=2, seed=5)
    club.close()
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # A number of rounds, not a time budget: on a busy machine each round is
    # slower, and fewer rounds would test less, not fail.
    for rounds in range(MAX_ROUNDS):
        worker = subprocess.Popen([sys.executable, "-c", WORKER, str(club.db.path),
                                   str(rounds)], stdout=subprocess.PIPE, text=True, env=env)
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.05, 2.5))
        assert worker.poll() is None, "the worker stopped by itself"
        worker.kill()
        worker.wait()
        worker.stdout.close()
        assert verify_file(club.db.path) == []
        open_club(club.db.path).close()
        # A kill may land before the first backup is finished: none listed is
        # fine then; one listed that does not verify is not.
        assert all(b.verify().verified for b in list_backups(tmp_path / "backups"))
        if rounds + 1 >= ROUNDS and list_backups(tmp_path / "backups"):
            break
    assert list_backups(tmp_path / "backups"), "no backup was ever finished"
