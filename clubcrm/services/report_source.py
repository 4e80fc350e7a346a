"""What every section of a report reads from: one read transaction on the
club's database, the period, and the few lookups most sections share.

Sections read the ledger and the visits straight through the sqlite3 driver
(one aggregate query each): a month of the bench club is ~55,000 ledger rows,
which SQLAlchemy's row handling would make several times slower.

A reversal row cancels the row it points at. Sections group a reversal under
the kind of the row it reverses (`EFFECTIVE_ROWS`), so a reversed sale lowers
"cards sold" instead of showing as a figure of its own; a reversal's deltas,
money and quantity are already negated, and `sign` is -1 for counting.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from clubcrm import i18n
from clubcrm.domain.cards import MONEY_METHODS, ProductKind
from clubcrm.domain.reports import Period

if TYPE_CHECKING:
    from clubcrm.services.report_segment_figures import SegmentFigures

# Ledger rows of [?, ?) with `kind` replaced by the kind of the row a reversal reverses.
EFFECTIVE_ROWS = """
    SELECT l.id, l.op_id, l.at, CASE WHEN l.kind = 'reversal' THEN o.kind ELSE l.kind END AS kind,
           CASE WHEN l.kind = 'reversal' THEN -1 ELSE 1 END AS sign,
           l.card_id, l.member_id, l.served_member_id, l.principal_delta, l.bonus_delta,
           l.sessions_delta, l.days_delta, l.paid_fen, l.method, l.list_fen, l.discount_fen,
           l.service_id, l.quantity, l.operator_id
    FROM ledger l LEFT JOIN ledger o ON o.id = l.reverses_id
    WHERE l.at >= ? AND l.at < ?
"""
MONEY_METHOD_LIST = ", ".join(f"'{method.value}'" for method in MONEY_METHODS)


@dataclass(frozen=True, slots=True)
class ProductInfo:
    id: int
    name: str
    kind: ProductKind
    price_fen: int
    sessions: int

    @property
    def session_fen(self) -> int:
        """What one session of a count card is worth: its price per session,
        rounded down to the fen (so every figure in sessions values exactly)."""
        return self.price_fen // self.sessions if self.sessions else 0


@dataclass(frozen=True)
class ReportSource:
    connection: sqlite3.Connection
    period: Period
    today: date
    segment_figures: Callable[[], SegmentFigures] | None = None

    def segments(self) -> SegmentFigures:
        """The report's segmentation, computed once in a thread of its own: waits
        for it (the sections that print it are built last)."""
        if self.segment_figures is None:
            raise RuntimeError("this report was built without its segmentation")
        return self.segment_figures()

    @property
    def bounds(self) -> tuple[str, str]:
        """The period as the text bounds its rows' stored times compare with."""
        return self.period.first.isoformat(), self.period.end.isoformat()

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
             ) -> list[tuple[Any, ...]]:
        return self.connection.execute(sql, params).fetchall()

    def effective(self, select: str, tail: str = "") -> list[tuple[Any, ...]]:
        """`SELECT {select} FROM (EFFECTIVE_ROWS of the period) r {tail}`."""
        return self.rows(f"SELECT {select} FROM ({EFFECTIVE_ROWS}) r {tail}", self.bounds)

    @functools.cached_property
    def products(self) -> dict[int, ProductInfo]:
        return {row[0]: ProductInfo(row[0], row[1], ProductKind(row[2]), row[3], row[4])
                for row in self.rows("SELECT id, name, kind, price_fen, sessions "
                                     "FROM card_products")}

    @functools.cached_property
    def services(self) -> dict[int, str]:
        return dict(self.rows("SELECT id, name FROM service_items"))

    @functools.cached_property
    def staff(self) -> dict[int, str]:
        return dict(self.rows("SELECT id, display_name FROM staff"))


def t(source: str, /, **params: Any) -> str:
    """Report text in the current language (the GUI's or the command line's)."""
    return i18n.translate(source, **params)
