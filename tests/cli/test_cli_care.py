"""`clubcrm care`: the open care tasks as the home screen lists them, as JSON
or text, all lists or the ones asked for; phones masked for reception."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from clubcrm.cli import main
from clubcrm.domain.cards import PaymentMethod, ProductKind
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.staff import Role
from clubcrm.services.catalogue import ProductDraft, ServiceDraft
from clubcrm.services.club import open_club
from clubcrm.services.consumption import ConsumptionRequest, SaleItem

TODAY = date.today()
PASSWORD = "secret-123"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """张三's birthday is today and his stored-value card holds ¥30; 李四 last
    came 200 days ago (dormant); the owner and reception (xiaoli) sign in."""
    path = tmp_path / "club.sqlite"
    club = open_club(path)
    owner = club.operator
    swim = club.catalogue.save_service(ServiceDraft("游泳", "泳池", 5000), operator=owner)
    stored = club.catalogue.save_product(ProductDraft("储值卡", ProductKind.STORED_VALUE),
                                         operator=owner)
    zhang = club.members.register(MemberDraft(name="张三", phone="13800138000",
                                              birthday=f"{TODAY:%m-%d}"), operator=owner)
    li = club.members.register(MemberDraft(name="李四", phone="13911112222",
                                           joined_on=TODAY - timedelta(days=400)),
                               operator=owner)
    club.cards.sell(zhang.id, stored, method=PaymentMethod.CASH, paid_fen=3000, key="sale-1",
                    operator=owner)
    club.cards.consume(ConsumptionRequest(li.id, (SaleItem(swim, 2),),
                                          method=PaymentMethod.CASH), key="swim-1",
                       operator=owner,
                       now=datetime.combine(TODAY - timedelta(days=200), time(10)))
    club.staff.add(operator=owner, username="xiaoli", display_name="小李",
                   role=Role.RECEPTION, password=PASSWORD)
    club.staff.reset_password(owner, PASSWORD, operator=owner)
    club.close()
    return path


def run_json(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["care", "--db", str(db), "--json", "--user", "owner", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_list_as_json(db: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Each list with its tasks: who, what, the occasion and the member's spend."""
    monkeypatch.setenv("CLUBCRM_PASSWORD", PASSWORD)
    out = run_json(db, "--lang", "en", capsys=capsys)
    tasks = out["tasks"]
    assert out["date"] == TODAY.isoformat()
    assert list(tasks) == ["birthday", "card_expiring", "low_balance", "dormant", "churning"]
    assert [(t["name"], t["what"]) for t in tasks["birthday"]] == [("张三", "Birthday today!")]
    assert tasks["low_balance"][0]["what"] == "Low balance on card C0000001: ¥30.00"
    dormant = tasks["dormant"]
    assert [(t["name"], t["spend_fen"], t["occasion"]) for t in dormant] == [
        ("李四", 10000, f"{TODAY:%Y-%m}")]
    assert tasks["birthday"][0]["spend_fen"] == 0 and tasks["churning"] == []


def test_chosen_lists_as_text_masked_for_reception(
        db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """--kind limits the lists; reception sees masked phones; Chinese by default."""
    monkeypatch.setenv("CLUBCRM_PASSWORD", PASSWORD)
    assert main(["care", "--db", str(db), "--user", "xiaoli", "--kind", "birthday"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "生日（1）"
    assert lines[1].split("\t")[:4] == ["  000001", "张三", "138****8000", "今天生日！"]

