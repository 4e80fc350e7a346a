"""An amount of money as the desk types it: `1000`, `1,000.50`, `¥88`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from clubcrm.domain.errors import ValidationError
from clubcrm.domain.money import parse_money
from clubcrm.domain.translatable import N_

MAX_LENGTH = 20


class MoneyEdit(QLineEdit):
    """An amount in yuan; `field` names it in the errors it raises, so a form can
    put the focus back on it."""

    def __init__(self, parent: QWidget | None = None, *, field: str = "amount",
                 placeholder: str = "0.00") -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(placeholder)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaxLength(MAX_LENGTH)

    def fen(self) -> int:
        """The amount in fen; an empty field or a mistyped amount (a third decimal,
        a letter) raises `ValidationError` naming this field."""
        amount = self.optional_fen()
        if amount is None:
            raise ValidationError(N_("Enter an amount."), field=self.field)
        return amount

    def optional_fen(self) -> int | None:
        """The amount, or None when the field is empty."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_money(text)
        except ValidationError as exc:
            raise ValidationError(exc.template, field=self.field, **exc.params) from None

    def set_fen(self, fen: int | None) -> None:
        """Show an amount as plain yuan (`1200.50`, easy to edit), or clear the field."""
        if fen is None:
            self.clear()
            return
        sign = "-" if fen < 0 else ""
        yuan, cents = divmod(abs(fen), 100)
        self.setText(f"{sign}{yuan}.{cents:02d}")
