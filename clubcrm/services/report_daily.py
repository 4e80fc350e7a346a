"""The daily close (日结): one day's cash by payment method, sales and visits,
on one A4 page or a receipt roll."""

from __future__ import annotations

from collections import defaultdict

from clubcrm.domain.cards import MONEY_METHODS, PAYMENT_METHOD_LABELS
from clubcrm.domain.receipt import Receipt, ReceiptLine
from clubcrm.domain.reports import Column, ColumnKind, Report, Section, Table, format_cell
from clubcrm.domain.translatable import N_
from clubcrm.services.report_source import MONEY_METHOD_LIST, ReportSource, t

INT, MONEY = ColumnKind.INT, ColumnKind.MONEY
SALES = (
    ("open", N_("Cards sold")),
    ("recharge", N_("Recharges")),
    ("consume", N_("Services paid at the desk")),
    ("refund", N_("Refunds paid out")),
)


def section(source: ReportSource) -> Section:
    money = source.effective(
        "r.kind, r.method, SUM(r.sign), SUM(r.paid_fen)",
        f"WHERE r.method IN ({MONEY_METHOD_LIST}) AND r.paid_fen != 0 GROUP BY 1, 2")
    by_method: dict[str, int] = defaultdict(int)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, method, count, paid in money:
        by_method[method] += paid
        by_kind[kind][0] += count
        by_kind[kind][1] += paid
    counted = dict(source.effective("r.kind, SUM(r.sign)",
                                    "WHERE r.kind IN ('open', 'recharge') GROUP BY 1"))
    cash_columns = (Column(t(N_("Payment method")), width=16), Column(t(N_("Amount")), MONEY, 14))
    cash_rows = tuple((t(PAYMENT_METHOD_LABELS[method]), by_method[method.value])
                      for method in MONEY_METHODS)
    sales_columns = (Column(t(N_("Figure")), width=22), Column(t(N_("Count")), INT, 8),
                     Column(t(N_("Amount")), MONEY, 14))
    sales_rows = tuple((t(label), counted.get(kind, by_kind[kind][0]), by_kind[kind][1])
                       for kind, label in SALES)
    visits = source.rows("SELECT COUNT(*), COALESCE(SUM(guests), 0), "
                         "COALESCE(SUM(member_id IS NULL), 0) FROM visits "
                         "WHERE at >= ? AND at < ? AND undone_at IS NULL", source.bounds)[0]
    visit_columns = (Column(t(N_("Figure")), width=22), Column(t(N_("Count")), INT, 8))
    visit_rows = ((t(N_("Visits")), visits[0]), (t(N_("Guests")), visits[1]),
                  (t(N_("Walk-in visitors")), visits[2]))
    return Section("daily_close", t(N_("Daily close")), tables=(
        Table(t(N_("Cash by payment method")), cash_columns, cash_rows,
              (t(N_("Total")), sum(row[1] for row in cash_rows))),
        Table(t(N_("Sales")), sales_columns, sales_rows),
        Table(t(N_("Visits")), visit_columns, visit_rows),
    ))


def receipt(report: Report, *, operator: str) -> Receipt:
    """The daily close as a receipt, for a thermal printer at the desk."""
    sections = []
    for table in report.sections[0].tables:
        lines = [ReceiptLine(str(row[0]), _values(table, row)) for row in table.rows]
        if table.total is not None:
            lines.append(ReceiptLine(str(table.total[0]), _values(table, table.total),
                                     emphasis=True))
        sections.append((table.title, tuple(lines)))
    return Receipt(club_name=report.club_name, title=report.title,
                   number=report.period.first.isoformat(), printed_at=report.generated_at,
                   operator=operator, member="", card="", sections=tuple(sections))


def _values(table: Table, row: tuple) -> str:
    cells = [format_cell(value, column.kind)
             for value, column in zip(row[1:], table.columns[1:], strict=True)]
    return "  ".join(cell for cell in cells if cell)


