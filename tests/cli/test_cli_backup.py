"""`clubcrm backup`, `clubcrm restore` and `clubcrm verify`: messages and exit status."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import QLockFile

from clubcrm.cli import main
from clubcrm.domain.member import MemberDraft
from clubcrm.services.app_lock import lock_path
from clubcrm.services.backup import list_backups
from clubcrm.services.club import open_club


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "club.sqlite"
    club = open_club(path)
    club.members.register(MemberDraft(name="张三", phone="13800138000"), operator=club.operator)
    club.close()
    return path


def members(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM members").fetchone()[0]
    finally:
        connection.close()


def run(*args: str) -> int:
    return main([*args, "--lang", "en"])


def test_backup_writes_a_verified_file(db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """`backup` writes into the backup folder and says where; --json gives the details."""
    assert run("backup", "--db", str(db)) == 0
    [info] = list_backups(tmp_path / "backups")
    assert f"Backup written and verified: {info.path}" in capsys.readouterr().out
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("backup", str(usb), "--db", str(db), "--json") == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["verified"] and Path(printed["file"]).parent == usb


def test_backup_to_a_missing_folder(db: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A destination folder that does not exist is a user error in one line."""
    assert run("backup", str(tmp_path / "nowhere"), "--db", str(db)) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1


def test_verify_good_and_damaged(db: Path, capsys: pytest.CaptureFixture[str],
                                 damage: Callable[[Path, str], None]) -> None:
    """`verify` passes a good database and names the first problem of a damaged one."""
    assert run("verify", "--db", str(db)) == 0
    assert "passed every check" in capsys.readouterr().out
    damage(db, "index")
    assert run("verify", "--db", str(db)) == 1
    assert f"{db} is damaged: SQLite's integrity check" in capsys.readouterr().err
    assert run("verify", "--db", str(db), "--json") == 1
    printed = json.loads(capsys.readouterr().out)
    assert printed["ok"] is False and "is damaged" in printed["problems"][0]


def test_verify_checks_references(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`verify` also finds a record pointing at one that does not exist."""
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("UPDATE members SET tier_id = 999")
    connection.close()
    assert run("verify", "--db", str(db)) == 1
    assert "pointing at records that do not exist" in capsys.readouterr().err


def test_restore_replaces_and_keeps_a_safety_copy(db: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`restore` puts the backup in place and names the safety copy of the old data."""
    assert run("backup", str(tmp_path / "saved.sqlite"), "--db", str(db)) == 0
    club = open_club(db)
    club.members.register(MemberDraft(name="李四", phone="13911112222"), operator=club.operator)
    club.close()
    capsys.readouterr()
    assert run("restore", str(tmp_path / "saved.sqlite"), "--db", str(db)) == 0
    assert "the data it replaced is kept in" in capsys.readouterr().out
    assert members(db) == 1
    [safety] = list_backups(tmp_path / "backups")
    assert safety.safety_copy and members(safety.path) == 2


def test_restore_refuses_a_bad_file(db: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is no backup is refused with exit 1 and the database is untouched."""
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    before = db.read_bytes()
    assert run("restore", str(bad), "--db", str(db)) == 1
    assert "not a readable clubcrm database" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_restore_refuses_while_the_app_runs(db: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """While the app holds the database's lock, `restore` refuses and changes nothing."""
    assert run("backup", str(tmp_path / "saved.sqlite"), "--db", str(db)) == 0
    app_lock = QLockFile(str(lock_path(db)))
    assert app_lock.tryLock(0)
    try:
        assert run("restore", str(tmp_path / "saved.sqlite"), "--db", str(db)) == 1
        assert "close it there first" in capsys.readouterr().err
    finally:
        app_lock.unlock()
    assert not (tmp_path / "backups").exists()
    assert run("restore", str(tmp_path / "saved.sqlite"), "--db", str(db)) == 0
