"""The top members by spend in the period, and the cards expiring next month."""

from __future__ import annotations

from datetime import date, timedelta

from clubcrm.domain.reports import Column, ColumnKind, Section, Table, next_month
from clubcrm.domain.translatable import N_
from clubcrm.services.report_source import ReportSource, t

TOP = 20
EXPIRING_ON_SCREEN = 100  # the rest are in the Excel workbook


def top_members(source: ReportSource) -> Section:
    spent = source.effective(
        "r.member_id, SUM(r.list_fen - r.discount_fen), SUM(r.sign * r.quantity)",
        "WHERE r.kind = 'consume' AND r.member_id IS NOT NULL GROUP BY 1 "
        f"HAVING SUM(r.list_fen - r.discount_fen) > 0 ORDER BY 2 DESC, 1 LIMIT {TOP}")
    ids = [row[0] for row in spent]
    marks = ", ".join("?" * len(ids))
    people = {row[0]: row[1:] for row in source.rows(
        f"SELECT id, member_no, name FROM members WHERE id IN ({marks})", tuple(ids))}
    visits = dict(source.rows(
        f"SELECT member_id, COUNT(*) FROM visits WHERE member_id IN ({marks}) AND at >= ? "
        "AND at < ? AND undone_at IS NULL GROUP BY 1", (*ids, *source.bounds)))
    columns = (Column(t(N_("Rank")), ColumnKind.INT, 6),
               Column(t(N_("Member number")), width=12), Column(t(N_("Name")), width=14),
               Column(t(N_("Net spend")), ColumnKind.MONEY, 14),
               Column(t(N_("Items bought")), ColumnKind.INT, 10),
               Column(t(N_("Visits")), ColumnKind.INT, 8))
    rows = tuple((rank, *people.get(member_id, ("", "")), spend, items,
                  visits.get(member_id, 0))
                 for rank, (member_id, spend, items) in enumerate(spent, start=1))
    return Section("top_members", t(N_("Top members")), tables=(
        Table(t(N_("Top {count} members by spend"), count=TOP), columns, rows),),
        notes=(t(N_("Spend: the net value (list price less discounts) of the member's "
                    "consumption in the period, however it was paid.")),))


def expiring_cards(source: ReportSource) -> Section:
    first = next_month(source.period.last)
    end = next_month(first)
    rows = tuple((row[0], row[1], row[2], row[3], date.fromisoformat(row[4]), row[5], row[6])
                 for row in source.rows(
        "SELECT c.card_no, p.name, m.member_no, m.name, c.valid_until, "
        "c.principal_fen + c.bonus_fen, c.sessions FROM cards c "
        "JOIN card_products p ON p.id = c.product_id JOIN members m ON m.id = c.member_id "
        "WHERE c.valid_until >= ? AND c.valid_until < ? AND c.status IN ('active', 'frozen') "
        "ORDER BY c.valid_until, c.card_no", (first.isoformat(), end.isoformat())))
    columns = (Column(t(N_("Card number")), width=12), Column(t(N_("Card product")), width=16),
               Column(t(N_("Member number")), width=12), Column(t(N_("Name")), width=14),
               Column(t(N_("Valid until")), ColumnKind.DATE, 12),
               Column(t(N_("Balance")), ColumnKind.MONEY, 13),
               Column(t(N_("Sessions left")), ColumnKind.INT, 10))
    return Section("expiring", t(N_("Cards expiring next month")), tables=(
        Table(t(N_("Cards expiring from {first} to {last}"), first=first.isoformat(),
                last=(end - timedelta(days=1)).isoformat()),
              columns, rows, screen_rows=EXPIRING_ON_SCREEN),),
        notes=(t(N_("Active or frozen cards whose end date falls in the month after the "
                    "period, as they stand today.")),))
