"""Checks every card operation makes before it writes: the card exists and its
state allows the operation, amounts are sensible. Each refusal is a sentence
the user can act on; nothing has been written when one is raised."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from sqlalchemy.orm import Session

from clubcrm.db import cards as cards_db
from clubcrm.db.database import driver
from clubcrm.domain.cards import MONEY_METHODS, Card, CardStatus, PaymentMethod, ProductKind
from clubcrm.domain.errors import NotFound, ValidationError
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_

MAX_REASON = 200
_CARD_NO = re.compile(r"[0-9A-Z\-_]{1,32}")

_REFUSALS = {
    CardStatus.FROZEN: N_("Card {card} is frozen: unfreeze it first."),
    CardStatus.EXPIRED: N_("Card {card} has expired."),
    CardStatus.REPLACED: N_("Card {card} was reported lost and replaced: use the new card."),
    CardStatus.REFUNDED: N_("Card {card} was refunded and can no longer be used."),
    CardStatus.CLOSED: N_("Card {card} is closed."),
}


def load_card(session: Session, card_id: int) -> Card:
    card = cards_db.card(session, card_id)
    if card is None:
        raise NotFound(N_("There is no such card (it may have been replaced)."))
    return card


def require_status(card: Card, *allowed: CardStatus) -> None:
    if card.status not in allowed:
        raise ValidationError(_REFUSALS.get(card.status, N_("Card {card} cannot be used.")),
                              card=card.card_no)


def require_usable(card: Card, today: date) -> None:
    """Active, and within its validity today."""
    require_status(card, CardStatus.ACTIVE)
    if card.valid_from is not None and today < card.valid_from:
        raise ValidationError(N_("Card {card} is valid from {date}."), card=card.card_no,
                              date=card.valid_from.isoformat())
    if card.valid_until is not None and today > card.valid_until:
        raise ValidationError(N_("Card {card} expired on {date}."), card=card.card_no,
                              date=card.valid_until.isoformat())


def require_kind(card: Card, kind: ProductKind) -> None:
    if card.product.kind is not kind:
        messages = {
            ProductKind.STORED_VALUE: N_("Card {card} is not a stored-value card."),
            ProductKind.COUNT: N_("Card {card} is not a count card."),
            ProductKind.PERIOD: N_("Card {card} is not a period card."),
        }
        raise ValidationError(messages[kind], card=card.card_no)


def require_active_member(session: Session, member_id: int) -> None:
    if cards_db.member_status(session, member_id) not in ("active", "frozen"):
        raise NotFound(N_("This member record is not active (archived, merged or "
                          "anonymised)."))


def positive_amount(fen: int, *, field: str = "amount") -> int:
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise ValidationError(N_("An amount must be a whole number of fen."), field=field)
    if fen <= 0:
        raise ValidationError(N_("Enter an amount above zero."), field=field)
    return fen


def money_method(method: PaymentMethod | None) -> PaymentMethod:
    if method not in MONEY_METHODS:
        raise ValidationError(N_("Choose how the money is paid: cash, WeChat Pay, Alipay or "
                                 "bank card."), field="method")
    assert method is not None
    return method


def required_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(N_("Give a reason: it is kept with the record."), field="reason")
    return optional_reason(reason)


def optional_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if len(reason) > MAX_REASON:
        raise ValidationError(N_("The reason is too long (at most 200 characters)."),
                              field="reason")
    return reason


def normalize_card_no(text: str) -> str:
    card_no = unicodedata.normalize("NFKC", text).strip().upper()
    if not _CARD_NO.fullmatch(card_no):
        raise ValidationError(N_("A card number has 1 to 32 letters, digits, - or _."),
                              field="card_no")
    return card_no


def require_enough(card: Card, amount_fen: int) -> None:
    if card.balances.total_fen < amount_fen:
        raise ValidationError(
            N_("Not enough balance on card {card}: it holds {balance}, {amount} is needed."),
            card=card.card_no, balance=format_money(card.balances.total_fen),
            amount=format_money(amount_fen))


def require_holder(card: Card, member_id: int) -> None:
    if member_id != card.member_id and member_id not in card.holders:
        raise ValidationError(N_("Card {card} belongs to {owner}; this member is not allowed "
                                 "to use it."), card=card.card_no, owner=card.member_name)


def card_no_taken(session: Session, card_no: str) -> bool:
    return driver(session).execute(
        "SELECT 1 FROM cards WHERE card_no = ?", (card_no,)).fetchone() is not None
