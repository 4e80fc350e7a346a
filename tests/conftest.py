"""Shared fixtures: every test gets its own data folder and a fresh club database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clubcrm import i18n  # noqa: E402
from clubcrm.services.club import Club, open_club  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep preferences, logs and default databases of a test inside tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("CLUBCRM_HOME", str(home))
    monkeypatch.delenv("CLUBCRM_DB", raising=False)
    monkeypatch.delenv("CLUBCRM_LANG", raising=False)
    i18n.set_language("en")
    return home


@pytest.fixture
def club(tmp_path: Path) -> Iterator[Club]:
    """A new, empty club database."""
    opened = open_club(tmp_path / "club.sqlite")
    yield opened
    opened.close()
