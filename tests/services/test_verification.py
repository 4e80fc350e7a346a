"""The checks that decide whether a database file (live or a backup) can be trusted."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from clubcrm.domain.errors import DatabaseDamaged, StorageError
from clubcrm.domain.member import MemberDraft
from clubcrm.services import verification
from clubcrm.services.club import Club
from clubcrm.services.verification import verify_file


def test_a_new_club_verifies(club: Club) -> None:
    """A fresh club passes every check, also while it is open."""
    club.members.register(MemberDraft(name="张三", phone="13800138000"), operator=club.operator)
    assert verify_file(club.db.path) == []


def test_damage_is_named(club: Club, damage: Callable[[Path, str], None]) -> None:
    """A damaged index is reported as damage, naming the file."""
    club.close()
    damage(club.db.path, "index")
    [problem] = verify_file(club.db.path)
    assert isinstance(problem, DatabaseDamaged)
    assert str(problem).startswith(f"{club.db.path} is damaged")


def test_another_programs_database(tmp_path: Path) -> None:
    """An SQLite file without our schema revision is not a clubcrm database."""
    path = tmp_path / "other.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    [problem] = verify_file(path)
    assert "another program" in str(problem) and not isinstance(problem, DatabaseDamaged)


def test_newer_schema_revision(club: Club) -> None:
    """A schema revision this app does not know means a newer app wrote the file."""
    club.close()
    connection = sqlite3.connect(club.db.path, isolation_level=None)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert "newer version" in str(verify_file(club.db.path)[0])


def test_broken_reference(club: Club) -> None:
    """A member pointing at a tier that does not exist fails the foreign key check."""
    club.members.register(MemberDraft(name="张三", phone="13800138000"), operator=club.operator)
    club.close()
    connection = sqlite3.connect(club.db.path, isolation_level=None)
    connection.execute("UPDATE members SET tier_id = 999")
    connection.close()
    assert verify_file(club.db.path) == []  # a backup's check leaves references out
    [problem] = verify_file(club.db.path, checks=verification.DATABASE_CHECKS)
    assert "table members, row 1" in str(problem)


@pytest.mark.parametrize("content", [None, b"", b"hello"])
def test_missing_or_not_a_database(tmp_path: Path, content: bytes | None) -> None:
    """No file, an empty file or a text file each give one clear problem."""
    path = tmp_path / "x.sqlite"
    if content is not None:
        path.write_bytes(content)
    [problem] = verify_file(path)
    assert isinstance(problem, StorageError) and str(path) in str(problem)


def test_checks_are_a_list_to_append_to(club: Club, monkeypatch: pytest.MonkeyPatch) -> None:
    """A later issue adds a check by appending it to CONTENT_CHECKS; its problem is reported."""
    extra = DatabaseDamaged("{path}: the ledger does not add up.", path="x")
    monkeypatch.setattr(verification, "CONTENT_CHECKS",
                        [*verification.CONTENT_CHECKS, lambda _c: [extra]])
    assert verify_file(club.db.path) == [extra]
