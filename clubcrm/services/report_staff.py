"""Staff: what each staff member did in the period (operations, money taken,
cards sold, recharges, consumption rung up, check-ins, visits served)."""

from __future__ import annotations

from collections import defaultdict

from clubcrm.domain.reports import Column, ColumnKind, Section, Table, total_row
from clubcrm.domain.translatable import N_
from clubcrm.services.report_source import MONEY_METHOD_LIST, ReportSource, t

INT, MONEY = ColumnKind.INT, ColumnKind.MONEY


def section(source: ReportSource) -> Section:
    figures: dict[int, list[int]] = defaultdict(lambda: [0] * 7)
    for operator, operations, cash, sold, recharges, consumed in source.effective(
            "r.operator_id, COUNT(DISTINCT r.op_id), "
            f"SUM(CASE WHEN r.method IN ({MONEY_METHOD_LIST}) THEN r.paid_fen ELSE 0 END), "
            "SUM(CASE WHEN r.kind = 'open' THEN r.sign ELSE 0 END), "
            "SUM(CASE WHEN r.kind = 'recharge' THEN r.sign ELSE 0 END), "
            "SUM(CASE WHEN r.kind = 'consume' THEN r.list_fen - r.discount_fen ELSE 0 END)",
            "GROUP BY 1"):
        figures[operator][:5] = [operations, cash, sold, recharges, consumed]
    for who, column in (("operator_id", 5), ("staff_id", 6)):
        for staff_id, count in source.rows(
                f"SELECT {who}, COUNT(*) FROM visits WHERE at >= ? AND at < ? "
                f"AND undone_at IS NULL AND {who} IS NOT NULL GROUP BY 1", source.bounds):
            figures[staff_id][column] = count
    columns = (Column(t(N_("Staff")), width=14), Column(t(N_("Operations")), INT, 10),
               Column(t(N_("Cash received")), MONEY, 14), Column(t(N_("Cards sold")), INT, 10),
               Column(t(N_("Recharges")), INT, 10),
               Column(t(N_("Consumption (net value)")), MONEY, 14),
               Column(t(N_("Check-ins")), INT, 10), Column(t(N_("Visits served")), INT, 10))
    rows = tuple((source.staff.get(staff_id, str(staff_id)), *values)
                 for staff_id, values in sorted(figures.items(),
                                                key=lambda item: -item[1][1]))
    return Section("staff", t(N_("Staff")), tables=(
        Table(t(N_("Operations and sales by staff member")), columns, rows,
              total_row(t(N_("Total")), columns, rows)),),
        notes=(t(N_("Operations: the actions a staff member recorded (a sale, a recharge, a "
                    "consumption, a check-in...). Visits served: check-ins naming them as "
                    "the serving staff.")),))
