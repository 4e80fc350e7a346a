"""Receipts as PDF: a 58 mm or 80 mm thermal roll, or an A5 page.

A roll has no page height: the page ends right after the content, as a
thermal printer cuts its paper. An A5 receipt (a refund statement with many
lines) runs on to another page if it must. The CJK font is embedded, so the
file reads the same on a machine without Chinese fonts.

The layout (`layout_receipt`) is shared with the Qt printer path
(`clubcrm.ui.receipt_printing`), which paints the same rows on a printer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from clubcrm import i18n
from clubcrm.domain.receipt import PaperSize, Receipt, ReceiptLine
from clubcrm.domain.translatable import N_
from clubcrm.io.files import writing
from clubcrm.io.fonts import pdf_font

Align = Literal["left", "right", "center"]
LEADING = 1.35  # line height as a multiple of the font size
GAP = 6.0  # pt: the least space between a label and its value sharing a line
RULE_WIDTH = 0.6  # pt
BOLD_STROKE = 0.045  # outline width per pt of font size: the font has no bold face
# A line may break at a space or before a CJK character; a Latin word or an amount
# ("¥1,000.00") stays whole, opening punctuation never ends a line nor closing starts one.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_OPENING = "（《「『【“‘"
_CLOSING = "，。、；：！？）》」』】”’,.;:!?)%"
_TOKEN = re.compile(rf"\s+|[{_OPENING}]*(?:[^\s{_CJK}]+|.)[{_CLOSING}]*")


@dataclass(frozen=True, slots=True)
class Paper:
    """How a receipt is laid out on one paper size; lengths and font sizes in pt."""

    width: float
    height: float | None  # None for a roll, whose page ends after the content
    margin: float
    body: float  # font size of the lines and headings
    title: float  # font size of the club name and the receipt's title

    @property
    def measure(self) -> float:
        return self.width - 2 * self.margin


PAPERS = {
    PaperSize.THERMAL_58: Paper(width=58 * mm, height=None, margin=3 * mm, body=8, title=11),
    PaperSize.THERMAL_80: Paper(width=80 * mm, height=None, margin=4 * mm, body=9, title=12),
    PaperSize.A5: Paper(width=A5[0], height=A5[1], margin=15 * mm, body=11, title=16),
}


@dataclass(frozen=True, slots=True)
class RowText:
    """A text on a row; its size is in pt and `bold` is the receipt's emphasis."""

    text: str
    align: Align
    size: float
    bold: bool


@dataclass(frozen=True, slots=True)
class Row:
    """One printed line, `height` pt tall: texts sharing a baseline, or a rule
    (`rule` pt wide) between sections."""

    height: float
    texts: tuple[RowText, ...] = ()
    rule: float = 0.0


@dataclass(frozen=True, slots=True)
class ReceiptLayout:
    """A receipt's rows on one paper; the Qt printer paints the same rows, so
    paper and PDF look alike."""

    paper: Paper
    rows: tuple[Row, ...]

    @property
    def height(self) -> float:
        """The page's height: the paper's, or a roll's cut right after the rows."""
        return self.paper.height or sum(row.height for row in self.rows) + 2 * self.paper.margin


def write_receipt_pdf(receipt: Receipt, paper: PaperSize, path: Path) -> None:
    """Write `receipt` laid out for `paper`; a failed write leaves no partial file."""
    layout = layout_receipt(receipt, paper)
    with writing(path) as tmp:
        # The initial font would otherwise be Helvetica, listed in the file though unused.
        canvas = Canvas(str(tmp), pagesize=(layout.paper.width, layout.height),
                        initialFontName=pdf_font())
        canvas.setTitle(receipt.title)
        canvas.setAuthor(receipt.club_name)
        _draw(canvas, layout)
        canvas.save()


def layout_receipt(receipt: Receipt, paper: PaperSize) -> ReceiptLayout:
    """Every printed line of `receipt`, top to bottom, wrapped to the paper's width."""
    page = PAPERS[paper]
    rows = [
        *_block(receipt.club_name, page.title, "center", page, bold=True),
        *_block(receipt.title, page.title, "center", page, bold=True),
        _rule(page),
    ]
    for line in header_lines(receipt):
        rows += _pair(line, page)
    for heading, lines in receipt.sections:
        rows.append(_rule(page))
        if heading:
            rows += _block(heading, page.body, "left", page, bold=True)
        for line in lines:
            rows += _pair(line, page)
    if receipt.footer:
        rows += [_rule(page), *_block(receipt.footer, page.body, "left", page)]
    return ReceiptLayout(page, tuple(rows))


def header_lines(receipt: Receipt) -> tuple[ReceiptLine, ...]:
    """The operation's number, time, operator, member and card (if any), labelled."""
    fields = (
        (N_("Receipt no."), receipt.number),
        (N_("Time"), receipt.printed_at),
        (N_("Operator"), receipt.operator),
        (N_("Member"), receipt.member),
        (N_("Card"), receipt.card),
    )
    return tuple(ReceiptLine(i18n.translate(label), value) for label, value in fields if value)


def _rule(paper: Paper) -> Row:
    return Row(height=paper.body * 0.8, rule=RULE_WIDTH)


def _block(text: str, size: float, align: Align, paper: Paper, *, bold: bool = False) -> list[Row]:
    return [
        Row(size * LEADING, (RowText(line, align, size, bold),))
        for line in wrap(text, size, paper.measure)
    ]


def _pair(line: ReceiptLine, paper: Paper) -> list[Row]:
    """Label left and value right on one line when both fit; otherwise the label's
    lines, then the value's: right-aligned if it fits on one line, else left-aligned."""
    size, bold = paper.body, line.emphasis
    one_line = "\n" not in line.label + line.value
    if one_line and _width(line.label, size) + GAP + _width(line.value, size) <= paper.measure:
        texts = (RowText(line.label, "left", size, bold), RowText(line.value, "right", size, bold))
        return [Row(size * LEADING, texts)]
    value = _block(line.value, size, "right", paper, bold=bold)
    if len(value) > 1:
        value = _block(line.value, size, "left", paper, bold=bold)
    return [*_block(line.label, size, "left", paper, bold=bold), *value]


def wrap(text: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` pt; a word longer than a
    whole line (a long card number) is cut wherever it must be."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _TOKEN.findall(paragraph):
            if _width(line + token, size) <= width:
                line += token
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = "" if token.isspace() else token
            while len(line) > 1 and _width(line, size) > width:
                cut = _fitting(line, size, width)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def _fitting(text: str, size: float, width: float) -> int:
    """How many leading characters of `text` fit in `width` (at least one)."""
    count = 1
    while count < len(text) and _width(text[: count + 1], size) <= width:
        count += 1
    return count


def _width(text: str, size: float) -> float:
    return stringWidth(text, pdf_font(), size)


def _draw(canvas: Canvas, layout: ReceiptLayout) -> None:
    paper = layout.paper
    top = layout.height - paper.margin
    y = top
    for row in layout.rows:
        if paper.height and y - row.height < paper.margin and y < top:
            canvas.showPage()
            y = top
        y -= row.height
        if row.rule:
            canvas.setLineWidth(row.rule)
            middle = y + row.height / 2
            canvas.line(paper.margin, middle, paper.width - paper.margin, middle)
        for text in row.texts:
            _draw_text(canvas, text, paper, bottom=y, height=row.height)
    canvas.showPage()


def _draw_text(canvas: Canvas, text: RowText, paper: Paper, *, bottom: float, height: float) -> None:
    """One text, vertically centred in its row; bold is the outline stroked over the fill."""
    ascent, descent = getAscentDescent(pdf_font(), text.size)
    baseline = bottom + (height - (ascent - descent)) / 2 - descent
    width = _width(text.text, text.size)
    x = {
        "left": paper.margin,
        "right": paper.width - paper.margin - width,
        "center": (paper.width - width) / 2,
    }[text.align]
    canvas.setLineWidth(text.size * BOLD_STROKE)
    line = canvas.beginText(x, baseline)
    line.setFont(pdf_font(), text.size)
    line.setTextRenderMode(2 if text.bold else 0)
    line.textOut(text.text)
    canvas.drawText(line)
