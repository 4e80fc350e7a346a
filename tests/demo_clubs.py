"""Generated demo clubs for tests that need realistic data: built once per test
module, and each test works on its own copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clubcrm.services.club import Club, open_club
from clubcrm.services.demo import generate_demo


def build_demo(tmp_path_factory: pytest.TempPathFactory, *, members: int, months: int,
               seed: int, today: date) -> Path:
    path = tmp_path_factory.mktemp("demo") / "club.sqlite"
    club = open_club(path)
    generate_demo(club, members=members, months=months, seed=seed, today=today)
    club.close()
    return path


def open_copy(path: Path, folder: Path) -> Club:
    copy = folder / "club.sqlite"
    copy.write_bytes(path.read_bytes())
    return open_club(copy)
