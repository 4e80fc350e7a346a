"""What the club still owes on period cards (月卡/年卡), card by card.

A period card is paid for up front and earns with time: its unused value on
a day is its price × the days left ÷ the days it grants (its validity plus
extensions and frozen days given back), rounded down to the fen. A card
that was refunded, expired, closed or replaced is worth nothing any more
(a replacement card takes over the value).

The roll-forward of a card over the period: opening + sold + imported ±
replaced − refunded − expired − used up with time = closing, where "used up
with time" is what the card's value fell by otherwise.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from clubcrm.domain.ledger import LedgerKind
from clubcrm.services.report_source import ReportSource

# The rows of `ix_ledger_card_events` (the condition of the partial index, as
# SQLite must see it to read the index): neither consumption nor a recharge
# (period cards have none; a recharge changes no validity).
CARD_EVENTS = "kind NOT IN ('consume', 'redeem', 'recharge')"
# Rows that end a card's value (the replace row of the card that was lost has no days).
ENDING = frozenset({LedgerKind.REFUND.value, LedgerKind.EXPIRE.value, LedgerKind.CLOSE.value})
# The liability line each kind of row moves value on; whatever else changes a
# card's value in the period is time passing ("consume": used up with time).
LINE_OF = {LedgerKind.OPEN.value: "open", LedgerKind.IMPORT_OPENING.value: "import_opening",
           LedgerKind.REPLACE.value: "transfer", LedgerKind.REFUND.value: "refund",
           LedgerKind.EXPIRE.value: "expire", LedgerKind.CLOSE.value: "adjust",
           LedgerKind.EXTEND.value: "adjust", LedgerKind.UNFREEZE.value: "adjust",
           LedgerKind.ADJUST.value: "adjust"}


REPLACE = LedgerKind.REPLACE.value


class PeriodCard:
    """A period card and its events in the order they were recorded: the day,
    the kind (a reversal carries the kind of the row it reverses) and, after
    the first n events, the days granted and whether the card has ended."""

    __slots__ = ("days", "ended", "granted", "kinds", "price_fen", "valid_from", "valid_until")

    def __init__(self, price_fen: int, valid_from: date | None,
                 valid_until: date | None) -> None:
        self.price_fen = price_fen
        self.valid_from = valid_from
        self.valid_until = valid_until  # as the cards table has it now
        self.days: list[date] = []
        self.kinds: list[str] = []
        self.granted = [0]
        self.ended = [False]

    def add(self, day: date, kind: str, days: int) -> None:
        self.days.append(day)
        self.kinds.append(kind)
        self.granted.append(self.granted[-1] + days)
        self.ended.append(self.ended[-1] or kind in ENDING or (kind == REPLACE and days == 0))

    def value(self, day: date, upto: int, *, from_cards_table: bool = False) -> int:
        """The unused value at the start of `day` after the first `upto` events.
        `from_cards_table`: the end date is the cards table's, less the days the
        later events added (the check that ledger and cards agree)."""
        granted = self.granted[upto]
        if self.ended[upto] or granted <= 0 or self.valid_from is None:
            return 0
        if from_cards_table:
            if self.valid_until is None:
                return 0
            until = self.valid_until - timedelta(days=self.granted[-1] - granted)
            granted = (until - self.valid_from).days + 1
            if granted <= 0:
                return 0
        else:
            until = self.valid_from + timedelta(days=granted - 1)
        left = min(max((until - day).days + 1, 0), granted)
        return self.price_fen * left // granted

    def before(self, day: date) -> int:
        """How many events happened before `day`."""
        return sum(1 for event_day in self.days if event_day < day)


@dataclass(slots=True)
class PeriodCardFigures:
    opening: int = 0
    closing: int = 0
    check: int = 0  # the closing value again, from the cards table's end dates
    lines: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def period_card_figures(source: ReportSource) -> PeriodCardFigures:
    start, end = source.period.first, source.period.end
    figures = PeriodCardFigures()
    for card in _cards(source).values():
        first = card.before(start)
        if card.ended[first]:
            continue  # over before the period: worth nothing, then and since
        last = card.before(end)
        opening, closing = card.value(start, first), card.value(end, last)
        figures.opening += opening
        figures.closing += closing
        figures.check += card.value(end, last, from_cards_table=True)
        moved = 0
        for index in range(first, last):
            kind, day = card.kinds[index], card.days[index]
            if kind in LINE_OF:
                change = card.value(day, index + 1) - card.value(day, index)
                figures.lines[LINE_OF[kind]] += change
                moved += change
        figures.lines["consume"] += closing - opening - moved
    return figures


# The period cards that may be worth something in the period, by either road: with
# an event before its end (none: not sold yet, worth nothing), and valid on or after
# its first day by the ledger's road (its validity days from the card's start) or
# the cards table's (its end date), or with events since. The others are worth
# nothing on every day of the period, by both roads: no figure needs them.
_CARDS_SQL = f"""
SELECT c.id, p.price_fen, c.valid_from, c.valid_until FROM cards c
JOIN card_products p ON p.id = c.product_id
WHERE p.kind = 'period' AND c.valid_from IS NOT NULL
  AND EXISTS (SELECT 1 FROM ledger l WHERE l.card_id = c.id AND l.{CARD_EVENTS}
              AND l.kind != 'freeze' AND l.at < :end)
  AND (c.valid_until >= :first
       OR EXISTS (SELECT 1 FROM ledger l WHERE l.card_id = c.id AND l.{CARD_EVENTS}
                  AND l.kind != 'freeze' AND l.at >= :first)
       OR date(c.valid_from, (SELECT CAST(total(l.days_delta) AS INTEGER) - 1 FROM ledger l
                              WHERE l.card_id = c.id AND l.{CARD_EVENTS}
                                AND l.kind != 'freeze') || ' days') >= :first)
"""
_EVENTS_SQL = f"""
SELECT l.card_id, l.at, CASE WHEN l.kind = 'reversal' THEN o.kind ELSE l.kind END, l.days_delta
FROM json_each(:cards) j CROSS JOIN ledger l INDEXED BY ix_ledger_card_events
  ON l.card_id = j.value AND l.{CARD_EVENTS}
LEFT JOIN ledger o ON o.id = l.reverses_id
WHERE l.kind != 'freeze' ORDER BY l.card_id, l.id
"""


def _cards(source: ReportSource) -> dict[int, PeriodCard]:
    first, end = source.bounds
    cards = {row[0]: PeriodCard(row[1], _day(row[2]), _day(row[3]))
             for row in source.rows(_CARDS_SQL, {"first": first, "end": end})}
    if not cards:
        return cards
    for card_id, at, kind, days in source.rows(_EVENTS_SQL, {"cards": json.dumps(list(cards))}):
        cards[card_id].add(date.fromisoformat(at[:10]), kind, days)
    return cards


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
