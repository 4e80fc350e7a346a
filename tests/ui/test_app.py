"""The composition root: command line, start-up measurements and error handling."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from clubcrm.domain.errors import NotFound

from clubcrm.ui import application

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLUBCRM_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_version_does_not_load_qt() -> None:
    """`--version` prints the version without importing PySide6."""
    code = ("import sys; from clubcrm.app import run; rc = run(['--version']); "
            "assert 'PySide6' not in sys.modules and 'sqlalchemy' not in sys.modules; "
            "raise SystemExit(rc)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clubcrm 0.1.0"


def test_bench_startup_reports_seconds(tmp_path: Path) -> None:
    """`--bench-startup` opens the window on a database, prints its start-up time and quits."""
    done = run_main("--db", str(tmp_path / "club.sqlite"), "--bench-startup", home=tmp_path)
    assert done.returncode == 0, done.stderr
    [line] = [x for x in done.stdout.splitlines() if x.startswith("startup_seconds=")]
    assert 0 < float(line.split("=")[1]) < 30


def test_bench_member_view_reports_time_and_memory(tmp_path: Path) -> None:
    """`--bench-member-view` prints the member view's opening time and the peak RSS."""
    done = run_main("--db", str(tmp_path / "club.sqlite"), "--bench-member-view",
                    home=tmp_path)
    assert done.returncode == 0, done.stderr
    values = dict(line.split("=") for line in done.stdout.splitlines() if "=" in line)
    assert float(values["member_view_seconds"]) > 0
    assert float(values["peak_rss_mb"]) > 10


def test_startup_imports_nothing_heavy(tmp_path: Path) -> None:
    """Start-up imports no pypinyin, openpyxl, matplotlib, reportlab, or alembic if current."""
    db = tmp_path / "club.sqlite"
    run_main("--db", str(db), "--bench-startup", home=tmp_path)  # creates and migrates
    env = {**os.environ, "CLUBCRM_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-X", "importtime", "main.py", "--db", str(db),
                           "--bench-startup"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines()}
    heavy = {"pypinyin", "openpyxl", "matplotlib", "reportlab", "alembic"} & imported
    assert not heavy


def test_unreadable_database_is_explained(qapp: object, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that is not a database gets a message box and no club; the file is untouched."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "notes.txt"
    path.write_text("not a database", encoding="utf-8")
    assert application.open_club_or_explain(path) is None
    assert "is not a clubcrm database" in shown[0]
    assert path.read_text(encoding="utf-8") == "not a database"


def test_excepthook_logs_and_shows_words(qapp: object, monkeypatch: pytest.MonkeyPatch,
                                         caplog: pytest.LogCaptureFixture) -> None:
    """An uncaught bug is logged with its traceback; the user sees a message, not the trace."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    with caplog.at_level(logging.ERROR):
        application.excepthook(ValueError, ValueError("secret detail"), None)
        application.excepthook(NotFound, NotFound("No member with id {id}.", id=7), None)
    assert "secret detail" not in shown[0]
    assert "log" in shown[0]
    assert shown[1] == "No member with id 7."
    assert "secret detail" in caplog.text
