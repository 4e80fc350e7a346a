"""A new password typed twice: the owner resetting someone's, or one's own
(then the current password first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from clubcrm.domain.errors import ClubError

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.password_fields import NewPasswordFields, secret_field

# (current password or "", new password) -> None; raises ClubError to refuse
SavePassword = Callable[[str, str], None]


class PasswordDialog(RememberedDialog):
    def __init__(self, save: SavePassword, *, title: str, ask_current: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.current = secret_field()
        self.passwords = NewPasswordFields()
        self.error_label = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if ask_current:
            form.addRow(tr("Current password"), self.current)
        self.passwords.add_to(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.setMinimumWidth(380)
        (self.current if ask_current else self.passwords.password).setFocus()

    def submit(self) -> None:
        mismatch = self.passwords.mismatch()
        if mismatch:
            self.error_label.show_message(mismatch)
            return
        try:
            self._save(self.current.text(), self.passwords.text())
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self.accept()
