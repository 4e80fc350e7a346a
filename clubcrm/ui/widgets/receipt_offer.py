"""After a card operation: print its receipt or save it as PDF, on the paper
the desk uses (remembered on this PC)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from clubcrm.domain.cards import RefundCalculation
from clubcrm.domain.receipt import PaperSize, Receipt
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult
from clubcrm.services.receipts import receipt_for

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.state import ui_settings

PAPER_KEY = "receipt/paper"


def paper_names() -> dict[PaperSize, str]:
    return {PaperSize.THERMAL_80: tr("80 mm roll"), PaperSize.THERMAL_58: tr("58 mm roll"),
            PaperSize.A5: tr("A5 page")}


class ReceiptOffer(QWidget):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._result: OperationResult | None = None
        self._refund: RefundCalculation | None = None
        self.paper = QComboBox()
        for size, name in paper_names().items():
            self.paper.addItem(name, size.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(ui_settings().value(PAPER_KEY))))
        self.print_button = QPushButton(tr("&Print receipt"))
        self.pdf_button = QPushButton(tr("Save P&DF…"))
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)  # Enter stays with the dialog's Close
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Receipt")))
        layout.addWidget(self.paper)
        layout.addWidget(self.print_button)
        layout.addWidget(self.pdf_button)
        layout.addStretch(1)
        self.print_button.clicked.connect(self.print_receipt)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.paper.currentIndexChanged.connect(
            lambda: ui_settings().setValue(PAPER_KEY, self.paper.currentData()))

    def set_result(self, result: OperationResult,
                   refund: RefundCalculation | None = None) -> None:
        self._result, self._refund = result, refund

    def chosen_paper(self) -> PaperSize:
        return PaperSize(self.paper.currentData())

    def receipt(self) -> Receipt:
        """The receipt of the operation just done, in the user's language."""
        assert self._result is not None, "offered only after an operation"
        return receipt_for(self._club.db, self._result, refund=self._refund)

    def print_receipt(self) -> None:
        # Imported on use: Qt's print support costs start-up time every session pays.
        from clubcrm.ui.receipt_printing import print_receipt

        receipt = self._receipt_or_tell()
        if receipt is not None:
            print_receipt(receipt, self.chosen_paper(), self)

    def save_pdf(self) -> None:
        from clubcrm.ui.receipt_printing import save_receipt_pdf  # on use, as above

        receipt = self._receipt_or_tell()
        if receipt is not None:
            save_receipt_pdf(receipt, self.chosen_paper(), self)

    def _receipt_or_tell(self) -> Receipt | None:
        try:
            return self.receipt()
        except Exception as error:  # noqa: BLE001 - a bug is logged, the user is told
            show_error(self, error)
            return None
