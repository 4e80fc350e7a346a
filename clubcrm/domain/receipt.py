"""A receipt as printed: already translated text, laid out by a renderer.

The card service describes what happened (`clubcrm.services.receipts`
turns an operation into a `Receipt`); renderers print the same receipt on a
58 mm or 80 mm thermal roll or an A5 page.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PaperSize(StrEnum):
    THERMAL_58 = "58mm"
    THERMAL_80 = "80mm"
    A5 = "a5"


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """A label and its value (`本次消费  ¥88.00`); `emphasis` prints it bold."""

    label: str
    value: str
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class Receipt:
    club_name: str
    title: str  # e.g. "充值凭证", "退款结算单"
    number: str  # the operation's number, for finding it in the ledger
    printed_at: str
    operator: str
    member: str  # name and masked phone: "张伟 138****5678"
    card: str  # card number and product, or "" for a sale without a card
    sections: tuple[tuple[str, tuple[ReceiptLine, ...]], ...]  # (heading, lines)
    footer: str = ""  # e.g. the refund formula in words, or a thank-you
