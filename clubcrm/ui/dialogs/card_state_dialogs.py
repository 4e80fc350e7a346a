"""Operations on a card's state rather than its money: freeze and unfreeze,
extend, replace a lost card, close; and redeeming points for a gift.

The card services have no quote for these, so the preview states the rule
each applies (e.g. unfreezing gives back the frozen days); the service's
refusal, if any, is shown on confirm.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from clubcrm.domain.cards import CARD_STATUS_LABELS, Card, CardStatus
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import Member
from clubcrm.domain.translatable import N_
from clubcrm.services import card_rules
from clubcrm.services.card_lifecycle import MAX_EXTEND_DAYS
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult

from clubcrm.ui.dialogs.card_operation_dialog import (
    CardOperationDialog,
    balance_changes,
    points_change,
    reason_field,
)
from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.widgets.card_texts import card_title, day, status_text
from clubcrm.ui.widgets.operation_preview import Change, Figure, Preview

DEFAULT_EXTENSION_DAYS = 30


def status_change(card: Card, status: CardStatus) -> Change:
    return Change(tr("Status"), status_text(card), tr_label(CARD_STATUS_LABELS[status]))


class _CardStateDialog(CardOperationDialog):
    """A dialog about one card, titled with its number, product and owner."""

    def __init__(self, club: Club, card: Card, *, title: str, subject: str, confirm_text: str,
                 parent: QWidget | None) -> None:
        super().__init__(club, title=title, confirm_text=confirm_text, parent=parent,
                         subject=subject.format(card=card_title(card), name=card.member_name))
        self._card = card


class FreezeDialog(_CardStateDialog):
    """Freezes an active card, or unfreezes a frozen one (its frozen days given back)."""

    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        unfreezing = card.status is CardStatus.FROZEN
        super().__init__(
            club, card, parent=parent,
            title=tr("Unfreeze a card") if unfreezing else tr("Freeze a card"),
            confirm_text=tr("Unfreeze") if unfreezing else tr("Freeze"),
            subject=tr("Unfreeze card {card} of {name}") if unfreezing
            else tr("Freeze card {card} of {name}"))
        self.unfreezing = unfreezing
        self.reason = reason_field(tr("Optional: e.g. travelling, injured"))
        self.add_field(tr("Reason"), self.reason, field="reason")
        self.start()

    def quote(self) -> Preview:
        card = self._card
        if not self.unfreezing:
            return Preview((), (status_change(card, CardStatus.FROZEN),))
        changes = [status_change(card, CardStatus.ACTIVE)]
        if card.valid_until is not None:
            # The service's rule: the days since the card was frozen are added back.
            days = max(0, (date.today() - (card.frozen_on or date.today())).days)
            changes.append(Change(tr("Valid until"), day(card.valid_until),
                                  day(card.valid_until + timedelta(days=days))))
        return Preview((Figure(tr("Frozen since"), day(card.frozen_on)),), tuple(changes))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        care, card_id, reason = self._club.card_care, self._card.id, self.reason.text()
        operation = care.unfreeze if self.unfreezing else care.freeze
        return operation(card_id, reason=reason, key=self.key, operator=self._club.operator)


class ExtendDialog(_CardStateDialog):
    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(club, card, parent=parent, title=tr("Extend a card"),
                         confirm_text=tr("Extend"), subject=tr("Extend card {card} of {name}"))
        self.days = QSpinBox()
        self.days.setRange(1, MAX_EXTEND_DAYS)
        self.days.setValue(DEFAULT_EXTENSION_DAYS)
        self.days.setSuffix(tr(" days"))
        self.reason = reason_field(tr("Required: e.g. pool closed for repairs"))
        self.add_field(tr("Extend by"), self.days, field="days")
        self.add_field(tr("Reason"), self.reason, field="reason")
        self.start()

    def quote(self) -> Preview:
        until = self._card.valid_until
        if until is None:
            raise ValidationError(N_("Card {card} has no end date to extend."),
                                  card=self._card.card_no)
        return Preview((), (Change(tr("Valid until"), day(until),
                                   day(until + timedelta(days=self.days.value()))),))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        return self._club.card_care.extend(self._card.id, self.days.value(),
                                           reason=self.reason.text(), key=self.key,
                                           operator=self._club.operator)


class ReplaceLostDialog(_CardStateDialog):
    """A lost card: everything moves to a new number; the old number stops working."""

    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(club, card, parent=parent, title=tr("Replace a lost card"),
                         confirm_text=tr("Replace"),
                         subject=tr("Replace lost card {card} of {name}"))
        self.new_number = QLineEdit()
        self.new_number.setPlaceholderText(tr("Scan or type the new card's number"))
        self.reason = reason_field(tr("Optional"))
        self.add_field(tr("New card number"), self.new_number, field="card_no")
        self.add_field(tr("Reason"), self.reason, field="reason")
        self.start()

    def quote(self) -> Preview:
        number = card_rules.normalize_card_no(self.new_number.text())
        if self._club.cards.find_card(number) is not None:
            raise ValidationError(N_("Card number {card} is already in use."),
                                  field="card_no", card=number)
        card = self._card
        changes = (Change(tr("Card number"), card.card_no, number),
                   *balance_changes(card.product.kind, card.balances, card.balances))
        return Preview((Figure(tr("The old card"), tr("stops working (marked lost)")),),
                       changes)

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        return self._club.card_care.replace_lost(
            self._card.id, self.new_number.text(), reason=self.reason.text(), key=self.key,
            operator=self._club.operator)


class CloseCardDialog(_CardStateDialog):
    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(club, card, parent=parent, title=tr("Close a card"),
                         confirm_text=tr("Close card"), subject=tr("Close card {card} of {name}"))
        self.reason = reason_field(tr("Optional"))
        self.add_field(tr("Reason"), self.reason, field="reason")
        self.start()

    def quote(self) -> Preview:
        held = self._card.balances
        if held.total_fen or held.sessions:
            raise ValidationError(N_("Card {card} still holds a balance or sessions: refund or "
                                     "transfer them first."), card=self._card.card_no)
        return Preview((), (status_change(self._card, CardStatus.CLOSED),))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        return self._club.card_care.close(self._card.id, reason=self.reason.text(),
                                          key=self.key, operator=self._club.operator)


class RedeemPointsDialog(CardOperationDialog):
    def __init__(self, club: Club, member: Member, points: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Redeem points"), confirm_text=tr("Redeem"),
                         subject=tr("Redeem points of {name} ({member_no})").format(
                             name=member.name, member_no=member.member_no), parent=parent)
        self._member, self._points = member, points
        self.points = QSpinBox()
        self.points.setRange(1, max(1, points))
        self.points.setGroupSeparatorShown(True)
        self.gift = QLineEdit()
        self.gift.setPlaceholderText(tr("Required: e.g. swim cap, towel"))
        self.gift.setMaxLength(200)
        self.add_field(tr("Points"), self.points, field="points")
        self.add_field(tr("Gift"), self.gift, field="reason")
        self.start()

    def quote(self) -> Preview:
        return Preview((), (points_change(self._points, self._points - self.points.value()),))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        return self._club.card_care.redeem_points(
            self._member.id, self.points.value(), gift=self.gift.text(), key=self.key,
            operator=self._club.operator)
