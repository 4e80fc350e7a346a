"""Money is an integer number of fen (1 yuan = 100 fen); never a float."""

from __future__ import annotations

import re
import unicodedata

from clubcrm.domain.errors import ValidationError
from clubcrm.domain.translatable import N_

_MONEY = re.compile(r"^(?P<sign>-)?(?P<yuan>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d*))?$")
_CURRENCY_MARKS = ("¥", "￥", "RMB", "CNY", "元")


def parse_money(text: str) -> int:
    """Parse what people type or old systems export (`¥1,200.50`, `1200.5`) into fen.

    Exactly; a third decimal is refused rather than rounded, because a rounded
    amount is money appearing or vanishing.
    """
    cleaned = unicodedata.normalize("NFKC", str(text)).strip().upper()
    for mark in _CURRENCY_MARKS:
        cleaned = cleaned.replace(mark, "")
    cleaned = cleaned.replace(" ", "")
    match = _MONEY.match(cleaned)
    if not cleaned or not match or (match["yuan"] is None and not match["frac"]):
        raise ValidationError(N_("Not an amount of money: {text}"), text=text)
    frac = match["frac"] or ""
    if len(frac) > 2:
        raise ValidationError(N_("An amount has at most two decimals: {text}"), text=text)
    fen = int((match["yuan"] or "0").replace(",", "")) * 100 + int(frac.ljust(2, "0"))
    return -fen if match["sign"] else fen


def format_money(fen: int) -> str:
    """Show fen as yuan the way receipts do: `¥1,234.50`, `-¥5.00`."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"
