"""Password entry: hidden typing, and a new password typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit

from clubcrm.ui.i18n import tr


def secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class NewPasswordFields:
    """A new password and its repetition (owner set-up, new staff, resets)."""

    def __init__(self) -> None:
        self.password = secret_field()
        self.repeat = secret_field()

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Password again"), self.repeat)

    def mismatch(self) -> str:
        """Why the two entries cannot be used ("" when they match)."""
        if self.password.text() != self.repeat.text():
            return tr("The two passwords are not the same.")
        return ""

    def text(self) -> str:
        return self.password.text()
