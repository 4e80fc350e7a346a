"""Signing in: at start, after the idle lock, and to switch the operator at the desk.

Enter signs in (from the user name it first moves to an empty password); a
wrong password or a locked account is said under the fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.staff import Actor
from clubcrm.services.staff import StaffService

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.password_fields import secret_field


class LoginDialog(RememberedDialog):
    """`actor` is the signed-in staff member once the dialog is accepted."""

    def __init__(self, staff: StaffService, *, prompt: str, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sign in"))
        self._staff = staff
        self.actor: Actor | None = None
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.username = QLineEdit(username)
        self.password = secret_field()
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        sign_in = self.buttons.addButton(tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        sign_in.setDefault(True)  # Enter in either field; only once the box is in the dialog
        self.setMinimumWidth(380)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if not self.username.text().strip():
            self.username.setFocus()
            return
        if not self.password.text():
            self.password.setFocus()
            return
        try:
            self.actor = self._staff.authenticate(self.username.text(), self.password.text())
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
