"""The owner's staff accounts: list, add, disable or enable, change role, reset a password."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.staff import ROLE_LABELS, Role, StaffMember
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.dialogs.password_dialog import PasswordDialog
from clubcrm.ui.dialogs.staff_account_dialog import ROLES, StaffAccountDialog
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.widgets.error_label import ErrorLabel

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole


def status_text(account: StaffMember, now: datetime) -> str:
    if not account.active:
        return tr("Disabled")
    if account.locked_until and account.locked_until > now:
        return tr("Locked until {time}").format(time=account.locked_until.strftime("%H:%M"))
    return tr("Enabled") if account.has_password else tr("No password")


class StaffDialog(RememberedDialog):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Staff accounts"))
        self._club = club
        self._accounts: list[StaffMember] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Name"), tr("User name"), tr("Role"), tr("Status"),
                                   tr("Created")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(tr("Add…"))
        self.role_button = QPushButton(tr("Change role…"))
        self.active_button = QPushButton(tr("Disable"))
        self.password_button = QPushButton(tr("Reset password…"))
        self.error_label = ErrorLabel()
        self._lay_out()
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.reload()

    def _lay_out(self) -> None:
        actions: list[tuple[QPushButton, Callable[[], object]]] = [
            (self.add_button, self.add_account), (self.role_button, self.ask_role),
            (self.active_button, self.toggle_active),
            (self.password_button, self.reset_password),
        ]
        row = QHBoxLayout()
        for button, slot in actions:
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(720, 420)

    def reload(self) -> None:
        current = self.selected()
        self._accounts = self._club.staff.accounts(operator=self._club.operator)
        self.tree.clear()
        now = datetime.now()
        for account in self._accounts:
            item = QTreeWidgetItem(self.tree, [
                account.display_name, account.username, tr_label(ROLE_LABELS[account.role]),
                status_text(account, now), account.created_at.strftime("%Y-%m-%d"),
            ])
            item.setData(0, ACCOUNT_ROLE, account.id)
            if current is not None and account.id == current.id:
                self.tree.setCurrentItem(item)
        self._update_buttons()

    def selected(self) -> StaffMember | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        staff_id = item.data(0, ACCOUNT_ROLE)
        return next((a for a in self._accounts if a.id == staff_id), None)

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(account is not None)
        active = account is None or account.active
        self.active_button.setText(tr("Disable") if active else tr("Enable"))

    # -- actions ---------------------------------------------------------------

    def add_account(self) -> StaffAccountDialog:
        dialog = StaffAccountDialog(self._club, parent=self)
        dialog.account_added.connect(lambda _account: self.reload())
        dialog.open()
        return dialog

    def ask_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        labels = [tr_label(ROLE_LABELS[role]) for role in ROLES]
        label, chosen = QInputDialog.getItem(
            self, tr("Change role"), tr("Role of {name}").format(name=account.display_name),
            labels, ROLES.index(account.role), False,
        )
        if chosen:
            self.change_role(ROLES[labels.index(label)])

    def change_role(self, role: Role) -> None:
        account = self.selected()
        if account is not None:
            self._apply(lambda: self._club.staff.change_role(account.id, role,
                                                             operator=self._club.operator))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is not None:
            self._apply(lambda: self._club.staff.set_active(
                account.id, not account.active, operator=self._club.operator))

    def reset_password(self) -> PasswordDialog | None:
        account = self.selected()
        if account is None:
            return None
        club = self._club
        dialog = PasswordDialog(
            lambda _current, new: club.staff.reset_password(account.id, new,
                                                            operator=club.operator),
            title=tr("New password for {name}").format(name=account.display_name),
            ask_current=False, parent=self,
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def _apply(self, change: Callable[[], object]) -> None:
        """Run one change; its refusal (the last owner, a permission) is said below the list."""
        try:
            change()
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self.error_label.clear_message()
        self.reload()
