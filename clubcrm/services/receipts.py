"""What a receipt says about an operation, in the user's language.

A receipt is built from the operation's ledger rows and its before → after
figures (`OperationResult`), so a reprint says exactly what the ledger says.
The member's phone is always masked: a receipt leaves the building.
"""

from __future__ import annotations

from clubcrm import i18n
from clubcrm.db.database import Database
from clubcrm.db.models import MemberRow
from clubcrm.domain.cards import (
    PAYMENT_METHOD_LABELS,
    REFUND_FORMULA_LABELS,
    Balances,
    Card,
    ProductKind,
    RefundCalculation,
    RefundFormula,
)
from clubcrm.domain.ledger import KIND_LABELS, LedgerEntry, LedgerKind
from clubcrm.domain.money import format_money
from clubcrm.domain.phone import mask_phone
from clubcrm.domain.receipt import Receipt, ReceiptLine
from clubcrm.domain.translatable import N_
from clubcrm.services import card_rules as rules
from clubcrm.services.operations import OperationResult
from clubcrm.services.settings import CLUB_NAME, read_setting

_ = i18n.translate
TITLES = {
    "sell": N_("Card sale receipt"),
    "recharge": N_("Recharge receipt"),
    "consume": N_("Consumption receipt"),
    "refund": N_("Refund statement"),
    "reverse": N_("Reversal receipt"),
    "transfer": N_("Transfer receipt"),
    "redeem": N_("Points redemption receipt"),
}


def receipt_for(db: Database, result: OperationResult,
                refund: RefundCalculation | None = None) -> Receipt:
    """The receipt of `result`; a refund passes its calculation for the statement."""
    with db.read() as session:
        club_name = read_setting(session, CLUB_NAME) or _(N_("Member club"))
        member = session.get(MemberRow, result.member_id) if result.member_id else None
        card = rules.load_card(session, result.card_id) if result.card_id else None
    who = f"{member.name} {mask_phone(member.phone)}" if member else _(N_("Walk-in customer"))
    sections = [(_(N_("Details")), tuple(_entry_lines(result.entries)))]
    if result.before is not None and result.after is not None and card is not None:
        sections.append((_(N_("Card")), tuple(_balance_lines(card, result.before,
                                                             result.after))))
    if result.points_before != result.points_after:
        sections.append((_(N_("Points")), (ReceiptLine(
            _(N_("Points")), f"{result.points_before} → {result.points_after}"),)))
    if refund is not None:
        sections.append((_(N_("Refund calculation")), tuple(refund_lines(refund))))
    return Receipt(
        club_name=club_name, title=_(TITLES.get(result.kind, N_("Receipt"))),
        number=result.number, printed_at=result.at.strftime("%Y-%m-%d %H:%M"),
        operator=result.entries[0].operator_name if result.entries else "", member=who,
        card=f"{card.card_no} {card.product.name}" if card else "",
        sections=tuple(sections),
        footer=_(N_("Thank you for your visit. Keep this receipt for your records.")),
    )


def _entry_lines(entries: tuple[LedgerEntry, ...]) -> list[ReceiptLine]:
    lines = []
    for entry in entries:
        label = _(KIND_LABELS[entry.kind])
        if entry.service_name:
            label = f"{entry.service_name} × {abs(entry.quantity)}"
        if entry.list_fen:
            lines.append(ReceiptLine(label, format_money(entry.list_fen)))
            if entry.discount_fen:
                lines.append(ReceiptLine(_(N_("Discount")), format_money(-entry.discount_fen)))
        elif entry.kind is not LedgerKind.REDEEM or not entry.paid_fen:
            lines.append(ReceiptLine(label, entry.reason or ""))
        if entry.paid_fen and entry.method is not None:
            paid_label = _(N_("Refunded by {method}") if entry.paid_fen < 0
                           else N_("Paid by {method}"),
                           method=_(PAYMENT_METHOD_LABELS[entry.method]))
            lines.append(ReceiptLine(paid_label, format_money(abs(entry.paid_fen)),
                                     emphasis=True))
        spent = -(entry.principal_delta + entry.bonus_delta)
        if entry.kind is LedgerKind.CONSUME and spent:
            lines.append(ReceiptLine(_(N_("Paid from card")), format_money(spent),
                                     emphasis=True))
    return lines


def _balance_lines(card: Card, before: Balances, after: Balances) -> list[ReceiptLine]:
    if card.product.kind is ProductKind.COUNT:
        return [ReceiptLine(_(N_("Sessions left")), f"{before.sessions} → {after.sessions}",
                            emphasis=True)]
    if card.product.kind is ProductKind.PERIOD:
        until = card.valid_until.isoformat() if card.valid_until else "-"
        return [ReceiptLine(_(N_("Valid until")), until, emphasis=True)]
    return [
        ReceiptLine(_(N_("Principal")), _change(before.principal_fen, after.principal_fen)),
        ReceiptLine(_(N_("Bonus")), _change(before.bonus_fen, after.bonus_fen)),
        ReceiptLine(_(N_("Balance")), _change(before.total_fen, after.total_fen),
                    emphasis=True),
    ]


def _change(before: int, after: int) -> str:
    return f"{format_money(before)} → {format_money(after)}"


def refund_lines(calc: RefundCalculation) -> list[ReceiptLine]:
    """The refund calculation line by line: on the statement and in the dialog."""
    if calc.kind is not ProductKind.STORED_VALUE:
        unit = N_("Sessions left") if calc.kind is ProductKind.COUNT else N_("Days left")
        return [
            ReceiptLine(_(N_("Price paid")), format_money(calc.price_fen)),
            ReceiptLine(_(unit), f"{calc.units_left} / {calc.units_total}"),
            ReceiptLine(_(N_("Calculation")), f"{format_money(calc.price_fen)} × "
                                              f"{calc.units_left} ÷ {calc.units_total}"),
            ReceiptLine(_(N_("Refundable")), format_money(calc.refundable_fen), emphasis=True),
        ]
    lines = [
        ReceiptLine(_(N_("Principal paid")), format_money(calc.principal_paid_fen)),
        ReceiptLine(_(N_("Bonus given")), format_money(calc.bonus_given_fen)),
        ReceiptLine(_(N_("Consumed")), format_money(calc.consumed_fen)),
        ReceiptLine(_(N_("Formula")), _(REFUND_FORMULA_LABELS[calc.formula])),
    ]
    if calc.formula is RefundFormula.PRO_RATA:
        lines.append(ReceiptLine(_(N_("Calculation")), (
            f"{format_money(calc.principal_paid_fen)} − {format_money(calc.consumed_fen)} × "
            f"{format_money(calc.principal_paid_fen)} ÷ "
            f"{format_money(calc.principal_paid_fen + calc.bonus_given_fen)}")))
    lines.append(ReceiptLine(_(N_("Refundable")), format_money(calc.refundable_fen),
                             emphasis=True))
    return lines
