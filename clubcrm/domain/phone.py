"""Phone numbers: mainland mobiles normalised to 11 digits, others kept as entered.

Reception types phones with spaces, dashes, `+86`, or full-width digits from a
Chinese input method; the same person must always end up with the same key.
"""

from __future__ import annotations

import re
import unicodedata

from clubcrm.domain.errors import ValidationError
from clubcrm.domain.translatable import N_

_MAINLAND_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_SEPARATORS = re.compile(r"[\s\-().·/]")
_INTERNATIONAL = re.compile(r"^\+\d{6,15}$")
_LOCAL_LANDLINE = re.compile(r"^0\d{9,11}$")


def normalize_phone(text: str) -> str:
    """Return the canonical form of a phone number, or raise `ValidationError`.

    Mainland mobiles become 11 digits (`+86 138-0013-8000` -> `13800138000`);
    other international numbers keep their `+` and digits; landlines keep
    their area code. Anything else is refused.
    """
    raw = unicodedata.normalize("NFKC", str(text)).strip()
    compact = _SEPARATORS.sub("", raw)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    for prefix in ("+86", "86"):
        rest = compact[len(prefix):]
        if compact.startswith(prefix) and _MAINLAND_MOBILE.match(rest):
            return rest
    if _MAINLAND_MOBILE.match(compact) or _LOCAL_LANDLINE.match(compact):
        return compact
    if _INTERNATIONAL.match(compact) and not compact.startswith("+86"):
        return compact
    if not compact:
        raise ValidationError(N_("A mobile phone number is required."), field="phone")
    raise ValidationError(
        N_("Not a valid phone number: {text} (a mainland mobile has 11 digits starting with 1)"),
        field="phone",
        text=text,
    )


def digits_of(text: str) -> str:
    """The digits of a typed query, full-width digits included."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


def mask_phone(phone: str) -> str:
    """`13800138000` -> `138****8000`: enough for reception to confirm, not to copy."""
    if len(phone) < 7:
        return phone
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
