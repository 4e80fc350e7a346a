"""Consumption (revenue recognised) by service and by card type, with discounts.

A consumption row holds its list price, its discount, what it took from a
card's principal, bonus or sessions, and what was paid at the desk. Revenue
recognised is the principal spent, the value of count-card sessions used
and the money paid at the desk (period cards earn with time: see the
prepaid liability section); bonus spent and points credit are not revenue.
"""

from __future__ import annotations

from collections import defaultdict

from clubcrm.domain.cards import PRODUCT_KIND_LABELS, ProductKind
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

MONEY, INT = ColumnKind.MONEY, ColumnKind.INT
TOP_SERVICES_CHARTED = 12
# quantity, list, discount, principal, bonus, sessions, session value, paid at the desk
FIGURES = 8


def section(source: ReportSource) -> Section:
    rows = source.effective(
        "r.service_id, c.product_id, SUM(r.quantity), SUM(r.list_fen), SUM(r.discount_fen), "
        "SUM(-r.principal_delta), SUM(-r.bonus_delta), SUM(-r.sessions_delta), "
        f"SUM(CASE WHEN r.method IN ({MONEY_METHOD_LIST}) THEN r.paid_fen ELSE 0 END)",
        "LEFT JOIN cards c ON c.id = r.card_id WHERE r.kind = 'consume' GROUP BY 1, 2")
    by_service: dict[int | None, list[int]] = defaultdict(lambda: [0] * FIGURES)
    by_product: dict[int | None, list[int]] = defaultdict(lambda: [0] * FIGURES)
    for service_id, product_id, *figures in rows:
        product = source.products.get(product_id) if product_id is not None else None
        session_value = figures[5] * product.session_fen if product else 0
        values = [*figures[:6], session_value, figures[6]]
        for target in (by_service[service_id], by_product[product_id]):
            for index, value in enumerate(values):
                target[index] += value
    services = _service_table(source, by_service)
    return Section(
        "consumption", t(N_("Consumption")),
        tables=(services, _card_type_table(source, by_product)),
        charts=(_service_chart(services),),
        notes=(t(N_("Net value: list price less discounts. Revenue recognised: principal "
                    "spent from stored-value cards, count-card sessions used at their price "
                    "per session, and money paid at the desk; bonus spent and points credit "
                    "are not revenue, and period cards earn with time (see the prepaid "
                    "liability).")),),
    )


def _columns(first: Column) -> tuple[Column, ...]:
    return (first, Column(t(N_("Quantity")), INT, 9), Column(t(N_("List value")), MONEY, 13),
            Column(t(N_("Discounts given")), MONEY, 13), Column(t(N_("Net value")), MONEY, 13),
            Column(t(N_("From principal")), MONEY, 13), Column(t(N_("From bonus")), MONEY, 13),
            Column(t(N_("Sessions used")), INT, 9), Column(t(N_("Sessions' value")), MONEY, 13),
            Column(t(N_("Paid at the desk")), MONEY, 13),
            Column(t(N_("Revenue recognised")), MONEY, 14))


def _row(label: str, values: list[int]) -> tuple:
    quantity, list_fen, discount, principal, bonus, sessions, session_value, paid = values
    return (label, quantity, list_fen, discount, list_fen - discount, principal, bonus,
            sessions, session_value, paid, principal + session_value + paid)


def _service_table(source: ReportSource, by_service: dict[int | None, list[int]]) -> Table:
    columns = _columns(Column(t(N_("Service")), width=18))
    rows = sorted((_row(source.services.get(sid, "") if sid is not None else "", values)
                   for sid, values in by_service.items()), key=lambda row: -row[4])
    return Table(t(N_("Consumption by service")), columns, tuple(rows),
                 total_row(t(N_("Total")), columns, rows))


def _card_type_table(source: ReportSource, by_product: dict[int | None, list[int]]) -> Table:
    merged: dict[str, list[int]] = {}
    order = []
    for product_id, values in by_product.items():
        product = source.products.get(product_id) if product_id is not None else None
        kind = product.kind if product else None
        label = t(PRODUCT_KIND_LABELS[kind]) if kind else t(N_("No card (paid at the desk)"))
        if label not in merged:
            merged[label] = [0] * FIGURES
            order.append((list(ProductKind).index(kind) if kind else len(ProductKind), label))
        merged[label] = [a + b for a, b in zip(merged[label], values, strict=True)]
    columns = _columns(Column(t(N_("Card type")), width=18))
    rows = [_row(label, merged[label]) for _rank, label in sorted(order)]
    return Table(t(N_("Consumption by card type")), columns, tuple(rows),
                 total_row(t(N_("Total")), columns, rows))


def _service_chart(services: Table) -> Chart:
    top = services.rows[:TOP_SERVICES_CHARTED]
    return Chart("consumption_by_service", ChartKind.HBARS, t(N_("Net value by service")),
                 tuple(str(row[0]) for row in top),
                 ((t(N_("Net value")), tuple(int(row[4] or 0) for row in top)),),  # type: ignore[arg-type]
                 money=True, value_label=t(N_("yuan")))
