"""The money rules one by one: idempotency, an append-only ledger, reversals,
refusals that write nothing, the refund formulas, freezing, lost cards,
count cards and tier upgrades."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from money_world import World, dump, new_key, read_only, world_fixture  # noqa: F401 (fixture)

from clubcrm.domain.cards import BonusRule, CardStatus, PaymentMethod, ProductKind
from clubcrm.domain.errors import ClubError, Conflict, PermissionDenied, ValidationError
from clubcrm.domain.ledger import LedgerFilter, LedgerKind
from clubcrm.domain.money import parse_money
from clubcrm.services.catalogue import ProductDraft, TierDraft
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.operations import OperationResult
from clubcrm.services.settings import OPERATION_CAP_FEN, REFUND_FORMULA

DAY = datetime(2025, 3, 3, 10, 0)
CASH = PaymentMethod.CASH


def sell_stored(world: World, paid: int = 100000, *, member: int | None = None,
                product: int | None = None, now: datetime = DAY) -> OperationResult:
    return world.club.cards.sell(member or world.members[0], product or world.stored,
                                 method=CASH, paid_fen=paid, key=new_key(),
                                 operator=world.owner, now=now)


def sell(world: World, product: int, *, now: datetime = DAY) -> OperationResult:
    return world.club.cards.sell(world.members[0], product, method=CASH, key=new_key(),
                                 operator=world.owner, now=now)


def consume(world: World, card_id: int | None, *items: tuple[int, int], member: int | None = None,
            now: datetime = DAY, key: str | None = None, **options: Any) -> OperationResult:
    request = ConsumptionRequest(member or world.members[0],
                                 tuple(SaleItem(service, quantity) for service, quantity in items),
                                 card_id=card_id, **options)
    return world.club.cards.consume(request, key=key or new_key(), operator=world.owner, now=now)


def opening_row(world: World, card_id: int) -> int:
    """The ledger row of a card's sale."""
    card = world.club.cards.card(card_id)
    return world.club.ledger.page(card.member_id, LedgerFilter(card_id=card_id))[-1].id


# --- idempotency ---

# name -> call(world, card, another card, key)
REPEATABLE: dict[str, Callable[[World, int, int, str], Any]] = {
    "sell": lambda w, card, other, key: w.club.cards.sell(
        w.members[1], w.stored, method=CASH, paid_fen=5000, key=key, operator=w.owner),
    "recharge": lambda w, card, other, key: w.club.cards.recharge(
        card, 20000, method=CASH, key=key, operator=w.owner),
    "consume": lambda w, card, other, key: consume(w, card, (w.swim, 1), key=key),
    "transfer": lambda w, card, other, key: w.club.cards.transfer(
        card, other, 3000, key=key, operator=w.owner),
    "refund": lambda w, card, other, key: w.club.cards.refund(
        card, method=CASH, key=key, operator=w.owner)[0],
    "reverse": lambda w, card, other, key: w.club.card_care.reverse(
        opening_row(w, other), reason="录错了", key=key, operator=w.owner),
    "freeze": lambda w, card, other, key: w.club.card_care.freeze(
        card, key=key, operator=w.owner),
    "adjust": lambda w, card, other, key: w.club.card_care.adjust(
        card_id=card, bonus_fen=500, reason="补录", key=key, operator=w.owner),
}


@pytest.mark.parametrize("name", list(REPEATABLE))
def test_a_repeated_request_is_done_once(world: World, name: str) -> None:
    """The same key twice (a double click): one operation, the second call answers
    `repeated` with the first result and writes nothing."""
    card, other = sell_stored(world).card_id, sell_stored(world, 100).card_id
    key = new_key()
    first = REPEATABLE[name](world, card, other, key)
    before = dump(world.path)
    again = REPEATABLE[name](world, card, other, key)
    assert dump(world.path) == before
    assert again.repeated and not first.repeated
    assert (again.op_id, again.entries, again.after) == (first.op_id, first.entries, first.after)


@pytest.mark.parametrize("name", ["sell", "freeze", "unfreeze"])
def test_a_retry_after_midnight_is_the_same_request(world: World, name: str) -> None:
    """A request first sent just before midnight and retried just after (the reply was
    lost) is recognised by its key: the first result, nothing written again."""
    card = sell_stored(world).card_id
    if name == "unfreeze":
        world.club.card_care.freeze(card, key=new_key(), operator=world.owner, now=DAY)
    calls = {
        "sell": lambda key, now: world.club.cards.sell(
            world.members[1], world.stored, method=CASH, paid_fen=5000, key=key,
            operator=world.owner, now=now),
        "freeze": lambda key, now: world.club.card_care.freeze(
            card, key=key, operator=world.owner, now=now),
        "unfreeze": lambda key, now: world.club.card_care.unfreeze(
            card, key=key, operator=world.owner, now=now),
    }
    key = new_key()
    first = calls[name](key, DAY + timedelta(days=1, seconds=-1))
    before = dump(world.path)
    again = calls[name](key, DAY + timedelta(days=1, seconds=1))
    assert again.repeated and again.op_id == first.op_id
    assert dump(world.path) == before


def test_same_key_for_a_different_amount_is_a_conflict(world: World) -> None:
    """Reusing a key for another amount is refused and writes nothing."""
    card = sell_stored(world).card_id
    key = new_key()
    world.club.cards.recharge(card, 20000, method=CASH, key=key, operator=world.owner)
    before = dump(world.path)
    with pytest.raises(Conflict, match="already used for a different operation"):
        world.club.cards.recharge(card, 20001, method=CASH, key=key, operator=world.owner)
    assert dump(world.path) == before
    assert world.club.cards.card(card).balances.principal_fen == 120000


# --- the ledger is append-only ---

@pytest.mark.parametrize("statement", [
    "UPDATE ledger SET principal_delta = principal_delta + 100",
    "UPDATE ledger SET reason = 'x'",
    "DELETE FROM ledger WHERE id = 1",
    "UPDATE operations SET key = 'x'",
    "DELETE FROM operations",
])
def test_history_cannot_be_edited_with_sql(world: World, statement: str) -> None:
    """Triggers refuse UPDATE and DELETE on the ledger and the operations, even by raw SQL."""
    sell_stored(world)
    world.club.close()
    before = dump(world.path)
    connection = sqlite3.connect(world.path, isolation_level=None)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute(statement)
    connection.close()
    assert dump(world.path) == before


# --- reversals ---

def test_a_reversal_points_at_its_original_and_happens_once(world: World) -> None:
    """Each reversal row names the row it cancels; a second reversal, or reversing
    the reversal, is refused and writes nothing."""
    source, target = sell_stored(world).card_id, sell_stored(world, 5000).card_id
    moved = world.club.cards.transfer(source, target, 30000, key=new_key(), operator=world.owner)
    reversal = world.club.card_care.reverse(moved.entries[1].id, reason="转错卡", key=new_key(),
                                            operator=world.owner)
    assert [e.reverses_id for e in reversal.entries] == [e.id for e in moved.entries]
    assert [e.kind for e in reversal.entries] == [LedgerKind.REVERSAL] * 2
    assert world.club.cards.card(source).balances.total_fen == 120000
    assert world.club.cards.card(target).balances.total_fen == 5000
    before = dump(world.path)
    for row, message in ((moved.entries[0].id, "already reversed"),
                         (reversal.entries[0].id, "cannot be reversed")):
        with pytest.raises(ValidationError, match=message):
            world.club.card_care.reverse(row, reason="再来一次", key=new_key(),
                                         operator=world.owner)
    assert dump(world.path) == before


# --- bad input is refused with a clear message and changes nothing ---

def test_an_amount_with_three_decimals_is_refused() -> None:
    """parse_money refuses a third decimal rather than rounding money away."""
    with pytest.raises(ValidationError, match="at most two decimals: 12.345"):
        parse_money("12.345")


def _stored_card(world: World) -> int:
    return sell_stored(world).card_id


def _expired(world: World) -> int:
    card = sell_stored(world, product=world.season).card_id
    world.club.card_care.expire_due(operator=world.owner, today=DAY.date() + timedelta(days=120))
    return card


def _frozen(world: World) -> int:
    card = sell_stored(world).card_id
    world.club.card_care.freeze(card, key=new_key(), operator=world.owner, now=DAY)
    return card


def _closed(world: World) -> int:
    card = sell_stored(world, 5000).card_id
    consume(world, card, (world.lesson, 1), method=CASH)
    world.club.card_care.close(card, key=new_key(), operator=world.owner)
    return card


def _count_card(world: World) -> int:
    return sell(world, world.count).card_id


REFUSALS: dict[str, tuple[Callable[[World], int], Callable[[World, int], Any], str]] = {
    "zero amount": (_stored_card, lambda w, c: w.club.cards.recharge(
        c, 0, method=CASH, key=new_key(), operator=w.owner), "Enter an amount above zero"),
    "negative amount": (_stored_card, lambda w, c: w.club.cards.recharge(
        c, -100, method=CASH, key=new_key(), operator=w.owner), "Enter an amount above zero"),
    "amount in yuan as a float": (_stored_card, lambda w, c: w.club.cards.recharge(
        c, 100.5, method=CASH, key=new_key(), operator=w.owner),  # type: ignore[arg-type]
        "whole number of fen"),
    "above the cap": (_stored_card, lambda w, c: w.club.cards.recharge(
        c, 5_000_001, method=CASH, key=new_key(), operator=w.owner),
        r"¥50,000.01 is above the per-operation limit of ¥50,000.00: the owner must approve"),
    "above the cap, approved by a manager": (_stored_card, lambda w, c: w.club.cards.recharge(
        c, 5_000_001, method=CASH, key=new_key(), operator=w.owner, approved_by=w.manager),
        "the owner must approve"),
    "past its end date": (lambda w: sell_stored(w, product=w.season).card_id,
                          lambda w, c: consume(w, c, (w.swim, 1), now=DAY + timedelta(days=95)),
                          "expired on 2025-05-31"),
    "expired": (_expired, lambda w, c: w.club.cards.recharge(
        c, 100, method=CASH, key=new_key(), operator=w.owner), "has expired"),
    "frozen": (_frozen, lambda w, c: consume(w, c, (w.swim, 1)), "is frozen: unfreeze it"),
    "closed": (_closed, lambda w, c: w.club.cards.recharge(
        c, 100, method=CASH, key=new_key(), operator=w.owner), "is closed"),
    "not enough balance": (lambda w: sell_stored(w, 5000, product=w.season).card_id,
                           lambda w, c: consume(w, c, (w.lesson, 1), card_amount_fen=10000,
                                                method=CASH),
                           r"Not enough balance on card C0000001: it holds ¥50.00, ¥100.00 is"),
    "not enough balance to transfer": (
        lambda w: (sell_stored(w, 5000).card_id, sell_stored(w).card_id)[0],
        lambda w, c: w.club.cards.transfer(c, c + 1, 5001, key=new_key(), operator=w.owner),
        "Not enough balance"),
    "not enough sessions": (_count_card, lambda w, c: consume(w, c, (w.swim, 11)),
                            "has 10 sessions left; 11 are needed"),
    "points offered where the count card pays": (
        _count_card, lambda w, c: consume(w, c, (w.swim, 1), points_credit_fen=100),
        "covers these services: there is nothing to pay with points"),
    "a service the count card does not cover": (
        _count_card, lambda w, c: consume(w, c, (w.massage, 1)), "does not cover 按摩"),
    "changing a sold product": (_stored_card, lambda w, c: w.club.catalogue.save_product(
        ProductDraft("储值卡", ProductKind.STORED_VALUE, discount_permille=800),
        product_id=w.stored, operator=w.owner), "Cards of this product were sold"),
    "a count card at another price": (_stored_card, lambda w, c: w.club.cards.sell(
        w.members[0], w.count, method=CASH, paid_fen=1, key=new_key(), operator=w.owner),
        "sold at its price"),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_bad_input_is_refused_and_changes_nothing(world: World, name: str) -> None:
    """Each refusal is a ClubError whose message says what is wrong; nothing is written."""
    prepare, call, message = REFUSALS[name]
    card = prepare(world)
    before = dump(world.path)
    with pytest.raises(ClubError, match=message):
        call(world, card)
    assert dump(world.path) == before


def test_above_the_cap_with_the_owners_approval(world: World) -> None:
    """The owner's approval lets an amount above the cap through, and is kept."""
    world.club.settings.set(OPERATION_CAP_FEN, 100000, operator=world.owner)
    card = sell_stored(world).card_id
    with pytest.raises(PermissionDenied):
        world.club.cards.recharge(card, 100001, method=CASH, key=new_key(),
                                  operator=world.manager)
    done = world.club.cards.recharge(card, 100001, method=CASH, key=new_key(),
                                     operator=world.manager, approved_by=world.owner)
    assert done.after is not None and done.after.principal_fen == 200001
    with read_only(world.path) as connection:
        approved = connection.execute("SELECT operator_id, approved_by_id FROM operations "
                                      "WHERE id = ?", (done.op_id,)).fetchone()
    assert approved == (world.manager, world.owner)


# --- refunds ---

@pytest.fixture
def bonus_card(world: World) -> int:
    """充1000送200 (full price), then ¥600 spent: principal 400 and bonus 200 left."""
    product = world.club.catalogue.save_product(ProductDraft(
        "充1000送200", ProductKind.STORED_VALUE, bonus_rules=(BonusRule(100000, 20000),)),
        operator=world.owner)
    card = sell_stored(world, product=product).card_id
    consume(world, card, (world.lesson, 6))
    return card


def test_refund_pro_rata_as_in_the_design(world: World, bonus_card: int) -> None:
    """DESIGN.md: paid 1000 + bonus 200, consumed 600 → 1000 − 600 × 1000/1200 = 500;
    the refund pays that back, empties the card and is audited."""
    quote = world.club.cards.quote_refund(bonus_card)
    assert (quote.principal_paid_fen, quote.bonus_given_fen, quote.consumed_fen,
            quote.refundable_fen) == (100000, 20000, 60000, 50000)
    result, statement = world.club.cards.refund(bonus_card, method=CASH, key=new_key(),
                                                operator=world.owner)
    assert statement == quote
    assert result.entries[0].paid_fen == -50000 and result.after is not None
    assert result.after.total_fen == 0
    assert world.club.cards.card(bonus_card).status is CardStatus.REFUNDED


def test_refund_of_the_remaining_principal(world: World, bonus_card: int) -> None:
    """With the other formula the refund is what is left of the principal (1000 − 600)."""
    world.club.settings.set(REFUND_FORMULA, "remaining_principal", operator=world.owner)
    assert world.club.cards.quote_refund(bonus_card).refundable_fen == 40000


# --- freezing, lost cards, count cards, tiers, points ---

def test_unfreezing_gives_a_period_card_its_frozen_days_back(world: World) -> None:
    """Frozen 10 days: the month card ends 10 days later; a card without an end date
    gets no days."""
    period, stored = sell(world, world.period).card_id, sell_stored(world).card_id
    assert world.club.cards.card(period).valid_until == date(2025, 4, 2)
    for card in (period, stored):
        world.club.card_care.freeze(card, key=new_key(), operator=world.owner,
                                    now=DAY + timedelta(days=5))
        back = world.club.card_care.unfreeze(card, key=new_key(), operator=world.owner,
                                             now=DAY + timedelta(days=15))
        assert back.entries[0].days_delta == (10 if card == period else 0)
    assert world.club.cards.card(period).valid_until == date(2025, 4, 12)
    assert world.club.cards.card(stored).valid_until is None


def test_replacing_a_lost_card_keeps_history_and_moves_the_balance(world: World) -> None:
    """The new number holds the balance, validity and family members; the old card
    keeps its rows, is marked replaced and can no longer be used."""
    old = sell_stored(world, product=world.season).card_id
    consume(world, old, (world.swim, 1))
    world.club.card_care.share(old, world.members[1], add=True, operator=world.owner)
    before = world.club.cards.card(old)
    world.club.card_care.replace_lost(old, "new-001", key=new_key(), operator=world.owner)
    new = world.club.cards.find_card("NEW-001")
    lost = world.club.cards.card(old)
    assert new is not None and new.balances == before.balances
    assert (new.valid_from, new.valid_until) == (before.valid_from, before.valid_until)
    assert new.holders == (world.members[1],)
    assert lost.status is CardStatus.REPLACED and lost.replaced_by == "NEW-001"
    assert lost.balances.total_fen == 0
    history = world.club.ledger.page(world.members[0], LedgerFilter(card_id=old))
    assert [e.kind for e in history] == [LedgerKind.REPLACE, LedgerKind.CONSUME, LedgerKind.OPEN]
    with pytest.raises(ValidationError, match="replaced: use the new card"):
        consume(world, old, (world.swim, 1))
    consume(world, new.id, (world.swim, 1), member=world.members[1])


def test_a_tier_upgrade_is_stored_with_its_reason(world: World) -> None:
    """Crossing the trailing-spend threshold moves the member up at once; the change
    is kept with the figures that justified it. Below it nothing changes."""
    silver = world.club.catalogue.tiers()[1]
    world.club.catalogue.save_tier(TierDraft(silver.name, upgrade_spend_fen=50000),
                                   tier_id=silver.id, operator=world.owner)
    member = world.members[0]
    consume(world, None, (world.lesson, 4), member=member, method=CASH)
    assert world.club.members.get(member, operator=world.owner).tier_id == world.regular_tier
    consume(world, None, (world.lesson, 2), member=member, method=CASH)
    assert world.club.members.get(member, operator=world.owner).tier_id == silver.id
    with read_only(world.path) as connection:
        changes = connection.execute("SELECT from_tier_id, to_tier_id, reason FROM "
                                     "tier_changes WHERE member_id = ?", (member,)).fetchall()
    assert changes == [(world.regular_tier, silver.id, "12-month consumption ¥600.00 ≥ ¥500.00")]


def test_points_earned_can_be_spent(world: World) -> None:
    """Points earned (10 a yuan) pay part of a bill and are redeemed for a gift; the
    member's points stay the sum of their rows. (Was: any negative points change failed
    with an IntegrityError — SQLite checks the CHECK constraint of an upsert's new row
    before the ON CONFLICT update, so `points + (-n)` was never tried.)"""
    member = world.members[0]
    consume(world, None, (world.lesson, 1), member=member, method=CASH)  # earns 1,000
    paid = consume(world, None, (world.swim, 1), member=member, method=CASH,
                   points_credit_fen=300)
    assert (paid.points_before, paid.points_after) == (1000, 1000 - 300 + 850)
    gift = world.club.card_care.redeem_points(member, 1000, gift="泳镜", key=new_key(),
                                              operator=world.owner)
    assert gift.points_after == 550
    world.club.card_care.reverse(paid.entries[0].id, reason="录错了", key=new_key(),
                                 operator=world.owner)
    with read_only(world.path) as connection:
        assert connection.execute("SELECT points FROM points_accounts WHERE member_id = ?",
                                  (member,)).fetchone() == (0,)


def test_reversing_a_sale_does_not_strand_later_money(world: World) -> None:
    """Reversing the sale of a card that was recharged since would close the card
    with the recharge on it, where nothing could take it off: it is refused."""
    card = sell_stored(world).card_id
    world.club.cards.recharge(card, 50000, method=CASH, key=new_key(), operator=world.owner)
    try:
        world.club.card_care.reverse(opening_row(world, card), reason="卖错了", key=new_key(),
                                     operator=world.owner)
    except ValidationError:
        return  # refused: fine
    held = world.club.cards.card(card)
    assert held.status is not CardStatus.CLOSED or held.balances.total_fen == 0, held
