"""The reports view: pick a month or a range of days, see the report on screen
(figures and charts), export it to Excel and PDF, print it; and the daily close.

Building a report reads a month of the ledger, computes the members'
segments and draws its charts: it runs in the background. The view shows
the report as soon as the sections that do not need the segments are ready,
and again, whole, when the segments are computed (a few seconds on a big
club); exporting and printing wait for the whole report. Reports show the
club's money, so reception sees a notice instead (the service refuses them
too).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.receipt import PaperSize
from clubcrm.domain.reports import Period, Report, month_period
from clubcrm.domain.staff import Actor, Permission
from clubcrm.io.report_html import report_html
from clubcrm.services.club import Club
from clubcrm.services.reports import ReportService

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.tasks import BackgroundTask

MONTHS_OFFERED = 36
CHART_WIDTH = 760


class ReportsView(QWidget):
    message_posted = Signal(str)
    report_shown = Signal(object)  # the whole Report now on screen
    partial_shown = Signal(object)  # the Report without its segments, on screen
    _partial_built = Signal(object)  # emitted by the job's thread: queued to this one

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._service = ReportService(club.db)
        self._actor = club.current_actor()
        self.report: Report | None = None
        self.charts: dict[str, bytes] = {}
        self.task: BackgroundTask | None = None
        self.month_box = QComboBox()
        self.range_box = QCheckBox(tr("Range of days"))
        self.first_edit, self.last_edit = _date_edit(), _date_edit()
        self.show_button = QPushButton(tr("&Show"))
        self.excel_button = QPushButton(tr("E&xcel…"))
        self.pdf_button = QPushButton(tr("&PDF…"))
        self.print_button = QPushButton(tr("P&rint…"))
        self.day_edit = _date_edit()
        self.paper_box = QComboBox()
        self.daily_button = QPushButton(tr("Print &daily close…"))
        self.daily_pdf_button = QPushButton(tr("Daily close PDF…"))
        self.notice = QLabel()
        self.browser = QTextBrowser()
        self._partial_built.connect(self._on_partial)
        self._fill_choices()
        self._lay_out()
        self._connect()
        self._update_enabled()

    # -- building --------------------------------------------------------------

    def _fill_choices(self) -> None:
        today = date.today()
        month = today.replace(day=1)
        months = []
        for _ in range(MONTHS_OFFERED):
            months.append(f"{month:%Y-%m}")
            month = (month - timedelta(days=1)).replace(day=1)
        self.month_box.addItems(months)
        self.month_box.setCurrentIndex(1)  # last month: the one an owner closes
        self.first_edit.setDate(QDate(today.year, today.month, 1))
        self.last_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        for label, paper in ((tr("A4 page"), None), (tr("80 mm receipt"), PaperSize.THERMAL_80),
                             (tr("58 mm receipt"), PaperSize.THERMAL_58)):
            self.paper_box.addItem(label, paper)

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        period.addWidget(QLabel(tr("Month")))
        period.addWidget(self.month_box)
        period.addSpacing(12)
        period.addWidget(self.range_box)
        period.addWidget(self.first_edit)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last_edit)
        period.addWidget(self.show_button)
        period.addStretch(1)
        for button in (self.excel_button, self.pdf_button, self.print_button):
            period.addWidget(button)
        daily = QHBoxLayout()
        daily.addWidget(QLabel(tr("Daily close")))
        daily.addWidget(self.day_edit)
        daily.addWidget(self.paper_box)
        daily.addWidget(self.daily_button)
        daily.addWidget(self.daily_pdf_button)
        daily.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addLayout(daily)
        layout.addWidget(self.notice)
        layout.addWidget(self.browser, 1)

    def _connect(self) -> None:
        self.range_box.toggled.connect(self._update_enabled)
        self.show_button.clicked.connect(lambda: self.show_report())
        self.excel_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.print_button.clicked.connect(lambda: self.print_report())
        self.daily_button.clicked.connect(lambda: self.print_daily_close())
        self.daily_pdf_button.clicked.connect(lambda: self.save_daily_close())

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self._update_enabled()

    def _allowed(self) -> bool:
        return self._actor.can(Permission.VIEW_REPORTS)

    def _update_enabled(self) -> None:
        allowed = self._allowed()
        self.notice.setText("" if allowed else tr("Reports show the club's money: a manager "
                                                  "or the owner can open them."))
        for widget in (self.month_box, self.range_box, self.show_button, self.day_edit,
                       self.paper_box, self.daily_button, self.daily_pdf_button):
            widget.setEnabled(allowed)
        self.month_box.setEnabled(allowed and not self.range_box.isChecked())
        for widget in (self.first_edit, self.last_edit):
            widget.setEnabled(allowed and self.range_box.isChecked())
        shown = allowed and self.report is not None
        for button in (self.excel_button, self.pdf_button, self.print_button):
            button.setEnabled(shown)
        if not allowed:
            self.report, self.charts = None, {}
            self.browser.clear()

    # -- the report ------------------------------------------------------------

    def period(self) -> Period:
        if self.range_box.isChecked():
            return Period(self.first_edit.date().toPython(), self.last_edit.date().toPython())
        return month_period(self.month_box.currentText())

    def show_report(self) -> BackgroundTask | None:
        """Build the chosen period's report (and its charts) in the background."""
        try:
            period = self.period()
        except ClubError as error:
            show_error(self, error)
            return None
        _load_drawing_modules()
        # On this thread: the segmentation's first use loads numpy (see above).
        service = ReportService(self._club.db, self._club.segments)
        operator, partial = self._club.operator, self._partial_built.emit
        self.report, self.charts = None, {}
        self._update_enabled()

        def job(_progress: object) -> Report:
            return service.monthly(period, operator=operator, images=True, on_partial=partial)

        return self._run(job, tr("Building the report…"), self._on_built)

    def _on_partial(self, report: Report) -> None:
        self._put_on_screen(report)
        self.partial_shown.emit(report)

    def _on_built(self, report: Report) -> None:
        self.report, self.charts = report, dict(report.images)
        self._put_on_screen(report)
        self._update_enabled()
        self.report_shown.emit(self.report)

    def _put_on_screen(self, report: Report) -> None:
        document = self.browser.document()
        for key, png in report.images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource,
                                 QUrl(f"chart:{key}"), QImage.fromData(png))
        self.browser.setHtml(report_html(report, chart_width=CHART_WIDTH))

    def export(self, suffix: str) -> BackgroundTask | None:
        if self.report is None:
            return None
        report = self.report
        path = self._ask_file(f"{report.title} {report.period.label()}{suffix}", suffix)
        if path is None:
            return None
        service, operator = self._service, self._club.operator
        files = {"xlsx": path} if suffix == ".xlsx" else {"pdf": path}
        return self._run(lambda _p: service.export(report, operator=operator, **files),
                         tr("Writing the report…"), lambda written: self.message_posted.emit(
                             tr("Report written to {path}").format(path=written[0])))

    def print_report(self) -> bool:
        from clubcrm.ui.report_printing import print_report

        if self.report is None:
            return False
        return print_report(self.report, self.charts, self)

    # -- the daily close -------------------------------------------------------

    def daily_close(self) -> Report | None:
        try:
            return self._service.daily_close(self.day_edit.date().toPython(),
                                             operator=self._club.operator)
        except ClubError as error:
            show_error(self, error)
            return None

    def print_daily_close(self) -> bool:
        report = self.daily_close()
        if report is None:
            return False
        paper = self.paper_box.currentData()
        if paper is None:
            from clubcrm.ui.report_printing import print_report

            return print_report(report, {}, self)
        from clubcrm.ui.receipt_printing import print_receipt

        return print_receipt(self._service.daily_receipt(report, operator=self._club.operator),
                             paper, self)

    def save_daily_close(self) -> Path | None:
        report = self.daily_close()
        if report is None:
            return None
        paper = self.paper_box.currentData()
        path = self._ask_file(f"{report.title} {report.period.label()}.pdf", ".pdf")
        if path is None:
            return None
        try:
            if paper is None:
                self._service.export(report, pdf=path, operator=self._club.operator)
            else:
                from clubcrm.io.receipt_pdf import write_receipt_pdf

                write_receipt_pdf(self._service.daily_receipt(
                    report, operator=self._club.operator), paper, path)
        except ClubError as error:
            show_error(self, error)
            return None
        self.message_posted.emit(tr("Report written to {path}").format(path=path))
        return path

    # -- helpers ---------------------------------------------------------------

    def _ask_file(self, name: str, suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        kinds = tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else tr("PDF document (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the report"),
                                                str(Path(folder) / name), kinds)
        return Path(chosen).with_suffix(suffix) if chosen else None

    def _run(self, job, label: str, done) -> BackgroundTask:
        task = self.task = BackgroundTask(job, label=label, parent=self)
        task.succeeded.connect(done)
        task.failed.connect(lambda error: show_error(self, error))
        task.start()
        return task


def _load_drawing_modules() -> None:
    """Load matplotlib, openpyxl and reportlab on the GUI thread, the first time a
    report is shown: PySide6's import hook crashes when a worker thread imports
    numpy while the GUI thread runs. Not at start-up: they cost a second."""
    from clubcrm.io import report_charts, report_pdf, report_xlsx  # noqa: F401


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit

