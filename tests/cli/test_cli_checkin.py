"""`clubcrm checkin`: checks in as the desk does, prints JSON with the card and
alerts, exits 1 with the refusal reason (in Chinese by default), 2 on bad arguments."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from clubcrm.cli import main
from clubcrm.domain.cards import PaymentMethod, ProductKind
from clubcrm.domain.member import MemberDraft
from clubcrm.services.catalogue import ProductDraft, ServiceDraft
from clubcrm.services.club import open_club


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two members; 张三 has a five-session count card, 李四 has no card."""
    path = tmp_path / "club.sqlite"
    club = open_club(path)
    owner = club.operator
    swim = club.catalogue.save_service(ServiceDraft("游泳", "泳池", 5000), operator=owner)
    product = club.catalogue.save_product(ProductDraft(
        "五次卡", ProductKind.COUNT, price_fen=20000, sessions=5, valid_days=365,
        service_ids=(swim,)), operator=owner)
    zhang = club.members.register(MemberDraft(name="张三", phone="13800138000",
                                              notes="!心脏不好"), operator=owner)
    club.members.register(MemberDraft(name="李四", phone="13911112222"), operator=owner)
    club.cards.sell(zhang.id, product, method=PaymentMethod.CASH, key="sale-1", operator=owner)
    club.close()
    return path


def test_checkin_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """By phone tail: the default card loses a session; JSON has the card and alerts."""
    assert main(["checkin", "8000", "--db", str(db), "--json", "--locker", "35"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["visit"]["name"] == "张三" and out["visit"]["locker"] == "35"
    assert out["card"]["sessions"] == 4 and out["charged"]["sessions"] == 1
    assert [alert["kind"] for alert in out["alerts"]] == ["important_note"]
    assert out["alerts"][0]["message"] == "注意：心脏不好"


def test_checkin_by_card_number_and_retry(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gate retrying with the same --key is not charged twice."""
    args = ["checkin", "c0000001", "--db", str(db), "--json", "--key", "gate-7"]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["repeated"] and second["visit"]["id"] == first["visit"]["id"]
    assert second["card"]["sessions"] == 4


def test_staff_serving_is_recorded(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--staff names who serves (user name or display name); an unknown name is refused
    with nothing charged."""
    with sqlite3.connect(db) as connection:
        username, display = connection.execute(
            "SELECT username, display_name FROM staff ORDER BY id LIMIT 1").fetchone()
    assert main(["checkin", "8000", "--db", str(db), "--json", "--staff", "nobody"]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False
    assert main(["checkin", "8000", "--db", str(db), "--json", "--staff",
                 username.upper()]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["visit"]["served_by"] == display and out["card"]["sessions"] == 4
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*), count(staff_id) FROM visits").fetchone() \
            == (1, 1)


def test_refusal_exits_1_in_chinese(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A member without a card: exit 1, the reason and the fixes in Chinese."""
    assert main(["checkin", "13911112222", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "没有可用的会员卡" in err and "售卡" in err
    assert main(["checkin", "13911112222", "--db", str(db), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out == {"ok": False, "reason": "no_card", "message": out["message"],
                   "fixes": [{"fix": "sell_card", "label": "售卡"},
                             {"fix": "single_entry", "label": "单次票（现金或扫码支付）"}]}


def test_repeat_and_unknown(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second scan within the window is refused unless --again; an unknown number too."""
    assert main(["checkin", "000001", "--db", str(db), "--lang", "en"]) == 0
    assert main(["checkin", "000001", "--db", str(db), "--lang", "en"]) == 1
    assert "Already checked in" in capsys.readouterr().err
    assert main(["checkin", "000001", "--db", str(db), "--again", "--lang", "en"]) == 0
    assert main(["checkin", "999999", "--db", str(db), "--lang", "en"]) == 1
    assert "No member or card matches 999999." in capsys.readouterr().err
    assert main(["checkin", "000001", "--card", "C0000002", "--db", str(db),
                 "--lang", "en"]) == 1


def test_bad_arguments_exit_2(db: Path) -> None:
    assert main(["checkin", "--db", str(db)]) == 2
    assert main(["checkin", "000001", "--guests", "-3", "--db", str(db)]) == 2
    assert main(["checkin", "000001", "--single-entry", "gold", "--db", str(db)]) == 2
