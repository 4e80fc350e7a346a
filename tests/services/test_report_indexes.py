"""The prepaid liability reads the ledger through migration 0010's indexes: the
period cards' events from the partial `ix_ledger_card_events`, the sums before
or after the period's end from `ix_ledger_at` alone (no row of the table)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from clubcrm.domain.cards import PaymentMethod, ProductKind
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.reports import month_period
from clubcrm.services import report_liability
from clubcrm.services.catalogue import ProductDraft
from clubcrm.services.club import Club
from clubcrm.services.report_source import ReportSource


class _Recording:
    """A connection that remembers every statement run through it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.statements: list[tuple[str, Any]] = []

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        self.statements.append((sql, params))
        return self.connection.execute(sql, params)


def _plans(club: Club) -> dict[str, str]:
    member = club.members.register(MemberDraft(name="张三", phone="13800138000"),
                                   operator=club.operator)
    product = club.catalogue.save_product(
        ProductDraft("月卡", ProductKind.PERIOD, price_fen=30_000, valid_days=30),
        operator=club.operator)
    club.cards.sell(member.id, product, method=PaymentMethod.CASH, key="s1",
                    operator=club.operator, now=datetime(2026, 5, 12, 10))
    connection = sqlite3.connect(club.db.path)
    recording = _Recording(connection)
    source = ReportSource(recording, month_period("2026-05"), date(2026, 6, 1))  # type: ignore[arg-type]
    report_liability.section(source)
    plans = {sql: " / ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}",
                                                                  params))
             for sql, params in recording.statements}
    connection.close()
    return plans


def test_period_cards_and_closing_sums_read_only_the_report_indexes(club: Club) -> None:
    """The period cards' queries (which cards, their events) use the covering partial
    index; the totals and the sums by product scan the covering time index; no
    query scans the ledger table."""
    plans = _plans(club)
    events = [plan for sql, plan in plans.items() if "FROM cards c" in sql
              or "json_each(:cards)" in sql]
    sums = [plan for sql, plan in plans.items() if "SUM(l.principal_delta)" in sql
            or "SUM(principal_delta)" in sql]
    assert len(events) == 2 and all("COVERING INDEX ix_ledger_card_events" in plan for plan in events)
    assert len(sums) == 2
    assert all("COVERING INDEX ix_ledger_at" in plan for plan in sums)
    assert not any("SCAN l " in f"{plan} " or "SCAN ledger " in f"{plan} "
                   for plan in plans.values())
