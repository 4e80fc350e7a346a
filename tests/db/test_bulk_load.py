"""Indexes dropped for a big load and built after it (clubcrm/db/bulk_load.py)."""

from __future__ import annotations

import sqlite3

import pytest

from clubcrm.db.bulk_load import indexes_after_load, outgrown


@pytest.fixture
def connection() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.executescript("""
        CREATE TABLE small (id INTEGER PRIMARY KEY, v TEXT);
        CREATE INDEX ix_small_v ON small (v);
        CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT UNIQUE, w INTEGER);
        CREATE INDEX ix_big_w ON big (w) WHERE w IS NOT NULL;
    """)
    connection.executemany("INSERT INTO small (v) VALUES (?)", [(str(n),) for n in range(10)])
    connection.executemany("INSERT INTO big (v, w) VALUES (?, ?)",
                           [(str(n), n) for n in range(1000)])
    return connection


def _indexes(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    return connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                              "AND sql IS NOT NULL ORDER BY name").fetchall()


def test_outgrown_names_the_tables_the_load_at_least_doubles(
        connection: sqlite3.Connection) -> None:
    """A load as big as the table's rows outgrows it; a smaller one or none does not."""
    assert outgrown(connection, {"small": 10, "big": 999}) == ["small"]
    assert outgrown(connection, {"small": 9, "big": 1000}) == ["big"]
    assert outgrown(connection, {"small": 0}) == []
    connection.execute("DELETE FROM big")
    assert outgrown(connection, {"big": 1}) == ["big"]


def test_indexes_rebuilt_exactly_after_the_load(connection: sqlite3.Connection) -> None:
    """During the load the table has no secondary index; after it, the same ones as before."""
    before = _indexes(connection)
    connection.execute("BEGIN")
    with indexes_after_load(connection, ["big"]):
        assert [name for name, _sql in _indexes(connection)] == ["ix_small_v"]
        connection.executemany("INSERT INTO big (v, w) VALUES (?, ?)",
                               [(f"x{n}", n) for n in range(100)])
    connection.execute("COMMIT")
    assert _indexes(connection) == before
    plan = connection.execute("EXPLAIN QUERY PLAN SELECT id FROM big WHERE w = 5").fetchall()
    assert "ix_big_w" in plan[0][-1]


def test_an_error_in_the_load_leaves_the_rollback_to_restore_them(
        connection: sqlite3.Connection) -> None:
    """Nothing is rebuilt on an error; the caller's rollback brings the indexes back."""
    before = _indexes(connection)
    connection.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError), indexes_after_load(connection, ["small", "big"]):
        connection.execute("INSERT INTO big (v) VALUES ('1')")  # v is UNIQUE: still enforced
    assert _indexes(connection) == []
    connection.execute("ROLLBACK")
    assert _indexes(connection) == before
