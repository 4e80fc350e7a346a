"""The write-ahead log is copied back into the database file by a thread of the
process soon after a write, not by the commit that happens to cross SQLite's
limit; the thread ends with the database."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import text

from clubcrm.db.database import driver, open_database


def _main_file_changed(path: Path, since: int, timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if path.stat().st_mtime_ns != since:
            return True
        time.sleep(0.02)
    return False


def test_a_small_write_is_checkpointed_in_the_background(tmp_path: Path) -> None:
    """One small commit (far below SQLite's 1,000-page limit) reaches the main file
    within moments, without any checkpoint asked for; closing stops the thread."""
    path = tmp_path / "c.sqlite"
    db = open_database(path)
    with db.write() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('a', '1')"))
    time.sleep(0.3)
    before = path.stat().st_mtime_ns
    with db.write() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('b', '2')"))
    assert _main_file_changed(path, before)
    db.close()
    assert not [t for t in threading.enumerate() if t.name == "clubcrm-wal-checkpoint"
                and t.is_alive()]


def test_the_driver_connection_is_the_transactions(tmp_path: Path) -> None:
    """`driver` hands out the connection of the session's current transaction, the same
    one each time within it, and the live one again after the session commits."""
    db = open_database(tmp_path / "c.sqlite")
    with db.read() as session:
        first = driver(session)
        assert driver(session) is first
        assert first.execute("SELECT count(*) FROM settings").fetchone()[0] >= 0
        session.commit()
        assert driver(session).in_transaction
    db.close()
