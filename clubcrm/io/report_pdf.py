"""A report as an A4 PDF: the club name and period at the top of every page,
"page n of m" at the bottom, each section's tables, charts and notes.

Text is set in the embedded CJK font (`clubcrm.io.fonts`), so the file reads
the same on a machine without Chinese fonts; charts are matplotlib images
drawn in the same font: those the report brings (`Report.images`, drawn once
for screen and paper), the others drawn here.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from clubcrm import i18n
from clubcrm.domain.reports import Chart, ColumnKind, Report, Section, Table, format_cell
from clubcrm.domain.translatable import N_
from clubcrm.io.files import writing
from clubcrm.io.fonts import pdf_font

MARGIN = 15 * mm
HEADER_GAP = 8 * mm
BODY_WIDTH = A4[0] - 2 * MARGIN
NUMERIC = (ColumnKind.INT, ColumnKind.MONEY, ColumnKind.PERCENT)
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#eef3f8")
UNSTATED_DPI = 72  # an image that does not say its resolution: one pixel a point


def write_report_pdf(report: Report, path: Path) -> None:
    """Write the report to `path` (through a temporary file: never a half PDF)."""
    data = report_pdf_bytes(report)
    with writing(path) as tmp:
        tmp.write_bytes(data)


def report_pdf_bytes(report: Report) -> bytes:
    font = pdf_font()
    styles = _styles(font)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN + HEADER_GAP, bottomMargin=MARGIN + 4 * mm,
                                 title=report.heading, author=report.club_name)
    story: list[Flowable] = [Paragraph(escape(report.heading), styles["title"]),
                             Paragraph(escape(i18n.translate(N_("Made on {at}"),
                                                             at=report.generated_at)),
                                       styles["note"])]
    if not report.activity:
        story.append(Paragraph(escape(i18n.translate(N_(
            "Nothing was recorded in this period: no money moved and nobody checked in."))),
            styles["heading"]))
    for section in report.sections:
        story += _section(section, report.images, styles, font)
    with _binary_streams():
        document.build(story, canvasmaker=_numbered_canvas(report, font))
    return buffer.getvalue()


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams compressed but not ASCII85-encoded: reportlab encodes in pure
    Python without its optional accelerator, and spent a third of the PDF's
    time on the charts' pixels; the file is also smaller."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _styles(font: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=22,
                                spaceAfter=2 * mm),
        "section": ParagraphStyle("section", fontName=font, fontSize=13, leading=18,
                                  spaceBefore=5 * mm, spaceAfter=2 * mm,
                                  textColor=colors.HexColor("#1a5276")),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=10, leading=14,
                                  spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        "note": ParagraphStyle("note", fontName=font, fontSize=8, leading=11,
                               alignment=TA_LEFT, textColor=colors.HexColor("#444444"),
                               spaceAfter=1 * mm),
    }


def _section(section: Section, images: Mapping[str, bytes], styles: dict[str, ParagraphStyle],
             font: str) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(escape(section.title), styles["section"])]
    for table in section.tables:
        parts += _table(table, styles, font)
    for chart in section.charts:
        parts.append(_image(images.get(chart.key) or _drawn(chart)))
        parts.append(Spacer(1, 2 * mm))
    parts += [Paragraph(escape(note), styles["note"]) for note in section.notes]
    return parts


def _table(table: Table, styles: dict[str, ParagraphStyle], font: str) -> list[Flowable]:
    size = 8 if len(table.columns) <= 6 else 6.5 if len(table.columns) <= 8 else 5.6
    header = ParagraphStyle("cell", fontName=font, fontSize=size, leading=size + 2)
    right = ParagraphStyle("right", parent=header, alignment=TA_RIGHT)
    cells: list[list] = [[Paragraph(escape(column.title),
                                    right if column.kind in NUMERIC else header)
                          for column in table.columns]]
    cells += [[format_cell(value, column.kind) for value, column in zip(row, table.columns,
                                                                          strict=True)]
              for row in table.shown_rows]
    if table.total is not None:
        cells.append([format_cell(value, column.kind)
                      for value, column in zip(table.total, table.columns, strict=True)])
    weights = [max(column.width, 6) for column in table.columns]
    widths = [BODY_WIDTH * weight / sum(weights) for weight in weights]
    pdf_table = PdfTable(cells, colWidths=widths, repeatRows=1)
    style = [("FONT", (0, 0), (-1, -1), font, size), ("LEADING", (0, 0), (-1, -1), size + 2),
             ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    style += [("ALIGN", (index, 0), (index, -1), "RIGHT")
              for index, column in enumerate(table.columns) if column.kind in NUMERIC]
    if table.total is not None:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE),
                  ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    pdf_table.setStyle(TableStyle(style))
    parts: list[Flowable] = [KeepTogether([Paragraph(escape(table.title), styles["heading"]),
                                           pdf_table]) if len(cells) < 25 else pdf_table]
    if len(cells) >= 25:
        parts.insert(0, Paragraph(escape(table.title), styles["heading"]))
    if not table.rows:
        parts.append(Paragraph(escape(i18n.translate(N_("No rows in this period."))),
                               styles["note"]))
    if table.hidden_rows:
        parts.append(Paragraph(escape(i18n.translate(
            N_("{count} more rows are in the Excel workbook."), count=table.hidden_rows)),
            styles["note"]))
    return parts


def _drawn(chart: Chart) -> bytes:
    """A chart the report did not bring drawn (as a rule, it brings them all)."""
    # Imported here: matplotlib takes ~0.7 s to load, which a report whose
    # charts are drawn, or an Excel-only export, need not wait for.
    from clubcrm.io.report_charts import chart_png

    return chart_png(chart)


def _image(png: bytes) -> Image:
    """The image at the size it was drawn for (its pixels at its resolution),
    or narrowed to the page's width."""
    with PILImage.open(io.BytesIO(png)) as picture:  # reads the header only
        (width_px, height_px), dpi = picture.size, picture.info.get("dpi", (UNSTATED_DPI,) * 2)[0]
    width = min(BODY_WIDTH, width_px / dpi * 72)
    return Image(io.BytesIO(png), width=width, height=width * height_px / width_px)


def _numbered_canvas(report: Report, font: str) -> type[Canvas]:
    """A canvas that draws the header and "page n of m" once all pages are known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            # Helvetica would be the page's first font: not embedded, and no Chinese.
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = A4
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(MARGIN, height - MARGIN, report.club_name or report.title)
            self.drawRightString(width - MARGIN, height - MARGIN,
                                 f"{report.title} {report.period.label()}")
            self.setStrokeColor(RULE)
            self.line(MARGIN, height - MARGIN - 2 * mm, width - MARGIN, height - MARGIN - 2 * mm)
            self.drawCentredString(width / 2, MARGIN - 2 * mm, i18n.translate(
                N_("Page {page} of {pages}"), page=number, pages=total))

    return NumberedCanvas
