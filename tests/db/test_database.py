import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from clubcrm.db import migrate
from clubcrm.db.database import driver, make_engine, open_database, read_pragma
from clubcrm.db.models import Base
from clubcrm.domain.errors import StorageError


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    """WAL, foreign keys, FULL sync and a busy timeout are set on read and write sessions."""
    db = open_database(tmp_path / "c.sqlite")
    for session_factory in (db.read, db.write):
        with session_factory() as session:
            assert read_pragma(session, "journal_mode") == "wal"
            assert read_pragma(session, "foreign_keys") == 1
            assert read_pragma(session, "synchronous") == 2
            assert read_pragma(session, "busy_timeout") >= 5000
    db.close()


def test_bulk_write_commits_without_checkpointing(tmp_path: Path) -> None:
    """A bulk write's commit leaves the log to the checkpointer thread (SQLite's own
    checkpoint is off in its transaction); the connection has its limit back after
    the write, committed or rolled back."""
    db = open_database(tmp_path / "c.sqlite")
    with db.write(bulk=True) as session:
        assert read_pragma(session, "wal_autocheckpoint") == 0
        connection = driver(session)
        session.execute(text("INSERT INTO settings (key, value) VALUES ('x', '1')"))
    assert connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    with pytest.raises(RuntimeError), db.write(bulk=True) as session:
        connection = driver(session)
        raise RuntimeError
    assert connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    with db.read() as session:
        assert session.execute(text("SELECT value FROM settings WHERE key = 'x'")).scalar() == "1"
    db.close()


def test_write_session_rolls_back_on_error(tmp_path: Path) -> None:
    """A failing action leaves nothing behind."""
    db = open_database(tmp_path / "c.sqlite")
    with pytest.raises(RuntimeError), db.write() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('x', '1')"))
        raise RuntimeError
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM settings")).scalar() == 0
    db.close()


def test_revisions_match_alembic_chain() -> None:
    """The revision list the app checks at start is exactly Alembic's chain."""
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == migrate.REVISIONS
    assert script.get_current_head() == migrate.HEAD


def test_migrations_match_models(tmp_path: Path) -> None:
    """The schema the migrations build is the schema the models describe."""
    db = open_database(tmp_path / "c.sqlite")
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.close()
    assert diff == []


def test_upgrade_from_first_revision_keeps_rows(tmp_path: Path) -> None:
    """A database made by the first release is upgraded at start without losing members."""
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.connect() as connection:
        migrate.upgrade(connection, migrate.REVISIONS[0])
        now = datetime(2025, 1, 1)
        connection.execute(
            text(
                "INSERT INTO members (member_no, name, name_initials, name_pinyin, phone, "
                "phone_rev, gender, joined_on, source_channel, notes, marketing_consent, "
                "status, created_at, updated_at) VALUES ('000001', '张三', 'zs', 'zhangsan', "
                "'13800138000', '00083100831', 'unknown', :d, '', '', 0, 'active', :t, :t)"
            ),
            {"d": date(2025, 1, 1), "t": now},
        )
        connection.commit()
    engine.dispose()
    db = open_database(path)
    with db.read() as session:
        assert session.execute(text("SELECT name FROM members")).scalars().all() == ["张三"]
        assert migrate.current_revision(session.connection()) == migrate.HEAD
    db.close()


def test_not_a_database_refused_and_untouched(tmp_path: Path) -> None:
    """A file that is not SQLite is refused with a message and left as it was."""
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a shopping list, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert "not a clubcrm database" in str(caught.value)
    assert path.read_bytes() == before


def test_damaged_database_refused(tmp_path: Path) -> None:
    """An SQLite header over garbage is refused, not repaired."""
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    before = path.read_bytes()
    with pytest.raises(StorageError):
        open_database(path)
    assert path.read_bytes() == before


def test_other_programs_database_refused(tmp_path: Path) -> None:
    """An SQLite database of another program is not taken over."""
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER)")
    with pytest.raises(StorageError):
        open_database(path)
    with sqlite3.connect(path) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert tables == [("recipes",)]


def test_newer_database_refused(tmp_path: Path) -> None:
    """A database written by a newer clubcrm is refused, not downgraded."""
    path = tmp_path / "c.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert "newer version" in str(caught.value)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
