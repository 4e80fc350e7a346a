"""Signing in on the command line: --user with CLUBCRM_PASSWORD or a prompt."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from clubcrm.cli import main
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.staff import Role
from clubcrm.services.club import open_club

OWNER_PASSWORD, RECEPTION_PASSWORD = "boss-pass", "desk-pass"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A club whose owner has set a password, with a reception account and one member."""
    path = tmp_path / "club.sqlite"
    club = open_club(path)
    club.members.register(MemberDraft(name="张三", phone="13800138000"), operator=club.operator)
    owner = club.staff.create_owner(display_name="Wang", username="wang", password=OWNER_PASSWORD)
    club.staff.add(operator=owner.id, username="li", display_name="Li", role=Role.RECEPTION,
                   password=RECEPTION_PASSWORD)
    club.close()
    return path


def search(db: Path, *extra: str) -> int:
    return main(["members", "search", "8000", "--db", str(db), "--json", "--lang", "en",
                 *extra])


def test_without_user_refused_once_passwords_exist(db: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A club with passwords needs --user; the message says how to give it."""
    assert search(db) == 1
    assert "--user" in capsys.readouterr().err


def test_user_with_password_from_environment(db: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """CLUBCRM_PASSWORD signs the user in; the owner sees full phones."""
    monkeypatch.setenv("CLUBCRM_PASSWORD", OWNER_PASSWORD)
    assert search(db, "--user", "wang") == 0
    assert json.loads(capsys.readouterr().out)[0]["phone"] == "13800138000"


def test_password_prompt_and_masking_for_reception(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the variable the password is asked for; reception's output is masked."""
    monkeypatch.delenv("CLUBCRM_PASSWORD", raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: RECEPTION_PASSWORD)
    assert search(db, "--user", "li") == 0
    assert json.loads(capsys.readouterr().out)[0]["phone"] == "138****8000"


def test_wrong_password_is_a_user_error(db: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong password exits 1 with one line."""
    monkeypatch.setenv("CLUBCRM_PASSWORD", "guess")
    assert search(db, "--user", "wang") == 1
    assert capsys.readouterr().err.strip() == "Wrong user name or password."


def test_reception_cannot_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The service refuses reception's export: exit 1, no file."""
    monkeypatch.setenv("CLUBCRM_PASSWORD", RECEPTION_PASSWORD)
    target = tmp_path / "m.xlsx"
    assert main(["members", "export", str(target), "--db", str(db), "--user", "li",
                 "--lang", "en"]) == 1
    assert "may not export" in capsys.readouterr().err
    assert not target.exists()
