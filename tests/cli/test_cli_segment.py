"""`clubcrm segment`: the tiles and movement as text, one JSON object per member,
an Excel export; bad dates are refused with exit 2, future dates with exit 1."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clubcrm.cli import main
from tests.demo_clubs import build_demo

TODAY = date(2026, 10, 20)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory, members=150, months=13, seed=8, today=TODAY)


def test_json_has_one_object_per_member(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", "--db", str(db), "--as-of", TODAY.isoformat(), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) >= 140
    numbers = {record["member_no"] for record in records}
    assert len(numbers) == len(records)
    first = records[0]
    assert {"recency_days", "frequency", "monetary_fen", "average_ticket_fen", "r", "f", "m",
            "segments", "primary_segment", "value_grade", "lifecycle"} <= first.keys()
    assert all(1 <= record["r"] <= 5 for record in records)


def test_text_lists_the_segments_in_the_chosen_language(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", "--db", str(db), "--as-of", TODAY.isoformat(), "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "沉睡会员" in out and "高价值会员" in out


def test_export_of_one_segment(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                               ) -> None:
    path = tmp_path / "dormant.xlsx"
    assert main(["segment", "--db", str(db), "--as-of", TODAY.isoformat(), "--export", str(path),
                 "--segment", "high_value", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    high = [r for r in records if r["primary_segment"] == "high_value"]
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) - 1 == len(high) > 0
    assert {row[0] for row in rows[1:]} == {r["member_no"] for r in high}


@pytest.mark.parametrize(("args", "code"), [
    (["--as-of", "2026-13-01"], 2),
    (["--as-of", "2999-01-01"], 1),
    (["--export", "x.xlsx", "--segment", "nobody"], 1),
    (["--export", "x.csv"], 1),
])
def test_bad_input_changes_nothing(db: Path, tmp_path: Path, args: list[str], code: int,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    assert main(["segment", "--db", str(db), *args]) == code
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert not list(tmp_path.glob("x.*"))
