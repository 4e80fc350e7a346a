"""Start-up checks: one copy of the app per database (a crashed copy's lock is taken
over), and no database on a network drive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from clubcrm.domain.errors import StorageError
from clubcrm.services.app_lock import lock_path

from clubcrm.ui import startup

ROOT = Path(__file__).resolve().parents[2]
HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes the code under test shows (none is really shown)."""
    texts: list[str] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text: texts.append(text))
    return texts


def test_second_copy_is_refused(qapp: object, tmp_path: Path, shown: list[str]) -> None:
    """While one copy holds the database's lock, a second one is told so and gets none."""
    db = tmp_path / "club.sqlite"
    first = startup.claim_database(db)
    assert first is not None and first.isLocked()
    assert startup.claim_database(db) is None
    assert "already open" in shown[0] and str(db) in shown[0]
    first.unlock()
    assert startup.claim_database(db) is not None


def test_lock_of_a_killed_copy_is_taken_over(qapp: object, tmp_path: Path,
                                             shown: list[str]) -> None:
    """A copy that was killed leaves its lock file behind; the next start takes it over."""
    db = tmp_path / "club.sqlite"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(lock_path(db))],
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    other = QLockFile(str(lock_path(db)))
    assert not other.tryLock(0)  # two QLockFiles: only one holds it
    holder.kill()
    holder.wait()
    holder.stdout.close()
    assert lock_path(db).exists()
    assert startup.claim_database(db) is not None and not shown


def test_network_drive_is_refused(qapp: object, tmp_path: Path, shown: list[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A database on a network drive is refused with the explanation; no lock is taken."""
    def on_a_share(path: Path) -> None:
        raise StorageError("{path} is on a network drive ({kind}).", path=str(path),
                           kind="cifs")

    monkeypatch.setattr(startup, "check_local", on_a_share)
    db = tmp_path / "club.sqlite"
    assert startup.claim_database(db) is None
    assert shown == [f"{db} is on a network drive (cifs)."]
    assert not lock_path(db).exists()
