"""Printing a receipt at the reception desk, or saving it as PDF.

Thermal roll printers are driven by the OS printer driver, so a receipt is
painted with QPainter on a QPrinter. It paints the rows laid out by
`clubcrm.io.receipt_pdf` in the same embedded font, so the paper matches the
PDF that "save PDF" writes with reportlab.
"""

from __future__ import annotations

import functools
import logging
import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from clubcrm.domain.errors import ClubError
from clubcrm.domain.receipt import PaperSize, Receipt
from clubcrm.domain.translatable import N_
from clubcrm.io import fonts

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr

if TYPE_CHECKING:
    from clubcrm.io.receipt_pdf import ReceiptLayout, Row

log = logging.getLogger("clubcrm.ui")

POINTS_PER_INCH = 72
MM_PER_POINT = 25.4 / POINTS_PER_INCH
ALIGNMENT = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignHCenter,
}


def print_receipt(receipt: Receipt, paper: PaperSize, parent: QWidget | None) -> bool:
    """Ask for a printer, its page preset to `paper`, and print; False if cancelled
    or failed (the user was told why)."""
    layout = _layout(receipt, paper)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(receipt.title)
    _set_page(printer, layout)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print receipt"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        _paint(printer, layout)
    except ClubError as error:
        show_error(parent, error)
        return False
    return True


def paint_receipt(receipt: Receipt, paper: PaperSize, printer: QPrinter) -> None:
    """Print on `printer` without a dialog, its page set to `paper` (a roll's page
    as long as the receipt)."""
    layout = _layout(receipt, paper)
    _set_page(printer, layout)
    _paint(printer, layout)


def save_receipt_pdf(receipt: Receipt, paper: PaperSize, parent: QWidget | None) -> Path | None:
    """Ask where to save, then write the PDF; the file written, or None if cancelled
    or failed (the user was told why)."""
    # Imported on use: reportlab costs start-up time every session would pay.
    from clubcrm.io.receipt_pdf import write_receipt_pdf

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder) / tr("receipt-{number}.pdf").format(number=receipt.number)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, tr("Save receipt as PDF"), str(suggested), tr("PDF document (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen).with_suffix(".pdf")
    try:
        write_receipt_pdf(receipt, paper, path)
    except ClubError as error:
        show_error(parent, error)
        return None
    return path


def _layout(receipt: Receipt, paper: PaperSize) -> ReceiptLayout:
    # Imported on use: reportlab, which measures the text, costs start-up time.
    from clubcrm.io.receipt_pdf import layout_receipt

    return layout_receipt(receipt, paper)


def _set_page(printer: QPrinter, layout: ReceiptLayout) -> None:
    """The paper's page and margins. A roll is sized exactly (a near standard size such
    as an 81 mm envelope would be wrong) with a millimetre or two to spare: Qt keeps
    custom sizes in whole points, and a page a fraction too short would push the last
    line onto a second page. A5 is matched to the named size drivers know."""
    paper = layout.paper
    width = paper.width * MM_PER_POINT
    if paper.height is None:
        size = QSizeF(width, math.ceil(layout.height * MM_PER_POINT) + 1)
        match = QPageSize.SizeMatchPolicy.ExactMatch
    else:
        size = QSizeF(width, paper.height * MM_PER_POINT)
        match = QPageSize.SizeMatchPolicy.FuzzyMatch
    printer.setPageSize(QPageSize(size, QPageSize.Unit.Millimeter, "", match))
    # A driver whose minimum margins are wider keeps its own.
    printer.setPageMargins(QMarginsF(*[paper.margin] * 4), QPageLayout.Unit.Point)


def _paint(printer: QPrinter, layout: ReceiptLayout) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise ClubError(N_("Cannot print on {printer}."),
                        printer=printer.outputFileName() or printer.printerName())
    try:
        _paint_rows(painter, printer, layout.rows)
    finally:
        painter.end()


def _paint_rows(painter: QPainter, printer: QPrinter, rows: tuple[Row, ...]) -> None:
    """The rows from the top of the printable area, on as many pages as they need."""
    scale = printer.resolution() / POINTS_PER_INCH  # device pixels per pt
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    y = 0.0
    for row in rows:
        height = row.height * scale
        if y + height > area.height() and y > 0:
            printer.newPage()
            y = 0.0
        rect = QRectF(0, y, area.width(), height)
        if row.rule:
            painter.setPen(QPen(Qt.GlobalColor.black, row.rule * scale))
            middle = rect.center().y()
            painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))
        painter.setPen(Qt.GlobalColor.black)
        for text in row.texts:
            painter.setFont(_font(text.size, text.bold))
            painter.drawText(rect, ALIGNMENT[text.align] | Qt.AlignmentFlag.AlignVCenter,
                             text.text)
        y += height


def _font(size: float, bold: bool) -> QFont:
    font = QFont(bundled_family())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


@functools.cache
def bundled_family() -> str:
    """The bundled font, registered with Qt on first use: the wrapping was measured
    in it, and the desk's PC may have no Chinese font (reports print in it too)."""
    font_id = QFontDatabase.addApplicationFont(str(fonts.font_path()))
    if fonts.FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
        log.warning("cannot load %s; printing with the default font", fonts.font_path())
        return QFont().family()
    return fonts.FAMILY
