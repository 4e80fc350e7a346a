"""How cards, amounts and changes read on screen, the same in the card table,
the ledger and every card dialog (so a figure never looks different twice)."""

from __future__ import annotations

from datetime import date

from clubcrm.domain.cards import (
    CARD_STATUS_LABELS,
    PRODUCT_KIND_LABELS,
    Card,
    ProductKind,
)
from clubcrm.domain.money import format_money

from clubcrm.ui.i18n import tr, tr_label

NONE = "—"


def money(fen: int) -> str:
    return format_money(fen)


def signed_money(fen: int) -> str:
    """A change of money: `+¥5.00`, `-¥5.00`, or empty for no change."""
    if not fen:
        return ""
    return f"+{format_money(fen)}" if fen > 0 else format_money(fen)


def signed(number: int) -> str:
    """A change of a count (sessions, days, points): `+3`, `-3`, or empty."""
    return f"{number:+,}" if number else ""


def day(value: date | None) -> str:
    return value.isoformat() if value else NONE


def kind_text(card: Card) -> str:
    return tr_label(PRODUCT_KIND_LABELS[card.product.kind])


def status_text(card: Card) -> str:
    return tr_label(CARD_STATUS_LABELS[card.status])


def card_title(card: Card) -> str:
    """`C0000012 · Gold stored-value card`: how a dialog names the card it works on."""
    return f"{card.card_no} · {card.product.name}"


def holdings(card: Card) -> str:
    """What the card holds, in the unit of its kind."""
    if card.product.kind is ProductKind.STORED_VALUE:
        return money(card.balances.total_fen)
    if card.product.kind is ProductKind.COUNT:
        return tr("{count} sessions").format(count=card.balances.sessions)
    return tr("until {date}").format(date=day(card.valid_until))


def card_choice(card: Card) -> str:
    """A card as one line of a choice list: number, product and what it holds."""
    return f"{card_title(card)} ({holdings(card)})"
