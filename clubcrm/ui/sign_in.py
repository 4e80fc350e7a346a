"""Who is at the keyboard when the app starts: the first run creates the owner
account; once any account has a password, everybody signs in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from clubcrm.services.club import Club

from clubcrm.ui.dialogs.login_dialog import LoginDialog
from clubcrm.ui.dialogs.owner_setup_dialog import OwnerSetupDialog
from clubcrm.ui.i18n import tr


def sign_in_at_start(club: Club) -> bool:
    """Sets `club.operator`; False when the user cancels (the app then quits)."""
    dialog: LoginDialog | OwnerSetupDialog
    if club.staff.login_required():
        dialog = LoginDialog(club.staff, prompt=tr("Sign in to start."))
    else:
        dialog = OwnerSetupDialog(club.staff)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return False
    club.operator = dialog.actor.id
    return True
