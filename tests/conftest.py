"""Shared fixtures: every test gets its own data folder and a fresh club database."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher  # noqa: E402

from clubcrm import i18n  # noqa: E402
from clubcrm.domain.ids import StaffId  # noqa: E402
from clubcrm.domain.staff import Role  # noqa: E402
from clubcrm.services import passwords  # noqa: E402
from clubcrm.services.club import Club, open_club  # noqa: E402

# Still Argon2id, with parameters cheap enough for hundreds of hashes per run.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep preferences, logs and default databases of a test inside tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("CLUBCRM_HOME", str(home))
    monkeypatch.delenv("CLUBCRM_DB", raising=False)
    monkeypatch.delenv("CLUBCRM_LANG", raising=False)
    i18n.set_language("en")
    return home


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with test-sized parameters (the real ones cost ~0.1 s a hash)."""
    monkeypatch.setattr(passwords, "HASHER", FAST_HASHER)


@pytest.fixture
def club(tmp_path: Path) -> Iterator[Club]:
    """A new, empty club database; its operator is the default owner (no passwords yet)."""
    opened = open_club(tmp_path / "club.sqlite")
    yield opened
    opened.close()


def damage_file(path: Path, part: str) -> None:
    """Corrupt a closed database: "schema" garbles page 1 (it no longer opens),
    "index" zeroes the phone index's root page (it opens, integrity fails)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root, page_size = connection.execute(
        "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master "
        "WHERE name = 'ix_members_phone'").fetchone()
    connection.close()
    offset, garbage = (100, b"\xa5" * 400) if part == "schema" else (
        (root - 1) * page_size, b"\x00" * page_size)
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(garbage)


@pytest.fixture
def damage() -> Callable[[Path, str], None]:
    """damage(path, "schema" | "index"): see `damage_file`."""
    return damage_file


STAFF_PASSWORD = "secret-123"
STAFF_USERNAMES = {Role.RECEPTION: "xiaoli", Role.MANAGER: "wangjl"}


@pytest.fixture
def staff_password() -> str:
    """The password of the accounts the `staff` fixture adds."""
    return STAFF_PASSWORD


@pytest.fixture
def staff(club: Club) -> dict[Role, StaffId]:
    """A reception and a manager account (password STAFF_PASSWORD) beside the default owner."""
    ids = {Role.OWNER: club.operator}
    for role, username in STAFF_USERNAMES.items():
        ids[role] = club.staff.add(operator=club.operator, username=username,
                                   display_name=username.title(), role=role,
                                   password=STAFF_PASSWORD).id
    return ids
