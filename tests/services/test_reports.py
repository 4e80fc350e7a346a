"""The monthly report's money reconciles to the fen on a generated club, and bad
periods and roles get a clear refusal.

A 300-member, 12-month demo club, plus a transfer, an adjustment, a lost-card
replacement, an extension, a reversal and a period-card refund made through
the services, is reported month by month; every figure is recomputed here
straight from the ledger rows, card by card.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest

from clubcrm.db.database import driver
from clubcrm.domain.cards import MONEY_METHODS, PaymentMethod
from clubcrm.domain.errors import PermissionDenied, ValidationError
from clubcrm.domain.reports import Period, Report, checked_period, month_period, next_month
from clubcrm.domain.staff import Role
from clubcrm.services import report_period_cards
from clubcrm.services.club import Club, open_club
from clubcrm.services.demo import generate_demo
from clubcrm.services.report_source import ReportSource
from clubcrm.services.reports import ReportService

TODAY = date(2026, 6, 15)
MONTHS = [f"{year}-{month:02d}" for year, month in
          [(2025, m) for m in range(6, 13)] + [(2026, m) for m in range(1, 7)]]
AT = datetime(2026, 6, 10, 12, 0)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite"
    club = open_club(path)
    try:
        generate_demo(club, members=300, months=12, seed=7, today=TODAY)
        _more_kinds_of_rows(club)
    finally:
        club.close()
    return path


@pytest.fixture
def demo(demo_file: Path) -> Club:
    club = open_club(demo_file)
    yield club
    club.close()


def _usable_cards(club: Club, kind: str) -> list[int]:
    connection = sqlite3.connect(club.db.path)
    rows = connection.execute(
        "SELECT c.id FROM cards c JOIN card_products p ON p.id = c.product_id "
        "WHERE p.kind = ? AND c.status = 'active' AND (c.valid_from IS NULL OR c.valid_from <= ?) "
        "AND (c.valid_until IS NULL OR c.valid_until >= ?) "
        "AND (p.kind != 'stored_value' OR c.principal_fen > 1000) ORDER BY c.id",
        (kind, AT.date().isoformat(), AT.date().isoformat())).fetchall()
    connection.close()
    return [row[0] for row in rows]


def _more_kinds_of_rows(club: Club) -> None:
    """The rows the demo does not make: transfer, adjustment, replacement,
    extension, reversal of a recharge, refund of a period card."""
    me = club.operator
    stored = _usable_cards(club, "stored_value")
    period = _usable_cards(club, "period")
    club.cards.transfer(stored[0], stored[1], 500, key="t1", operator=me, now=AT)
    club.card_care.adjust(card_id=stored[2], principal_fen=-300, bonus_fen=200,
                          reason="count", key="a1", operator=me, now=AT)
    club.card_care.replace_lost(stored[3], "LOST-1", key="r1", operator=me, now=AT)
    club.card_care.extend(period[0], 10, reason="sick", key="e1", operator=me, now=AT)
    club.card_care.replace_lost(period[1], "LOST-2", key="r2", operator=me, now=AT)
    club.cards.refund(period[2], method=PaymentMethod.CASH, key="f1", operator=me, now=AT)
    recharge = club.cards.recharge(stored[4], 10_000, method=PaymentMethod.WECHAT, key="c1",
                                   operator=me, now=AT)
    club.card_care.reverse(recharge.entries[0].id, reason="typo", key="v1", operator=me,
                           now=AT)


def _ledger(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT l.at, l.card_id, l.principal_delta, l.bonus_delta, l.sessions_delta, "
        "l.paid_fen, l.method, p.kind, p.price_fen, p.sessions FROM ledger l "
        "LEFT JOIN cards c ON c.id = l.card_id "
        "LEFT JOIN card_products p ON p.id = c.product_id").fetchall()
    connection.close()
    return rows


def _held_at(rows: list[tuple], end: date) -> dict[str, int]:
    """Σ over cards of what each held at the start of `end`, replayed row by row."""
    cards: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for at, card_id, principal, bonus, sessions, _paid, _method, kind, price, count in rows:
        if card_id is None or at >= end.isoformat():
            continue
        held = cards[card_id]
        held[0] += principal
        held[1] += bonus
        held[2] += sessions
        held[3] += sessions * (price // count if kind == "count" and count else 0)
    return {"principal": sum(v[0] for v in cards.values()),
            "bonus": sum(v[1] for v in cards.values()),
            "sessions": sum(v[2] for v in cards.values()),
            "session_value": sum(v[3] for v in cards.values())}


def _liability(report: Report) -> dict[str, tuple]:
    table = report.section("liability").tables[0]
    return {str(row[0]): row for row in table.rows}


def _month(demo: Club, month: str) -> Report:
    return ReportService(demo.db).monthly(month_period(month), operator=demo.operator,
                                          today=TODAY)


@pytest.mark.parametrize("month", MONTHS)
def test_every_money_figure_reconciles_to_the_fen(demo: Club, demo_file: Path,
                                                  month: str) -> None:
    """Cash = Σ payments; opening and closing = Σ card balances replayed from the
    ledger; opening + every line = closing in every column; the check is zero."""
    report = _month(demo, month)
    period = report.period
    rows = _ledger(demo_file)
    money = {method.value for method in MONEY_METHODS}
    paid = sum(row[5] for row in rows if row[6] in money
               and period.first.isoformat() <= row[0] < period.end.isoformat())
    cash = report.section("cash").tables[0]
    assert cash.total is not None and cash.total[-1] == paid
    lines = _liability(report)
    opening, closing = lines["Opening"], lines["Closing"]
    for when, row in ((period.first, opening), (period.end, closing)):
        held = _held_at(rows, when)
        assert (row[1], row[2], row[4], row[5]) == (
            held["principal"], held["bonus"], held["sessions"], held["session_value"])
    movements = [row for label, row in lines.items() if label not in (
        "Opening", "Closing", "Sum of card balances at the period's end", "Difference")]
    for column in range(1, 8):
        assert opening[column] + sum(row[column] for row in movements) == closing[column], \
            (month, column)
    difference = lines["Difference"]
    assert (difference[1], difference[2], difference[4], difference[6]) == (0, 0, 0, 0)


EVERY_PERIOD_CARD = ("SELECT c.id, p.price_fen, c.valid_from, c.valid_until FROM cards c "
                     "JOIN card_products p ON p.id = c.product_id WHERE p.kind = 'period' "
                     "AND :first IS NOT NULL AND :end IS NOT NULL")


def test_the_period_cards_a_report_leaves_out_change_no_figure(
        demo: Club, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report reads only the period cards that may be worth something in the
    month; reading every period card gives the same figures, every month, and some
    months do leave cards out (so the comparison compares something)."""
    left_out = 0
    for month in MONTHS:
        period = checked_period(month_period(month), today=TODAY)
        with demo.db.read() as session:
            source = ReportSource(driver(session), period, TODAY)
            chosen = report_period_cards.period_card_figures(source)
            count = len(report_period_cards._cards(source))
            with monkeypatch.context() as patch:
                patch.setattr(report_period_cards, "_CARDS_SQL", EVERY_PERIOD_CARD)
                every = report_period_cards.period_card_figures(source)
                left_out += len(report_period_cards._cards(source)) - count
        assert (chosen.opening, chosen.closing, chosen.check, dict(chosen.lines)) == (
            every.opening, every.closing, every.check, dict(every.lines)), month
    assert left_out > 0


def test_the_month_with_the_extra_rows_shows_them_on_their_lines(demo: Club) -> None:
    """The transfer and replacements net to zero, the adjustment and the reversed
    recharge land on their lines, the period-card refund takes its value off."""
    lines = _liability(_month(demo, "2026-06"))
    assert lines["Transferred or replaced (net)"][1:3] == (0, 0)
    assert lines["Adjusted, extended or closed"][1:3] == (-300, 200)
    assert lines["Refunded"][6] < 0
    sales = {row[0]: row for row in _month(demo, "2026-06").section("cash").tables[2].rows}
    assert all(row[3] >= 0 for row in sales.values())


def test_consumption_revenue_adds_up(demo: Club) -> None:
    """Revenue recognised = principal spent + sessions' value + paid at the desk, and
    the card-type table totals the service table."""
    consumption = _month(demo, "2026-03").section("consumption")
    services, types = consumption.tables
    assert services.total == types.total
    total = services.total
    assert total is not None and total[10] == total[5] + total[8] + total[9]
    assert total[4] == total[2] - total[3]


def test_members_figures_follow_their_definitions(demo: Club, demo_file: Path) -> None:
    """New members are those who joined in the month; retention is retained ÷ active before."""
    report = _month(demo, "2026-04")
    counts, rates = report.section("members").tables
    by_label = {row[0]: row for row in counts.rows}
    connection = sqlite3.connect(demo_file)
    joined = connection.execute("SELECT COUNT(*) FROM members WHERE joined_on >= '2026-04-01' "
                                "AND joined_on < '2026-05-01' AND status != 'merged'"
                                ).fetchone()[0]
    connection.close()
    assert by_label["New members"][1] == joined
    retained = by_label["Active in the previous period and again in this one"][1]
    active_before = by_label["Active members"][2]
    assert rates.rows[0][1] == (retained * 2000 + active_before) // (2 * active_before)
    assert rates.rows[0][1] + rates.rows[1][1] == 1000


def test_visits_count_what_was_not_undone(demo: Club, demo_file: Path) -> None:
    """Visits by day add up to the month's check-ins that were not undone."""
    connection = sqlite3.connect(demo_file)
    expected = connection.execute("SELECT COUNT(*) FROM visits WHERE at >= '2026-02-01' AND "
                                  "at < '2026-03-01' AND undone_at IS NULL").fetchone()[0]
    connection.close()
    by_day = _month(demo, "2026-02").section("visits").tables[0]
    assert by_day.total is not None and by_day.total[1] == expected > 0


def test_top_members_and_expiring_cards(demo: Club) -> None:
    """At most 20 members, biggest spend first; expiring cards end next month."""
    report = _month(demo, "2026-01")
    top = report.section("top_members").tables[0].rows
    assert 0 < len(top) <= 20
    assert [row[3] for row in top] == sorted((row[3] for row in top), reverse=True)
    for row in report.section("expiring").tables[0].rows:
        assert date(2026, 2, 1) <= row[4] < next_month(date(2026, 2, 1))


def test_an_empty_month_is_a_clear_report(club: Club) -> None:
    """A club with nothing in the month still gets every section, saying so."""
    report = ReportService(club.db).monthly(month_period("2026-05"), operator=club.operator,
                                            today=TODAY)
    assert not report.activity
    assert [section.key for section in report.sections][:3] == ["cash", "consumption",
                                                                 "liability"]
    assert report.section("cash").tables[0].total[-1] == 0


@pytest.mark.parametrize(("period", "message"), [
    (Period(date(2026, 5, 10), date(2026, 5, 1)), "ends (2026-05-01) before it starts"),
    (Period(date(2026, 7, 1), date(2026, 7, 31)), "in the future"),
    (Period(date(2020, 1, 1), date(2026, 1, 1)), "at most three years"),
])
def test_bad_periods_are_refused_clearly(club: Club, period: Period, message: str) -> None:
    """A range ending before it starts, a future month, an absurd range: a message."""
    with pytest.raises(ValidationError, match=re.escape(message)):
        ReportService(club.db).monthly(period, operator=club.operator, today=TODAY)


@pytest.mark.parametrize("text", ["2026-13", "26-01", "May", ""])
def test_a_badly_written_month_is_refused(text: str) -> None:
    """Months are YYYY-MM."""
    with pytest.raises(ValidationError, match="YYYY-MM"):
        month_period(text)


def test_reception_may_not_see_reports(club: Club, staff: dict) -> None:
    """The service refuses reception, not only the GUI."""
    service = ReportService(club.db)
    with pytest.raises(PermissionDenied):
        service.monthly(month_period("2026-05"), operator=staff[Role.RECEPTION], today=TODAY)
    with pytest.raises(PermissionDenied):
        service.daily_close(TODAY, operator=staff[Role.RECEPTION], today=TODAY)
    assert service.monthly(month_period("2026-05"), operator=staff[Role.MANAGER],
                           today=TODAY).sections


def test_daily_close_sums_the_day(demo: Club, demo_file: Path) -> None:
    """The day's cash by method totals the day's payments; its receipt has the lines."""
    service = ReportService(demo.db)
    report = service.daily_close(date(2026, 3, 14), operator=demo.operator, today=TODAY)
    rows = _ledger(demo_file)
    money = {method.value for method in MONEY_METHODS}
    paid = sum(row[5] for row in rows if row[6] in money and row[0].startswith("2026-03-14"))
    cash = report.sections[0].tables[0]
    assert cash.total == ("Total", paid)
    receipt = service.daily_receipt(report, operator=demo.operator)
    assert receipt.title == "Daily close" and receipt.sections[0][1][-1].emphasis
