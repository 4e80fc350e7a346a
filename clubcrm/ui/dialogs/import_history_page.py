"""The preview of a consumption history import: the counts, the first rows as
they will be recorded, and every rejected row with its reason (the first
thousand shown). History never changes a balance; the batch can be undone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from clubcrm.domain.cards import PAYMENT_METHOD_LABELS, PaymentMethod
from clubcrm.domain.money import format_money
from clubcrm.services.import_history import HistoryResult

from clubcrm.ui.i18n import tr, tr_label

SHOWN_REJECTED = 1_000


class HistoryPreviewPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Check the history"))
        self.setSubTitle(tr("Past consumption for reports and segments; balances do not "
                            "change. Nothing is written until you import."))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.sample = _table([tr("Row"), tr("Member"), tr("Date and time"), tr("Amount"),
                              tr("Item"), tr("Payment method")])
        self.rejected = _table([tr("Row"), tr("Reason")])
        self.save_rejected_button = QPushButton(tr("Save the rejected rows…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(tr("The first rows, as they will be recorded:")))
        layout.addWidget(self.sample, 2)
        layout.addWidget(QLabel(tr("Rejected rows:")))
        layout.addWidget(self.rejected, 1)
        layout.addWidget(self.save_rejected_button)
        self._result: HistoryResult | None = None

    def show_result(self, result: HistoryResult) -> None:
        self._result = result
        self.sample.setRowCount(len(result.sample))
        for row, item in enumerate(result.sample):
            for column, text in enumerate((str(item.row_no), item.member, item.at,
                                           format_money(item.amount_fen), item.item,
                                           payment_text(item.payment))):
                self.sample.setItem(row, column, QTableWidgetItem(text))
        shown = result.rejected[:SHOWN_REJECTED]
        self.rejected.setRowCount(len(shown))
        for row, rejected in enumerate(shown):
            self.rejected.setItem(row, 0, QTableWidgetItem(str(rejected.row_no)))
            self.rejected.setItem(row, 1, QTableWidgetItem(
                tr_label(rejected.template).format(**rejected.params)))
        self.summary_label.setText(tr(
            "{rows} rows: {imported} will be recorded, {rejected} rejected.").format(
            rows=result.rows, imported=result.imported, rejected=len(result.rejected))
            + ("" if result.imported else " " + tr("Nothing to import.")))
        self.save_rejected_button.setEnabled(bool(result.rejected))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._result is not None and self._result.imported > 0


def payment_text(payment: str) -> str:
    """A known method in the user's language; any other as the file wrote it."""
    known = next((method for method in PaymentMethod if method.value == payment), None)
    return tr_label(PAYMENT_METHOD_LABELS[known]) if known else payment


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table
