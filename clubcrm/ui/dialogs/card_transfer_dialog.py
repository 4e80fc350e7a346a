"""Moving balance from one stored-value card to another, possibly another
member's: the target is scanned or typed by number, or found by member.

Principal stays principal and bonus stays bonus, taken in the club's spend
order (the same `split_spend` the service uses), so both cards' before → after
figures are what the ledger will show.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from clubcrm.domain.cards import Balances, Card, CardStatus, ProductKind, SpendOrder, split_spend
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.translatable import N_
from clubcrm.services import card_rules
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult
from clubcrm.services.settings import CARD_SPEND_ORDER

from clubcrm.ui.dialogs.card_operation_dialog import (
    CardOperationDialog,
    card_changes,
    reason_field,
)
from clubcrm.ui.i18n import tr
from clubcrm.ui.widgets.card_texts import card_choice, card_title
from clubcrm.ui.widgets.member_finder import MemberFinder
from clubcrm.ui.widgets.money_edit import MoneyEdit
from clubcrm.ui.widgets.operation_preview import Change, Figure, Preview


class TransferDialog(CardOperationDialog):
    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Transfer balance"), confirm_text=tr("Transfer"),
                         subject=tr("Transfer from card {card} of {name}").format(
                             card=card_title(card), name=card.member_name), parent=parent)
        self._card = card
        self.to_card = QLineEdit()
        self.to_card.setPlaceholderText(tr("Scan or type the card number"))
        self.finder = MemberFinder(club, visible_rows=4, placeholder=tr(
            "…or find its member: phone, name, pinyin initials or member number"))
        self.their_cards = QComboBox()
        self.amount = MoneyEdit(field="amount")
        self.reason = reason_field(tr("Optional"))
        self.add_field(tr("To card"), self.to_card, field="to_card")
        self.add_field("", self.finder)
        self.add_field(tr("Their cards"), self.their_cards)
        self.add_field(tr("Amount (¥)"), self.amount, field="amount")
        self.add_field(tr("Reason"), self.reason, field="reason")
        self.finder.member_picked.connect(self.show_cards_of)
        self.finder.card_scanned.connect(lambda found: self.to_card.setText(found.card_no))
        self.their_cards.activated.connect(self._use_chosen_card)
        self.start()

    def show_cards_of(self, member_id: int) -> None:
        """The member's stored-value cards that can receive money; the first is taken."""
        self.their_cards.clear()
        for each in self._club.cards.cards_of(member_id):
            if each.product.kind is ProductKind.STORED_VALUE \
                    and each.status is CardStatus.ACTIVE and each.id != self._card.id:
                self.their_cards.addItem(card_choice(each), each.card_no)
        self._use_chosen_card()
        self.their_cards.setFocus()

    def _use_chosen_card(self) -> None:
        if self.their_cards.currentData():
            self.to_card.setText(self.their_cards.currentData())

    def target(self) -> Card:
        number = self.to_card.text().strip()
        if not number:
            raise ValidationError(N_("Scan or type the card to transfer to, or find its "
                                     "member."), field="to_card")
        found = self._club.cards.find_card(number)
        if found is None:
            raise ValidationError(N_("There is no card numbered {card}."), field="to_card",
                                  card=number)
        if found.id == self._card.id:
            raise ValidationError(N_("Choose a different card to transfer to."),
                                  field="to_card")
        return found

    def quote(self) -> Preview:
        target, amount = self.target(), card_rules.positive_amount(self.amount.fen())
        card_rules.require_enough(self._card, amount)
        order = SpendOrder(self._club.settings.get(CARD_SPEND_ORDER))
        principal, bonus = split_spend(self._card.balances, amount, order)
        moved = Balances(principal, bonus)
        return Preview((Figure(tr("To"), f"{card_title(target)} · {target.member_name}"),),
                       (*_moved(self._card, moved, -1), *_moved(target, moved, 1)))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        return self._club.cards.transfer(self._card.id, self.target().id, self.amount.fen(),
                                         reason=self.reason.text(), key=self.key,
                                         operator=self._club.operator)


def _moved(card: Card, moved: Balances, sign: int) -> list[Change]:
    """`card`'s balances before → after `moved` leaves (-1) or arrives (+1)."""
    held = card.balances
    return card_changes(card, Balances(held.principal_fen + sign * moved.principal_fen,
                                       held.bonus_fen + sign * moved.bonus_fen, held.sessions))
