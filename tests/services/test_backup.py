"""Backups: written through the backup API, verified, named only when complete, rotated."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from clubcrm.db import snapshot
from clubcrm.domain.audit import AuditAction, AuditFilter
from clubcrm.domain.errors import ClubError, DatabaseDamaged, PermissionDenied
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.staff import Role
from clubcrm.services import backup as backup_module
from clubcrm.services.backup import BackupService, list_backups
from clubcrm.services.club import Club, open_club
from clubcrm.services.restore import restore
from clubcrm.services.settings import BACKUP_FOLDER, BACKUPS_TO_KEEP

ROOT = Path(__file__).resolve().parents[2]
NAME = r"clubcrm-\d{8}-\d{6}(-\d+)?\.sqlite"
# Single-row writes in another process, timed; stops when the stop file appears.
WRITER = """
import json, sqlite3, sys, time
from pathlib import Path
db, stop, out = sys.argv[1:4]
connection = sqlite3.connect(db, isolation_level=None, timeout=30)
connection.execute("PRAGMA synchronous=FULL")
waits = []
while not Path(stop).exists():
    started = time.monotonic()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('writer', ?)",
                       (json.dumps(started),))
    connection.execute("COMMIT")
    waits.append(time.monotonic() - started)
    time.sleep(0.002)
Path(out).write_text(json.dumps(waits))
"""


def register(club: Club, count: int, *, start: int = 0) -> None:
    for n in range(start, start + count):
        club.members.register(MemberDraft(name=f"会员{n}", phone=f"139{n:08d}"),
                              operator=club.operator)


def members_in(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM members").fetchone()[0]
    finally:
        connection.close()


def test_backup_is_a_verified_complete_file(club: Club, tmp_path: Path) -> None:
    """A backup lands in `backups` beside the database, verified, self-contained."""
    register(club, 5)
    info = BackupService(club.db, club.settings).backup(operator=None)
    assert info.path.parent == tmp_path / "backups" and re.fullmatch(NAME, info.path.name)
    assert info.verified and info.size == info.path.stat().st_size
    assert pytest.approx(info.taken_at.timestamp(), abs=5) == time.time()
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]
    assert members_in(info.path) == 5
    assert list_backups(info.path.parent)[0].verify().verified


def test_backup_while_another_process_writes(club: Club, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup finishes while another process keeps writing, and never holds it up long."""
    register(club, 300)
    monkeypatch.setattr(snapshot, "PAGES_PER_STEP", 4)  # many steps: writes land between
    stop, out = tmp_path / "stop", tmp_path / "waits.json"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(club.db.path), str(stop),
                               str(out)])
    try:
        time.sleep(0.5)  # the writer is importing and writing
        info = BackupService(club.db, club.settings).backup(operator=None)
        time.sleep(0.2)
    finally:
        stop.touch()
        writer.wait(timeout=30)
    waits = json.loads(out.read_text())
    assert info.verified and members_in(info.path) == 300
    assert len(waits) > 10
    assert max(waits) < 2.0  # a sanity bound; bench/backup.py measures the real figure


def test_rotation_keeps_the_newest(club: Club, tmp_path: Path) -> None:
    """Only the configured number of backups stays; safety copies are never rotated."""
    club.settings.set(BACKUPS_TO_KEEP, 3, operator=club.operator)
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "pre-restore-20200101-000000.sqlite").write_bytes(b"")
    service = BackupService(club.db, club.settings)
    made = [service.backup(operator=None).path for _ in range(5)]
    regular = [b.path for b in list_backups(folder) if not b.safety_copy]
    assert regular == made[:-4:-1]  # the three newest, newest first
    assert (folder / "pre-restore-20200101-000000.sqlite").exists()


def test_missing_or_unusable_folder_is_a_clear_error(club: Club, tmp_path: Path) -> None:
    """A configured folder that is not there (an unplugged USB drive) or cannot hold
    files is refused in words, and nothing is written."""
    club.settings.set(BACKUP_FOLDER, str(tmp_path / "usb" / "backups"), operator=club.operator)
    with pytest.raises(ClubError, match="does not exist"):
        BackupService(club.db, club.settings).backup(operator=None)
    club.settings.set(BACKUP_FOLDER, "", operator=club.operator)
    (tmp_path / "backups").write_text("a file where the folder should be")
    with pytest.raises(ClubError, match="cannot be used"):
        BackupService(club.db, club.settings).backup(operator=None)
    assert not (tmp_path / "usb").exists()


def test_relative_folder_setting_is_refused(club: Club) -> None:
    """The backup folder must be a complete path."""
    with pytest.raises(ClubError, match="complete folder path"):
        club.settings.set(BACKUP_FOLDER, "backups", operator=club.operator)


def test_backup_to_a_named_file(club: Club, tmp_path: Path) -> None:
    """A destination ending in .sqlite is the backup's own name, and is not rotated."""
    info = BackupService(club.db, club.settings).backup(tmp_path / "usb.sqlite", operator=None)
    assert info.path == tmp_path / "usb.sqlite" and info.verified


def test_unfinished_part_is_never_listed_and_removed_later(club: Club, tmp_path: Path) -> None:
    """A `.part` left by a crash is not a backup; a later backup removes it once stale."""
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "clubcrm-20200101-000000.sqlite.part"
    fresh = folder / "clubcrm-20200102-000000.sqlite.part"
    for part in (stale, fresh):
        part.write_bytes(b"SQLite format 3\x00 half")
    old = time.time() - backup_module.STALE_PART_S - 10
    os.utime(stale, (old, old))
    assert list_backups(folder) == []
    BackupService(club.db, club.settings).backup(operator=None)
    assert not stale.exists() and fresh.exists()  # a fresh one may be another backup's


def test_damaged_database_gives_no_backup(club: Club, tmp_path: Path,
                                          damage: Callable[[Path, str], None]) -> None:
    """A database that fails the checks is not backed up, and old backups are kept."""
    register(club, 20)
    service = BackupService(club.db, club.settings)
    good = service.backup(operator=None).path
    club.close()
    damage(club.db.path, "index")
    with pytest.raises(DatabaseDamaged, match=r"club\.sqlite is damaged"):
        service.backup(operator=None)
    assert [b.path for b in list_backups(tmp_path / "backups")] == [good]
    assert not list(good.parent.glob("*.part"))


def test_last_good_backup_age(club: Club, tmp_path: Path) -> None:
    """The warning counts from the newest backup: none, fresh, or older than the set days."""
    service = BackupService(club.db, club.settings)
    assert service.last_good_backup_age() is None and service.backup_is_old()
    folder = tmp_path / "backups"
    folder.mkdir()
    three_days = (datetime.now() - timedelta(days=3)).strftime("%Y%m%d-%H%M%S")
    (folder / f"clubcrm-{three_days}.sqlite").write_bytes(b"")
    age = service.last_good_backup_age()
    assert age is not None and age > timedelta(days=2.9)
    assert service.backup_is_old()
    service.backup(operator=None)
    age = service.last_good_backup_age()
    assert age is not None and age < timedelta(minutes=1)
    assert not service.backup_is_old()


def test_backups_are_audited(club: Club, staff: dict[Role, StaffId]) -> None:
    """A person's backup names them in the audit log; the app's own is marked automatic."""
    service = BackupService(club.db, club.settings)
    mine = service.backup(operator=staff[Role.RECEPTION])
    service.backup(operator=None)
    entries = [e for e in club.audit.page(AuditFilter(action=AuditAction.BACKUP_CREATED),
                                          operator=club.operator)]
    by_operator = {(e.operator_id, e.details["automatic"]) for e in entries}
    assert by_operator == {(staff[Role.RECEPTION], False), (None, True)}
    assert mine.path.name in {e.subject for e in entries}


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.MANAGER])
def test_only_the_owner_may_restore(club: Club, staff: dict[Role, StaffId], role: Role) -> None:
    """Reception and managers are refused before anything is closed or replaced."""
    with pytest.raises(PermissionDenied):
        BackupService(club.db, club.settings).require_restore(operator=staff[role])
    BackupService(club.db, club.settings).require_restore(operator=staff[Role.OWNER])


def test_restore_is_audited_in_the_restored_database(club: Club, tmp_path: Path) -> None:
    """After a restore the restored database's log says who restored which backup."""
    service = BackupService(club.db, club.settings)
    backup = service.backup(operator=None).path
    path = club.db.path
    club.close()
    info = restore(backup, db_path=path)
    reopened = open_club(path)
    try:
        BackupService(reopened.db, reopened.settings).record_restore(info, by="owner")
        entries = reopened.audit.page(AuditFilter(action=AuditAction.BACKUP_RESTORED),
                                      operator=reopened.operator)
        assert [(e.subject, e.details["by"]) for e in entries] == [(backup.name, "owner")]
    finally:
        reopened.close()
