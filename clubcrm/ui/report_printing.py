"""Printing a report on A4 through the Qt print dialog: the same HTML the view
shows, paginated, with the club name and the period at the top of each page
and "page n of m" at the bottom; in the bundled font, so Chinese prints on a
PC without Chinese fonts."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from clubcrm.domain.errors import ClubError
from clubcrm.domain.reports import Report
from clubcrm.domain.translatable import N_
from clubcrm.io.report_html import report_html

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.receipt_printing import bundled_family

MARGIN_MM = 15
HEADER_MM = 8
POINTS_PER_INCH = 72


def print_report(report: Report, charts: dict[str, bytes], parent: QWidget | None) -> bool:
    """Ask for a printer (A4 preset) and print; False if cancelled or failed (the user
    was told why)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(report.heading)
    _set_page(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        paint_report(report, charts, printer)
    except ClubError as error:
        show_error(parent, error)
        return False
    return True


def document_for(report: Report, charts: dict[str, bytes], *, width: float,
                 chart_width: int) -> QTextDocument:
    """The report as a Qt text document `width` device pixels wide, charts included."""
    document = QTextDocument()
    document.setDefaultFont(QFont(bundled_family(), 9))
    for key, png in charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{key}"),
                             QImage.fromData(png))
    document.setHtml(report_html(report, chart_width=chart_width))
    document.setTextWidth(width)
    return document


def paint_report(report: Report, charts: dict[str, bytes], printer: QPrinter) -> int:
    """Print on `printer` without a dialog; the number of pages printed."""
    _set_page(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise ClubError(N_("Cannot print on {printer}."),
                        printer=printer.outputFileName() or printer.printerName())
    try:
        return _paint_pages(painter, printer, report, charts)
    finally:
        painter.end()


def _paint_pages(painter: QPainter, printer: QPrinter, report: Report,
                 charts: dict[str, bytes]) -> int:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = printer.resolution() / POINTS_PER_INCH
    header = HEADER_MM / 25.4 * printer.resolution()
    body_height = area.height() - 2 * header
    document = document_for(report, charts, width=area.width() / scale,
                            chart_width=int(area.width() / scale))
    document.setPageSize(QSizeF(area.width() / scale, body_height / scale))
    pages = document.pageCount()
    font = QFont(bundled_family(), 8)
    for number in range(pages):
        if number:
            printer.newPage()
        painter.save()
        painter.setFont(font)
        top = QRectF(0, 0, area.width(), header * 0.8)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         report.club_name or report.title)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{report.title} {report.period.label()}")
        painter.drawLine(QPointF(0, header * 0.85), QPointF(area.width(), header * 0.85))
        painter.drawText(QRectF(0, area.height() - header * 0.8, area.width(), header * 0.8),
                         Qt.AlignmentFlag.AlignCenter,
                         tr("Page {page} of {pages}").format(page=number + 1, pages=pages))
        painter.translate(0, header)
        painter.scale(scale, scale)
        page = QRectF(0, number * body_height / scale, area.width() / scale,
                      body_height / scale)
        painter.translate(0, -page.top())
        document.drawContents(painter, page)
        painter.restore()
    return pages


def _set_page(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
