"""One visit of a demo member at the desk: buying or renewing the cards they
keep, using a count or period card for what it covers, paying the rest from
a stored-value card (recharged when it runs low) or in cash or by QR pay,
and now and then redeeming points, freezing or refunding a card.

Prices, discounts, the split between principal and bonus, the payment
method of each line and the points earned follow `services/consumption.py`,
so the demo's rows are the rows the app itself writes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from clubcrm.domain.cards import (
    FULL_PRICE,
    Balances,
    CardStatus,
    Product,
    ProductKind,
    ServiceItem,
    SpendOrder,
    bonus_for,
    discounted,
    points_earned,
    split_spend,
)
from clubcrm.services import demo_data as data
from clubcrm.services.demo_bulk import OPEN_SECONDS, Weighted
from clubcrm.services.demo_ledger import Kind, Line, Method
from clubcrm.services.demo_lifecycle import Lifecycle
from clubcrm.services.demo_state import Books, Calendar, CardState, MemberState, validity_days

BASKET_SIZES = ((1, 60), (2, 30), (3, 10))  # services in one visit (a swim, then a sauna)
TWO_OF_A_KIND = 0.08  # a friend comes along: two swim tickets
RENEWS = 0.7  # a used-up or expired card is bought again
LOW_BALANCE_FEN = 30_000  # below ¥300 reception offers a recharge
RECHARGES_WHEN_LOW = 0.85
NO_BONUS_RECHARGE = 0.2  # a recharge below the first bonus step
NO_BONUS_AMOUNTS = (20_000, 30_000)
REDEEMS = 0.04  # chances per visit
FREEZES = 0.003
REFUNDS = 0.003
MISTAKES = 0.004  # an operation reversed minutes later
SERVED_HOLDER = 0.8  # on a shared card, a holder rather than the payer


class Desk:
    """Reception: what each visit sells, uses and charges."""

    def __init__(self, books: Books, lifecycle: Lifecycle, calendar: Calendar,
                 rng: random.Random, *, methods: Weighted, order: SpendOrder) -> None:
        self._books = books
        self._lifecycle = lifecycle
        self._calendar = calendar
        self._rng = rng
        self._methods = methods
        self._order = order
        self._basket_sizes = Weighted.of(BASKET_SIZES)
        self._steps: dict[int, Weighted] = {}

    def expect(self, tick: int, member: MemberState) -> None:
        """Plan the member's visit at `tick`, if they still come then."""
        if tick <= member.end:
            self._calendar.push(tick, self._visit, member)

    def _visit(self, tick: int, member: MemberState) -> None:
        following = tick + 1 + int(self._rng.expovariate(member.rate))
        if tick >= member.away_until:
            self._serve(tick, member)
            if member.bare_rate and tick >= member.away_until:
                self._plan_check_ins(tick, min(following - 1, member.end), member)
        self.expect(following, member)

    def _plan_check_ins(self, tick: int, last: int, member: MemberState) -> None:
        """Until the next visit, the bare check-ins of a period card holder: only
        while the card is valid (nothing else can change it before that visit:
        a freeze or a refund happens at a visit, and this one did neither)."""
        day = tick // OPEN_SECONDS
        card = next((card for card in member.latest.values()
                     if card.product.kind is ProductKind.PERIOD and card.usable_on(day)), None)
        if card is None:
            return
        until = card.until
        assert until is not None
        last = min(last, (until + 1) * OPEN_SECONDS - 1)
        expovariate, rate, plan, card_id = self._rng.expovariate, member.bare_rate, \
            self._books.sink.plan_check_in, card.id
        at = tick + 1 + int(expovariate(rate))
        while at <= last:
            plan(at, card_id)
            at += 1 + int(expovariate(rate))

    def _serve(self, tick: int, member: MemberState) -> None:
        self._books.sink.visiting = member.id  # the visit's first consumption is its row
        self._sell_use_and_pay(tick, member)
        self._books.sink.visiting = None

    def _sell_use_and_pay(self, tick: int, member: MemberState) -> None:
        day = tick // OPEN_SECONDS
        if member.plan:
            for product in list(member.plan):
                self._renew(tick, day, member, product)
        served = (self._rng.choice(member.holders)
                  if member.holders and self._rng.random() < SERVED_HOLDER else None)
        items = self._basket(member)
        wallet = None
        for card in member.latest.values():
            if not card.usable_on(day):
                continue
            if card.product.kind is ProductKind.STORED_VALUE:
                wallet = card
            elif items:
                items = self._use_card(tick, card, items, served)
        if items:
            self._pay(tick, member, wallet, items, served)
        self._now_and_then(tick, member)

    # --- cards bought and recharged ---

    def _renew(self, tick: int, day: int, member: MemberState, product: Product) -> None:
        held = member.latest.get(product.id)
        if held is not None and (held.usable_on(day) or held.status is CardStatus.FROZEN):
            return
        if held is not None and self._rng.random() >= RENEWS:
            member.plan.remove(product)
            return
        days = validity_days(product, day)
        card = self._books.open_card(member, product, valid_from=day if days else None,
                                     tick=tick)
        stored = product.kind is ProductKind.STORED_VALUE
        paid = self._deposit(member, product) if stored else product.price_fen
        self._books.post("sell", tick, [Line(
            Kind.OPEN, card.id, member.id, principal_delta=paid if stored else 0,
            bonus_delta=bonus_for(product.bonus_rules, paid) if stored else 0,
            sessions_delta=product.sessions if product.kind is ProductKind.COUNT else 0,
            days_delta=days, paid_fen=paid, method=self._methods.draw(self._rng))])
        if days:
            self._lifecycle.schedule_expiry(card)

    def _recharge(self, tick: int, card: CardState) -> None:
        paid = self._deposit(card.owner, card.product)
        self._post_maybe_mistaken("recharge", tick, [Line(
            Kind.RECHARGE, card.id, card.owner.id, principal_delta=paid,
            bonus_delta=bonus_for(card.product.bonus_rules, paid), paid_fen=paid,
            method=self._methods.draw(self._rng))])

    def _deposit(self, member: MemberState, product: Product) -> int:
        """A bonus step (smaller ones more often), or now and then a small amount."""
        steps = [rule.pay_fen for rule in product.bonus_rules]
        if member.heavy and steps:
            return steps[-1]
        if not steps or self._rng.random() < NO_BONUS_RECHARGE:
            return self._rng.choice(NO_BONUS_AMOUNTS)
        if product.id not in self._steps:
            self._steps[product.id] = Weighted.of(
                [(step, 1 / (rank + 1)) for rank, step in enumerate(steps)])
        return int(self._steps[product.id].draw(self._rng))

    # --- consumption ---

    def _basket(self, member: MemberState) -> list[ServiceItem]:
        items = [member.services.draw(self._rng)]
        for _ in range(self._basket_sizes.draw(self._rng) - 1):
            service = member.services.draw(self._rng)
            if service not in items:
                items.append(service)
        return items

    def _use_card(self, tick: int, card: CardState, items: list[ServiceItem],
                  served: int | None) -> list[ServiceItem]:
        """The items the count or period card covers, one session each; the rest."""
        covered = [item for item in items if item.id in card.product.service_ids]
        if card.product.kind is ProductKind.COUNT:
            covered = covered[:card.sessions]
        if not covered:
            return items
        session = -1 if card.product.kind is ProductKind.COUNT else 0
        self._post_maybe_mistaken("consume", tick, [Line(
            Kind.CONSUME, card.id, card.owner.id, served, sessions_delta=session,
            method=Method.CARD, list_fen=item.price_fen, service_id=item.id, quantity=1)
            for item in covered])
        return [item for item in items if item not in covered]

    def _pay(self, tick: int, member: MemberState, wallet: CardState | None,
             items: Sequence[ServiceItem], served: int | None) -> None:
        """From the stored-value card as far as it holds, the rest by money; the
        points for the whole sale on its first line."""
        tier = member.tier
        permille = tier.discount_permille if tier else FULL_PRICE
        if wallet is not None:
            permille = min(permille, wallet.product.discount_permille)
        lines = []
        for item in items:
            quantity = 2 if self._rng.random() < TWO_OF_A_KIND else 1
            list_fen = item.price_fen * quantity
            lines.append((item.id, quantity, list_fen, discounted(list_fen, permille)))
        due = sum(line[3] for line in lines)
        if wallet is not None and wallet.principal + wallet.bonus < max(due, LOW_BALANCE_FEN) \
                and (member.heavy or self._rng.random() < RECHARGES_WHEN_LOW):
            self._recharge(tick, wallet)
        shares = _card_shares(wallet, [line[3] for line in lines], self._order)
        method = self._methods.draw(self._rng)
        earned = points_earned(due, tier.points_per_yuan) if tier else 0
        self._post_maybe_mistaken("consume", tick, [Line(
            Kind.CONSUME, wallet.id if wallet else None, member.id, served,
            -principal, -bonus, points_delta=earned if number == 0 else 0,
            paid_fen=net - principal - bonus,
            method=method if net > principal + bonus else Method.CARD if wallet else None,
            list_fen=list_fen, discount_fen=list_fen - net, service_id=service_id,
            quantity=quantity)
            for number, ((service_id, quantity, list_fen, net), (principal, bonus))
            in enumerate(zip(lines, shares))])

    def _post_maybe_mistaken(self, kind: str, tick: int, lines: list[Line]) -> None:
        first = self._books.post(kind, tick, lines)
        if self._rng.random() < MISTAKES:
            self._lifecycle.reverse_later(tick, lines, first)

    # --- now and then ---

    def _now_and_then(self, tick: int, member: MemberState) -> None:
        roll = self._rng.random()
        if roll < REDEEMS:
            self._redeem(tick, member)
        elif member.heavy:
            return  # the company's card is never frozen nor refunded
        elif roll < REDEEMS + FREEZES:
            self._lifecycle.freeze(tick, member)
        elif roll < REDEEMS + FREEZES + REFUNDS:
            self._lifecycle.refund(tick, member)

    def _redeem(self, tick: int, member: MemberState) -> None:
        """A gift for points (card_lifecycle.redeem)."""
        affordable = [gift for gift in data.GIFTS if gift[1] <= member.points]
        if affordable:
            gift, points = self._rng.choice(affordable)
            self._books.post("redeem", tick, [Line(
                Kind.REDEEM, None, member.id, points_delta=-points, method=Method.POINTS,
                reason=gift)])


def _card_shares(wallet: CardState | None, nets: Sequence[int],
                 order: SpendOrder) -> list[tuple[int, int]]:
    """(principal, bonus) each line takes from the card, in line order, as far
    as the card holds (consumption._lines); (0, 0) without a card."""
    if wallet is None:
        return [(0, 0)] * len(nets)
    balances = Balances(wallet.principal, wallet.bonus)
    left = min(balances.total_fen, sum(nets))
    shares = []
    for net in nets:
        part = min(left, net)
        principal, bonus = split_spend(balances, part, order)
        balances = Balances(balances.principal_fen - principal, balances.bonus_fen - bonus)
        left -= part
        shares.append((principal, bonus))
    return shares
