"""The reports view: a month shown on screen with its charts, exported, printed;
reception sees a notice; a printer that fails is a clear message."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from clubcrm.domain.cards import PaymentMethod, ProductKind
from clubcrm.domain.errors import ClubError
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.staff import Role
from clubcrm.services.catalogue import ProductDraft
from clubcrm.services.club import Club

from clubcrm.ui.report_printing import paint_report
from clubcrm.ui.views.reports_view import ReportsView


@pytest.fixture
def view(qtbot: QtBot, club: Club) -> ReportsView:
    member = club.members.register(MemberDraft(name="张三", phone="13800138000"),
                                   operator=club.operator)
    product = club.catalogue.save_product(ProductDraft("储值卡", ProductKind.STORED_VALUE),
                                          operator=club.operator)
    last_month = (date.today().replace(day=1) - __import__("datetime").timedelta(days=1))
    club.cards.sell(member.id, product, method=PaymentMethod.CASH, paid_fen=100_000, key="s",
                    operator=club.operator, now=datetime.combine(last_month, datetime.min.time()
                                                                 ).replace(hour=10))
    reports = ReportsView(club)
    qtbot.addWidget(reports)
    return reports


def _show(qtbot: QtBot, view: ReportsView) -> None:
    with qtbot.waitSignal(view.report_shown, timeout=60_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)


def test_showing_last_month_puts_figures_and_charts_on_screen(qtbot: QtBot,
                                                              view: ReportsView) -> None:
    """Show: the report's headings and the sale's ¥1,000.00 appear; charts are drawn."""
    _show(qtbot, view)
    text = view.browser.toPlainText()
    assert "Cash received by payment method" in text and "¥1,000.00" in text
    assert set(view.charts) >= {"cash_by_day", "visits_heatmap"}
    assert view.excel_button.isEnabled() and view.print_button.isEnabled()


def test_the_report_shows_first_without_its_segments_then_whole(qtbot: QtBot,
                                                                 view: ReportsView) -> None:
    """Show: the money sections appear while the segments are computed (no export
    yet), then the whole report with the members' and segments' sections."""
    partial: list[tuple[str, bool]] = []
    view.partial_shown.connect(lambda _report: partial.append(
        (view.browser.toPlainText(), view.excel_button.isEnabled())))
    with qtbot.waitSignals([view.partial_shown, view.report_shown], order="strict",
                           timeout=60_000):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    [(first_text, could_export)] = partial
    assert "Cash received by payment method" in first_text and not could_export
    assert "Computing the members and segments sections" in first_text
    assert "Dormant members" not in first_text
    text = view.browser.toPlainText()
    assert "Dormant members" in text and "Members and spend by primary segment" in text
    assert "Computing the members" not in text and "segments" in view.charts


def test_export_writes_the_workbook(qtbot: QtBot, view: ReportsView, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel…: the chosen file is written."""
    _show(qtbot, view)
    target = tmp_path / "report.xlsx"
    monkeypatch.setattr("clubcrm.ui.views.reports_view.QFileDialog.getSaveFileName",
                        lambda *args: (str(target), ""))
    with qtbot.waitSignal(view.message_posted, timeout=60_000):
        qtbot.mouseClick(view.excel_button, Qt.MouseButton.LeftButton)
    assert target.stat().st_size > 1000


def test_printing_to_a_pdf_printer_gives_pages(qtbot: QtBot, view: ReportsView,
                                               tmp_path: Path) -> None:
    """The printout has pages, on A4."""
    _show(qtbot, view)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert view.report is not None
    assert paint_report(view.report, view.charts, printer) >= 2
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_fails_is_a_club_error(qtbot: QtBot, view: ReportsView,
                                              tmp_path: Path) -> None:
    """A printer that cannot start: a ClubError naming it, nothing crashes."""
    _show(qtbot, view)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing" / "printed.pdf"))
    assert view.report is not None
    with pytest.raises(ClubError):
        paint_report(view.report, view.charts, printer)


def test_reception_sees_a_notice_and_no_report(qtbot: QtBot, view: ReportsView,
                                               club: Club, staff: dict) -> None:
    """Reception: buttons disabled, a notice says who may open reports."""
    view.set_actor(club.staff.actor(staff[Role.RECEPTION]))
    assert not view.show_button.isEnabled()
    assert "manager or the owner" in view.notice.text()


def test_a_range_ending_before_it_starts_is_a_message(qtbot: QtBot, view: ReportsView,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Range of days backwards: a warning, no report."""
    shown = []
    monkeypatch.setattr("clubcrm.ui.views.reports_view.show_error",
                        lambda parent, error: shown.append(error))
    view.range_box.setChecked(True)
    view.first_edit.setDate(view.last_edit.date().addDays(3))
    view.show_report()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "before it starts" in str(shown[0])
