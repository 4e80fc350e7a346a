"""Money going back or corrected, manager and owner only: refunding a card
(its statement shown exactly as calculated), reversing a ledger row, and the
owner's manual adjustment of a balance."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from clubcrm.domain.cards import (
    CARD_STATUS_LABELS,
    Balances,
    Card,
    CardStatus,
    ProductKind,
    RefundCalculation,
)
from clubcrm.domain.ids import StaffId
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult
from clubcrm.services.receipts import refund_lines

from clubcrm.ui.dialogs.card_operation_dialog import (
    CardOperationDialog,
    balance_changes,
    chosen_method,
    payment_combo,
    points_change,
    reason_field,
)
from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.widgets.card_texts import card_title, status_text
from clubcrm.ui.widgets.money_edit import MoneyEdit
from clubcrm.ui.widgets.operation_preview import Change, Figure, Preview

MAX_SESSIONS_ADJUSTED = 9_999
MAX_POINTS_ADJUSTED = 9_999_999


def refund_figures(calc: RefundCalculation) -> list[Figure]:
    """The refund calculation line by line, exactly as the printed statement shows it."""
    return [Figure(line.label, line.value, emphasis=line.emphasis)
            for line in refund_lines(calc)]


class RefundDialog(CardOperationDialog):
    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Refund a card"), confirm_text=tr("Refund"),
                         subject=tr("Refund card {card} of {name}").format(
                             card=card_title(card), name=card.member_name), parent=parent)
        self._card = card
        self._statement: RefundCalculation | None = None
        self.method = payment_combo()
        self.reason = reason_field(tr("Optional: why the member leaves"))
        self.add_field(tr("Paid back by"), self.method, field="method")
        self.add_field(tr("Reason"), self.reason, field="reason")
        self.start()

    def quote(self) -> Preview:
        calc = self._club.cards.quote_refund(self._card.id)
        after = tr_label(CARD_STATUS_LABELS[CardStatus.REFUNDED])
        changes = (*balance_changes(self._card.product.kind, calc.remaining, Balances()),
                   Change(tr("Status"), status_text(self._card), after))
        return Preview(tuple(refund_figures(calc)), changes)

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        result, self._statement = self._club.cards.refund(
            self._card.id, method=chosen_method(self.method), reason=self.reason.text(),
            key=self.key, operator=self._club.operator, approved_by=approved_by)
        return result

    def refund_statement(self) -> RefundCalculation | None:
        return self._statement


class AdjustDialog(CardOperationDialog):
    """The owner corrects a balance by hand; the reason stays on the ledger row."""

    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Adjust balance"), confirm_text=tr("Adjust"),
                         subject=tr("Adjust card {card} of {name}").format(
                             card=card_title(card), name=card.member_name), parent=parent)
        self._card = card
        self.principal = MoneyEdit(field="amount", placeholder=tr("e.g. -20.00 or 50"))
        self.bonus = MoneyEdit(field="bonus", placeholder=tr("e.g. -20.00 or 50"))
        self.sessions = _signed_spin(MAX_SESSIONS_ADJUSTED)
        self.points = _signed_spin(MAX_POINTS_ADJUSTED)
        self.reason = reason_field(tr("Required: kept with the ledger row"))
        stored = card.product.kind is ProductKind.STORED_VALUE
        if stored:
            self.add_field(tr("Principal change (¥)"), self.principal, field="amount")
            self.add_field(tr("Bonus change (¥)"), self.bonus, field="bonus")
        if card.product.kind is ProductKind.COUNT:
            self.add_field(tr("Sessions change"), self.sessions, field="sessions")
        self.add_field(tr("Points change"), self.points, field="points")
        self.add_field(tr("Reason"), self.reason, field="reason")
        self.start()

    def _deltas(self) -> Balances:
        return Balances(self.principal.optional_fen() or 0, self.bonus.optional_fen() or 0,
                        self.sessions.value())

    def quote(self) -> Preview:
        delta, held = self._deltas(), self._card.balances
        after = Balances(held.principal_fen + delta.principal_fen,
                         held.bonus_fen + delta.bonus_fen, held.sessions + delta.sessions)
        changes = (*balance_changes(self._card.product.kind, held, after),
                   points_change(self._card.points, self._card.points + self.points.value()))
        return Preview((), changes)

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        delta = self._deltas()
        return self._club.card_care.adjust(
            card_id=self._card.id, principal_fen=delta.principal_fen,
            bonus_fen=delta.bonus_fen, sessions=delta.sessions, points=self.points.value(),
            reason=self.reason.text(), key=self.key, operator=self._club.operator,
            approved_by=approved_by)


def _signed_spin(limit: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-limit, limit)
    return spin
