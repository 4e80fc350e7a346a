"""A new staff account: name, user name, role and a first password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.staff import ROLE_LABELS, Role
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.password_fields import NewPasswordFields

ROLES = list(Role)


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in ROLES:
        combo.addItem(tr_label(ROLE_LABELS[role]), role.value)
    return combo


class StaffAccountDialog(RememberedDialog):
    account_added = Signal(object)  # the new StaffMember

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New staff account"))
        self._club = club
        self.display_name = QLineEdit()
        self.username = QLineEdit()
        self.role = role_combo()  # reception first: the usual new account
        self.passwords = NewPasswordFields()
        self.error_label = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Name"), self.display_name)
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Role"), self.role)
        self.passwords.add_to(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.add_button.setDefault(True)  # only once the box is in the dialog
        self.setMinimumWidth(420)
        self.display_name.setFocus()

    def submit(self) -> None:
        mismatch = self.passwords.mismatch()
        if mismatch:
            self.error_label.show_message(mismatch)
            return
        club = self._club
        try:
            account = club.staff.add(
                operator=club.operator, username=self.username.text(),
                display_name=self.display_name.text(), role=Role(self.role.currentData()),
                password=self.passwords.text(),
            )
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self.account_added.emit(account)
        self.accept()
