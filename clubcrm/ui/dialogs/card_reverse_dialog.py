"""Reversing a mistaken ledger row (manager only): the service writes one
reversal row for every row of that operation, so the dialog shows them all,
what each card holds before → after, and any money to hand back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from clubcrm.domain.cards import MONEY_METHODS, PAYMENT_METHOD_LABELS, Balances
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import KIND_LABELS, LedgerEntry
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult

from clubcrm.ui.dialogs.card_operation_dialog import (
    CardOperationDialog,
    card_changes,
    points_change,
    reason_field,
)
from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.widgets.card_texts import money, signed, signed_money
from clubcrm.ui.widgets.operation_preview import Change, Figure, Preview


def row_effect(entry: LedgerEntry) -> str:
    """What a row changed, in one line: `principal +¥1,000.00, bonus +¥200.00`."""
    parts = [(tr("principal"), signed_money(entry.principal_delta)),
             (tr("bonus"), signed_money(entry.bonus_delta)),
             (tr("sessions"), signed(entry.sessions_delta)),
             (tr("days"), signed(entry.days_delta)),
             (tr("points"), signed(entry.points_delta)),
             (tr("paid"), money(entry.paid_fen) if entry.paid_fen else "")]
    return ", ".join(f"{name} {value}" for name, value in parts if value) or "—"


class ReverseDialog(CardOperationDialog):
    def __init__(self, club: Club, entry: LedgerEntry, *, member_id: int, points: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Reverse a ledger row"), confirm_text=tr("Reverse"),
                         subject=tr("Reverse row {row}: {kind} on {time}").format(
                             row=entry.id, kind=tr_label(KIND_LABELS[entry.kind]),
                             time=entry.at.strftime("%Y-%m-%d %H:%M")), parent=parent)
        self._entry = entry
        self._rows = club.ledger.operation_rows(entry.id) or [entry]
        self._points = points
        self.reason = reason_field(tr("Required: what was wrong"))
        self.add_field(tr("Reason"), self.reason, field="reason")
        self.start()

    def quote(self) -> Preview:
        figures = [Figure(f"{row.id} {tr_label(KIND_LABELS[row.kind])} {row.card_no} "
                          f"{row.service_name}".strip(), row_effect(row)) for row in self._rows]
        figures += _money_back(self._rows)
        changes = [change for card_id in dict.fromkeys(
            row.card_id for row in self._rows if row.card_id is not None)
            for change in self._card_changes(card_id)]
        taken = sum(row.points_delta for row in self._rows)
        if taken:
            changes.append(points_change(self._points, self._points - taken))
        return Preview(tuple(figures), tuple(changes))

    def _card_changes(self, card_id: int) -> list[Change]:
        card = self._club.cards.card(card_id)
        rows = [row for row in self._rows if row.card_id == card_id]
        held = card.balances
        return card_changes(card, Balances(
            held.principal_fen - sum(row.principal_delta for row in rows),
            held.bonus_fen - sum(row.bonus_delta for row in rows),
            held.sessions - sum(row.sessions_delta for row in rows)))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        return self._club.card_care.reverse(self._entry.id, reason=self.reason.text(),
                                            key=self.key, operator=self._club.operator)


def _money_back(rows: Sequence[LedgerEntry]) -> list[Figure]:
    """Money that changed hands is handed back (or taken again) at the desk."""
    figures = []
    for row in rows:
        if row.paid_fen and row.method in MONEY_METHODS:
            label = tr("Hand back by {method}") if row.paid_fen > 0 else \
                tr("Take back by {method}")
            method = tr_label(PAYMENT_METHOD_LABELS[row.method])
            figures.append(Figure(label.format(method=method), money(abs(row.paid_fen)),
                                  emphasis=True))
    return figures
