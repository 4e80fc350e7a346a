import json
import zipfile
from pathlib import Path

import pytest

from clubcrm import __version__
from clubcrm.cli import main
from clubcrm.domain.member import MemberDraft
from clubcrm.services.club import open_club


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "club.sqlite"
    club = open_club(path)
    people = (("张三", "13800138000"), ("张三丰", "13912348000"), ("=cmd", "15011112222"))
    for name, phone in people:
        club.members.register(MemberDraft(name=name, phone=phone), operator=club.operator)
    club.close()
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`clubcrm --version` prints the version and succeeds."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"clubcrm {__version__}"


def test_search_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`members search --json` returns ranked members with how they matched."""
    assert main(["members", "search", "8000", "--db", str(db), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["name"], h["match"], h["matched_field"]) for h in hits] == [
        ("张三", "prefix", "phone_tail"),
        ("张三丰", "prefix", "phone_tail"),
    ]


def test_search_text(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Plain output has one line per member; no match says so."""
    assert main(["members", "search", "zs", "--db", str(db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 2 and "13800138000" in out
    assert main(["members", "search", "nobody", "--db", str(db), "--lang", "en"]) == 0
    assert "No member matches nobody." in capsys.readouterr().out


def test_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`members export` writes every member to Excel with no formula from user data."""
    target = tmp_path / "out" / "members.xlsx"
    assert main(["members", "export", str(target), "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["members"] == 3
    sheet = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "'=cmd" in sheet


def test_export_wrong_suffix(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An export file that is not .xlsx is a user error with nothing written."""
    assert main(["members", "export", str(tmp_path / "m.csv"), "--db", str(db),
                 "--lang", "en"]) == 1
    assert ".xlsx" in capsys.readouterr().err
    assert not (tmp_path / "m.csv").exists()


def test_missing_database_is_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Searching a database that does not exist says so and creates nothing."""
    path = tmp_path / "none.sqlite"
    assert main(["members", "search", "x", "--db", str(path), "--lang", "en"]) == 1
    assert "There is no database" in capsys.readouterr().err
    assert not path.exists()


def test_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A corrupt database file gives one line, exit 1, and no traceback."""
    path = tmp_path / "bad.sqlite"
    path.write_text("hello")
    assert main(["members", "search", "x", "--db", str(path), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "not a clubcrm database" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [["members"], ["members", "search"], ["demo", "--members", "0"], ["demo", "--members", "x"],
     ["nonsense"], []],
)
def test_bad_arguments_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bad arguments exit with status 2 and a one-line reason in the user's language."""
    assert main(argv) == 2
    assert "参数错误" in capsys.readouterr().err
    monkeypatch.setenv("CLUBCRM_LANG", "en")
    assert main(argv) == 2
    assert "bad arguments" in capsys.readouterr().err


def test_messages_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Messages are in Simplified Chinese by default."""
    assert main(["members", "search", "x", "--db", str(tmp_path / "none.sqlite")]) == 1
    assert "数据库" in capsys.readouterr().err
