"""The demo's card lifecycle: freezes and unfreezes, refunds, reversals of
mistaken operations, and expiry at the end of a card's validity.

Each follows the rules of `services/card_lifecycle.py` and `services/cards.py`
(what may be frozen, how many days an unfreeze gives back, what a refund pays,
what a reversal negates), so the demo's ledger reads like one the app wrote.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from clubcrm.domain.cards import (
    CardStatus,
    ProductKind,
    RefundFormula,
    prorated_refund,
    refund_calculation,
)
from clubcrm.services import demo_data as data
from clubcrm.services.demo_bulk import OPEN_SECONDS, Weighted
from clubcrm.services.demo_ledger import Kind, Line
from clubcrm.services.demo_state import Books, Calendar, CardState, MemberState

FROZEN_DAYS = (7, 60)  # a trip, an injury
REVERSED_WITHIN_S = (60, 900)  # reception notices its mistake within minutes
LEAVES_AFTER_REFUND = 0.5  # of members with no card left
LIVE = (CardStatus.ACTIVE, CardStatus.FROZEN)


@dataclass(frozen=True)
class _Mistake:
    """An operation to reverse: its rows as written, and the id of the first."""

    lines: tuple[Line, ...]
    first_id: int


class Lifecycle:
    def __init__(self, books: Books, calendar: Calendar, rng: random.Random, *,
                 methods: Weighted, refund_formula: RefundFormula) -> None:
        self._books = books
        self._calendar = calendar
        self._rng = rng
        self._methods = methods
        self._formula = refund_formula

    # --- expiry ---

    def schedule_expiry(self, card: CardState) -> None:
        """At opening on the day after the card's last valid day."""
        until = card.until
        assert until is not None
        self._calendar.push((until + 1) * OPEN_SECONDS, self._expire, (card, card.version))

    def _expire(self, tick: int, planned: tuple[CardState, int]) -> None:
        card, version = planned
        if card.version != version or card.status is not CardStatus.ACTIVE:
            return  # unfrozen since (a later end date), refunded, or frozen now
        self._books.post("expire", tick, [Line(
            Kind.EXPIRE, card.id, card.owner.id, principal_delta=-card.principal,
            bonus_delta=-card.bonus, sessions_delta=-card.sessions)])
        card.status = CardStatus.EXPIRED

    # --- freezing ---

    def freeze(self, tick: int, member: MemberState) -> None:
        """Freeze a card with an end date (停卡): the member is away until it is unfrozen."""
        day = tick // OPEN_SECONDS
        cards = [c for c in member.cards if c.valid_from is not None and c.usable_on(day)]
        if not cards:
            return
        card = self._rng.choice(cards)
        self._books.post("freeze", tick, [Line(
            Kind.FREEZE, card.id, member.id, reason=self._rng.choice(data.FREEZE_REASONS))])
        card.status, card.frozen_on = CardStatus.FROZEN, day
        card.version += 1
        back = (day + self._rng.randint(*FROZEN_DAYS)) * OPEN_SECONDS \
            + self._rng.randrange(OPEN_SECONDS)
        member.away_until = back
        self._calendar.push(back, self._unfreeze, card)

    def _unfreeze(self, tick: int, card: CardState) -> None:
        """The frozen days are given back (card_lifecycle.unfreeze)."""
        if card.status is not CardStatus.FROZEN or card.frozen_on is None:
            return
        days = tick // OPEN_SECONDS - card.frozen_on
        self._books.post("unfreeze", tick, [Line(
            Kind.UNFREEZE, card.id, card.owner.id, days_delta=days)])
        card.status, card.frozen_on = CardStatus.ACTIVE, None
        card.version += 1
        self.schedule_expiry(card)

    # --- refunds ---

    def refund(self, tick: int, member: MemberState) -> None:
        """Refund a card that still holds something, by the club's formula."""
        day = tick // OPEN_SECONDS
        cards = [c for c in member.cards if c.usable_on(day) and (c.principal or c.bonus
                                                                   or c.sessions)]
        if not cards:
            return
        card = self._rng.choice(cards)
        refundable = self._refundable(card)
        self._books.post("refund", tick, [Line(
            Kind.REFUND, card.id, member.id, principal_delta=-card.principal,
            bonus_delta=-card.bonus, sessions_delta=-card.sessions, paid_fen=-refundable,
            method=self._methods.draw(self._rng) if refundable else None,
            reason=self._rng.choice(data.REFUND_REASONS))], by_owner=True)
        card.status = CardStatus.REFUNDED
        if card.product in member.plan:
            member.plan.remove(card.product)
        if not member.plan and self._rng.random() < LEAVES_AFTER_REFUND:
            member.end = tick

    def _refundable(self, card: CardState) -> int:
        if card.product.kind is ProductKind.STORED_VALUE:
            return refund_calculation(
                self._formula, principal_paid_fen=card.paid_in,
                bonus_given_fen=card.bonus_given, consumed_fen=card.consumed,
                remaining=card.balances).refundable_fen
        return prorated_refund(card.product.kind, price_fen=card.product.price_fen,
                               units_left=card.sessions, units_total=card.product.sessions,
                               remaining=card.balances).refundable_fen

    # --- reversals ---

    def reverse_later(self, tick: int, lines: Sequence[Line], first_id: int) -> None:
        """Reception will reverse this operation in a few minutes (冲正)."""
        self._calendar.push(tick + self._rng.randint(*REVERSED_WITHIN_S), self._reverse,
                            _Mistake(tuple(lines), first_id))

    def _reverse(self, tick: int, mistake: _Mistake) -> None:
        """Every row of the operation negated, unless what it added was spent since
        (the app refuses that reversal too)."""
        reason = self._rng.choice(data.REVERSAL_REASONS)
        lines = [_reversal(line, mistake.first_id + number, reason)
                 for number, line in enumerate(mistake.lines)]
        if self._affordable(lines):
            self._books.post("reverse", tick, lines,
                             reversed_kinds=[line.kind for line in mistake.lines],
                             by_owner=True)

    def _affordable(self, lines: Sequence[Line]) -> bool:
        """The cards are live and keep every balance, and the members their points."""
        cards: dict[int, list[int]] = {}
        points: dict[int, int] = {}
        for line in lines:
            if line.card_id is not None:
                card = self._books.cards[line.card_id]
                held = cards.setdefault(card.id, [card.principal, card.bonus, card.sessions])
                held[0] += line.principal_delta
                held[1] += line.bonus_delta
                held[2] += line.sessions_delta
                if card.status not in LIVE:
                    return False
            if line.member_id is not None and line.points_delta:
                member = self._books.members[line.member_id]
                points[member.id] = points.get(member.id, member.points) + line.points_delta
        return all(min(held) >= 0 for held in cards.values()) and all(
            left >= 0 for left in points.values())


def _reversal(line: Line, reverses_id: int, reason: str) -> Line:
    """card_lifecycle._reversal_line: every figure negated, the references kept."""
    return Line(
        Kind.REVERSAL, line.card_id, line.member_id,
        principal_delta=-line.principal_delta, bonus_delta=-line.bonus_delta,
        sessions_delta=-line.sessions_delta, days_delta=-line.days_delta,
        points_delta=-line.points_delta, paid_fen=-line.paid_fen, method=line.method,
        list_fen=-line.list_fen, discount_fen=-line.discount_fen, service_id=line.service_id,
        quantity=-line.quantity, served_member_id=line.served_member_id,
        reverses_id=reverses_id, reason=reason)

