"""Printing receipts through Qt (a PDF printer stands in for the desk's printer) and
saving them as PDF from the GUI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from clubcrm.domain.errors import ClubError
from clubcrm.domain.receipt import PaperSize, Receipt, ReceiptLine

from clubcrm.ui import receipt_printing
from clubcrm.ui.receipt_printing import paint_receipt, print_receipt, save_receipt_pdf

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo")),
    reason="poppler-utils is not installed (apt-get install poppler-utils)",
)
# Qt writes page sizes in whole points.
WIDTH_PT = {PaperSize.THERMAL_58: 164, PaperSize.THERMAL_80: 227, PaperSize.A5: 420}
RECEIPT = Receipt(
    club_name="东方游泳健身俱乐部", title="充值凭证", number="R20240518-000123",
    printed_at="2024-05-18 14:32", operator="小李", member="张伟 138****5678",
    card="0001234 储值卡",
    sections=(("充值", (ReceiptLine("本金", "¥1,000.00"),
                        ReceiptLine("充值后余额", "¥1,288.00", emphasis=True))),),
    footer="谢谢惠顾，欢迎再次光临！",
)


def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], check=True, capture_output=True,
                          text=True).stdout


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@needs_poppler
@pytest.mark.parametrize("paper", list(PaperSize))
def test_printout_has_the_text_on_one_page_of_the_papers_width(qapp: object, tmp_path: Path,
                                                               paper: PaperSize) -> None:
    """The printed page is the paper's width, one page, with each label beside its value."""
    pdf = tmp_path / "printed.pdf"
    paint_receipt(RECEIPT, paper, pdf_printer(pdf))
    text = run("pdftotext", "-layout", pdf, "-")
    for expected in ("充值凭证", "张伟 138****5678", "0001234 储值卡", "谢谢惠顾，欢迎再次光临！"):
        assert expected in text
    assert re.search(r"本金 +¥1,000\.00", text)
    info = run("pdfinfo", pdf)
    assert re.search(r"Pages:\s+1\n", info)
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size and abs(float(size[1]) - WIDTH_PT[paper]) <= 1


@needs_poppler
@pytest.mark.parametrize(("paper", "count", "pages"),
                         [(PaperSize.THERMAL_58, 60, 1), (PaperSize.A5, 30, 2)])
def test_long_receipt_runs_on_to_pages_only_on_a5(qapp: object, tmp_path: Path,
                                                  paper: PaperSize, count: int,
                                                  pages: int) -> None:
    """A roll grows to one long page however many lines; A5 continues on page 2."""
    lines = tuple(ReceiptLine(f"第{n}项", f"¥{n}.00") for n in range(1, count + 1))
    pdf = tmp_path / "printed.pdf"
    paint_receipt(replace(RECEIPT, sections=(*RECEIPT.sections, ("明细", lines))), paper,
                  pdf_printer(pdf))
    assert re.search(rf"Pages:\s+{pages}\n", run("pdfinfo", pdf))
    assert f"第{count}项" in run("pdftotext", "-f", str(pages), "-l", str(pages), pdf, "-")


@needs_poppler
def test_printout_uses_the_bundled_font(qapp: object, tmp_path: Path) -> None:
    """Qt prints in the bundled font the layout was measured in, not a system font."""
    pdf = tmp_path / "printed.pdf"
    paint_receipt(RECEIPT, PaperSize.THERMAL_58, pdf_printer(pdf))
    listing = run("pdffonts", pdf).splitlines()[2:]
    assert listing and all(row.startswith("WenQuanYi") for row in listing), listing


def test_print_dialog_gets_the_paper_and_prints_on_the_chosen_printer(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialog opens with the 80 mm page preset; accepting prints to its printer."""
    pdf = tmp_path / "chosen.pdf"
    seen = {}

    def accept(dialog: QPrintDialog) -> int:
        page = dialog.printer().pageLayout().pageSize()
        seen["title"], seen["width"] = dialog.windowTitle(), page.size(QPageSize.Unit.Millimeter)
        dialog.printer().setOutputFileName(str(pdf))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_receipt(RECEIPT, PaperSize.THERMAL_80, None)
    assert seen["title"] == "Print receipt"
    assert seen["width"].width() == pytest.approx(80, abs=0.5)
    assert pdf.stat().st_size > 1000


def test_cancelled_print_dialog_prints_nothing(qapp: object,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelling the dialog returns False."""
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert not print_receipt(RECEIPT, PaperSize.A5, None)


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_printer_that_cannot_start_is_a_club_error(qapp: object, tmp_path: Path) -> None:
    """A printer that refuses the job raises ClubError naming it, for the user to read."""
    target = tmp_path / "missing-folder" / "printed.pdf"
    with pytest.raises(ClubError) as raised:
        paint_receipt(RECEIPT, PaperSize.THERMAL_58, pdf_printer(target))
    assert raised.value.params == {"printer": str(target)}


@needs_poppler
def test_save_pdf_writes_the_chosen_file(qapp: object, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Save PDF writes the receipt where the user chose, adding the .pdf suffix."""
    chosen = tmp_path / "张伟的凭证"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(chosen), "PDF document (*.pdf)"))
    path = save_receipt_pdf(RECEIPT, PaperSize.THERMAL_58, None)
    assert path == chosen.with_suffix(".pdf")
    assert "充值凭证" in run("pdftotext", path, "-")


def test_save_pdf_cancelled_writes_nothing(qapp: object, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelling the file dialog returns None and writes no file."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert save_receipt_pdf(RECEIPT, PaperSize.A5, None) is None
    assert not list(tmp_path.rglob("*.pdf"))


def test_save_pdf_failure_is_shown_to_the_user(qapp: object, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be written is reported through show_error, not raised."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    shown: list[BaseException] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(blocker / "receipt.pdf"), ""))
    monkeypatch.setattr(receipt_printing, "show_error", lambda parent, error: shown.append(error))
    assert save_receipt_pdf(RECEIPT, PaperSize.A5, None) is None
    assert len(shown) == 1 and isinstance(shown[0], ClubError)


def test_importing_the_printing_module_does_not_load_reportlab() -> None:
    """reportlab loads on the first print or PDF, so start-up does not pay for it."""
    code = "import sys, clubcrm.ui.receipt_printing; print('reportlab' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                            text=True, cwd=Path(__file__).parents[2]).stdout
    assert loaded.strip() == "False"
