"""How much a card refunds, from its ledger alone.

The figures are read from the card's rows before a given row, so the
preview, the refund itself and a repeated request (same idempotency key)
print the same statement.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from clubcrm.db.models import CardRow, LedgerRow
from clubcrm.domain.cards import (
    Balances,
    Card,
    ProductKind,
    RefundCalculation,
    RefundFormula,
    prorated_refund,
    refund_calculation,
)
from clubcrm.domain.ledger import LedgerKind

# Rows that bring money onto the card (or take it off without consuming it).
DEPOSITS = frozenset({LedgerKind.OPEN, LedgerKind.RECHARGE, LedgerKind.IMPORT_OPENING,
                      LedgerKind.TRANSFER, LedgerKind.ADJUST, LedgerKind.REPLACE})


def refund_for(session: Session, card: Card, formula: RefundFormula, *, today: date,
               before_id: int | None = None) -> RefundCalculation:
    """The refund of `card` as of its rows below `before_id` (all rows if None)."""
    original = aliased(LedgerRow)
    query = (select(LedgerRow.kind, original.kind, LedgerRow.principal_delta,
                    LedgerRow.bonus_delta, LedgerRow.sessions_delta, LedgerRow.days_delta,
                    LedgerRow.at)
             .outerjoin(original, original.id == LedgerRow.reverses_id)
             .where(LedgerRow.card_id.in_(_with_lost_cards(session, card.id)),
                    LedgerRow.kind != LedgerKind.REPLACE.value)
             .order_by(LedgerRow.id))
    if before_id is not None:
        query = query.where(LedgerRow.id < before_id)
    paid = bonus_given = consumed = principal = bonus = sessions = days = 0
    frozen_on: date | None = None
    for kind, reversed_kind, p, b, s, d, at in session.execute(query):
        effective = LedgerKind(reversed_kind if kind == LedgerKind.REVERSAL else kind)
        principal, bonus, sessions, days = principal + p, bonus + b, sessions + s, days + d
        if effective in DEPOSITS:
            paid, bonus_given = paid + p, bonus_given + b
        elif effective is LedgerKind.CONSUME:
            consumed -= p + b
        if kind == LedgerKind.FREEZE:
            frozen_on = at.date()
        elif kind == LedgerKind.UNFREEZE:
            frozen_on = None
    remaining = card.balances if before_id is None else Balances(principal, bonus, sessions)
    product = card.product
    if product.kind is ProductKind.STORED_VALUE:
        return refund_calculation(formula, principal_paid_fen=paid, bonus_given_fen=bonus_given,
                                  consumed_fen=consumed, remaining=remaining)
    if product.kind is ProductKind.COUNT:
        return prorated_refund(product.kind, price_fen=product.price_fen,
                               units_left=sessions, units_total=product.sessions,
                               remaining=remaining)
    if card.valid_from is None or days <= 0:
        return prorated_refund(product.kind, price_fen=product.price_fen, units_left=0,
                               units_total=0, remaining=remaining)
    until = card.valid_from + timedelta(days=days - 1)
    first_unused = max(frozen_on or today, card.valid_from)
    return prorated_refund(product.kind, price_fen=product.price_fen,
                           units_left=(until - first_unused).days + 1, units_total=days,
                           remaining=remaining)


def _with_lost_cards(session: Session, card_id: int) -> list[int]:
    """The card and the lost cards it replaced: one history for the refund
    (the moves between them are left out, as they neither pay nor consume)."""
    ids, current = [card_id], card_id
    while (previous := session.scalar(select(CardRow.id)
                                      .where(CardRow.replaced_by_id == current))) is not None:
        ids.append(previous)
        current = previous
    return ids
