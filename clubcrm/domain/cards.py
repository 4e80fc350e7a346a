"""Card products, cards and the arithmetic of money on them (stdlib only).

Everything here is a pure function of its arguments, so the dialogs' "before
→ after" preview and the service that writes the ledger compute the same
figures with the same code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from clubcrm.domain.ids import MemberId
from clubcrm.domain.translatable import N_

FULL_PRICE = 1000  # discounts are per mille of the list price: 880 is "8.8折"


class ProductKind(StrEnum):
    STORED_VALUE = "stored_value"
    COUNT = "count"
    PERIOD = "period"


class CardStatus(StrEnum):
    ACTIVE = "active"
    FROZEN = "frozen"
    EXPIRED = "expired"
    REPLACED = "replaced"  # lost: everything moved to the replacement card
    REFUNDED = "refunded"
    CLOSED = "closed"


class PaymentMethod(StrEnum):
    """How money outside a card changed hands; `CARD` is a card's balance."""

    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    BANK_CARD = "bank_card"
    CARD = "card"
    POINTS = "points"


# What a customer can hand over at the desk for a sale or a recharge.
MONEY_METHODS = (PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.ALIPAY,
                 PaymentMethod.BANK_CARD)


class SpendOrder(StrEnum):
    PRINCIPAL_FIRST = "principal_first"
    BONUS_FIRST = "bonus_first"


class RefundFormula(StrEnum):
    # DESIGN.md section 3: refundable = principal paid − consumed × principal/(principal+bonus)
    PRO_RATA = "pro_rata"
    REMAINING_PRINCIPAL = "remaining_principal"


PRODUCT_KIND_LABELS = {
    ProductKind.STORED_VALUE: N_("Stored-value card"),
    ProductKind.COUNT: N_("Count card"),
    ProductKind.PERIOD: N_("Period card"),
}
CARD_STATUS_LABELS = {
    CardStatus.ACTIVE: N_("Active"),
    CardStatus.FROZEN: N_("Frozen"),
    CardStatus.EXPIRED: N_("Expired"),
    CardStatus.REPLACED: N_("Replaced (lost)"),
    CardStatus.REFUNDED: N_("Refunded"),
    CardStatus.CLOSED: N_("Closed"),
}
PAYMENT_METHOD_LABELS = {
    PaymentMethod.CASH: N_("Cash"),
    PaymentMethod.WECHAT: N_("WeChat Pay"),
    PaymentMethod.ALIPAY: N_("Alipay"),
    PaymentMethod.BANK_CARD: N_("Bank card"),
    PaymentMethod.CARD: N_("Card balance"),
    PaymentMethod.POINTS: N_("Points"),
}
SPEND_ORDER_LABELS = {
    SpendOrder.PRINCIPAL_FIRST: N_("Principal first, then bonus"),
    SpendOrder.BONUS_FIRST: N_("Bonus first, then principal"),
}
REFUND_FORMULA_LABELS = {
    RefundFormula.PRO_RATA: N_("Pro rata: principal paid − consumed × principal ÷ (principal "
                               "+ bonus)"),
    RefundFormula.REMAINING_PRINCIPAL: N_("Remaining principal"),
}


@dataclass(frozen=True, slots=True)
class ServiceItem:
    """Something the club sells: a swim session, a massage, a haircut."""

    id: int
    name: str
    category: str
    price_fen: int
    active: bool = True


@dataclass(frozen=True, slots=True)
class BonusRule:
    """充1000送200: paying at least `pay_fen` in one recharge adds `bonus_fen`."""

    pay_fen: int
    bonus_fen: int


@dataclass(frozen=True, slots=True)
class Product:
    """A card product (卡种) as the owner configured it."""

    id: int
    name: str
    kind: ProductKind
    price_fen: int = 0  # the sale price of a count or period card; 0 for stored value
    discount_permille: int = FULL_PRICE  # on consumption paid from the card
    sessions: int = 0  # count cards
    valid_days: int = 0  # 0: no fixed validity (or see valid_months)
    valid_months: int = 0
    bonus_rules: tuple[BonusRule, ...] = ()
    service_ids: tuple[int, ...] = ()  # a count card's services; empty: any service
    active: bool = True
    # Cards sold (a sold product can be retired, never changed or deleted); None
    # when not counted, as for the product of a card being used.
    sold: int | None = 0


@dataclass(frozen=True, slots=True)
class Tier:
    """A member level with its benefits and its upgrade rule."""

    id: int
    name: str
    rank: int
    discount_permille: int = FULL_PRICE
    points_per_yuan: int = 0
    upgrade_spend_fen: int | None = None  # trailing 12-month consumption at least this
    upgrade_active_months: int = 0  # and consumption in each of the last N months


@dataclass(frozen=True, slots=True)
class Balances:
    """What a card holds; each figure equals the sum of its ledger rows."""

    principal_fen: int = 0
    bonus_fen: int = 0
    sessions: int = 0

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


@dataclass(frozen=True, slots=True)
class Card:
    """A member's card as reception sees it."""

    id: int
    card_no: str
    product: Product
    member_id: MemberId
    member_name: str
    status: CardStatus
    balances: Balances
    valid_from: date | None
    valid_until: date | None
    frozen_on: date | None
    opened_at: datetime
    holders: tuple[MemberId, ...] = ()  # family members who may use it besides the payer
    replaced_by: str | None = None  # the new card's number after a lost-card replacement
    points: int = field(default=0)  # the payer's points, shown with the card

    def usable_on(self, day: date) -> bool:
        return (self.status is CardStatus.ACTIVE
                and (self.valid_from is None or self.valid_from <= day)
                and (self.valid_until is None or day <= self.valid_until))


def bonus_for(rules: tuple[BonusRule, ...], pay_fen: int) -> int:
    """The bonus of the highest step the payment reaches (steps do not add up)."""
    reached = [rule.bonus_fen for rule in rules if pay_fen >= rule.pay_fen]
    return max(reached, default=0)


def discounted(list_fen: int, permille: int) -> int:
    """The price after a discount, rounded half up to the fen."""
    return (list_fen * permille + FULL_PRICE // 2) // FULL_PRICE


def split_spend(balances: Balances, amount_fen: int, order: SpendOrder) -> tuple[int, int]:
    """How much of `amount_fen` comes from principal and from bonus, in the
    configured order; the caller has checked the card holds enough."""
    if order is SpendOrder.BONUS_FIRST:
        bonus = min(balances.bonus_fen, amount_fen)
        return amount_fen - bonus, bonus
    principal = min(balances.principal_fen, amount_fen)
    return principal, amount_fen - principal


def points_earned(paid_fen: int, points_per_yuan: int) -> int:
    """Points for money spent: whole points per whole yuan (fractions are not credited)."""
    return paid_fen * points_per_yuan // 100 if paid_fen > 0 else 0


@dataclass(frozen=True, slots=True)
class RefundCalculation:
    """The figures a refund statement prints, so the member can check the sum.

    A stored-value card uses the club's formula over the money figures; a
    count or period card refunds `price_fen × units_left ÷ units_total`
    (sessions or days)."""

    kind: ProductKind
    formula: RefundFormula
    principal_paid_fen: int  # principal deposited (sales, recharges, transfers in and out)
    bonus_given_fen: int
    consumed_fen: int  # everything spent from the card, principal and bonus
    remaining: Balances
    refundable_fen: int
    price_fen: int = 0
    units_left: int = 0
    units_total: int = 0


def refund_calculation(formula: RefundFormula, *, principal_paid_fen: int,
                       bonus_given_fen: int, consumed_fen: int,
                       remaining: Balances) -> RefundCalculation:
    """What a stored-value card refunds under the club's formula, never below
    zero nor above the principal paid (the consumed share is rounded down to
    the fen: in the member's favour, by less than one fen)."""
    if formula is RefundFormula.PRO_RATA:
        deposited = principal_paid_fen + bonus_given_fen
        used_share = consumed_fen * principal_paid_fen // deposited if deposited else 0
        refundable = principal_paid_fen - used_share
    else:
        refundable = remaining.principal_fen
    refundable = max(0, min(refundable, principal_paid_fen, remaining.total_fen))
    return RefundCalculation(ProductKind.STORED_VALUE, formula, principal_paid_fen,
                             bonus_given_fen, consumed_fen, remaining, refundable)


def prorated_refund(kind: ProductKind, *, price_fen: int, units_left: int, units_total: int,
                    remaining: Balances) -> RefundCalculation:
    """A count or period card refunds the unused share of its price
    (remaining sessions or days of the total), rounded down to the fen."""
    left = max(0, min(units_left, units_total))
    refundable = price_fen * left // units_total if units_total > 0 else 0
    return RefundCalculation(kind, RefundFormula.PRO_RATA, 0, 0, 0, remaining, refundable,
                             price_fen=price_fen, units_left=left, units_total=units_total)
