"""The prepaid liability roll-forward: what the club owes its members on
stored-value cards (principal and bonus), count cards (sessions and their
value) and period cards, from the start of the period to its end.

opening + sold + recharged + imported ± transferred + adjusted − consumed −
refunded − expired = closing. The closing figure is reached twice: from the
ledger, and from the cards' balances (less what rows after the period
changed); the report prints both and their difference, which is zero unless
the database is damaged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from clubcrm.domain.ledger import LedgerKind
from clubcrm.domain.reports import Column, ColumnKind, Section, Table
from clubcrm.domain.translatable import N_
from clubcrm.services.report_period_cards import period_card_figures
from clubcrm.services.report_source import ReportSource, t

MONEY, INT = ColumnKind.MONEY, ColumnKind.INT
LINES = (
    ("open", N_("Cards sold")),
    ("recharge", N_("Recharged")),
    ("import_opening", N_("Imported opening balances")),
    ("transfer", N_("Transferred or replaced (net)")),
    ("adjust", N_("Adjusted, extended or closed")),
    ("consume", N_("Consumed (period cards: used up with time)")),
    ("refund", N_("Refunded")),
    ("expire", N_("Expired")),
)
LINE_OF_KIND = {
    LedgerKind.OPEN.value: "open", LedgerKind.RECHARGE.value: "recharge",
    LedgerKind.IMPORT_OPENING.value: "import_opening", LedgerKind.TRANSFER.value: "transfer",
    LedgerKind.REPLACE.value: "transfer", LedgerKind.ADJUST.value: "adjust",
    LedgerKind.CONSUME.value: "consume", LedgerKind.REFUND.value: "refund",
    LedgerKind.EXPIRE.value: "expire",
}


@dataclass(frozen=True, slots=True)
class Holdings:
    """What cards hold: principal, bonus, sessions and the sessions' value, in fen."""

    principal: int = 0
    bonus: int = 0
    sessions: int = 0
    session_value: int = 0

    def __add__(self, other: Holdings) -> Holdings:
        return Holdings(self.principal + other.principal, self.bonus + other.bonus,
                        self.sessions + other.sessions,
                        self.session_value + other.session_value)

    def __sub__(self, other: Holdings) -> Holdings:
        return Holdings(self.principal - other.principal, self.bonus - other.bonus,
                        self.sessions - other.sessions,
                        self.session_value - other.session_value)


def section(source: ReportSource) -> Section:
    moves = _movements(source)
    closing, check = _closing(source)
    opening = closing - sum(moves.values(), Holdings())
    period = period_card_figures(source)
    columns = (Column(t(N_("Line")), width=34), Column(t(N_("Principal")), MONEY, 15),
               Column(t(N_("Bonus")), MONEY, 15), Column(t(N_("Stored value")), MONEY, 15),
               Column(t(N_("Count-card sessions")), INT, 12),
               Column(t(N_("Sessions' value")), MONEY, 15),
               Column(t(N_("Period cards' value")), MONEY, 15),
               Column(t(N_("Total owed")), MONEY, 16))
    rows = [_row(t(N_("Opening")), opening, period.opening)]
    rows += [_row(t(label), moves.get(key, Holdings()), period.lines.get(key, 0))
             for key, label in LINES]
    other = moves.get("other")
    if other is not None and other != Holdings():
        rows.append(_row(t(N_("Other changes")), other, 0))
    rows.append(_row(t(N_("Closing")), closing, period.closing))
    # The check reads sums, not products: the sessions' value is not checked apart.
    rows.append(_checked(t(N_("Sum of card balances at the period's end")), check,
                         period.check))
    rows.append(_checked(t(N_("Difference")), _plain(closing) - check,
                         period.closing - period.check))
    return Section(
        "liability", t(N_("Prepaid liability")),
        tables=(Table(t(N_("Prepaid liability roll-forward")), columns, tuple(rows)),),
        notes=(t(N_("Prepaid liability: what the club still owes its members on their cards. "
                    "Opening + cards sold + recharged + imported ± transferred ± adjusted − "
                    "consumed − refunded − expired = closing.")),
               t(N_("A count card's session is worth its price divided by its sessions, "
                    "rounded down to the fen. A period card is worth its price × days left "
                    "÷ days granted, and is used up with time.")),
               t(N_("The closing figure is checked against the cards' balances (less the "
                    "changes after the period's end): the difference must be zero.")),),
    )


def _row(label: str, held: Holdings, period_value: int) -> tuple:
    stored = held.principal + held.bonus
    return (label, held.principal, held.bonus, stored, held.sessions, held.session_value,
            period_value, stored + held.session_value + period_value)


def _checked(label: str, held: Holdings, period_value: int) -> tuple:
    return (label, held.principal, held.bonus, held.principal + held.bonus, held.sessions, None,
            period_value, None)


def _holdings(source: ReportSource, product_id: int | None, principal: int, bonus: int,
              sessions: int) -> Holdings:
    product = source.products.get(product_id) if product_id is not None else None
    return Holdings(principal, bonus, sessions, sessions * product.session_fen if product else 0)


def _movements(source: ReportSource) -> dict[str, Holdings]:
    moves: dict[str, Holdings] = defaultdict(Holdings)
    for kind, product_id, principal, bonus, sessions in source.effective(
            "r.kind, c.product_id, SUM(r.principal_delta), SUM(r.bonus_delta), "
            "SUM(r.sessions_delta)", "JOIN cards c ON c.id = r.card_id GROUP BY 1, 2"):
        key = LINE_OF_KIND.get(kind, "other")
        moves[key] = moves[key] + _holdings(source, product_id, principal, bonus, sessions)
    return moves


def _closing(source: ReportSource) -> tuple[Holdings, Holdings]:
    """The closing holdings by product, and the same again by the other road
    (sums only). The ledger before the period's end and the cards less the
    ledger after it are both read, from `ix_ledger_at` alone; the smaller part
    is read by product."""
    end = source.period.end.isoformat()
    by_product = ("SELECT c.product_id, SUM(l.principal_delta), SUM(l.bonus_delta), "
                  "SUM(l.sessions_delta) FROM ledger l JOIN cards c ON c.id = l.card_id "
                  "WHERE l.at {op} ? GROUP BY 1")
    totals = ("SELECT NULL, COALESCE(SUM(principal_delta), 0), COALESCE(SUM(bonus_delta), 0), "
              "COALESCE(SUM(sessions_delta), 0) FROM ledger INDEXED BY ix_ledger_at "
              "WHERE card_id IS NOT NULL AND at {op} ?")
    cards = _sum(source, source.rows("SELECT product_id, SUM(principal_fen), SUM(bonus_fen), "
                                     "SUM(sessions) FROM cards GROUP BY 1"))
    if _fewer_rows_after(source):
        closing = cards - _sum(source, source.rows(by_product.format(op=">="), (end,)))
        check = _plain(source.rows(totals.format(op="<"), (end,)))
    else:
        closing = _sum(source, source.rows(by_product.format(op="<"), (end,)))
        check = _plain(cards) - _plain(source.rows(totals.format(op=">="), (end,)))
    return closing, check


def _fewer_rows_after(source: ReportSource) -> bool:
    """Whether fewer ledger rows lie after the period's end than before it,
    told from the row ids (the ledger is appended to in time order; a wrong
    guess costs time, never a figure)."""
    first_after, last = source.rows(
        "SELECT (SELECT id FROM ledger WHERE at >= ? ORDER BY at LIMIT 1), "
        "(SELECT max(id) FROM ledger)", (source.period.end.isoformat(),))[0]
    return first_after is None or last - first_after < first_after


def _sum(source: ReportSource, rows: list[tuple]) -> Holdings:
    return sum((_holdings(source, *row) for row in rows), Holdings())


def _plain(rows: list[tuple] | Holdings) -> Holdings:
    """Principal, bonus and sessions without their value (the check compares those)."""
    if isinstance(rows, Holdings):
        return Holdings(rows.principal, rows.bonus, rows.sessions)
    return sum((Holdings(int(p or 0), int(b or 0), int(s or 0)) for _pid, p, b, s in rows),
               Holdings())
