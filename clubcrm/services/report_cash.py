"""Cash received (by payment method, by day) and card sales and recharges by product.

"Cash" is every payment by a money method (cash, WeChat Pay, Alipay, bank
card) on a ledger row of the period: card sales, recharges, services paid
at the desk, minus refunds paid out. Points credit and card balances are not
cash. Imported history is not counted (it was paid before the club used
this program).
"""

from __future__ import annotations

from collections import defaultdict

from clubcrm.domain.cards import MONEY_METHODS, PAYMENT_METHOD_LABELS
from clubcrm.domain.ledger import LedgerKind
from clubcrm.domain.reports import (
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    Section,
    Table,
    total_row,
)
from clubcrm.domain.translatable import N_
from clubcrm.services.report_source import MONEY_METHOD_LIST, ReportSource, t

MONEY = ColumnKind.MONEY
# The columns of "cash by payment method": which kinds of row each one adds up.
CASH_KINDS = (
    (N_("Card sales"), (LedgerKind.OPEN,)),
    (N_("Recharges"), (LedgerKind.RECHARGE,)),
    (N_("Services paid at the desk"), (LedgerKind.CONSUME,)),
    (N_("Refunds paid out"), (LedgerKind.REFUND,)),
)


def section(source: ReportSource) -> Section:
    rows = source.effective(
        "r.kind, r.method, date(r.at), SUM(r.paid_fen)",
        f"WHERE r.method IN ({MONEY_METHOD_LIST}) AND r.paid_fen != 0 GROUP BY 1, 2, 3")
    methods = [method.value for method in MONEY_METHODS]
    by_method = _by_method(rows, methods)
    by_day = _by_day(source, rows, methods)
    return Section(
        "cash", t(N_("Cash received")),
        tables=(by_method, by_day, _sales_by_product(source)),
        charts=(_daily_chart(source, by_day, methods),),
        notes=(t(N_("Cash received: money paid by cash, WeChat Pay, Alipay or bank card for "
                    "card sales, recharges and services, less refunds paid out; reversed "
                    "rows are taken off the figure they corrected. Card balances and points "
                    "are not cash, nor is imported history.")),),
    )


def _method_label(method: str) -> str:
    return t(PAYMENT_METHOD_LABELS[next(m for m in MONEY_METHODS if m.value == method)])


def _by_method(rows: list[tuple], methods: list[str]) -> Table:
    sums: dict[tuple[str, str], int] = defaultdict(int)
    for kind, method, _day, paid in rows:
        sums[method, kind] += paid
    columns = (Column(t(N_("Payment method")), width=14),
               *(Column(t(title), MONEY, 14) for title, _kinds in CASH_KINDS),
               Column(t(N_("Total")), MONEY, 14))
    table_rows = []
    for method in methods:
        figures = [sum(sums[method, kind.value] for kind in kinds) for _t, kinds in CASH_KINDS]
        table_rows.append((_method_label(method), *figures,
                           sum(v for (m, _k), v in sums.items() if m == method)))
    total = total_row(t(N_("Total")), columns, table_rows)
    return Table(t(N_("Cash received by payment method")), columns, tuple(table_rows), total)


def _by_day(source: ReportSource, rows: list[tuple], methods: list[str]) -> Table:
    sums: dict[tuple[str, str], int] = defaultdict(int)
    for _kind, method, day, paid in rows:
        sums[day, method] += paid
    columns = (Column(t(N_("Day")), ColumnKind.DATE, 12),
               *(Column(_method_label(method), MONEY, 13) for method in methods),
               Column(t(N_("Total")), MONEY, 14))
    table_rows = []
    for day in source.period.each_day():
        figures = [sums[day.isoformat(), method] for method in methods]
        table_rows.append((day, *figures, sum(figures)))
    total = total_row(t(N_("Total")), columns, table_rows)
    return Table(t(N_("Cash received by day")), columns, tuple(table_rows), total)


def _daily_chart(source: ReportSource, by_day: Table, methods: list[str]) -> Chart:
    days = tuple(f"{row[0]:%d}" if source.period.is_month else f"{row[0]:%m-%d}"  # type: ignore[str-format]
                 for row in by_day.rows)
    series = tuple((_method_label(method), tuple(int(row[1 + i] or 0) for row in by_day.rows))  # type: ignore[arg-type]
                   for i, method in enumerate(methods))
    return Chart("cash_by_day", ChartKind.STACKED, t(N_("Cash received by day")), days, series,
                 money=True, value_label=t(N_("yuan")))


def _sales_by_product(source: ReportSource) -> Table:
    rows = source.effective(
        "c.product_id, r.kind, SUM(r.sign), SUM(r.paid_fen), SUM(r.principal_delta), "
        "SUM(r.bonus_delta), SUM(r.sessions_delta)",
        "JOIN cards c ON c.id = r.card_id WHERE r.kind IN ('open', 'recharge') GROUP BY 1, 2")
    figures: dict[int, list[int]] = defaultdict(lambda: [0] * 6)
    for product_id, kind, count, paid, _principal, bonus, sessions in rows:
        slot = figures[product_id]
        if kind == LedgerKind.OPEN.value:
            slot[0] += count
            slot[1] += paid
            slot[5] += sessions
        else:
            slot[2] += count
            slot[3] += paid
        slot[4] += bonus
    columns = (Column(t(N_("Card product")), width=18), Column(t(N_("Cards sold")), ColumnKind.INT, 10),
               Column(t(N_("Sales")), MONEY, 14), Column(t(N_("Recharges")), ColumnKind.INT, 10),
               Column(t(N_("Recharged")), MONEY, 14), Column(t(N_("Bonus given")), MONEY, 14),
               Column(t(N_("Sessions sold")), ColumnKind.INT, 10))
    table_rows = tuple((source.products[pid].name, *values)
                       for pid, values in sorted(figures.items()) if any(values))
    total = total_row(t(N_("Total")), columns, table_rows)
    return Table(t(N_("Card sales and recharges by product")), columns, table_rows, total)
