"""Restore: a bad backup changes nothing; a good one replaces the database atomically
after a safety copy of the current one is kept."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from clubcrm.domain.errors import DatabaseDamaged, StorageError
from clubcrm.domain.member import MemberDraft, MemberFilter
from clubcrm.services.backup import BackupService, list_backups
from clubcrm.services.club import Club, open_club
from clubcrm.services.restore import restore
from clubcrm.services.verification import verify_file

# Commits a member and dies without closing: its WAL keeps the change.
CRASH_AFTER_WRITE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute("UPDATE members SET name = 'in the wal' WHERE id = 1")
os._exit(0)
"""


def add(club: Club, name: str, phone: str) -> None:
    club.members.register(MemberDraft(name=name, phone=phone), operator=club.operator)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM members ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture
def backed_up(club: Club) -> Path:
    """The club with one member in a backup and a second one added after it; closed."""
    add(club, "张三", "13800138000")
    backup = BackupService(club.db, club.settings).backup(operator=None).path
    add(club, "李四", "13911112222")
    club.close()
    return backup


def test_restore_refuses_a_corrupt_file_and_changes_nothing(
        backed_up: Path, club: Club, damage: Callable[[Path, str], None]) -> None:
    """A damaged backup is refused with its problem; the database and folder stay as they were."""
    damage(backed_up, "index")
    before = digest(club.db.path)
    with pytest.raises(DatabaseDamaged, match=backed_up.name):
        restore(backed_up, db_path=club.db.path)
    assert digest(club.db.path) == before
    assert [b.path for b in list_backups(backed_up.parent)] == [backed_up]
    assert sorted(p.name for p in club.db.path.parent.glob("club.sqlite*")) == ["club.sqlite"]


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00"])
def test_restore_refuses_what_is_not_a_backup(club: Club, tmp_path: Path,
                                              content: bytes) -> None:
    """An empty file, a text file or a truncated header is no backup; nothing changes."""
    club.close()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(content)
    before = digest(club.db.path)
    with pytest.raises(StorageError):
        restore(bogus, db_path=club.db.path)
    assert digest(club.db.path) == before


def test_restore_swaps_and_keeps_a_safety_copy(backed_up: Path, club: Club) -> None:
    """After a restore the club opens with the backup's data; the replaced data is kept."""
    info = restore(backed_up, db_path=club.db.path)
    reopened = open_club(club.db.path)
    try:
        assert reopened.members.count(MemberFilter()) == 1
    finally:
        reopened.close()
    assert info.safety_copy is not None and info.safety_copy.name.startswith("pre-restore-")
    assert names(info.safety_copy) == ["张三", "李四"]
    listed = list_backups(backed_up.parent)
    assert [b.safety_copy for b in listed] == [True, False]
    assert all(b.verify().verified for b in listed)


def test_old_wal_goes_into_the_safety_copy_never_into_the_restored_file(
        backed_up: Path, club: Club) -> None:
    """A crashed session's -wal is part of the safety copy and is not replayed afterwards."""
    subprocess.run([sys.executable, "-c", CRASH_AFTER_WRITE, str(club.db.path)], check=True)
    wal = club.db.path.with_name("club.sqlite-wal")
    assert wal.exists() and wal.stat().st_size > 0
    info = restore(backed_up, db_path=club.db.path)
    assert names(club.db.path) == ["张三"]
    assert info.safety_copy is not None and names(info.safety_copy)[0] == "in the wal"
    assert verify_file(club.db.path) == []


def test_restore_replaces_a_damaged_database(backed_up: Path, club: Club,
                                             damage: Callable[[Path, str], None]) -> None:
    """A database too damaged to open is kept as it is and replaced by the backup."""
    damage(club.db.path, "schema")
    damaged = digest(club.db.path)
    info = restore(backed_up, db_path=club.db.path)
    assert verify_file(club.db.path) == [] and names(club.db.path) == ["张三"]
    assert info.safety_copy is not None and digest(info.safety_copy) == damaged
