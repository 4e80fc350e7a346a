"""What a check-in charges, planned inside its operation's transaction.

The card rules are those of a consumption (`services/consumption.py`): the
same quote prices the entry service or the service chosen (tier and card
discounts, points, principal before bonus), so a visit's ledger rows are the
rows a consumption at the till would write. Only a count card covering any
service, with no entry service set, and a walk-in who is not a member, get
their row built here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from clubcrm.db import cards as cards_db
from clubcrm.domain.cards import Card, PaymentMethod, ProductKind, SpendOrder
from clubcrm.domain.errors import NotFound, ValidationError
from clubcrm.domain.ledger import LedgerKind, LedgerLine
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_
from clubcrm.domain.visits import (
    CheckInRefused,
    CheckInRequest,
    Fix,
    Refusal,
    balance_refusal,
    card_refusal,
    no_card_refusal,
    sessions_refusal,
    usable_cards,
)
from clubcrm.services import card_rules as rules
from clubcrm.services import consumption
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.settings import (
    CARD_SPEND_ORDER,
    POINTS_PER_YUAN_REDEEMED,
    read_setting,
)


@dataclass(frozen=True, slots=True)
class Charge:
    """The rows a check-in posts, and what its visit row records."""

    lines: tuple[LedgerLine, ...]
    card: Card | None
    service_id: int | None
    charge_fen: int  # money taken: from the card and in cash / QR pay
    sessions: int
    method: PaymentMethod | None
    payer: int | None  # whose consumption it is (for the tier rule)


def plan_charge(session: Session, request: CheckInRequest, *, today: date,
                entry: int | None) -> Charge:
    """The charge of a check-in (`entry`: the club's entry service), or
    `CheckInRefused` saying why there is none."""
    service = request.service_id or entry
    if request.single_entry:
        return _single_entry(session, request, service, today=today)
    assert request.member_id is not None
    card = _card_for(session, request, today=today)
    kind = card.product.kind
    if kind is ProductKind.PERIOD:
        return _period(session, request, card, entry, today=today)
    if kind is ProductKind.COUNT:
        return _count(session, request, card, entry, today=today)
    return _stored_value(session, request, card, service, today=today)


def default_card(session: Session, member_id: int, *, today: date) -> Card:
    """The card a check-in uses when none is named, or the refusal."""
    cards = cards_db.cards_of_member(session, member_id)
    usable = usable_cards(cards, member_id=member_id, today=today)
    if not usable:
        raise no_card_refusal(cards, member_id=member_id, today=today)
    return usable[0]


def _card_for(session: Session, request: CheckInRequest, *, today: date) -> Card:
    assert request.member_id is not None
    if request.card_id is None:
        return default_card(session, request.member_id, today=today)
    card = cards_db.card(session, request.card_id)
    if card is None:
        raise CheckInRefused(N_("There is no such card."), reason=Refusal.UNKNOWN,
                             fixes=(Fix.SELL_CARD, Fix.SINGLE_ENTRY))
    refusal = card_refusal(card, member_id=request.member_id, today=today)
    if refusal is not None:
        raise refusal
    return card


def _quote(session: Session, request: ConsumptionRequest, today: date, card: Card | None = None
           ) -> consumption.ConsumptionQuote:
    return consumption.quote(session, request, today=today, card=card, **_spending(session))


def _spending(session: Session) -> dict[str, Any]:
    return {"order": SpendOrder(read_setting(session, CARD_SPEND_ORDER)),
            "points_per_yuan_redeemed": read_setting(session, POINTS_PER_YUAN_REDEEMED)}


def _period(session: Session, request: CheckInRequest, card: Card, entry: int | None, *,
            today: date) -> Charge:
    """Free for the member; guests pay the entry service in cash or by QR pay."""
    if not request.guests or entry is None:
        return Charge((), card, None, 0, 0, None, None)
    if request.method is None:
        raise CheckInRefused(N_("Guests on a period card pay the entry: choose cash or QR "
                                "pay."), reason=Refusal.NEEDS_PAYMENT, card_id=card.id)
    assert request.member_id is not None
    quote = _quote(session, ConsumptionRequest(
        request.member_id, (SaleItem(entry, request.guests),), method=request.method), today)
    return Charge(quote.lines, card, entry, quote.net_fen - quote.points_credit_fen, 0,
                  quote.method, quote.lines[0].member_id)


def _count(session: Session, request: CheckInRequest, card: Card, entry: int | None, *,
           today: date) -> Charge:
    """One session per person, of the service chosen, the entry service if the
    card covers it, or the card's first service."""
    refusal = sessions_refusal(card, request.people)
    if refusal is not None:
        raise refusal
    covered = card.product.service_ids
    service = request.service_id or (
        entry if entry is not None and (not covered or entry in covered)
        else covered[0] if covered else None)
    assert request.member_id is not None
    if service is None:
        line = LedgerLine(LedgerKind.CONSUME, card.id, card.member_id,
                          sessions_delta=-request.people, method=PaymentMethod.CARD,
                          quantity=request.people, served_member_id=_served(request, card))
        return Charge((line,), card, None, 0, request.people, PaymentMethod.CARD, None)
    quote = _quote(session, ConsumptionRequest(
        request.member_id, (SaleItem(service, request.people),), card_id=card.id), today, card)
    return Charge(quote.lines, card, service, 0, quote.sessions_used, PaymentMethod.CARD, None)


def _stored_value(session: Session, request: CheckInRequest, card: Card, service: int | None,
                  *, today: date) -> Charge:
    """The entry service (or the service chosen) for each person, from the
    card; free when the club charges no entry. A card that cannot pay it all
    is refused: recharge, or a single entry."""
    if service is None:
        return Charge((), card, None, 0, 0, PaymentMethod.CARD, None)
    assert request.member_id is not None
    # A money method lets the quote finish when the card is short; a short card
    # is refused below, so nothing is ever charged to that method.
    quote = _quote(session, ConsumptionRequest(
        request.member_id, (SaleItem(service, request.people),), card_id=card.id,
        method=PaymentMethod.CASH), today, card)
    if quote.rest_fen:
        due = quote.net_fen - quote.points_credit_fen
        refusal = balance_refusal(card, due, balance=format_money(card.balances.total_fen),
                                  needed=format_money(due))
        assert refusal is not None
        raise refusal
    return Charge(quote.lines, card, service, quote.from_card_fen, 0, PaymentMethod.CARD,
                  card.member_id)


def _single_entry(session: Session, request: CheckInRequest, service: int | None, *,
                  today: date) -> Charge:
    """A single entry paid in cash or by QR pay: a member without a usable
    card, or a walk-in who is not a member (`member_id` None)."""
    if service is None:
        raise ValidationError(N_("No entry service is set: the owner chooses it in the "
                                 "settings (check-in desk)."), field="service")
    method = rules.money_method(request.method)
    if request.member_id is not None:
        quote = _quote(session, ConsumptionRequest(
            request.member_id, (SaleItem(service, request.people),), method=method), today)
        return Charge(quote.lines, None, service, quote.net_fen - quote.points_credit_fen, 0,
                      method, request.member_id)
    price = cards_db.service_prices(session, [service]).get(service)
    if price is None or not price.active:
        raise NotFound(N_("This service is no longer offered."))
    amount = price.price_fen * request.people
    line = LedgerLine(LedgerKind.CONSUME, None, None, paid_fen=amount, method=method,
                      list_fen=amount, service_id=service, quantity=request.people)
    return Charge((line,), None, service, amount, 0, method, None)


def _served(request: CheckInRequest, card: Card) -> int | None:
    """The family member using a shared card, when it is not the payer."""
    return request.member_id if request.member_id != card.member_id else None
