"""The check-in desk's rules one by one: each card kind, each refusal (nothing
charged), repeat scans, undo by role and time, check-out, guests, walk-ins,
and that balances still equal the ledger afterwards."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from money_world import (  # noqa: F401 (fixture)
    SWIM_FEN,
    World,
    dump,
    ledger_problems,
    new_key,
    read_only,
    world_fixture,
)
from openpyxl import load_workbook

from clubcrm.domain.cards import CardStatus, PaymentMethod
from clubcrm.domain.errors import ClubError, PermissionDenied, ValidationError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.visits import (
    AlertKind,
    CheckInRefused,
    CheckInRequest,
    Fix,
    Refusal,
    RepeatVisit,
)
from clubcrm.services.settings import (
    VISIT_CHECKOUT,
    VISIT_ENTRY_SERVICE_ID,
    VISIT_REPEAT_MINUTES,
)
from clubcrm.services.verification import DATABASE_CHECKS, verify_file
from clubcrm.services.visits import CheckInResult

DAY = datetime(2025, 3, 3, 10, 0)
EVENING = datetime(2025, 3, 3, 19, 0)
CASH = PaymentMethod.CASH


def sell(world: World, product: int, *, member: int | None = None, paid: int | None = None,
         now: datetime = DAY) -> int:
    result = world.club.cards.sell(member or world.members[0], product, method=CASH,
                                   paid_fen=paid, key=new_key(), operator=world.owner, now=now)
    assert result.card_id is not None
    return result.card_id


def check_in(world: World, member: int | None = None, *, now: datetime = EVENING,
             key: str | None = None, operator: int | None = None, **fields: object
             ) -> CheckInResult:
    request = CheckInRequest(member if member is not None else world.members[0],
                             **fields)  # type: ignore[arg-type]
    return world.club.visits.check_in(request, key=key or new_key(),
                                      operator=operator or world.reception, now=now)


def entry_is_swim(world: World) -> None:
    world.club.settings.set(VISIT_ENTRY_SERVICE_ID, world.swim, operator=world.owner)


def assert_consistent(world: World) -> None:
    with read_only(world.path) as connection:
        assert ledger_problems(connection) == []
    assert verify_file(world.path, checks=DATABASE_CHECKS) == []


# --- each card kind ---

def test_count_card_loses_one_session(world: World) -> None:
    """A count card's check-in takes one session and records the visit with the card."""
    card = sell(world, world.count)
    result = check_in(world)
    assert result.card is not None and result.card.balances.sessions == 9
    assert result.visit.card_id == card and result.visit.sessions == 1
    assert result.visit.charge_fen == 0
    assert_consistent(world)


def test_period_card_is_free_and_must_be_valid(world: World) -> None:
    """A valid period card checks in without a ledger row; an expired one is refused."""
    card = sell(world, world.period)
    result = check_in(world)
    assert result.visit.card_id == card and result.operation.entries == ()
    with pytest.raises(CheckInRefused) as refused:
        check_in(world, now=EVENING + timedelta(days=40), card_id=card)
    assert refused.value.reason is Refusal.CARD_EXPIRED
    assert Fix.RENEW in refused.value.fixes


def test_period_card_preferred_over_stored_value(world: World) -> None:
    """The default card is the one that costs nothing: the period card."""
    sell(world, world.stored, paid=100000)
    period = sell(world, world.period)
    entry_is_swim(world)
    assert check_in(world).visit.card_id == period


def test_stored_value_pays_the_entry_service(world: World) -> None:
    """A stored-value card pays the entry service at its discount (9折 of ¥88)."""
    card = sell(world, world.stored, paid=100000)
    entry_is_swim(world)
    result = check_in(world)
    assert result.visit.charge_fen == SWIM_FEN * 9 // 10
    assert result.card is not None and result.card.balances.total_fen == \
        120000 - SWIM_FEN * 9 // 10
    assert result.visit.card_id == card
    assert_consistent(world)


def test_stored_value_entry_free_without_an_entry_service(world: World) -> None:
    """No entry service set: a stored-value check-in charges nothing."""
    sell(world, world.stored, paid=100000)
    result = check_in(world)
    assert result.visit.charge_fen == 0 and result.operation.entries == ()


def test_chosen_service_is_charged(world: World) -> None:
    """A service chosen at the desk (a massage) is charged instead of the entry."""
    sell(world, world.stored, paid=100000)
    result = check_in(world, service_id=world.massage)
    assert result.visit.service_name == "按摩"
    assert result.visit.charge_fen == 19900 * 9 // 10 + (1 if 19900 * 9 % 10 >= 5 else 0)


def test_guests_are_each_charged(world: World) -> None:
    """Two guests on a count card take three sessions; on stored value, three entries."""
    sell(world, world.count)
    assert check_in(world, guests=2).visit.sessions == 3
    sell(world, world.stored, member=world.members[1], paid=100000)
    entry_is_swim(world)
    result = check_in(world, world.members[1], guests=2)
    assert result.visit.guests == 2 and result.visit.charge_fen == 3 * (SWIM_FEN * 9 // 10)
    assert_consistent(world)


def test_guests_on_a_period_card_pay_cash(world: World) -> None:
    """Guests on a period card need a payment method; with one they pay the entry."""
    sell(world, world.period)
    entry_is_swim(world)
    with pytest.raises(CheckInRefused) as refused:
        check_in(world, guests=1)
    assert refused.value.reason is Refusal.NEEDS_PAYMENT
    result = check_in(world, guests=1, method=CASH)
    assert result.visit.charge_fen == SWIM_FEN and result.visit.method is CASH


def test_family_card_child_attends(world: World) -> None:
    """A child allowed on the parent's card checks in on it; the payer is charged."""
    card = sell(world, world.count)
    child = world.members[1]
    world.club.card_care.share(card, child, add=True, operator=world.owner)
    result = check_in(world, child, card_id=card)
    assert result.visit.member_id == child and result.card is not None
    assert result.card.balances.sessions == 9
    assert result.operation.entries[0].member_id == world.members[0]


def test_locker_and_staff_are_recorded(world: World) -> None:
    """The locker number and the serving staff member are kept on the visit."""
    sell(world, world.period)
    result = check_in(world, locker=" A 35 ", staff_id=world.manager)
    assert result.visit.locker == "A 35" and result.visit.staff_name == "Wangjl"


# --- refusals: nothing charged ---

def refused(world: World, **fields: object) -> CheckInRefused:
    before = dump(world.path)
    with pytest.raises(CheckInRefused) as caught:
        check_in(world, **fields)
    assert dump(world.path) == before, "a refusal wrote something"
    return caught.value


def test_no_card_is_refused_with_fixes(world: World) -> None:
    """A member without a card: refused, offering to sell a card or a single entry."""
    error = refused(world)
    assert error.reason is Refusal.NO_CARD
    assert error.fixes == (Fix.SELL_CARD, Fix.SINGLE_ENTRY)


def test_expired_card_is_refused(world: World) -> None:
    """A count card past its 90 days is refused with renew among the fixes."""
    sell(world, world.count)
    error = refused(world, now=DAY + timedelta(days=120))
    assert error.reason is Refusal.CARD_EXPIRED and error.fixes[0] is Fix.RENEW


def test_frozen_card_is_refused(world: World) -> None:
    card = sell(world, world.count)
    world.club.card_care.freeze(card, key=new_key(), operator=world.owner, now=DAY)
    error = refused(world, card_id=card)
    assert error.reason is Refusal.CARD_FROZEN and Fix.UNFREEZE in error.fixes


def test_card_of_another_member_is_refused(world: World) -> None:
    card = sell(world, world.count, member=world.members[1])
    error = refused(world, card_id=card)
    assert error.reason is Refusal.CARD_OF_ANOTHER_MEMBER


def test_used_up_count_card_is_refused(world: World) -> None:
    """Ten sessions used: the eleventh check-in is refused (renew offered)."""
    card = sell(world, world.count)
    for number in range(10):
        check_in(world, now=EVENING + timedelta(hours=number), card_id=card,
                 confirm_repeat=True)
    error = refused(world, card_id=card, now=EVENING + timedelta(hours=11))
    assert error.reason is Refusal.NO_SESSIONS and Fix.RENEW in error.fixes


def test_not_enough_balance_is_refused(world: World) -> None:
    """A stored-value card holding less than the entry: refused, recharge offered."""
    sell(world, world.season, paid=1000)
    entry_is_swim(world)
    error = refused(world)
    assert error.reason is Refusal.NOT_ENOUGH_BALANCE and error.fixes[0] is Fix.RECHARGE


@pytest.mark.parametrize("action", ["archive", "freeze"])
def test_inactive_member_is_refused(world: World, action: str) -> None:
    """An archived or frozen member cannot check in; nothing is charged."""
    sell(world, world.period)
    with world.club.db.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE members SET status = ? WHERE id = ?",
            ("archived" if action == "archive" else "frozen", world.members[0]))
    error = refused(world)
    assert error.reason in (Refusal.MEMBER_INACTIVE, Refusal.MEMBER_FROZEN)


def test_unknown_card_is_refused(world: World) -> None:
    error = refused(world, card_id=999_999)
    assert error.reason is Refusal.UNKNOWN


def test_bad_guests_and_locker_are_refused(world: World) -> None:
    with pytest.raises(ValidationError):
        check_in(world, guests=-1)
    with pytest.raises(ValidationError):
        check_in(world, locker="x" * 21)


# --- repeats and idempotency ---

def test_repeat_scan_within_the_window_asks(world: World) -> None:
    """A second check-in within 10 minutes asks; confirmed, it charges again."""
    sell(world, world.count)
    check_in(world)
    with pytest.raises(RepeatVisit):
        check_in(world, now=EVENING + timedelta(minutes=5))
    again = check_in(world, now=EVENING + timedelta(minutes=5), confirm_repeat=True)
    assert again.card is not None and again.card.balances.sessions == 8
    later = check_in(world, now=EVENING + timedelta(minutes=16))
    assert later.card is not None and later.card.balances.sessions == 7


def test_repeat_window_is_a_setting(world: World) -> None:
    sell(world, world.count)
    world.club.settings.set(VISIT_REPEAT_MINUTES, 0, operator=world.owner)
    check_in(world)
    check_in(world, now=EVENING + timedelta(minutes=1))


def test_same_key_checks_in_once(world: World) -> None:
    """The same request twice (a double Enter): one visit, one session."""
    sell(world, world.count)
    key = new_key()
    first = check_in(world, key=key)
    second = check_in(world, key=key)
    assert second.repeated and second.visit.id == first.visit.id
    assert second.card is not None and second.card.balances.sessions == 9


# --- single entries ---

def test_walk_in_pays_cash(world: World) -> None:
    """A walk-in who is not a member pays the entry in cash; the visit has no member."""
    entry_is_swim(world)
    request = CheckInRequest(None, single_entry=True, method=PaymentMethod.WECHAT, guests=1)
    result = world.club.visits.check_in(request, key=new_key(), operator=world.reception,
                                        now=EVENING)
    assert result.visit.member_id is None and result.visit.charge_fen == 2 * SWIM_FEN
    assert result.operation.entries[0].paid_fen == 2 * SWIM_FEN
    assert_consistent(world)


def test_member_single_entry_earns_points(world: World) -> None:
    """A member paying a single entry in cash is charged the list price and earns points."""
    entry_is_swim(world)
    result = check_in(world, single_entry=True, method=CASH)
    assert result.visit.charge_fen == SWIM_FEN and result.visit.card_id is None
    assert world.club.cards.points_of(world.members[0]) == SWIM_FEN // 100 * 10


def test_single_entry_needs_a_method_and_a_service(world: World) -> None:
    with pytest.raises(ValidationError):
        check_in(world, single_entry=True, method=CASH)  # no entry service yet
    entry_is_swim(world)
    with pytest.raises(ValidationError):
        check_in(world, single_entry=True)


# --- undo ---

def test_reception_undoes_within_ten_minutes(world: World) -> None:
    """Undo within 10 minutes by reception: a reversal row, the visit marked undone."""
    card = sell(world, world.count)
    result = check_in(world)
    undone = world.club.visits.undo(result.visit.id, reason="扫错了", key=new_key(),
                                    operator=world.reception,
                                    now=EVENING + timedelta(minutes=9))
    assert undone.undone_at is not None
    assert world.club.cards.card(card).balances.sessions == 10
    with read_only(world.path) as connection:
        kinds = [row[0] for row in connection.execute(
            "SELECT kind FROM ledger WHERE card_id = ? ORDER BY id", (card,))]
        assert kinds == ["open", "consume", "reversal"]
        assert connection.execute("SELECT count(*) FROM visits").fetchone()[0] == 1
    assert_consistent(world)


def test_late_undo_needs_a_manager(world: World) -> None:
    """After 10 minutes reception is refused; a manager may."""
    sell(world, world.count)
    result = check_in(world)
    later = EVENING + timedelta(minutes=11)
    with pytest.raises(PermissionDenied):
        world.club.visits.undo(result.visit.id, reason="x", key=new_key(),
                               operator=world.reception, now=later)
    world.club.visits.undo(result.visit.id, reason="x", key=new_key(), operator=world.manager,
                           now=later)
    with pytest.raises(ValidationError):
        world.club.visits.undo(result.visit.id, reason="x", key=new_key(),
                               operator=world.manager, now=later)


def test_undo_of_a_free_visit_marks_it(world: World) -> None:
    sell(world, world.period)
    result = check_in(world)
    undone = world.club.visits.undo(result.visit.id, reason="x", key=new_key(),
                                    operator=world.reception, now=EVENING)
    assert undone.undone_at is not None
    assert world.club.visits.today(EVENING.date()).count == 0


# --- check-out and the day ---

def test_check_out_records_duration(world: World) -> None:
    sell(world, world.period)
    result = check_in(world)
    with pytest.raises(ValidationError):
        world.club.visits.check_out(result.visit.id, operator=world.reception)
    world.club.settings.set(VISIT_CHECKOUT, True, operator=world.owner)
    assert [v.id for v in world.club.visits.inside_now(EVENING.date())] == [result.visit.id]
    out = world.club.visits.check_out(result.visit.id, operator=world.reception,
                                      now=EVENING + timedelta(minutes=95))
    assert out.minutes_inside(EVENING) == 95
    assert world.club.visits.inside_now(EVENING.date()) == []
    with pytest.raises(ValidationError):
        world.club.visits.check_out(result.visit.id, operator=world.reception)


def test_today_lists_totals_and_hours(world: World) -> None:
    sell(world, world.count)
    sell(world, world.stored, member=world.members[1], paid=100000)
    entry_is_swim(world)
    check_in(world, now=EVENING)
    check_in(world, world.members[1], now=EVENING + timedelta(minutes=30), guests=1)
    day = world.club.visits.today(EVENING.date())
    assert day.count == 2 and day.guests == 1 and day.sessions == 1
    assert day.charge_fen == 2 * (SWIM_FEN * 9 // 10)
    assert day.per_hour[19] == 2 and sum(day.per_hour) == 2
    assert [visit.member_id for visit in day.visits] == [world.members[1], world.members[0]]


def test_history_and_export(world: World, tmp_path: object) -> None:
    from pathlib import Path

    from openpyxl import load_workbook

    sell(world, world.period)
    for days in range(3):
        check_in(world, now=EVENING + timedelta(days=days))
    history = world.club.visits.history(world.members[0])
    assert len(history) == 3 and history[0].at > history[-1].at
    path = Path(str(tmp_path)) / "visits.xlsx"
    with pytest.raises(PermissionDenied):
        world.club.visits.export(path, date_from=EVENING.date(), date_to=EVENING.date(),
                                 operator=world.reception)
    count = world.club.visits.export(path, date_from=EVENING.date(),
                                     date_to=EVENING.date() + timedelta(days=5),
                                     operator=world.manager)
    assert count == 3
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[1][3] == "张伟"


def test_export_of_a_date_range_names_who_served(world: World, tmp_path: Path) -> None:
    """A range of days exports only those days, oldest first; "Served by" is the staff
    member named at the desk (empty when nobody was), apart from the operator."""
    sell(world, world.period, now=DAY - timedelta(days=2))
    check_in(world, now=EVENING - timedelta(days=1))
    served = check_in(world, now=EVENING, staff_id=world.manager)
    plain = check_in(world, now=EVENING + timedelta(days=1))
    check_in(world, now=EVENING + timedelta(days=2))
    path = tmp_path / "range.xlsx"
    count = world.club.visits.export(path, date_from=EVENING.date(),
                                     date_to=EVENING.date() + timedelta(days=1),
                                     operator=world.manager)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert count == 2 and rows[0][11:13] == ("Served by", "Operator")
    assert [(row[0], row[11], row[12]) for row in rows[1:]] == [
        (served.visit.id, "Wangjl", served.visit.operator_name),
        (plain.visit.id, None, plain.visit.operator_name)]


def test_export_of_a_members_visits(world: World, tmp_path: Path) -> None:
    """All of one member's visits, nobody else's; managers only; audited with the member."""
    sell(world, world.period)
    sell(world, world.period, member=world.members[1])
    mine = [check_in(world, now=EVENING + timedelta(days=days)).visit.id for days in (0, 20)]
    check_in(world, world.members[1])
    path = tmp_path / "member.xlsx"
    with pytest.raises(PermissionDenied):
        world.club.visits.export_member(path, world.members[0], operator=world.reception)
    assert world.club.visits.export_member(path, world.members[0],
                                           operator=world.manager) == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == mine
    with read_only(world.path) as connection:
        assert connection.execute(
            "SELECT subject FROM audit_log WHERE action = 'visits_exported' ORDER BY id DESC "
            "LIMIT 1").fetchone()[0] == "000001"


def test_served_by_is_queryable_per_period(world: World) -> None:
    """What a staff report reads: check-ins and their charge per staff member serving,
    over a period, undone check-ins left out (the query README's desk section gives)."""
    entry_is_swim(world)
    sell(world, world.stored, paid=50_000)
    first = check_in(world, staff_id=world.manager)
    second = check_in(world, staff_id=world.manager, confirm_repeat=True)
    undone = check_in(world, staff_id=world.owner, confirm_repeat=True)
    world.club.visits.undo(undone.visit.id, reason="mistake", key=new_key(),
                           operator=world.reception, now=EVENING)
    check_in(world, now=EVENING + timedelta(days=3), staff_id=world.owner)
    with read_only(world.path) as connection:
        rows = connection.execute(STAFF_PER_PERIOD, (EVENING.date().isoformat(),
                                                     (EVENING.date() + timedelta(days=1))
                                                     .isoformat())).fetchall()
    charged = first.visit.charge_fen + second.visit.charge_fen
    assert charged > 0 and rows == [(world.manager, 2, charged)]


STAFF_PER_PERIOD = """
    SELECT staff_id, count(*), sum(charge_fen) FROM visits
    WHERE at >= ? AND at < ? AND undone_at IS NULL AND staff_id IS NOT NULL
    GROUP BY staff_id ORDER BY staff_id"""


# --- alerts ---

def test_alerts(world: World) -> None:
    """Birthday, expiring card, few sessions, dormant returning and flagged notes."""
    club = world.club
    member = club.members.register(MemberDraft(
        name="赵敏", phone="13600136000", birthday="1990-03-05",
        notes="喜欢早上来\n!对青霉素过敏\n膝盖受伤"), operator=world.owner)
    old = sell(world, world.count, member=member.id, now=DAY - timedelta(days=200))
    check_in(world, member.id, card_id=old, now=DAY - timedelta(days=190))
    card = sell(world, world.count, member=member.id, now=DAY - timedelta(days=80))
    result = check_in(world, member.id, card_id=card, now=DAY, guests=7)
    assert result.alerts == ()  # left to alerts_after
    result = club.visits.alerts_after(result, operator=world.reception)
    kinds = [alert.kind for alert in result.alerts]
    assert AlertKind.BIRTHDAY_SOON in kinds
    assert AlertKind.FEW_SESSIONS in kinds and AlertKind.CARD_EXPIRING in kinds
    assert AlertKind.DORMANT_RETURNING in kinds
    notes = [alert.params["note"] for alert in result.alerts
             if alert.kind is AlertKind.IMPORTANT_NOTE]
    assert notes == ["对青霉素过敏", "膝盖受伤"]


def test_panel_explains_a_member_without_cards(world: World) -> None:
    panel = world.club.visits.panel(world.members[0], operator=world.reception, now=EVENING)
    assert panel.refusal is not None and panel.refusal.reason is Refusal.NO_CARD
    assert panel.member.phone == "138****8000"


def test_find_by_number_phone_tail_and_card(world: World) -> None:
    """A member number or a full phone finds one member; a card number its card; a
    phone tail shared by several members offers a choice."""
    visits, reception = world.club.visits, world.reception
    card = sell(world, world.count)
    card_no = world.club.cards.card(card).card_no
    assert visits.find("000001", operator=reception).member_id == world.members[0]
    assert visits.find("13900139000", operator=reception).member_id == world.members[1]
    found = visits.find(card_no.lower(), operator=reception)
    assert (found.member_id, found.card_id) == (world.members[0], card)
    assert len(visits.find("9000", operator=reception).hits) == 1 or \
        visits.find("9000", operator=reception).member_id == world.members[1]
    assert visits.find("000", operator=reception).hits
    assert visits.find("nobody-here", operator=reception) == type(found)()
    with pytest.raises(ClubError):
        visits.find("  ", operator=reception)


def test_member_merge_moves_visits(world: World) -> None:
    sell(world, world.period, member=world.members[1])
    check_in(world, world.members[1])
    world.club.members.merge(world.members[0], world.members[1], operator=world.owner,
                             reason="同一人")
    assert len(world.club.visits.history(world.members[0])) == 1


def test_card_status_expired_is_refused(world: World) -> None:
    """A card the expiry job marked expired is refused even on its last day."""
    card = sell(world, world.count)
    with world.club.db.write() as session:
        session.connection().exec_driver_sql("UPDATE cards SET status = ? WHERE id = ?",
                                             (CardStatus.EXPIRED.value, card))
    assert refused(world, card_id=card).reason is Refusal.CARD_EXPIRED


def test_a_members_data_export_lists_their_visits(world: World, tmp_path: Path) -> None:
    """The privacy export of one member (everything held about them) has their visits."""
    entry_is_swim(world)
    first = check_in(world, single_entry=True, method=CASH, locker="A12")
    check_in(world, world.members[1], single_entry=True, method=CASH)  # somebody else
    path = world.club.privacy.export_member_data(MemberId(world.members[0]),
                                                 tmp_path / "one.xlsx", operator=world.owner)
    sheet = load_workbook(path, read_only=True)["Visits"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Visit", "Time")
    assert [(row[0], row[6], row[10]) for row in rows[1:]] == [
        (first.visit.id, SWIM_FEN / 100, "A12")]
