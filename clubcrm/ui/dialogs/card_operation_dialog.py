"""What every card operation dialog shares: its fields, the before → after
preview the service's quote computes as the user types, Confirm, and then
the result with the offer of a receipt.

One idempotency key is made when the dialog opens and sent with every
confirm, so a double click, a repeated Enter or a retry after an error never
charges twice: the service answers a repeat with the first result. An
amount above the per-operation limit asks for the owner's approval and is
retried with the same key (nothing was written by the refusal).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from uuid import uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.cards import (
    MONEY_METHODS,
    PAYMENT_METHOD_LABELS,
    Balances,
    Card,
    PaymentMethod,
    ProductKind,
    RefundCalculation,
)
from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import StaffId
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.dialogs.card_approval_dialog import needs_owner, owner_approval
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.widgets.card_texts import money
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.operation_preview import Change, Preview, PreviewBox
from clubcrm.ui.widgets.receipt_offer import ReceiptOffer

MIN_WIDTH = 560
MAX_REASON = 200
DONE_STYLE = "color: #1e8449; font-weight: bold;"


class CardOperationDialog(RememberedDialog):
    """Subclasses add their fields with `add_field`, call `start()`, and
    implement `quote` (the preview) and `perform` (the service call)."""

    operation_done = Signal(object)  # the OperationResult

    def __init__(self, club: Club, *, title: str, subject: str, confirm_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self._club = club
        self.key = uuid4().hex
        self.outcome: OperationResult | None = None
        self._inputs: list[QWidget] = []
        self._fields: dict[str, QWidget] = {}
        self.subject = QLabel(subject)
        self.form = QFormLayout()
        self.preview = PreviewBox()
        self.error_label = ErrorLabel()
        self.done_label = QLabel()
        self.receipt = ReceiptOffer(club)
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(confirm_text,
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.subject.setFont(font)
        self.subject.setWordWrap(True)
        self.done_label.setStyleSheet(DONE_STYLE)
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.receipt.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addWidget(self.receipt)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.confirm_button.setDefault(True)  # only once the box is in the dialog
        self.setMinimumWidth(MIN_WIDTH)

    # -- for subclasses --------------------------------------------------------

    def add_field(self, label: str, widget: QWidget, *, field: str = "") -> None:
        """A row of the form, in tab order; its changes refresh the preview, and a
        service error naming `field` puts the focus on it."""
        self.form.addRow(label, widget)
        self._inputs.append(widget)
        if field:
            self._fields[field] = widget
        _on_change(widget, self.update_preview)

    def start(self) -> None:
        """Fields are in: tab order, first preview, focus on the first field."""
        chain = [*self._inputs, self.confirm_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.update_preview()
        if self._inputs:
            self._inputs[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def quote(self) -> Preview:
        """What the operation would do with the input as it is; a `ClubError`
        says what is missing or wrong."""
        raise NotImplementedError

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        """The service call, with `self.key`; raises `ClubError` when refused."""
        raise NotImplementedError

    def done_text(self, result: OperationResult) -> str:
        """What the dialog says once the operation is done."""
        text = tr("Done: operation {number}.").format(number=result.number)
        if result.repeated:
            text += " " + tr("It had already been done; nothing was charged again.")
        return text

    def refund_statement(self) -> RefundCalculation | None:
        """The refund calculation the receipt prints (refunds only)."""
        return None

    # -- the flow --------------------------------------------------------------

    def update_preview(self) -> None:
        if self.outcome is not None:
            return
        try:
            self.preview.show_preview(self.quote())
        except ClubError as exc:
            self.preview.show_hint(describe(exc))

    def confirm(self) -> None:
        if self.outcome is not None:
            return  # done already: a second click or Enter changes nothing
        self.error_label.clear_message()
        try:
            result = self._perform_approved()
        except ClubError as exc:
            self._refused(exc)
            return
        except Exception as exc:  # noqa: BLE001 - a bug: logged, and the user is told
            show_error(self, exc)
            return
        if result is not None:
            self._show_done(result)

    def _perform_approved(self) -> OperationResult | None:
        try:
            return self.perform(None)
        except ClubError as exc:
            if not needs_owner(exc):
                raise
            approver = owner_approval(self._club, exc, self)
            if approver is None:
                raise
            return self.perform(approver)

    def _refused(self, exc: ClubError) -> None:
        self.error_label.show_message(describe(exc))
        widget = self._fields.get(getattr(exc, "field", None) or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _show_done(self, result: OperationResult) -> None:
        self.outcome = result
        for widget in self._inputs:
            widget.setEnabled(False)
        self.done_label.setText(self.done_text(result))
        self.done_label.show()
        self.receipt.set_result(result, self.refund_statement())
        self.receipt.show()
        self.confirm_button.setEnabled(False)
        self.cancel_button.setText(tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.operation_done.emit(result)

    def reject(self) -> None:
        """Esc or Close: after the operation the dialog is accepted, not cancelled."""
        if self.outcome is not None:
            self.accept()
        else:
            super().reject()


def reason_field(placeholder: str) -> QLineEdit:
    """A reason kept with the ledger row (the service limits it to 200 characters)."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setMaxLength(MAX_REASON)
    return field


def payment_combo() -> QComboBox:
    """How the customer pays at the desk: cash, WeChat Pay, Alipay, bank card."""
    combo = QComboBox()
    for method in MONEY_METHODS:
        combo.addItem(tr_label(PAYMENT_METHOD_LABELS[method]), method.value)
    return combo


def chosen_method(combo: QComboBox) -> PaymentMethod:
    return PaymentMethod(combo.currentData())


def balance_changes(kind: ProductKind, before: Balances, after: Balances) -> tuple[Change, ...]:
    """A card's balances before → after, in the figures its kind has."""
    if kind is ProductKind.COUNT:
        return (Change(tr("Sessions left"), str(before.sessions), str(after.sessions)),)
    if kind is ProductKind.PERIOD:
        return ()
    return (Change(tr("Principal"), money(before.principal_fen), money(after.principal_fen)),
            Change(tr("Bonus"), money(before.bonus_fen), money(after.bonus_fen)),
            Change(tr("Balance"), money(before.total_fen), money(after.total_fen)))


def card_changes(card: Card, after: Balances) -> list[Change]:
    """One card's balances before → after, named by its number (when a dialog
    shows several cards)."""
    return [Change(f"{card.card_no} {change.label}", change.before, change.after)
            for change in balance_changes(card.product.kind, card.balances, after)]


def points_change(before: int, after: int) -> Change:
    return Change(tr("Points"), f"{before:,}", f"{after:,}")


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` whenever the user changes `widget`'s value."""
    signal = (widget.textChanged if isinstance(widget, QLineEdit)
              else widget.currentIndexChanged if isinstance(widget, QComboBox)
              else widget.valueChanged if isinstance(widget, QSpinBox)
              else widget.dateChanged if isinstance(widget, QDateEdit)
              else widget.toggled if isinstance(widget, QCheckBox)
              else getattr(widget, "changed", None))
    if signal is not None:
        signal.connect(lambda *_args: slot())
