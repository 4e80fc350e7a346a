"""Dormant and churning members to call back, from the segmentation as of
today: who is listed (at risk: not gone for over a year, not a prospect who
never bought, not frozen), in which list, most valuable first, with the
figures that put them there; done this month, back next month."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from money_world import MASSAGE_FEN, World, new_key, world_fixture  # noqa: F401 (fixture)

from clubcrm import i18n
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.care import CallBacks, CareKind
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import MemberDraft, MemberFilter
from clubcrm.domain.staff import Role
from clubcrm.services.consumption import ConsumptionRequest, SaleItem

TODAY = date.today()  # the segmentation computes up to today, not beyond


def ago(days: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days), time(11))


def register(world: World, name: str, *, joined_days_ago: int = 500) -> MemberId:
    number = world.club.members.count(MemberFilter()) + 1
    draft = MemberDraft(name=name, phone=f"136{number:08d}",
                        joined_on=TODAY - timedelta(days=joined_days_ago))
    return world.club.members.register(draft, operator=world.owner).id


def massage(world: World, member: int, *, days_ago: int, quantity: int = 1) -> None:
    """Paid in cash: consumption (spend) and an activity day."""
    request = ConsumptionRequest(member, (SaleItem(world.massage, quantity),),
                                 method=PaymentMethod.CASH)
    world.club.cards.consume(request, key=new_key(), operator=world.owner, now=ago(days_ago))


@pytest.fixture
def club_members(world: World) -> dict[str, MemberId]:
    m = {name: register(world, name) for name in (
        "沉睡", "沉睡大客户", "流失", "减少", "冻结", "常客")}
    m["买卡没来"] = register(world, "买卡没来", joined_days_ago=300)
    massage(world, m["沉睡"], days_ago=200)
    massage(world, m["沉睡大客户"], days_ago=250, quantity=3)
    massage(world, m["流失"], days_ago=400)
    for days in (100, 120, 130, 150, 200, 220, 250, 280):  # none in the last 3 months
        massage(world, m["减少"], days_ago=days)
    world.club.cards.sell(m["买卡没来"], world.stored, method=PaymentMethod.CASH, paid_fen=5000,
                          key=new_key(), operator=world.owner, now=ago(300))
    massage(world, m["冻结"], days_ago=200)
    with world.club.db.write() as session:
        session.connection().exec_driver_sql("UPDATE members SET status = 'frozen' WHERE id = ?",
                                             (m["冻结"],))
    for days in (3, 20, 40, 70, 100, 160, 200, 300):
        massage(world, m["常客"], days_ago=days)
    m["没买过"] = register(world, "没买过", joined_days_ago=300)  # a prospect: never bought
    return m


def call_backs(world: World, *, operator: int | None = None, today: date = TODAY,
               valued: tuple[int, ...] = ()) -> CallBacks:
    return world.club.care.call_backs(today, operator=operator or world.owner, valued=valued)


def test_who_is_called_back(world: World, club_members: dict[str, MemberId]) -> None:
    """Dormant members by spend, highest first (one who bought a card and never
    came too), churning members apart; not the churned, the prospect, the
    frozen member, the regular, nor the new members."""
    found = call_backs(world)
    assert [task.name for task in found.dormant] == ["沉睡大客户", "沉睡", "买卡没来"]
    assert [task.name for task in found.churning] == ["减少"]
    assert {task.occasion for task in found.dormant + found.churning} == {f"{TODAY:%Y-%m}"}
    assert all(task.kind is CareKind.DORMANT for task in found.dormant)


def test_each_says_why(world: World, club_members: dict[str, MemberId]) -> None:
    """The last visit and how long ago; for a churning member, how visits fell."""
    found = call_backs(world)
    texts = {task.name: i18n.translate(task.template, **task.params)
             for task in found.dormant + found.churning}
    assert texts["沉睡"] == f"Last visit {TODAY - timedelta(200)}, 200 days ago"
    joined = TODAY - timedelta(300)
    assert texts["买卡没来"] == f"No visit since joining on {joined}, 300 days ago"
    assert texts["减少"].startswith("0 visit days in the last 3 months (before: ")
    assert texts["减少"].endswith(f"per 3 months); last visit {TODAY - timedelta(100)}")


def test_values_of_the_listed_and_the_asked(world: World,
                                            club_members: dict[str, MemberId]) -> None:
    """Spend over the 12 months and the value grade, for the call-backs and for
    any member the other lists ask about."""
    regular = club_members["常客"]
    found = call_backs(world, valued=(regular,))
    assert found.window_months == 12
    assert found.values[club_members["沉睡大客户"]].spend_fen == 3 * MASSAGE_FEN
    assert found.values[club_members["沉睡"]].spend_fen == MASSAGE_FEN
    assert found.values[regular].spend_fen == 8 * MASSAGE_FEN
    assert found.values[regular].grade == "VIP"
    assert found.values[club_members["买卡没来"]].spend_fen == 0


def test_done_this_month_back_next_month(world: World,
                                         club_members: dict[str, MemberId]) -> None:
    """A call-back done leaves this month's list; next month's asks again."""
    first = call_backs(world).dormant[0]
    world.club.care.mark_done(first.kind, first.member_id, first.occasion, outcome="no_answer",
                              operator=world.reception)
    assert [task.name for task in call_backs(world).dormant] == ["沉睡", "买卡没来"]
    with world.club.db.write() as session:  # as if the month were over
        session.connection().exec_driver_sql(
            "UPDATE care_task_outcomes SET occasion = '2000-01'")
    assert call_backs(world).dormant[0].name == "沉睡大客户"


def test_reception_sees_masked_phones(world: World, club_members: dict[str, MemberId]) -> None:
    """The call-back lists mask phones for reception, like every list."""
    phones = [task.phone for task in call_backs(world, operator=world.staff[Role.RECEPTION]).dormant]
    assert phones and all("****" in phone for phone in phones)
    owner_phones = [task.phone for task in call_backs(world).dormant]
    assert not any("****" in phone for phone in owner_phones)
