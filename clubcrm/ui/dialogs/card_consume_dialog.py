"""Consumption at the desk: services with quantities, priced with the
member's tier discount and the card's discount (the better one applies),
paid from a card (all of it, or a part), with points, and the rest in cash
or by QR pay. The dialog shows the service's quote line by line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from clubcrm.domain.cards import PAYMENT_METHOD_LABELS, Card, CardStatus, ProductKind
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import Member
from clubcrm.services.club import Club
from clubcrm.services.consumption import ConsumptionQuote, ConsumptionRequest
from clubcrm.services.operations import OperationResult

from clubcrm.ui.dialogs.card_operation_dialog import (
    CardOperationDialog,
    balance_changes,
    chosen_method,
    payment_combo,
    points_change,
)
from clubcrm.ui.dialogs.catalogue_fields import discount_text
from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.widgets.card_texts import card_choice, money
from clubcrm.ui.widgets.money_edit import MoneyEdit
from clubcrm.ui.widgets.operation_preview import Figure, Preview
from clubcrm.ui.widgets.sale_items_editor import SaleItemsEditor


class ConsumeDialog(CardOperationDialog):
    def __init__(self, club: Club, member: Member, cards: Sequence[Card], *,
                 card: Card | None = None, parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Consumption"), confirm_text=tr("Charge"),
                         subject=tr("Consumption of {name} ({member_no})").format(
                             name=member.name, member_no=member.member_no), parent=parent)
        self._member = member
        self._cards = [each for each in cards if each.status is CardStatus.ACTIVE]
        self.items = SaleItemsEditor(club.catalogue.services(include_retired=False))
        self.card = QComboBox()
        self.card.addItem(tr("No card: pay in money"), None)
        for each in self._cards:
            self.card.addItem(card_choice(each), each.id)
        self.card_amount = MoneyEdit(field="card_amount",
                                     placeholder=tr("Empty: as much as the card holds"))
        self.points_credit = MoneyEdit(field="points", placeholder=tr("Empty: no points"))
        self.method = payment_combo()
        self.add_field(tr("Services"), self.items, field="items")
        self.add_field(tr("Pay from card"), self.card, field="card")
        self.add_field(tr("Part paid by card (¥)"), self.card_amount, field="card_amount")
        self.add_field(tr("Paid with points (¥)"), self.points_credit, field="points")
        self.add_field(tr("Rest paid by"), self.method, field="method")
        self.card.currentIndexChanged.connect(self._enable_card_fields)
        self._choose_card(card)
        self.start()

    def _choose_card(self, card: Card | None) -> None:
        """The card chosen in the list if it can pay, else the member's first usable card."""
        wanted = card.id if card is not None else None
        index = self.card.findData(wanted) if wanted is not None else -1
        self.card.setCurrentIndex(index if index > 0 else min(1, self.card.count() - 1))
        self._enable_card_fields()

    def chosen_card(self) -> Card | None:
        return next((each for each in self._cards if each.id == self.card.currentData()), None)

    def _enable_card_fields(self) -> None:
        """A count or period card covers the services: no money, no points."""
        card = self.chosen_card()
        covered = card is not None and card.product.kind is not ProductKind.STORED_VALUE
        self.card_amount.setEnabled(card is not None and not covered)
        self.points_credit.setEnabled(not covered)
        self.method.setEnabled(not covered)

    def request(self) -> ConsumptionRequest:
        card = self.chosen_card()
        stored = card is not None and card.product.kind is ProductKind.STORED_VALUE
        covered = card is not None and not stored
        return ConsumptionRequest(
            member_id=self._member.id, items=self.items.items(),
            card_id=card.id if card else None,
            card_amount_fen=self.card_amount.optional_fen() if stored else None,
            points_credit_fen=0 if covered else (self.points_credit.optional_fen() or 0),
            method=None if covered else chosen_method(self.method))

    def quote(self) -> Preview:
        quote = self._club.cards.quote_consumption(self.request())
        changes = [points_change(quote.points_before, quote.points_after)]
        card = self.chosen_card()
        if card is not None and quote.card_before and quote.card_after:
            changes[:0] = balance_changes(card.product.kind, quote.card_before,
                                          quote.card_after)
        return Preview(tuple(consumption_figures(quote, card)), tuple(changes))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        return self._club.cards.consume(self.request(), key=self.key,
                                        operator=self._club.operator, approved_by=approved_by)


def consumption_figures(quote: ConsumptionQuote, card: Card | None) -> list[Figure]:
    """The bill as reception reads it out: items, discounts, what pays for what."""
    figures = [Figure(f"{item.name} × {item.quantity}", money(item.list_fen))
               for item in quote.items]
    if card is not None and card.product.kind is not ProductKind.STORED_VALUE:
        figures.append(Figure(tr("Covered by the card: sessions used"),
                              str(quote.sessions_used), emphasis=True))
        return figures
    figures += [Figure(tr("Tier discount"), discount_text(quote.tier_permille))]
    if card is not None:
        figures.append(Figure(tr("Card discount"), discount_text(quote.card_permille)))
    if quote.discount_fen:
        figures.append(Figure(tr("Discount"), money(-quote.discount_fen)))
    figures.append(Figure(tr("Amount due"), money(quote.net_fen), emphasis=True))
    if quote.points_credit_fen:
        figures.append(Figure(tr("Paid with {points} points").format(points=quote.points_used),
                              money(quote.points_credit_fen)))
    if card is not None:
        figures.append(Figure(tr("Paid from the card"), money(quote.from_card_fen)))
    if quote.rest_fen and quote.method is not None:
        figures.append(Figure(tr("Paid by {method}").format(
            method=tr_label(PAYMENT_METHOD_LABELS[quote.method])), money(quote.rest_fen),
            emphasis=True))
    if quote.points_earned:
        figures.append(Figure(tr("Points earned"), f"+{quote.points_earned:,}"))
    return figures
