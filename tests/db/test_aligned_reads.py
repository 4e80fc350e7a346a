"""Aligned readers see one state of the database while another connection keeps
committing, and that writer is not refused meanwhile."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from clubcrm.db.aligned_reads import aligned_readers


def _database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, value INTEGER)")
    connection.commit()
    connection.close()


def test_the_readers_agree_while_a_writer_commits_all_the_time(tmp_path: Path) -> None:
    path = tmp_path / "club.sqlite"
    _database(path)
    stop = threading.Event()
    errors: list[Exception] = []
    committed = [0]

    def write() -> None:
        connection = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            while not stop.is_set():
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("INSERT INTO rows (value) VALUES (1)")
                connection.execute("COMMIT")
                committed[0] += 1
        except sqlite3.Error as exc:  # "database is locked" would land here
            errors.append(exc)
        finally:
            connection.close()

    writer = threading.Thread(target=write)
    writer.start()
    seen = []
    try:
        for _ in range(200):
            with aligned_readers(path, 3) as readers:
                counts = [reader.execute("SELECT count(*) FROM rows").fetchone()[0]
                          for reader in readers]
                # Still the same after more commits: each reader holds its snapshot.
                again = [reader.execute("SELECT count(*) FROM rows").fetchone()[0]
                         for reader in reversed(readers)]
            assert len(set(counts)) == 1 and again == counts
            seen.append(counts[0])
    finally:
        stop.set()
        writer.join()
    assert errors == []
    assert len(set(seen)) > 10 and committed[0] > seen[0]  # the writer did move on


def test_the_readers_are_read_only_and_closed_afterwards(tmp_path: Path) -> None:
    path = tmp_path / "club.sqlite"
    _database(path)
    with aligned_readers(path, 2) as readers:
        for reader in readers:
            try:
                reader.execute("INSERT INTO rows (value) VALUES (1)")
            except sqlite3.OperationalError as exc:
                assert "readonly" in str(exc)
            else:
                raise AssertionError("a reader could write")
    for reader in readers:
        try:
            reader.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            continue
        raise AssertionError("a reader was left open")
