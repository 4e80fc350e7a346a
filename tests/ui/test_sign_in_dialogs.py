"""The owner's first-run account and the sign-in dialog, driven by the keyboard."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club
from clubcrm.services.settings import LOGIN_MAX_FAILURES

from clubcrm.ui.dialogs.login_dialog import LoginDialog
from clubcrm.ui.dialogs.owner_setup_dialog import OwnerSetupDialog
from clubcrm.ui.sign_in import sign_in_at_start


def login_dialog(qtbot: QtBot, club: Club) -> LoginDialog:
    dialog = LoginDialog(club.staff, prompt="Sign in")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_login(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)  # moves on to the empty password
    assert dialog.password.hasFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_owner_account_created_by_keyboard(qtbot: QtBot, club: Club) -> None:
    """Name, user name, the password twice, Enter: the owner exists and must sign in."""
    dialog = OwnerSetupDialog(club.staff)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    for field, text in ((dialog.display_name, "Wang Laoban"), (dialog.username, "wang"),
                        (dialog.passwords.password, "boss-pass"),
                        (dialog.passwords.repeat, "boss-pass")):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role == Role.OWNER
    assert not dialog.isVisible()
    assert club.staff.login_required()


def test_owner_passwords_must_match(qtbot: QtBot, club: Club) -> None:
    """Two different passwords are refused under the fields; nothing is created."""
    dialog = OwnerSetupDialog(club.staff)
    qtbot.addWidget(dialog)
    dialog.display_name.setText("Wang")
    dialog.username.setText("wang")
    dialog.passwords.password.setText("boss-pass")
    dialog.passwords.repeat.setText("boss-pasS")
    dialog.submit()
    assert "not the same" in dialog.error_label.text()
    assert not club.staff.login_required()


def test_login_by_typing_and_enter(qtbot: QtBot, club: Club, staff: dict[Role, StaffId],
                                   staff_password: str) -> None:
    """User name, Enter, password, Enter: signed in as that staff member."""
    dialog = login_dialog(qtbot, club)
    type_login(qtbot, dialog, "xiaoli", staff_password)
    assert dialog.actor is not None and dialog.actor.id == staff[Role.RECEPTION]
    assert not dialog.isVisible()


def test_wrong_password_shown_inline(qtbot: QtBot, club: Club, staff: dict) -> None:
    """A wrong password is said under the fields; the dialog stays, the password is cleared."""
    dialog = login_dialog(qtbot, club)
    type_login(qtbot, dialog, "xiaoli", "not-it")
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.error_label.text() == "Wrong user name or password."
    assert dialog.password.text() == "" and dialog.password.hasFocus()


def test_locked_account_says_until_when(qtbot: QtBot, club: Club, staff: dict,
                                        staff_password: str) -> None:
    """After too many failures the dialog says the account is locked, and until when."""
    club.settings.set(LOGIN_MAX_FAILURES, 2, operator=staff[Role.OWNER])
    dialog = login_dialog(qtbot, club)
    dialog.username.setText("xiaoli")
    for password in ("bad-one", "bad-two", staff_password):
        dialog.password.setText(password)
        dialog.submit()
    assert "locked until" in dialog.error_label.text()
    assert dialog.actor is None


def test_start_asks_for_the_owner_account_then_for_sign_in(qtbot: QtBot, club: Club) -> None:
    """A club without passwords asks for the owner account at start; afterwards a sign-in."""
    def fill_owner() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OwnerSetupDialog)
        dialog.display_name.setText("Wang")
        dialog.username.setText("wang")
        dialog.passwords.password.setText("boss-pass")
        dialog.passwords.repeat.setText("boss-pass")
        dialog.submit()

    QTimer.singleShot(0, fill_owner)
    assert sign_in_at_start(club)
    owner = club.current_actor()
    assert owner.username == "wang"

    def cancel_login() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel_login)
    assert not sign_in_at_start(club)
