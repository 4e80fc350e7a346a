"""Receipt PDFs: Chinese text in an embedded font, one page fitted to a roll, A5 pages.

The PDFs are read back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm).
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from clubcrm.domain.errors import ClubError
from clubcrm.domain.receipt import PaperSize, Receipt, ReceiptLine
from clubcrm.io import fonts
from clubcrm.io.receipt_pdf import layout_receipt, wrap, write_receipt_pdf

POPPLER = ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm")
needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in POPPLER),
    reason="poppler-utils is not installed (apt-get install poppler-utils)",
)
# (width, height) in pt; a roll's height depends on the receipt.
PAGES = {PaperSize.THERMAL_58: (164.4, None), PaperSize.THERMAL_80: (226.8, None),
         PaperSize.A5: (419.5, 595.3)}
DPI = 50
MM = 72 / 25.4
WritePdf = Callable[[Receipt, PaperSize], Path]


def make_receipt(*, lines: int = 0, card: str = "0001234 储值卡") -> Receipt:
    """A top-up receipt in Chinese; `lines` adds that many more lines to a last section."""
    extra = tuple(ReceiptLine(f"第{n}项", f"¥{n}.00") for n in range(1, lines + 1))
    return Receipt(
        club_name="东方游泳健身俱乐部", title="充值凭证", number="R20240518-000123",
        printed_at="2024-05-18 14:32", operator="小李", member="张伟 138****5678", card=card,
        sections=(("充值", (ReceiptLine("本金", "¥1,000.00"), ReceiptLine("赠送", "¥200.00"),
                            ReceiptLine("充值后余额", "¥1,288.00", emphasis=True))),
                  *((("明细", extra),) if extra else ())),
        footer="谢谢惠顾，欢迎再次光临！",
    )


def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], check=True, capture_output=True,
                          text=True).stdout


def page_size(pdf: Path) -> tuple[float, float]:
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", pdf))
    assert found, "pdfinfo printed no page size"
    return float(found[1]), float(found[2])


def page_count(pdf: Path) -> int:
    found = re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf))
    assert found, "pdfinfo printed no page count"
    return int(found[1])


def render_gray(pdf: Path, tmp_path: Path) -> tuple[int, int, bytes]:
    """Page 1 at DPI dots per inch as (width, height, one byte per pixel, 0 = black)."""
    run("pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-gray", "-singlefile", pdf,
        tmp_path / "page")
    data = (tmp_path / "page.pgm").read_bytes()
    magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    return int(width), int(height), pixels


@pytest.fixture
def write(tmp_path: Path) -> WritePdf:
    """write(receipt, paper) -> the PDF's path in tmp_path."""

    numbers = itertools.count(1)

    def write_pdf(receipt: Receipt, paper: PaperSize) -> Path:
        path = tmp_path / f"receipt-{next(numbers)}-{paper.value}.pdf"
        write_receipt_pdf(receipt, paper, path)
        return path

    return write_pdf


@needs_poppler
@pytest.mark.parametrize("paper", list(PaperSize))
def test_chinese_text_is_in_the_pdf(write: WritePdf, paper: PaperSize) -> None:
    """The title, the member and each label with its value on one line come back as text."""
    text = run("pdftotext", "-layout", write(make_receipt(), paper), "-")
    for expected in ("东方游泳健身俱乐部", "充值凭证", "张伟 138****5678", "0001234 储值卡",
                     "小李", "谢谢惠顾，欢迎再次光临！"):
        assert expected in text
    assert re.search(r"本金 +¥1,000\.00", text)
    assert re.search(r"充值后余额 +¥1,288\.00", text)


@needs_poppler
@pytest.mark.parametrize("paper", list(PaperSize))
def test_only_the_bundled_font_is_used_and_it_is_embedded(write: WritePdf, paper: PaperSize) -> None:
    """Every font in the file is the bundled CJK font, embedded: no reader font is needed."""
    listing = run("pdffonts", write(make_receipt(), paper)).splitlines()[2:]
    assert listing, "the PDF has no fonts"
    for row in listing:
        fields = row.split()
        assert fonts.PDF_FONT in fields[0], row
        assert fields[-5] == "yes", f"not embedded: {row}"


@needs_poppler
@pytest.mark.parametrize("paper", list(PaperSize))
def test_page_is_the_papers_width_and_has_ink(write: WritePdf, tmp_path: Path,
                                               paper: PaperSize) -> None:
    """Page 1 renders with dark pixels, as wide as the paper; A5 is also A5 tall."""
    pdf = write(make_receipt(), paper)
    width_pt, height_pt = PAGES[paper]
    width, height, pixels = render_gray(pdf, tmp_path)
    assert abs(width - width_pt * DPI / 72) <= 1
    if height_pt is not None:
        assert abs(height - height_pt * DPI / 72) <= 1
    assert sum(1 for value in pixels if value < 100) > 500, "the page is blank"
    assert page_size(pdf)[0] == pytest.approx(width_pt, abs=0.1)


@needs_poppler
@pytest.mark.parametrize("paper", [PaperSize.THERMAL_58, PaperSize.THERMAL_80])
def test_roll_ends_after_the_content(write: WritePdf, tmp_path: Path,
                                     paper: PaperSize) -> None:
    """A roll is one page however long the receipt, its last ink a few mm above the cut."""
    short, long = write(make_receipt(), paper), write(make_receipt(lines=60), paper)
    assert page_count(long) == 1
    assert page_size(long)[1] > page_size(short)[1] + 60 * 8
    width, height, pixels = render_gray(long, tmp_path)
    last_ink = max(index // width for index, value in enumerate(pixels) if value < 100)
    assert (height - last_ink) * 72 / DPI < 6 * MM


@needs_poppler
def test_a5_runs_on_to_a_second_page(write: WritePdf) -> None:
    """An A5 receipt longer than a page continues on page 2 and loses no line."""
    pdf = write(make_receipt(lines=30), PaperSize.A5)
    assert page_count(pdf) == 2
    text = run("pdftotext", "-f", "2", "-l", "2", pdf, "-")
    assert "第30项" in text and "谢谢惠顾" in text
    assert "第1项" in run("pdftotext", "-f", "1", "-l", "1", pdf, "-")


def test_long_value_wraps_left_aligned_and_short_one_stays_right() -> None:
    """A value too long for one line drops below its label, left-aligned; amounts share
    the label's line, right-aligned; emphasis prints bold; a receipt without card has no
    card line."""
    long_note = "会员生日月加赠积分，活动期间充值满一千元赠送二百元，赠送金额不可退"
    receipt = make_receipt(card="")
    receipt = replace(receipt, sections=(("备注", (ReceiptLine("说明", long_note),)),
                                         *receipt.sections))
    rows = layout_receipt(receipt, PaperSize.THERMAL_58).rows
    label = next(i for i, row in enumerate(rows) if row.texts and row.texts[0].text == "说明")
    note = [row.texts[0] for row in itertools.takewhile(lambda row: not row.rule,
                                                        rows[label + 1:])]
    assert len(note) >= 2 and all(text.align == "left" for text in note)
    assert "".join(text.text for text in note) == long_note
    texts = [text for row in rows for text in row.texts]
    amount = next(row for row in rows if any(t.text == "¥1,000.00" for t in row.texts))
    assert [(t.text, t.align) for t in amount.texts] == [("本金", "left"), ("¥1,000.00", "right")]
    assert all(t.bold for row in rows for t in row.texts if t.text == "¥1,288.00")
    assert not any(t.text == "Card" for t in texts)


@pytest.mark.parametrize(("text", "width", "expected"), [
    ("本金余额不可退", 40, ["本金余额", "不可退"]),  # a hanzi is 1 em: 10 pt here
    ("谢谢惠顾，欢迎光临", 40, ["谢谢惠", "顾，欢迎", "光临"]),  # "，" never starts a line
    ("共计金（含赠送）", 40, ["共计金", "（含赠", "送）"]),  # "（" never ends one
    ("余额 ¥1,288.00 元", 50, ["余额", "¥1,288.00", "元"]),  # an amount stays whole
    ("R20240518000123456", 40, ["R202405", "1800012", "3456"]),  # too long: cut anywhere
    ("第一行\n第二行", 100, ["第一行", "第二行"]),
])
def test_wrap(text: str, width: float, expected: list[str]) -> None:
    """Lines break before CJK characters or at spaces, keeping punctuation and amounts."""
    assert wrap(text, 10, width) == expected


@given(st.text(alphabet="充值本金赠送余额，。（）¥ 0123456789.,abcXYZ", max_size=80),
       st.floats(min_value=20, max_value=200))
def test_wrap_keeps_every_character_within_the_width(text: str, width: float) -> None:
    """Wrapping loses no character but spaces, and a line is wider than allowed only
    when it is a single character."""
    lines = wrap(text, 10, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert len(line) <= 1 or stringWidth(line, fonts.pdf_font(), 10) <= width


def test_unwritable_path_is_a_club_error(tmp_path: Path) -> None:
    """Writing where a file blocks the folder raises ClubError and leaves no partial file."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    with pytest.raises(ClubError):
        write_receipt_pdf(make_receipt(), PaperSize.A5, blocker / "receipt.pdf")
    assert list(tmp_path.iterdir()) == [blocker]


def test_font_is_truetype_and_covers_receipt_text() -> None:
    """The bundled font has TrueType outlines and glyphs for hanzi, digits, ¥ and punctuation."""
    face = getFont(fonts.pdf_font()).face
    assert "glyf" in face.table
    missing = [c for c in "充值凭证退款结算张伟¥0123456789,.:*()（），。→×÷−ABCxyz" if
               ord(c) not in face.charToGlyph]
    assert not missing


def test_font_is_found_inside_a_pyinstaller_bundle(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    """In a bundle the font resolves under sys._MEIPASS, where build.spec puts resources/."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.font_path() == tmp_path / "resources" / "fonts" / "wqy-microhei.ttc"
