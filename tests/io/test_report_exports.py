"""The report's PDF and Excel files: Chinese renders (embedded font, a page that is
not blank, the headings in the PDF's text), numbers stay numbers, and no text
from users becomes a formula."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image

from clubcrm import i18n
from clubcrm.domain.cards import PaymentMethod, ProductKind
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.reports import Report, month_period
from clubcrm.io.report_pdf import write_report_pdf
from clubcrm.io.report_xlsx import write_report_xlsx
from clubcrm.services.catalogue import ProductDraft, ServiceDraft
from clubcrm.services.club import Club
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.reports import ReportService

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdftoppm")),
    reason="poppler-utils is not installed (apt-get install poppler-utils)")


@pytest.fixture
def report(club: Club) -> Report:
    """May 2026 in Chinese, of a club whose member is named "=1+1" with the note
    "@SUM(A1)" and whose card product is "-2+3": a sale and a recharge."""
    i18n.set_language("zh_CN")
    member = club.members.register(MemberDraft(name="=1+1", phone="13800138000",
                                               notes="@SUM(A1)"), operator=club.operator)
    product = club.catalogue.save_product(ProductDraft("-2+3", ProductKind.STORED_VALUE),
                                          operator=club.operator)
    sale = club.cards.sell(member.id, product, method=PaymentMethod.CASH, paid_fen=100_000,
                           key="s1", operator=club.operator, now=datetime(2026, 5, 12, 10))
    club.cards.recharge(sale.card_id, 50_000, method=PaymentMethod.WECHAT, key="r1",
                        operator=club.operator, now=datetime(2026, 5, 13, 10))
    service = club.catalogue.save_service(ServiceDraft("@SUM(A1)", "", 8_800),
                                          operator=club.operator)
    club.cards.consume(ConsumptionRequest(member.id, (SaleItem(service),), card_id=sale.card_id),
                       key="c1", operator=club.operator, now=datetime(2026, 5, 14, 10))
    return ReportService(club.db).monthly(month_period("2026-05"), operator=club.operator,
                                          today=date(2026, 6, 1))


@needs_poppler
def test_pdf_has_chinese_headings_in_an_embedded_font_on_a_page_that_is_not_blank(
        report: Report, tmp_path: Path) -> None:
    """pdftotext finds the headings; pdffonts lists only the embedded font; page 1
    rendered by pdftoppm has ink on it."""
    pdf = tmp_path / "report.pdf"
    write_report_pdf(report, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    for heading in ("月度经营报表", "现金收入", "预收款余额", "第 1 页"):
        assert heading in text, heading
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts and all("WenQuanYi" in line.split()[0] and " yes " in line for line in fonts)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    page = Image.open(next(tmp_path.glob("page-*.png"))).convert("L")
    dark = sum(1 for value in page.getdata() if value < 128)
    assert dark > 0.005 * page.width * page.height


def test_xlsx_has_numbers_and_no_formula_from_user_text(report: Report, tmp_path: Path) -> None:
    """No sheet has an <f> element; the member named "=1+1" is text; money is a number."""
    xlsx = tmp_path / "report.xlsx"
    write_report_xlsx(report, xlsx)
    with zipfile.ZipFile(xlsx) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        xml = "".join(archive.read(name).decode() for name in sheets)
    assert len(sheets) == len(report.sections)
    assert "<f>" not in xml and "<f " not in xml
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(xlsx))
    cash = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    numbers = [cell for row in cash for cell in row if isinstance(cell, float)]
    assert 1000.0 in numbers and 500.0 in numbers  # the sale and the recharge, in yuan
    texts = {cell for sheet in book.sheet_names
             for row in book.get_sheet_by_name(sheet).to_python() for cell in row}
    assert {"'=1+1", "'-2+3", "'@SUM(A1)"} <= texts


def test_a_report_with_no_data_still_writes_both_files(club: Club, tmp_path: Path) -> None:
    """An empty month: a PDF and a workbook, saying nothing was recorded."""
    empty = ReportService(club.db).monthly(month_period("2026-05"), operator=club.operator,
                                           today=date(2026, 6, 1))
    write_report_pdf(empty, tmp_path / "empty.pdf")
    write_report_xlsx(empty, tmp_path / "empty.xlsx")
    assert (tmp_path / "empty.pdf").stat().st_size > 1000
    assert (tmp_path / "empty.xlsx").stat().st_size > 1000
