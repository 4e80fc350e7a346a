"""`clubcrm import members|history|undo|list|template` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clubcrm.cli import main
from tests.services.test_imports import ROWS, write_xlsx


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    members = write_xlsx(tmp_path / "members.xlsx", ROWS)
    history = tmp_path / "history.csv"
    history.write_text("会员卡号,消费时间,金额,项目\n00012,2024-05-03 10:00,88,游泳\n"
                       "00099,2024-05-03 10:00,88,游泳\n", encoding="utf-8-sig")
    return members, history


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_members_json(files: tuple[Path, Path], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    """The summary has counts, the batch, rejected and duplicate rows with codes."""
    db = str(tmp_path / "club.sqlite")
    dry = run_json(capsys, "import", "members", str(files[0]), "--db", db, "--dry-run")
    assert dry["batch"] is None and dry["counts"]["new"] == 2
    summary = run_json(capsys, "import", "members", str(files[0]), "--db", db)
    assert summary["batch"] == 1
    assert summary["counts"] == {"rows": 4, "new": 2, "merged": 1, "duplicates": 2,
                                 "skipped": 0, "rejected": 1, "warnings": 0, "cards": 4}
    [rejected] = summary["rejected"]
    assert (rejected["row"], rejected["code"]) == (5, "leading_zero_lost")
    assert {d["code"] for d in summary["duplicates"]} == {"duplicate_in_file"}
    again = run_json(capsys, "import", "members", str(files[0]), "--db", db)
    assert again["counts"]["new"] == 0 and again["imported_before"] == [1]
    assert {d["code"] for d in again["duplicates"]} == {"duplicate_of_member"}


def test_import_history_and_undo(files: tuple[Path, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """History imports with its rejected rows listed; undo and list work by batch number."""
    db = str(tmp_path / "club.sqlite")
    run_json(capsys, "import", "members", str(files[0]), "--db", db)
    history = run_json(capsys, "import", "history", str(files[1]), "--db", db)
    assert history["counts"] == {"rows": 2, "imported": 1, "rejected": 1}
    assert history["rejected"][0]["code"] == "member_unknown"
    assert run_json(capsys, "import", "undo", str(history["batch"]), "--db", db)[
        "history_rows"] == 1
    assert run_json(capsys, "import", "undo", "1", "--db", db)["members_archived"] == 2
    batches = run_json(capsys, "import", "list", "--db", db)
    assert [b["undone_at"] is not None for b in batches] == [True, True]


def test_errors_in_chinese_by_default(files: tuple[Path, Path], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A bad file and a refused undo are one Chinese line each, exit status 1."""
    db = str(tmp_path / "club.sqlite")
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert main(["import", "members", str(bad), "--db", db, "--lang", "zh_CN"]) == 1
    assert "不是电子表格" in capsys.readouterr().err
    run_json(capsys, "import", "members", str(files[0]), "--db", db)
    assert main(["import", "undo", "7", "--db", db, "--lang", "zh_CN"]) == 1
    assert "导入批次" in capsys.readouterr().err
    assert main(["import", "undo", "x", "--db", db]) == 2


def test_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`import template FILE` writes the template."""
    assert main(["import", "template", str(tmp_path / "t.xlsx")]) == 0
    assert (tmp_path / "t.xlsx").exists()
