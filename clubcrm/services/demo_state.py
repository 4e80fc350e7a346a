"""The demo's cards and members as the simulation runs, and the one way to
change them: `Books.post`, which writes an operation's ledger rows and applies
the very same deltas to the cards and points they name.

So every balance, session count, validity and points figure is by
construction the sum of its ledger rows; `_apply` refuses (a bug, raised
before anything is committed) any row that would take one below zero.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from heapq import heappop, heappush
from itertools import count
from typing import Any

from dateutil.relativedelta import relativedelta

from clubcrm.domain.cards import Balances, CardStatus, Product, ProductKind, Tier
from clubcrm.services.demo_bulk import Rows, Weighted
from clubcrm.services.demo_ledger import Kind, LedgerSink, Line

# Rows that bring money onto a card, as services/refunds.py counts them.
_DEPOSITS = frozenset({Kind.OPEN, Kind.RECHARGE})


@dataclass(slots=True, eq=False)
class CardState:
    id: int
    product: Product
    owner: MemberState
    valid_from: int | None  # a day's ordinal; None: no validity
    status: CardStatus = CardStatus.ACTIVE
    principal: int = 0
    bonus: int = 0
    sessions: int = 0
    days: int = 0  # the sum of days_delta: valid_until = valid_from + days - 1
    frozen_on: int | None = None
    version: int = 0  # bumped whenever the end date moves: older expiry events are stale
    paid_in: int = 0  # what the refund statement reads from the ledger
    bonus_given: int = 0
    consumed: int = 0
    rows: int = 0

    @property
    def until(self) -> int | None:
        return None if self.valid_from is None else self.valid_from + self.days - 1

    @property
    def balances(self) -> Balances:
        return Balances(self.principal, self.bonus, self.sessions)

    def usable_on(self, day: int) -> bool:
        """As `card_rules.require_usable` decides, and with sessions left on a count card."""
        return (self.status is CardStatus.ACTIVE
                and (self.valid_from is None or self.valid_from <= day <= self.valid_from
                     + self.days - 1)
                and (self.product.kind is not ProductKind.COUNT or self.sessions > 0))

    def final_row(self) -> tuple[object, ...]:
        """The card's row for `demo_ledger._UPDATE_CARD`."""
        until = self.until
        return (self.status.value, self.principal, self.bonus, self.sessions,
                None if until is None else date.fromordinal(until).isoformat(),
                None if self.frozen_on is None else date.fromordinal(self.frozen_on).isoformat(),
                self.id)


@dataclass(slots=True, eq=False)
class MemberState:
    id: int
    tier: Tier | None
    plan: list[Product]  # the cards this member keeps buying
    services: Weighted  # what they come for
    rate: float  # visits per second of opening hours
    end: int  # their last possible visit (a tick)
    cards: list[CardState] = field(default_factory=list)
    latest: dict[int, CardState] = field(default_factory=dict)  # by product id
    holders: tuple[int, ...] = ()  # family or staff who use the member's cards
    heavy: bool = False
    points: int = 0
    points_moved: bool = False
    away_until: int = 0  # a frozen card: the member does not come until it is unfrozen
    bare_rate: float = 0.0  # bare check-ins on a period card, per second of opening hours


class Books:
    """Cards and points, kept equal to the ledger the sink writes."""

    def __init__(self, sink: LedgerSink) -> None:
        self.sink = sink
        self.cards: dict[int, CardState] = {}
        self.members: dict[int, MemberState] = {}

    def post(self, kind: str, tick: int, lines: Sequence[Line], *,
             reversed_kinds: Sequence[str] = (), by_owner: bool = False) -> int:
        """Write an operation and apply its rows; the id of its first row.
        `reversed_kinds`: for a reversal, the kinds of the rows it cancels."""
        first = self.sink.post(kind, tick, lines, by_owner=by_owner)
        for number, line in enumerate(lines):
            self._apply(line, reversed_kinds[number] if reversed_kinds else line.kind)
        return first

    def open_card(self, owner: MemberState, product: Product, *, valid_from: int | None,
                  tick: int) -> CardState:
        day = None if valid_from is None else date.fromordinal(valid_from)
        card = CardState(self.sink.new_card(product_id=product.id, member_id=owner.id,
                                            valid_from=day, tick=tick), product, owner, valid_from)
        self.cards[card.id] = card
        owner.cards.append(card)
        owner.latest[product.id] = card
        if owner.holders:
            self.sink.share(card.id, owner.holders)
        return card

    def final_cards(self) -> Rows:
        return [card.final_row() for card in self.cards.values()]

    def final_points(self) -> Rows:
        return [(member.id, member.points) for member in self.members.values()
                if member.points_moved]

    def _apply(self, line: Line, effective: str) -> None:
        if line.card_id is not None:
            card = self.cards[line.card_id]
            card.principal += line.principal_delta
            card.bonus += line.bonus_delta
            card.sessions += line.sessions_delta
            card.days += line.days_delta
            card.rows += 1
            if effective in _DEPOSITS:
                card.paid_in += line.principal_delta
                card.bonus_given += line.bonus_delta
            elif effective == Kind.CONSUME:
                card.consumed -= line.principal_delta + line.bonus_delta
            if min(card.principal, card.bonus, card.sessions) < 0:
                raise RuntimeError(f"demo ledger row would overdraw card {card.id}: {line}")
        if line.points_delta and line.member_id is not None:
            member = self.members[line.member_id]
            member.points += line.points_delta
            member.points_moved = True
            if member.points < 0:
                raise RuntimeError(f"demo ledger row would overdraw points: {line}")


def validity_days(product: Product, day: int) -> int:
    """How many days a card sold on `day` is valid, as the card service computes it."""
    if product.valid_months:
        start = date.fromordinal(day)
        return (start + relativedelta(months=product.valid_months) - start).days
    return product.valid_days


Handler = Callable[[int, Any], None]


class Calendar:
    """What happens next, by time: visits, expiries, unfreezes, reversals.
    Popping in time order is what makes ledger ids follow time.

    The heap holds plain ints (time, then the order events were planned in)
    and the events sit in a dict: comparing ints is several times cheaper
    than comparing tuples, and the heap is popped once per visit."""

    def __init__(self) -> None:
        self._heap: list[int] = []
        self._events: dict[int, tuple[Handler, Any]] = {}
        self._seq = count()

    def push(self, tick: int, handler: Handler, arg: Any) -> None:
        key = (tick << _SEQ_BITS) | (next(self._seq) & _SEQ_MASK)
        self._events[key] = (handler, arg)
        heappush(self._heap, key)

    def run_until(self, end: int) -> None:
        last = (end + 1) << _SEQ_BITS
        while self._heap and self._heap[0] < last:
            key = heappop(self._heap)
            handler, arg = self._events.pop(key)
            handler(key >> _SEQ_BITS, arg)


_SEQ_BITS = 32  # events planned per demo stay far below 2**32
_SEQ_MASK = (1 << _SEQ_BITS) - 1
