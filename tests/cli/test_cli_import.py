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


LEGACY_XLS = Path(__file__).parent.parent / "fixtures" / "legacy_members.xls"


def test_real_xls_with_tier_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An .xls written by an old system (BIFF8, GBK codepage, a merged title, a
    date cell, a balance) imports end to end; its tier 钻石卡 is mapped by hand."""
    db = str(tmp_path / "club.sqlite")
    dry = run_json(capsys, "import", "members", str(LEGACY_XLS), "--db", db, "--dry-run")
    assert dry["unmapped_tiers"] == {"钻石卡": 1}
    summary = run_json(capsys, "import", "members", str(LEGACY_XLS), "--db", db,
                       "--tier-map", "钻石卡=金卡")
    assert summary["unmapped_tiers"] == {}
    assert summary["counts"]["new"] == 2 and summary["counts"]["cards"] == 1
    rows = _query(db, "SELECT m.member_no, m.name, m.birth_year, m.birth_month, m.birth_day, "
                      "t.name, coalesce(sum(c.principal_fen), 0) FROM members m "
                      "JOIN tiers t ON t.id = m.tier_id LEFT JOIN cards c ON c.member_id = m.id "
                      "GROUP BY m.id ORDER BY m.member_no")
    assert rows == [("000101", "欧阳娜娜", 1988, 7, 9, "金卡", 120050),
                    ("000102", "张喆", 1975, 12, 31, "金卡", 0)]


def test_unknown_tier_map_target_is_refused(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A --tier-map onto a tier the club lacks is an error naming the club's tiers."""
    db = str(tmp_path / "club.sqlite")
    assert main(["import", "members", str(LEGACY_XLS), "--db", db, "--lang", "en",
                 "--tier-map", "钻石卡=钻石"]) == 1
    assert "its tiers: Regular, Silver, Gold" in capsys.readouterr().err
    assert not Path(db).exists() or _query(db, "SELECT count(*) FROM members") == [(0,)]


def test_nothing_to_import_makes_no_batch(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A second import of the same file adds nobody and makes no empty batch."""
    db = str(tmp_path / "club.sqlite")
    run_json(capsys, "import", "members", str(LEGACY_XLS), "--db", db)
    again = run_json(capsys, "import", "members", str(LEGACY_XLS), "--db", db)
    assert again["batch"] is None and again["nothing_to_import"]
    assert main(["import", "members", str(LEGACY_XLS), "--db", db, "--lang", "en"]) == 0
    assert "no batch made" in capsys.readouterr().out
    assert _query(db, "SELECT count(*) FROM import_batches") == [(1,)]


def test_history_with_no_valid_row_makes_no_batch(files: tuple[Path, Path], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """History rows that all name unknown members: reported, no batch to undo."""
    db = str(tmp_path / "club.sqlite")
    run_json(capsys, "import", "members", str(files[0]), "--db", db, "--dry-run")
    summary = run_json(capsys, "import", "history", str(files[1]), "--db", db)
    assert summary["batch"] is None and summary["counts"]["rejected"] == 2
    assert _query(db, "SELECT count(*) FROM import_batches") == [(0,)]


def _query(db: str, sql: str) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()
