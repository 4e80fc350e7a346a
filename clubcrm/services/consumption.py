"""Pricing a consumption and planning how it is paid.

The same `quote` is shown in the dialog (before → after, discounts) and
posted by the service, so what reception confirms is what is written.
Payment order: points credit first (if asked), then the card (as much as it
holds, or the part reception chose), then the rest in cash or by QR pay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from clubcrm.db import cards as cards_db
from clubcrm.domain.cards import (
    FULL_PRICE,
    Balances,
    Card,
    PaymentMethod,
    ProductKind,
    SpendOrder,
    discounted,
    points_earned,
    split_spend,
)
from clubcrm.domain.errors import NotFound, ValidationError
from clubcrm.domain.ledger import LedgerKind, LedgerLine
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_
from clubcrm.services import card_rules as rules

MAX_QUANTITY = 99


@dataclass(frozen=True, slots=True)
class SaleItem:
    service_id: int
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class PricedItem:
    service_id: int
    name: str
    quantity: int
    list_fen: int
    discount_fen: int

    @property
    def net_fen(self) -> int:
        return self.list_fen - self.discount_fen


@dataclass(frozen=True, slots=True)
class ConsumptionQuote:
    """Everything the confirmation shows, and the ledger lines it will post."""

    items: tuple[PricedItem, ...]
    tier_permille: int
    card_permille: int  # FULL_PRICE without a stored-value card
    list_fen: int
    discount_fen: int
    net_fen: int
    points_credit_fen: int
    points_used: int
    from_card_fen: int
    sessions_used: int
    rest_fen: int  # paid by `method`
    method: PaymentMethod | None
    points_earned: int
    card_before: Balances | None
    card_after: Balances | None
    points_before: int
    points_after: int
    lines: tuple[LedgerLine, ...]


@dataclass(frozen=True, slots=True)
class ConsumptionRequest:
    member_id: int
    items: tuple[SaleItem, ...]
    card_id: int | None = None
    card_amount_fen: int | None = None  # None: as much as the card holds
    points_credit_fen: int = 0
    method: PaymentMethod | None = None  # for what the card and points do not cover
    reason: str = ""


def quote(session: Session, request: ConsumptionRequest, *, today: date, order: SpendOrder,
          points_per_yuan_redeemed: int, card: Card | None = None) -> ConsumptionQuote:
    """`card`: the request's card, if the caller has just read it in this
    transaction (the desk has: reading it again was a tenth of a check-in)."""
    rules.require_active_member(session, request.member_id)
    card = _usable_card(session, request, today, loaded=card)
    payer = card.member_id if card else request.member_id
    tier = cards_db.tier_of_member(session, payer)
    tier_permille = tier.discount_permille if tier else FULL_PRICE
    card_permille = (card.product.discount_permille
                     if card and card.product.kind is ProductKind.STORED_VALUE else FULL_PRICE)
    permille = min(tier_permille, card_permille)
    covered = card is not None and card.product.kind is not ProductKind.STORED_VALUE
    items = _priced(session, request.items, FULL_PRICE if covered else permille)
    if card is not None and card.product.kind is ProductKind.COUNT:
        _check_count_card(card, items)
    net = sum(item.net_fen for item in items)
    if covered and request.points_credit_fen:
        raise ValidationError(N_("Card {card} covers these services: there is nothing to pay "
                                 "with points."), field="points", card=card.card_no)
    points_before = cards_db.points_of(session, payer)
    credit, points_used = (0, 0) if covered else _points_credit(
        request.points_credit_fen, net, points_before, points_per_yuan_redeemed)
    from_card = 0 if covered or card is None else _card_part(card, request, net - credit)
    rest = 0 if covered else net - credit - from_card
    method = rules.money_method(request.method) if rest else None
    earned = points_earned(net - credit, tier.points_per_yuan if tier else 0) if not covered \
        else 0
    lines = _lines(items, card=card, member_id=request.member_id, payer=payer, covered=covered,
                   from_card=from_card, rest=rest, method=method, order=order, earned=earned,
                   credit=credit, points_used=points_used, reason=rules.optional_reason(
                       request.reason))
    sessions = sum(item.quantity for item in items) if card and \
        card.product.kind is ProductKind.COUNT else 0
    after = None
    if card is not None:
        spent = [line for line in lines if line.card_id == card.id]
        after = Balances(card.balances.principal_fen + sum(x.principal_delta for x in spent),
                         card.balances.bonus_fen + sum(x.bonus_delta for x in spent),
                         card.balances.sessions + sum(x.sessions_delta for x in spent))
    return ConsumptionQuote(
        items=tuple(items), tier_permille=tier_permille, card_permille=card_permille,
        list_fen=sum(item.list_fen for item in items),
        discount_fen=sum(item.discount_fen for item in items), net_fen=net,
        points_credit_fen=credit, points_used=points_used, from_card_fen=from_card,
        sessions_used=sessions, rest_fen=rest, method=method, points_earned=earned,
        card_before=card.balances if card else None, card_after=after,
        points_before=points_before, points_after=points_before - points_used + earned,
        lines=tuple(lines))


def _usable_card(session: Session, request: ConsumptionRequest, today: date, *,
                 loaded: Card | None) -> Card | None:
    if request.card_id is None:
        return None
    card = loaded if loaded is not None and loaded.id == request.card_id \
        else rules.load_card(session, request.card_id)
    rules.require_usable(card, today)
    rules.require_holder(card, request.member_id)
    return card


def _priced(session: Session, wanted: Sequence[SaleItem], permille: int) -> list[PricedItem]:
    if not wanted:
        raise ValidationError(N_("Choose at least one service."), field="items")
    rows = cards_db.service_prices(session, [item.service_id for item in wanted])
    priced = []
    for item in wanted:
        row = rows.get(item.service_id)
        if row is None or not row.active:
            raise NotFound(N_("This service is no longer offered."))
        if not 1 <= item.quantity <= MAX_QUANTITY:
            raise ValidationError(N_("A quantity is between 1 and 99."), field="quantity")
        list_fen = row.price_fen * item.quantity
        priced.append(PricedItem(row.id, row.name, item.quantity, list_fen,
                                 list_fen - discounted(list_fen, permille)))
    return priced


def _check_count_card(card: Card, items: Sequence[PricedItem]) -> None:
    allowed = set(card.product.service_ids)
    for item in items:
        if allowed and item.service_id not in allowed:
            raise ValidationError(N_("Card {card} does not cover {service}."),
                                  card=card.card_no, service=item.name)
    needed = sum(item.quantity for item in items)
    if card.balances.sessions < needed:
        raise ValidationError(N_("Card {card} has {left} sessions left; {needed} are needed."),
                              card=card.card_no, left=card.balances.sessions, needed=needed)


def _points_credit(credit_fen: int, net_fen: int, points: int, per_yuan: int
                   ) -> tuple[int, int]:
    if credit_fen == 0:
        return 0, 0
    rules.positive_amount(credit_fen, field="points")
    if credit_fen > net_fen:
        raise ValidationError(N_("Points can pay at most the amount due ({amount})."),
                              field="points", amount=format_money(net_fen))
    needed = -(-credit_fen * per_yuan // 100)  # whole points, rounded up
    if needed > points:
        raise ValidationError(N_("Not enough points: {needed} are needed, the member has "
                                 "{points}."), field="points", needed=needed, points=points)
    return credit_fen, needed


def _card_part(card: Card, request: ConsumptionRequest, due: int) -> int:
    if request.card_amount_fen is None:
        return min(card.balances.total_fen, due)
    part = request.card_amount_fen
    if part < 0 or part > due:
        raise ValidationError(N_("The part paid by card is between ¥0.00 and the amount due "
                                 "({amount})."), field="card_amount", amount=format_money(due))
    rules.require_enough(card, part)
    return part


def _lines(items: Sequence[PricedItem], *, card: Card | None, member_id: int, payer: int,
           covered: bool, from_card: int, rest: int, method: PaymentMethod | None,
           order: SpendOrder, earned: int, credit: int, points_used: int,
           reason: str) -> list[LedgerLine]:
    """One consume line per item, paid in order by points credit, card, money."""
    lines: list[LedgerLine] = []
    served = member_id if member_id != payer else None
    if credit:
        lines.append(LedgerLine(LedgerKind.REDEEM, None, payer, points_delta=-points_used,
                                paid_fen=credit, method=PaymentMethod.POINTS, reason=reason,
                                served_member_id=served))
    credit_left, card_left, balances = credit, from_card, card.balances if card else Balances()
    for number, item in enumerate(items):
        from_points = min(credit_left, item.net_fen)
        from_this_card = min(card_left, item.net_fen - from_points)
        principal, bonus = split_spend(balances, from_this_card, order)
        balances = Balances(balances.principal_fen - principal, balances.bonus_fen - bonus,
                            balances.sessions)
        credit_left, card_left = credit_left - from_points, card_left - from_this_card
        paid = 0 if covered else item.net_fen - from_points - from_this_card
        lines.append(LedgerLine(
            LedgerKind.CONSUME, card.id if card else None, payer,
            principal_delta=-principal, bonus_delta=-bonus,
            sessions_delta=-item.quantity if covered and card and
            card.product.kind is ProductKind.COUNT else 0,
            points_delta=earned if number == 0 else 0, paid_fen=paid,
            method=_line_method(paid, method, card is not None, from_points),
            list_fen=item.list_fen, discount_fen=item.discount_fen, service_id=item.service_id,
            quantity=item.quantity, served_member_id=served, reason=reason))
    assert rest == sum(line.paid_fen for line in lines if line.kind is LedgerKind.CONSUME)
    return lines


def _line_method(paid: int, method: PaymentMethod | None, by_card: bool,
                 from_points: int) -> PaymentMethod | None:
    """What paid a line: the money method for its cash part, else the card or points."""
    if paid:
        return method
    if by_card:
        return PaymentMethod.CARD
    return PaymentMethod.POINTS if from_points else None
