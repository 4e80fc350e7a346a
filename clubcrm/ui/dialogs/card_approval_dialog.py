"""The owner's approval of an amount above the per-operation limit: the owner
signs in over the open dialog, and the operation is retried in their name."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from clubcrm.domain.errors import ClubError, PermissionDenied
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.login_dialog import LoginDialog
from clubcrm.ui.i18n import describe, tr


def needs_owner(error: ClubError) -> bool:
    """The refusal of an amount above the limit (it names the limit), which an
    owner's approval lifts; other refusals stand."""
    return isinstance(error, PermissionDenied) and "cap" in error.params


class OwnerApprovalDialog(LoginDialog):
    def __init__(self, club: Club, refusal: ClubError, parent: QWidget | None = None) -> None:
        super().__init__(club.staff, prompt=tr("{refusal}\n\nThe owner signs in here to "
                                               "approve it.").format(refusal=describe(refusal)),
                         parent=parent)
        self.setWindowTitle(tr("Owner approval"))
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) is QDialogButtonBox.ButtonRole.AcceptRole:
                button.setText(tr("Approve"))

    def accept(self) -> None:
        if self.actor is not None and self.actor.role is not Role.OWNER:
            self.actor = None
            self.error_label.show_message(tr("Only the owner can approve this amount."))
            self.password.clear()
            self.username.setFocus()
            self.username.selectAll()
            return
        super().accept()


def owner_approval(club: Club, refusal: ClubError, parent: QWidget | None) -> StaffId | None:
    """The approving owner: the operator if they are the owner, else whoever signs
    in as the owner; None if nobody did."""
    operator = club.current_actor()
    if operator.role is Role.OWNER:
        return operator.id
    dialog = OwnerApprovalDialog(club, refusal, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.actor.id if dialog.actor is not None else None
