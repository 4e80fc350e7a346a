"""A plain-Python model of the money rules, for the stateful test
(test_cards_stateful.py): what each operation should do to the cards and
points, or why it should be refused. Written from DESIGN.md and the rules as
the services document them, without calling the code under test.

Each prediction returns a `Refusal` (the reason, for the failure message) or
a `Change`: how many ledger rows the operation writes and a `commit` that
updates the model once the service said yes (it gets the service's result,
for ids the model cannot know in advance: new cards, ledger rows).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import money_world as w
from dateutil.relativedelta import relativedelta

from clubcrm.domain.cards import BonusRule, CardStatus, ProductKind

LIVE = (CardStatus.ACTIVE, CardStatus.FROZEN)
NOT_REVERSIBLE = {"reversal", "freeze", "unfreeze", "replace", "close", "expire", "refund"}
CAP_FEN = 5_000_000  # the default per-operation limit (¥50,000)
POINTS_PER_YUAN_REDEEMED = 100  # the default: 100 points pay ¥1


@dataclass(frozen=True)
class ProductSpec:
    kind: ProductKind
    price_fen: int = 0
    discount_permille: int = 1000
    bonus_rules: tuple[BonusRule, ...] = ()
    sessions: int = 0
    valid_days: int = 0
    valid_months: int = 0
    service_ids: frozenset[int] = frozenset()


@dataclass
class History:
    """What a refund reads from a card's rows (and its lost cards' rows)."""

    paid: int = 0
    bonus_given: int = 0
    consumed: int = 0
    frozen_on: date | None = None


@dataclass
class ModelCard:
    id: int
    number: str
    product: ProductSpec
    member: int
    status: CardStatus = CardStatus.ACTIVE
    principal: int = 0
    bonus: int = 0
    sessions: int = 0
    valid_from: date | None = None
    days: int = 0
    frozen_on: date | None = None
    holders: set[int] = field(default_factory=set)
    history: History = field(default_factory=History)

    @property
    def total(self) -> int:
        return self.principal + self.bonus

    @property
    def valid_until(self) -> date | None:
        return self.valid_from + timedelta(days=self.days - 1) if self.valid_from else None

    def usable_on(self, day: date) -> bool:
        until = self.valid_until
        return (self.status is CardStatus.ACTIVE
                and (self.valid_from is None or self.valid_from <= day)
                and (until is None or day <= until))


@dataclass
class Effect:
    """What an operation did, kept so that a reversal can undo it."""

    cards: dict[int, list[int]] = field(default_factory=dict)  # principal, bonus, sessions, days
    points: dict[int, int] = field(default_factory=dict)
    paid: dict[int, list[int]] = field(default_factory=dict)  # paid, bonus given, consumed

    def card(self, card_id: int, principal: int = 0, bonus: int = 0, sessions: int = 0,
             days: int = 0) -> Effect:
        figures = self.cards.setdefault(card_id, [0, 0, 0, 0])
        for index, value in enumerate((principal, bonus, sessions, days)):
            figures[index] += value
        return self

    def history(self, card_id: int, paid: int = 0, bonus_given: int = 0,
                consumed: int = 0) -> Effect:
        figures = self.paid.setdefault(card_id, [0, 0, 0])
        for index, value in enumerate((paid, bonus_given, consumed)):
            figures[index] += value
        return self

    def member_points(self, member_id: int, points: int) -> Effect:
        if points:
            self.points[member_id] = self.points.get(member_id, 0) + points
        return self

    def negated(self) -> Effect:
        return Effect({c: [-v for v in f] for c, f in self.cards.items()},
                      {m: -p for m, p in self.points.items()},
                      {c: [-v for v in f] for c, f in self.paid.items()})


@dataclass
class ModelOp:
    key: str
    kind: str
    row_ids: tuple[int, ...]
    row_kinds: tuple[str, ...]
    effect: Effect
    opened: tuple[int, ...] = ()  # cards whose sale this operation is
    reversed: bool = False


@dataclass(frozen=True)
class Refusal:
    reason: str


@dataclass(frozen=True)
class Change:
    rows: int
    commit: Callable[[Any], None]
    operations: int = 1


Expectation = Refusal | Change


def product_specs(world: w.World) -> dict[int, ProductSpec]:
    return {
        world.stored: ProductSpec(ProductKind.STORED_VALUE, discount_permille=w.STORED_DISCOUNT,
                                  bonus_rules=w.STORED_BONUS),
        world.season: ProductSpec(ProductKind.STORED_VALUE, bonus_rules=w.SEASON_BONUS,
                                  valid_days=w.SEASON_DAYS),
        world.count: ProductSpec(ProductKind.COUNT, price_fen=w.COUNT_PRICE_FEN,
                                 sessions=w.COUNT_SESSIONS, valid_days=w.COUNT_DAYS,
                                 service_ids=frozenset({world.swim, world.yoga})),
        world.period: ProductSpec(ProductKind.PERIOD, price_fen=w.PERIOD_PRICE_FEN,
                                  valid_months=w.PERIOD_MONTHS),
    }


def bonus_of(rules: tuple[BonusRule, ...], paid: int) -> int:
    return max((rule.bonus_fen for rule in rules if paid >= rule.pay_fen), default=0)


def net_price(list_fen: int, permille: int) -> int:
    return (list_fen * permille + 500) // 1000


class Model:
    """The cards, points and operations the club should hold."""

    def __init__(self, world: w.World) -> None:
        self.products = product_specs(world)
        self.prices = {world.swim: w.SWIM_FEN, world.yoga: w.YOGA_FEN,
                       world.massage: w.MASSAGE_FEN, world.lesson: w.LESSON_FEN}
        silver = world.members[2]
        self.tiers: dict[int, tuple[int, int]] = {
            m: (w.SILVER_DISCOUNT, w.SILVER_POINTS_PER_YUAN) if m == silver
            else (1000, w.REGULAR_POINTS_PER_YUAN) for m in world.members}
        self.points: dict[int, int] = {member: 0 for member in world.members}
        self.cards: dict[int, ModelCard] = {}
        self.ops: list[ModelOp] = []
        self.ledger_rows = 0
        self.next_card_no = 1

    # --- bookkeeping ---

    def record(self, key: str, kind: str, result: Any, effect: Effect,
               opened: tuple[int, ...] = ()) -> None:
        """Apply an operation's effect and keep it for reversals."""
        for card_id, (principal, bonus, sessions, days) in effect.cards.items():
            card = self.cards[card_id]
            card.principal += principal
            card.bonus += bonus
            card.sessions += sessions
            card.days += days
        for card_id, (paid, bonus_given, consumed) in effect.paid.items():
            history = self.cards[card_id].history
            history.paid += paid
            history.bonus_given += bonus_given
            history.consumed += consumed
        for member_id, points in effect.points.items():
            self.points[member_id] += points
        entries = result.entries
        self.ops.append(ModelOp(key, kind, tuple(e.id for e in entries),
                                tuple(e.kind.value for e in entries), effect, opened))
        self.ledger_rows += len(entries)

    def numbers(self) -> set[str]:
        return {card.number for card in self.cards.values()}

    # --- selling and recharging ---

    def sell(self, key: str, member: int, product_id: int, paid: int | None,
             today: date) -> Expectation:
        spec = self.products[product_id]
        if spec.kind is ProductKind.STORED_VALUE:
            if paid is None or paid <= 0:
                return Refusal("a stored-value card is sold for an amount above zero")
            principal, bonus = paid, bonus_of(spec.bonus_rules, paid)
        elif paid is not None and paid != spec.price_fen:
            return Refusal("a count or period card is sold at its price")
        else:
            principal, bonus = 0, 0
        if (paid or 0) > CAP_FEN:
            return Refusal("above the cap")
        days = ((today + relativedelta(months=spec.valid_months)) - today).days \
            if spec.valid_months else spec.valid_days
        number = f"C{self.next_card_no:07d}"

        def commit(result: Any) -> None:
            assert result.entries[0].card_no == number, (result.entries[0].card_no, number)
            card = ModelCard(result.card_id, number, spec, member,
                             valid_from=today if days else None)
            self.cards[card.id] = card
            self.next_card_no += 1
            effect = Effect().card(card.id, principal, bonus, spec.sessions, days)
            self.record(key, "sell", result, effect.history(card.id, principal, bonus),
                        opened=(card.id,))

        return Change(1, commit)

    def recharge(self, key: str, card_id: int, paid: int, today: date,
                 cap_approved: bool) -> Expectation:
        card = self.cards[card_id]
        if paid <= 0:
            return Refusal("amount not above zero")
        if paid > CAP_FEN and not cap_approved:
            return Refusal("above the cap without the owner's approval")
        if card.product.kind is not ProductKind.STORED_VALUE:
            return Refusal("not a stored-value card")
        if not card.usable_on(today):
            return Refusal(f"card not usable ({card.status})")
        bonus = bonus_of(card.product.bonus_rules, paid)
        effect = Effect().card(card_id, paid, bonus).history(card_id, paid, bonus)
        return Change(1, lambda result: self.record(key, "recharge", result, effect))

    # --- consumption ---

    def consume(self, key: str, *, member: int, card_id: int | None,
                items: list[tuple[int, int]], card_amount: int | None, credit: int,
                cash: bool, today: date) -> Expectation:
        card = self.cards[card_id] if card_id is not None else None
        if card is not None:
            if not card.usable_on(today):
                return Refusal(f"card not usable ({card.status})")
            if member != card.member and member not in card.holders:
                return Refusal("not the card's owner nor a family member of it")
        payer = card.member if card else member
        tier_permille, points_per_yuan = self.tiers[payer]
        covered = card is not None and card.product.kind is not ProductKind.STORED_VALUE
        permille = 1000 if covered else min(
            tier_permille, card.product.discount_permille if card else 1000)
        net = sum(net_price(self.prices[service] * quantity, permille)
                  for service, quantity in items)
        if card is not None and card.product.kind is ProductKind.COUNT:
            if any(service not in card.product.service_ids for service, _ in items):
                return Refusal("a service the count card does not cover")
            if card.sessions < sum(quantity for _, quantity in items):
                return Refusal("not enough sessions")
        if covered:
            credit = 0
        elif credit and (credit > net or credit * POINTS_PER_YUAN_REDEEMED // 100
                         > self.points[payer]):
            return Refusal("points credit above the amount due or the points held")
        due = net - credit
        from_card = 0
        if card is not None and not covered:
            from_card = min(card.total, due) if card_amount is None else card_amount
            if card_amount is not None and (card_amount > due or card_amount > card.total):
                return Refusal("card part above the amount due or the balance")
        if not covered and due - from_card > 0 and not cash:
            return Refusal("no payment method for the rest")
        earned = 0 if covered else due * points_per_yuan // 100
        effect = Effect().member_points(payer, earned - credit)
        if card is not None:
            principal = min(card.principal, from_card)
            sessions = sum(q for _, q in items) if card.product.kind is ProductKind.COUNT else 0
            effect.card(card.id, -principal, principal - from_card, -sessions)
            effect.history(card.id, consumed=from_card)
        rows = len(items) + (1 if credit else 0)
        return Change(rows, lambda result: self.record(key, "consume", result, effect))

    # --- moving and returning money ---

    def transfer(self, key: str, source_id: int, target_id: int, amount: int,
                 today: date) -> Expectation:
        if source_id == target_id:
            return Refusal("the same card")
        source, target = self.cards[source_id], self.cards[target_id]
        for card in (source, target):
            if card.product.kind is not ProductKind.STORED_VALUE:
                return Refusal("not a stored-value card")
            if not card.usable_on(today):
                return Refusal(f"card not usable ({card.status})")
        if amount > CAP_FEN:
            return Refusal("above the cap")
        if source.total < amount:
            return Refusal("not enough balance")
        principal = min(source.principal, amount)
        bonus = amount - principal
        effect = (Effect().card(source_id, -principal, -bonus).card(target_id, principal, bonus)
                  .history(source_id, -principal, -bonus).history(target_id, principal, bonus))
        return Change(2, lambda result: self.record(key, "transfer", result, effect))

    def refundable(self, card: ModelCard, today: date) -> int:
        spec, history = card.product, card.history
        if spec.kind is ProductKind.STORED_VALUE:
            deposited = history.paid + history.bonus_given
            used = history.consumed * history.paid // deposited if deposited else 0
            return max(0, min(history.paid - used, history.paid, card.total))
        if spec.kind is ProductKind.COUNT:
            left = max(0, min(card.sessions, spec.sessions))
            return spec.price_fen * left // spec.sessions
        if card.valid_from is None or card.days <= 0:
            return 0
        until = card.valid_from + timedelta(days=card.days - 1)
        first_unused = max(history.frozen_on or today, card.valid_from)
        left = max(0, min((until - first_unused).days + 1, card.days))
        return spec.price_fen * left // card.days

    def refund(self, key: str, card_id: int, today: date,
               cap_approved: bool) -> tuple[Expectation, int]:
        card = self.cards[card_id]
        if card.status not in LIVE:
            return Refusal(f"card {card.status}"), 0
        amount = self.refundable(card, today)
        if amount > CAP_FEN and not cap_approved:
            return Refusal("a refund above the cap without the owner's approval"), amount
        effect = Effect().card(card_id, -card.principal, -card.bonus, -card.sessions)

        def commit(result: Any) -> None:
            self.record(key, "refund", result, effect)
            card.status, card.frozen_on = CardStatus.REFUNDED, None

        return Change(1, commit), amount

    # --- corrections ---

    def reverse(self, key: str, row_id: int) -> Expectation:
        op = next(op for op in self.ops if row_id in op.row_ids)
        if NOT_REVERSIBLE & set(op.row_kinds):
            return Refusal(f"a {op.kind} is not reversible")
        if op.reversed:
            return Refusal("already reversed")
        undo = op.effect.negated()
        for card_id, (principal, bonus, sessions, _days) in undo.cards.items():
            card = self.cards[card_id]
            if card.status not in (*LIVE, CardStatus.EXPIRED):
                return Refusal(f"card {card.status}")
            if min(card.principal + principal, card.bonus + bonus, card.sessions + sessions) < 0:
                return Refusal("the card no longer holds what the reversal takes back")
            if card_id in op.opened and (card.principal + principal or card.bonus + bonus
                                         or card.sessions + sessions):
                return Refusal("a sale is reversed only while nothing else is on the card")
        if any(self.points[m] + points < 0 for m, points in undo.points.items()):
            return Refusal("the points were used since")

        def commit(result: Any) -> None:
            assert [e.reverses_id for e in result.entries] == list(op.row_ids)
            self.record(key, "reversal", result, undo)
            op.reversed = True
            for card_id in op.opened:
                self.cards[card_id].status = CardStatus.CLOSED

        return Change(len(op.row_ids), commit)

    def adjust(self, key: str, *, card_id: int | None, member: int | None,
               figures: tuple[int, int, int, int], reason: str) -> Expectation:
        principal, bonus, sessions, points = figures
        if not reason.strip():
            return Refusal("no reason")
        if not any(figures):
            return Refusal("no change")
        if max(abs(principal), abs(bonus)) > CAP_FEN:
            return Refusal("above the cap")
        effect = Effect()
        if card_id is not None:
            card = self.cards[card_id]
            if card.status not in LIVE:
                return Refusal(f"card {card.status}")
            if min(card.principal + principal, card.bonus + bonus, card.sessions + sessions) < 0:
                return Refusal("would make the card negative")
            member = card.member
            effect.card(card_id, principal, bonus, sessions).history(card_id, principal, bonus)
        elif member is None or principal or bonus or sessions:
            return Refusal("a balance needs a card")
        assert member is not None
        if self.points[member] + points < 0:
            return Refusal("points would go negative")
        effect.member_points(member, points)
        return Change(1, lambda result: self.record(key, "adjust", result, effect))

    # --- card states ---

    def freeze(self, key: str, card_id: int, today: date) -> Expectation:
        card = self.cards[card_id]
        if not card.usable_on(today):
            return Refusal(f"card not usable ({card.status})")

        def commit(result: Any) -> None:
            self.record(key, "freeze", result, Effect())
            card.status, card.frozen_on, card.history.frozen_on = CardStatus.FROZEN, today, today

        return Change(1, commit)

    def unfreeze(self, key: str, card_id: int, today: date) -> Expectation:
        card = self.cards[card_id]
        if card.status is not CardStatus.FROZEN:
            return Refusal(f"card {card.status}")
        assert card.frozen_on is not None
        days = max(0, (today - card.frozen_on).days) if card.valid_from else 0

        def commit(result: Any) -> None:
            self.record(key, "unfreeze", result, Effect().card(card_id, days=days))
            card.status, card.frozen_on, card.history.frozen_on = CardStatus.ACTIVE, None, None

        return Change(1, commit)

    def extend(self, key: str, card_id: int, days: int) -> Expectation:
        card = self.cards[card_id]
        if not 1 <= days <= 3650:
            return Refusal("1 to 3650 days")
        if card.status not in LIVE:
            return Refusal(f"card {card.status}")
        if card.valid_from is None:
            return Refusal("no end date")
        effect = Effect().card(card_id, days=days)
        return Change(1, lambda result: self.record(key, "extend", result, effect))

    def replace(self, key: str, card_id: int, number: str) -> Expectation:
        old = self.cards[card_id]
        if old.status not in LIVE:
            return Refusal(f"card {old.status}")
        if number.upper() in self.numbers():
            return Refusal("number taken")

        def commit(result: Any) -> None:
            new = ModelCard(result.entries[1].card_id, number.upper(), old.product, old.member,
                            status=old.status, valid_from=old.valid_from,
                            frozen_on=old.frozen_on, holders=set(old.holders),
                            history=copy.copy(old.history))
            self.cards[new.id] = new
            effect = (Effect().card(old.id, -old.principal, -old.bonus, -old.sessions)
                      .card(new.id, old.principal, old.bonus, old.sessions, old.days))
            self.record(key, "replace", result, effect)
            old.status, old.frozen_on, old.holders = CardStatus.REPLACED, None, set()

        return Change(2, commit)

    def close(self, key: str, card_id: int) -> Expectation:
        card = self.cards[card_id]
        if card.status not in (*LIVE, CardStatus.EXPIRED):
            return Refusal(f"card {card.status}")
        if card.total or card.sessions:
            return Refusal("still holds a balance")

        def commit(result: Any) -> None:
            self.record(key, "close", result, Effect())
            card.status, card.frozen_on = CardStatus.CLOSED, None

        return Change(1, commit)

    def due_to_expire(self, today: date) -> list[ModelCard]:
        """The cards an expiry run on `today` expires: active, past their end date."""
        return [card for card in self.cards.values() if card.status is CardStatus.ACTIVE
                and card.valid_until is not None and card.valid_until < today]

    def expire(self, cards: list[ModelCard]) -> None:
        """What is left on them is forfeited: one row each."""
        for card in cards:
            card.principal = card.bonus = card.sessions = 0
            card.status = CardStatus.EXPIRED
        self.ledger_rows += len(cards)

    def redeem(self, key: str, member: int, points: int, gift: str) -> Expectation:
        if not gift.strip():
            return Refusal("no gift named")
        if points <= 0 or self.points[member] < points:
            return Refusal("not enough points")
        effect = Effect().member_points(member, -points)
        return Change(1, lambda result: self.record(key, "redeem", result, effect))

    def share(self, card_id: int, member: int) -> Expectation:
        card = self.cards[card_id]
        if card.status not in LIVE:
            return Refusal(f"card {card.status}")
        if member == card.member:
            return Refusal("the owner")
        return Change(0, lambda _result: card.holders.add(member), operations=0)
