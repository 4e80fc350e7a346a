"""The first run: the owner's account (name, user name, password twice).

From then on everybody signs in; until then the club has run on the default
owner account without a password.
"""

from __future__ import annotations

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
from clubcrm.ui.widgets.password_fields import NewPasswordFields


class OwnerSetupDialog(RememberedDialog):
    """`actor` is the owner once the dialog is accepted."""

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Create the owner account"))
        self._staff = staff
        self.actor: Actor | None = None
        self.display_name = QLineEdit()
        self.username = QLineEdit()
        self.passwords = NewPasswordFields()
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(tr("Create account"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.display_name.setFocus()

    def _lay_out(self) -> None:
        intro = QLabel(tr(
            "Welcome. Create the owner's account first: the owner adds staff accounts, "
            "sees the audit log and restores backups. From now on everybody signs in."
        ))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Your name"), self.display_name)
        form.addRow(tr("User name"), self.username)
        self.passwords.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.create_button.setDefault(True)  # only once the box is in the dialog
        self.setMinimumWidth(460)

    def submit(self) -> None:
        mismatch = self.passwords.mismatch()
        if mismatch:
            self.error_label.show_message(mismatch)
            self.passwords.repeat.setFocus()
            return
        try:
            self.actor = self._staff.create_owner(display_name=self.display_name.text(),
                                                  username=self.username.text(),
                                                  password=self.passwords.text())
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self.accept()
