"""`clubcrm report monthly|daily`: files written, JSON figures, exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clubcrm.cli import main
from clubcrm.services.club import Club

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(club: Club) -> Path:
    path = club.db.path
    club.close()
    return path


def test_monthly_writes_pdf_and_xlsx(db: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """An empty month still writes both files and exits 0."""
    code = main(["report", "monthly", "--db", str(db), "--month", "2024-05", "--lang", "en",
                 "--pdf", str(tmp_path / "r.pdf"), "--xlsx", str(tmp_path / "r.xlsx")])
    assert code == 0
    assert (tmp_path / "r.pdf").stat().st_size > 1000 and (tmp_path / "r.xlsx").exists()
    assert "Nothing was recorded" in capsys.readouterr().out


def test_monthly_json_has_every_section(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the figures by section."""
    assert main(["report", "monthly", "--db", str(db), "--from", "2024-05-01", "--to",
                 "2024-05-10", "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"cash", "consumption", "liability", "members", "visits", "staff"} <= set(
        data["sections"])


@pytest.mark.parametrize(("args", "code"), [
    (["--from", "2024-05-10", "--to", "2024-05-01"], 1),
    (["--month", "2999-01"], 1),
    (["--month", "2024-13"], 1),
    ([], 1),
    (["--from", "yesterday", "--to", "2024-05-01"], 2),
])
def test_bad_periods_exit_with_one_line(db: Path, args: list[str], code: int,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Bad periods: status 1 with one line; unreadable arguments: status 2."""
    assert main(["report", "monthly", "--db", str(db), "--lang", "en", *args]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert err and (len(err) == 1 if code == 1 else "bad arguments" in err[-1])


def test_daily_close_on_a_receipt_roll(db: Path, tmp_path: Path) -> None:
    """The daily close as an 80 mm receipt PDF."""
    assert main(["report", "daily", "--db", str(db), "--date", "2024-05-02", "--pdf",
                 str(tmp_path / "d.pdf"), "--paper", "80mm"]) == 0
    assert (tmp_path / "d.pdf").stat().st_size > 500


def test_an_excel_only_report_does_not_load_matplotlib(db: Path, tmp_path: Path) -> None:
    """--xlsx alone draws no chart: matplotlib (~0.7 s to load) stays out of the process."""
    env = {**os.environ, "CLUBCRM_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "clubcrm.cli", "report",
                           "monthly", "--db", str(db), "--month", "2024-05", "--lang", "en",
                           "--xlsx", str(tmp_path / "r.xlsx")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines()}
    assert "xlsxwriter" in imported and "matplotlib" not in imported
    assert (tmp_path / "r.xlsx").stat().st_size > 1000
