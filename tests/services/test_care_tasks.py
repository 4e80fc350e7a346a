"""Care tasks through the database: birthdays this week, cards ending within 30
days, low balances and few sessions — by the desk's own rules (the desk and the
list agree member by member) — marking a task done until its next occasion,
who may, what is refused, and masked phones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from money_world import (  # noqa: F401 (fixture)
    COUNT_DAYS,
    World,
    new_key,
    read_only,
    world_fixture,
)

from clubcrm import i18n
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.care import CareKind, CareTask
from clubcrm.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.staff import Role
from clubcrm.domain.visits import AlertKind
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.settings import VISIT_LOW_BALANCE_FEN
from clubcrm.services.staff import NO_OPERATOR

DAY = date(2026, 3, 2)
CASH = PaymentMethod.CASH
DESK_KINDS = {AlertKind.BIRTHDAY_TODAY, AlertKind.BIRTHDAY_SOON, AlertKind.CARD_EXPIRING,
              AlertKind.LOW_BALANCE, AlertKind.FEW_SESSIONS}


def at(day: date) -> datetime:
    return datetime.combine(day, time(10))


def register(world: World, name: str, phone: str, **fields: object) -> MemberId:
    draft = MemberDraft(name=name, phone=phone, **fields)  # type: ignore[arg-type]
    return world.club.members.register(draft, operator=world.owner).id


def sell(world: World, member: int, product: int, *, on: date, paid: int | None = None) -> int:
    result = world.club.cards.sell(MemberId(member), product, method=CASH, paid_fen=paid,
                                   key=new_key(), operator=world.owner, now=at(on))
    assert result.card_id is not None
    return result.card_id


def use_sessions(world: World, member: int, card: int, sessions: int, *, on: date) -> None:
    request = ConsumptionRequest(member, (SaleItem(world.swim, sessions),), card_id=card)
    world.club.cards.consume(request, key=new_key(), operator=world.owner, now=at(on))


def card_no(world: World, card: int) -> str:
    return world.club.cards.card(card).card_no


def open_tasks(world: World, today: date = DAY, *, operator: int | None = None
               ) -> dict[CareKind, list[CareTask]]:
    return world.club.care.open_tasks(today, operator=world.owner if operator is None
                                      else operator)


def text(task: CareTask) -> str:
    return i18n.translate(task.template, **task.params)


def listed(world: World, kind: CareKind, today: date = DAY) -> list[tuple[str, str]]:
    """(name, what) of each open task of `kind`, in the list's order."""
    return [(task.name, text(task)) for task in open_tasks(world, today)[kind]]


# --- birthdays ---

def test_birthdays_this_week_across_the_new_year(world: World) -> None:
    """Today's and the next six days' birthdays, next year's January ones too;
    yesterday's, next week's, archived and frozen members' are not listed."""
    register(world, "今天", "13000000001", birthday="1990-12-28")
    register(world, "元旦后", "13000000002", birthday="01-02")
    register(world, "太晚", "13000000003", birthday="1985-01-04")
    register(world, "昨天", "13000000004", birthday="12-27")
    archived = register(world, "已归档", "13000000005", birthday="12-29")
    world.club.members.archive(archived, operator=world.owner)
    frozen = register(world, "已冻结", "13000000007", birthday="12-30")
    with world.club.db.write() as session:
        session.connection().exec_driver_sql("UPDATE members SET status = 'frozen' WHERE id = ?",
                                             (frozen,))
    today = date(2026, 12, 28)
    assert listed(world, CareKind.BIRTHDAY, today) == [
        ("今天", "Birthday today!"), ("元旦后", "Birthday on 01-02 (in 5 days)")]
    occasions = [task.occasion for task in open_tasks(world, today)[CareKind.BIRTHDAY]]
    assert occasions == ["2026", "2027"]


def test_29_february_in_a_common_year(world: World) -> None:
    """Born on 29 February: greeted on the 28th when the year has no 29th."""
    register(world, "闰日", "13000000006", birthday="2000-02-29")
    assert listed(world, CareKind.BIRTHDAY, date(2027, 2, 25)) == [
        ("闰日", "Birthday on 02-28 (in 3 days)")]
    assert listed(world, CareKind.BIRTHDAY, date(2028, 2, 25)) == [
        ("闰日", "Birthday on 02-29 (in 4 days)")]


# --- cards ---

@dataclass
class Scene:
    """Members and cards in every state the card lists tell apart, as of DAY."""

    ends_in_19: int
    ends_in_30: int
    low_stored: int
    two_sessions: int
    members: dict[str, MemberId]


@pytest.fixture
def scene(world: World) -> Scene:
    m = {name: register(world, name, f"1350000{n:04d}", birthday=birthday)
         for n, (name, birthday) in enumerate([
             ("将到期", "03-05"), ("第30天", ""), ("第31天", ""), ("已续卡", "1990-03-02"),
             ("已冻结", ""), ("已过期", ""), ("余额低", ""), ("余额够", ""), ("两次", ""),
             ("三次", ""), ("用完", "")])}
    count_ends = COUNT_DAYS - 1  # a count card sold on day S ends on S + 89
    ends_in_19 = sell(world, m["将到期"], world.count, on=DAY - timedelta(count_ends - 19))
    ends_in_30 = sell(world, m["第30天"], world.count, on=DAY - timedelta(count_ends - 30))
    sell(world, m["第31天"], world.count, on=DAY - timedelta(count_ends - 31))
    sell(world, m["已续卡"], world.count, on=DAY - timedelta(count_ends - 10))
    sell(world, m["已续卡"], world.count, on=DAY - timedelta(3))  # the renewal
    frozen = sell(world, m["已冻结"], world.count, on=DAY - timedelta(count_ends - 5))
    world.club.card_care.freeze(frozen, key=new_key(), operator=world.owner, now=at(DAY))
    sell(world, m["已过期"], world.period, on=DAY - timedelta(40))
    low_stored = sell(world, m["余额低"], world.stored, on=DAY - timedelta(5), paid=5000)
    sell(world, m["余额够"], world.stored, on=DAY - timedelta(5), paid=20000)
    for name, used in (("两次", 8), ("三次", 7), ("用完", 10)):
        card = sell(world, m[name], world.count, on=DAY - timedelta(10))
        use_sessions(world, m[name], card, used, on=DAY - timedelta(2))
        if name == "两次":
            two_sessions = card
    return Scene(ends_in_19, ends_in_30, low_stored, two_sessions, m)


def test_cards_ending_within_30_days(world: World, scene: Scene) -> None:
    """Usable cards ending today to 30 days ahead, soonest first; not a card
    the member already renewed, a frozen or an expired card, nor day 31."""
    names = [name for name, _ in listed(world, CareKind.CARD_EXPIRING)]
    assert names == ["将到期", "第30天"]
    first = open_tasks(world)[CareKind.CARD_EXPIRING][0]
    until = DAY + timedelta(19)
    assert text(first) == f"Card {card_no(world, scene.ends_in_19)} expires on {until} (in 19 days)"
    assert first.occasion == f"{scene.ends_in_19}:{until}"


def test_low_balance_and_few_sessions(world: World, scene: Scene) -> None:
    """Stored value under the desk's threshold, count cards with 1 or 2 sessions
    (a used-up card is for the desk's refusal, not a reminder); the threshold
    is the desk's setting."""
    assert listed(world, CareKind.LOW_BALANCE) == [
        ("两次", f"Only 2 sessions left on card {card_no(world, scene.two_sessions)}"),
        ("余额低", f"Low balance on card {card_no(world, scene.low_stored)}: ¥50.00")]
    world.club.settings.set(VISIT_LOW_BALANCE_FEN, 20001, operator=world.owner)
    assert [name for name, _ in listed(world, CareKind.LOW_BALANCE)] == ["两次", "余额低", "余额够"]


def test_the_lists_say_what_the_desk_says(world: World, scene: Scene) -> None:
    """For every member, the birthday and card alerts the desk shows on DAY are
    exactly the member's tasks in the lists (one definition of each rule) — but
    for a card already renewed: the desk mentions it, nobody calls about it."""
    tasks = open_tasks(world)
    renewed = scene.members["已续卡"]
    for member_id in [*scene.members.values(), *world.members]:
        panel = world.club.visits.panel(member_id, operator=world.owner, now=at(DAY))
        desk = sorted(i18n.translate(alert.template, **alert.params)
                      for alert in panel.alerts if alert.kind in DESK_KINDS
                      and not (member_id == renewed and alert.kind is AlertKind.CARD_EXPIRING))
        listed_texts = sorted(text(task) for kind in tasks for task in tasks[kind]
                              if task.member_id == member_id)
        assert listed_texts == desk, member_id
    assert sum(len(found) for found in tasks.values()) == 6  # not an empty agreement


# --- done ---

def test_done_tasks_leave_until_their_next_occasion(world: World, scene: Scene) -> None:
    """A birthday done is gone for the year, a low balance for the month, an
    expiring card until its end date changes."""
    care, owner = world.club.care, world.owner
    for kind in (CareKind.BIRTHDAY, CareKind.LOW_BALANCE, CareKind.CARD_EXPIRING):
        task = open_tasks(world)[kind][0]
        care.mark_done(kind, task.member_id, task.occasion, outcome="reached", operator=owner)
    after = open_tasks(world, DAY + timedelta(days=1))
    assert [task.name for task in after[CareKind.BIRTHDAY]] == ["将到期"]  # 已续卡's is done
    assert [task.name for task in after[CareKind.LOW_BALANCE]] == ["余额低"]
    assert [task.name for task in after[CareKind.CARD_EXPIRING]] == ["第30天", "第31天"]
    next_month = open_tasks(world, date(2026, 4, 1))[CareKind.LOW_BALANCE]
    assert "两次" in [task.name for task in next_month]
    world.club.card_care.extend(scene.ends_in_19, 5, reason="泳池维修", key=new_key(),
                            operator=owner)
    extended = [task.name for task in open_tasks(world)[CareKind.CARD_EXPIRING]]
    assert extended == ["将到期", "第30天"]


def test_marking_done_records_who_how_and_a_note(world: World, scene: Scene) -> None:
    """The operator, the time, the outcome and the note are kept."""
    task = open_tasks(world)[CareKind.CARD_EXPIRING][0]
    moment = datetime(2026, 3, 2, 15, 30, 12)
    done = world.club.care.mark_done(task.kind, task.member_id, task.occasion,
                                     outcome="will_come", note=" 周五来续卡 ",
                                     operator=world.reception, now=moment)
    assert done.note == "周五来续卡"
    with read_only(world.path) as connection:
        rows = connection.execute("SELECT kind, member_id, occasion, done_at, operator_id, "
                                  "outcome, note FROM care_task_outcomes").fetchall()
    assert rows == [("card_expiring", task.member_id, task.occasion, "2026-03-02 15:30:12.000000",
                     world.reception, "will_come", "周五来续卡")]


def test_done_twice_names_who_was_first(world: World, scene: Scene) -> None:
    """Two desks on one task: the second is told who did it, and nothing changes."""
    task = open_tasks(world)[CareKind.BIRTHDAY][0]
    care = world.club.care
    care.mark_done(task.kind, task.member_id, task.occasion, outcome="message_sent",
                   operator=world.reception, now=datetime(2026, 3, 2, 9, 5))
    with pytest.raises(Conflict) as error:
        care.mark_done(task.kind, task.member_id, task.occasion, outcome="reached",
                       operator=world.manager)
    assert i18n.describe(error.value) == "Xiaoli already marked this task done at 2026-03-02 09:05."
    with read_only(world.path) as connection:
        assert connection.execute("SELECT count(*) FROM care_task_outcomes").fetchone()[0] == 1


@pytest.mark.parametrize(("change", "error"), [
    ({"outcome": "maybe"}, ValidationError),
    ({"note": "长" * 201}, ValidationError),
    ({"kind": "vip"}, ValidationError),
    ({"occasion": ""}, ValidationError),
    ({"member_id": 999_999}, NotFound),
    ({"operator": NO_OPERATOR}, PermissionDenied),
])
def test_bad_input_changes_nothing(world: World, scene: Scene, change: dict[str, object],
                                   error: type[Exception]) -> None:
    """Each wrong value is refused with a reason; nothing is recorded."""
    task = open_tasks(world)[CareKind.BIRTHDAY][0]
    values: dict[str, object] = {"kind": task.kind, "member_id": task.member_id,
                                 "occasion": task.occasion, "outcome": "reached", "note": "",
                                 "operator": world.reception, **change}
    with pytest.raises(error):
        world.club.care.mark_done(values.pop("kind"), values.pop("member_id"),  # type: ignore[arg-type]
                                  values.pop("occasion"), **values)  # type: ignore[arg-type]
    with read_only(world.path) as connection:
        assert connection.execute("SELECT count(*) FROM care_task_outcomes").fetchone()[0] == 0


@pytest.mark.parametrize(("role", "phone"), [(Role.RECEPTION, "135****0000"),
                                             (Role.MANAGER, "13500000000")])
def test_phones_are_masked_for_reception(world: World, scene: Scene, role: Role,
                                         phone: str) -> None:
    """Every role works the lists; reception sees masked phones."""
    tasks = open_tasks(world, operator=world.staff[role])
    first = next(task for task in tasks[CareKind.CARD_EXPIRING] if task.name == "将到期")
    assert first.phone == phone
    with pytest.raises(PermissionDenied):
        open_tasks(world, operator=NO_OPERATOR)
