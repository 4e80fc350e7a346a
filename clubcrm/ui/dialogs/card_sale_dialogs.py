"""Money coming in: selling a card and recharging a stored-value card.

The bonus the product's rules give ("充1000送200") is shown as the amount is
typed, from the same quote the service posts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from clubcrm.domain.cards import (
    PRODUCT_KIND_LABELS,
    Balances,
    BonusRule,
    Card,
    Product,
    ProductKind,
)
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import Member
from clubcrm.domain.translatable import N_
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult

from clubcrm.ui.dialogs.card_operation_dialog import (
    CardOperationDialog,
    balance_changes,
    chosen_method,
    payment_combo,
)
from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.widgets.card_texts import NONE, card_title, day, money
from clubcrm.ui.widgets.money_edit import MoneyEdit
from clubcrm.ui.widgets.operation_preview import Change, Figure, Preview


def bonus_steps_text(rules: tuple[BonusRule, ...]) -> str:
    """A product's bonus steps in one line: `pay ¥1,000.00 get ¥200.00; …`."""
    if not rules:
        return tr("no bonus")
    return "; ".join(tr("pay {pay} get {bonus}").format(pay=money(rule.pay_fen),
                                                         bonus=money(rule.bonus_fen))
                     for rule in rules)


class SellCardDialog(CardOperationDialog):
    def __init__(self, club: Club, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Sell a card"), confirm_text=tr("Sell card"),
                         subject=tr("Sell a card to {name} ({member_no})").format(
                             name=member.name, member_no=member.member_no), parent=parent)
        self._member = member
        self._products = [product for product in club.catalogue.products() if product.active]
        self.product = QComboBox()
        for product in self._products:
            self.product.addItem(f"{product.name} · "
                                 f"{tr_label(PRODUCT_KIND_LABELS[product.kind])}", product.id)
        self.amount = MoneyEdit(field="amount")
        self.method = payment_combo()
        self.card_no = QLineEdit()
        self.card_no.setPlaceholderText(tr("Empty: the next number"))
        self.add_field(tr("Card product"), self.product, field="product")
        self.add_field(tr("Amount paid (¥)"), self.amount, field="amount")
        self.add_field(tr("Payment method"), self.method, field="method")
        self.add_field(tr("Card number"), self.card_no, field="card_no")
        self.product.currentIndexChanged.connect(self._show_price)
        self._show_price()
        self.start()

    def chosen_product(self) -> Product | None:
        index = self.product.currentIndex()
        return self._products[index] if index >= 0 else None

    def _show_price(self) -> None:
        """A count or period card sells at its price; only stored value takes an amount."""
        product = self.chosen_product()
        fixed = product is not None and product.kind is not ProductKind.STORED_VALUE
        if product is not None and fixed:
            self.amount.set_fen(product.price_fen)
        elif self.amount.isReadOnly():
            self.amount.clear()  # the price of the product chosen before
        self.amount.setReadOnly(fixed)

    def quote(self) -> Preview:
        product = self.chosen_product()
        if product is None:
            raise ValidationError(N_("No card products yet: the owner sets them up under "
                                     "Card products and services."), field="product")
        stored = product.kind is ProductKind.STORED_VALUE
        sale = self._club.cards.quote_sale(product.id, self.amount.fen() if stored else None)
        figures = [Figure(tr("Amount paid"), money(sale.paid_fen), emphasis=True)]
        changes: list[Change] = []
        if stored:
            figures += [Figure(tr("Bonus steps"), bonus_steps_text(product.bonus_rules)),
                        Figure(tr("Bonus by rule"), money(sale.bonus_fen), emphasis=True)]
            changes += balance_changes(product.kind, Balances(),
                                       Balances(sale.paid_fen, sale.bonus_fen))
        elif product.kind is ProductKind.COUNT:
            changes += balance_changes(product.kind, Balances(), Balances(sessions=sale.sessions))
        if sale.valid_until is not None:
            changes += [Change(tr("Valid from"), NONE, day(sale.valid_from)),
                        Change(tr("Valid until"), NONE, day(sale.valid_until))]
        return Preview(tuple(figures), tuple(changes))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        product = self.chosen_product()
        stored = product is not None and product.kind is ProductKind.STORED_VALUE
        return self._club.cards.sell(
            self._member.id, self.product.currentData(), method=chosen_method(self.method),
            paid_fen=self.amount.fen() if stored else None, card_no=self.card_no.text(),
            key=self.key, operator=self._club.operator, approved_by=approved_by)

    def done_text(self, result: OperationResult) -> str:
        number = result.entries[0].card_no if result.entries else ""
        return f"{super().done_text(result)} " + tr("The new card is {card}.").format(
            card=number)


class RechargeDialog(CardOperationDialog):
    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Recharge"), confirm_text=tr("Recharge"),
                         subject=tr("Recharge card {card} of {name}").format(
                             card=card_title(card), name=card.member_name), parent=parent)
        self._card = card
        self.amount = MoneyEdit(field="amount")
        self.method = payment_combo()
        self.add_field(tr("Amount paid (¥)"), self.amount, field="amount")
        self.add_field(tr("Payment method"), self.method, field="method")
        self.start()

    def quote(self) -> Preview:
        before, after = self._club.cards.quote_recharge(self._card.id, self.amount.fen())
        figures = (Figure(tr("Amount paid"), money(after.principal_fen - before.principal_fen),
                          emphasis=True),
                   Figure(tr("Bonus steps"), bonus_steps_text(self._card.product.bonus_rules)),
                   Figure(tr("Bonus by rule"), money(after.bonus_fen - before.bonus_fen),
                          emphasis=True))
        return Preview(figures, balance_changes(self._card.product.kind, before, after))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        return self._club.cards.recharge(
            self._card.id, self.amount.fen(), method=chosen_method(self.method), key=self.key,
            operator=self._club.operator, approved_by=approved_by)
