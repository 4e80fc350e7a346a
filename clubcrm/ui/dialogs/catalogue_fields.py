"""Fields of the catalogue forms: money read with the name of its field, and
discounts that never pass through a float.

A discount is the percentage of the list price a member pays, with at most
one decimal, kept as the integer per mille the services store (88.5 % is
885) and shown beside it as the Chinese 折 (8.85折).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from clubcrm.domain.cards import FULL_PRICE
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.money import format_money, parse_money
from clubcrm.domain.translatable import N_

from clubcrm.ui.i18n import tr
from clubcrm.ui.widgets.money_edit import MoneyEdit

_PERCENT = re.compile(r"^(\d{0,3})(?:\.(\d?))?$")


def money_of(edit: MoneyEdit, field: str) -> int:
    """The amount typed, in fen; an empty box is refused (a forgotten price is
    not a free service), naming `field` as any wrong amount is."""
    fen = optional_money_of(edit, field)
    if fen is None:
        raise ValidationError(N_("Enter an amount, e.g. 88 or 88.50."), field=field)
    return fen


def optional_money_of(edit: MoneyEdit, field: str) -> int | None:
    """The amount typed in fen, None when empty; a wrong amount is refused
    naming `field`, so the form can put the cursor there.

    Reads the text itself: the exact rule is `parse_money`'s, whatever else
    the shared money box offers its other users."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_money(text)
    except ValidationError as exc:
        raise ValidationError(exc.template, field=field, **exc.params) from None


def money_text(fen: int) -> str:
    """`fen` as the user would type it: 120050 -> "1,200.50"."""
    return format_money(fen).replace("¥", "")


def short_money(fen: int) -> str:
    """Whole yuan without the cents, for sentences: "¥1,000", but "¥99.50"."""
    return format_money(fen).removesuffix(".00")


def set_money(edit: MoneyEdit, fen: int | None) -> None:
    edit.setText("" if fen is None else money_text(fen))


class DiscountSpinBox(QSpinBox):
    """A discount as the percentage of the list price a member pays ("88.5 %"),
    whose `value()` is the exact per mille (885); Up/Down move by one percent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, FULL_PRICE)
        self.setSingleStep(10)
        self.setSuffix(" %")
        self.setValue(FULL_PRICE)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def textFromValue(self, value: int) -> str:
        return percent_digits(value)

    def valueFromText(self, text: str) -> int:
        match = _PERCENT.match(text.removesuffix(self.suffix()).strip())
        return _permille(match) if match else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        match = _PERCENT.match(text.removesuffix(self.suffix()).strip())
        if match is None:
            return QValidator.State.Invalid, text, pos
        if not match[1] or not self.minimum() <= _permille(match) <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


def _permille(match: re.Match[str]) -> int:
    return int(match[1] or 0) * 10 + int(match[2] or 0)


def percent_digits(permille: int) -> str:
    """885 -> "88.5", 880 -> "88": per mille as a percentage, exactly."""
    whole, tenth = divmod(permille, 10)
    return f"{whole}.{tenth}" if tenth else str(whole)


def zhe_digits(permille: int) -> str:
    """885 -> "8.85", 880 -> "8.8", 800 -> "8": per mille as 折, exactly."""
    whole, hundredths = divmod(permille, 100)
    fraction = f"{hundredths:02d}".rstrip("0")
    return f"{whole}.{fraction}" if fraction else str(whole)


def discount_text(permille: int) -> str:
    """A discount as a member reads it: the share paid and the 折 Chinese
    customers know (880: "88% of the list price (8.8折)")."""
    if permille >= FULL_PRICE:
        return tr("No discount")
    return tr("{percent}% of the list price ({zhe}折)").format(
        percent=percent_digits(permille), zhe=zhe_digits(permille))


def discount_brief(permille: int) -> str:
    """A discount in a list column: "88% · 8.8折", or "—" for none."""
    if permille >= FULL_PRICE:
        return "—"
    return f"{percent_digits(permille)}% · {zhe_digits(permille)}折"


def hint_label(text: str) -> QLabel:
    """A line of help under a field, in the palette's muted text colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


def with_hint(field: QWidget, hint: QLabel) -> QWidget:
    """`field` with a line of help under it, as one row of a form (a hint in a
    row of its own gets a wrong height from QFormLayout once it wraps)."""
    both = QWidget()
    layout = QVBoxLayout(both)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field)
    layout.addWidget(hint)
    return both
