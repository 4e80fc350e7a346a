"""Staff in the main window: the operator shown, masking and disabled actions for
reception, the idle lock, switching operator, the staff and audit dialogs."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clubcrm.domain.audit import AuditAction, AuditFilter
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import Member
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club
from clubcrm.services.staff import NO_OPERATOR

from clubcrm.ui.dialogs.login_dialog import LoginDialog
from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.main_window import MainWindow
from clubcrm.ui.models.members_table_model import COL_PHONE

OWNER_PASSWORD = "boss-pass"


def make_window(qtbot: QtBot, club: Club) -> MainWindow:
    window = MainWindow(club, db_path=club.db.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def listed_phones(window: MainWindow) -> list[str]:
    model = window.members_view.list_model
    return [model.index(row, COL_PHONE).data() for row in range(model.rowCount())]


def open_login(qtbot: QtBot, window: MainWindow) -> LoginDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(LoginDialog)))
    return next(d for d in window.findChildren(LoginDialog) if d.isVisible())


def test_reception_sees_masked_phones_and_cannot_export(
    qtbot: QtBot, people: list[Member], club: Club, staff: dict[Role, StaffId]
) -> None:
    """Reception's list shows 138****8000; export, staff and audit are disabled."""
    club.operator = staff[Role.RECEPTION]
    window = make_window(qtbot, club)
    assert listed_phones(window)[0] == "138****8000"
    view = window.members_view
    assert not view.export_action.isEnabled()
    assert not window.desk.staff_action.isEnabled()
    assert not window.desk.audit_action.isEnabled()
    assert view.merge_action.isEnabled() is False  # nothing selected yet
    assert window.desk.operator_label.text() == "Operator: Xiaoli (Reception)"


def test_reception_reveals_a_phone_deliberately(
    qtbot: QtBot, people: list[Member], club: Club, staff: dict[Role, StaffId]
) -> None:
    """The edit form shows the masked phone read-only; Reveal shows it, and is audited."""
    club.operator = staff[Role.RECEPTION]
    window = make_window(qtbot, club)
    dialog = window.members_view.edit_member(people[0].id)
    assert isinstance(dialog, MemberDialog)
    assert dialog.phone.text() == "138****8000" and dialog.phone.isReadOnly()
    dialog.reveal_button.click()
    assert dialog.phone.text() == "13800138000" and not dialog.phone.isReadOnly()
    [entry] = club.audit.page(AuditFilter(action=AuditAction.PHONE_REVEALED),
                                 operator=staff[Role.OWNER])
    assert entry.operator_id == staff[Role.RECEPTION]


def test_saving_without_reveal_keeps_the_phone(
    qtbot: QtBot, people: list[Member], club: Club, staff: dict[Role, StaffId]
) -> None:
    """Reception edits the name of a masked record: the stored phone is unchanged."""
    club.operator = staff[Role.RECEPTION]
    window = make_window(qtbot, club)
    dialog = window.members_view.edit_member(people[0].id)
    assert dialog is not None
    dialog.name.setText("张三丰")
    dialog.save()
    stored = club.members.get(people[0].id, operator=staff[Role.OWNER])
    assert (stored.name, stored.phone) == ("张三丰", "13800138000")
    assert listed_phones(window)[0] == "138****8000"


def test_idle_lock_hides_members_until_sign_in(qtbot: QtBot, people: list[Member],
                                                club: Club) -> None:
    """After the idle time the window locks; the operator signs in again by keyboard."""
    owner = club.staff.create_owner(display_name="Wang", username="wang",
                                    password=OWNER_PASSWORD)
    club.operator = owner.id
    window = make_window(qtbot, club)
    assert window.desk.idle_watcher.is_watching()
    window.desk.idle_watcher.start(50)
    qtbot.waitUntil(window.desk.is_locked, timeout=3000)
    assert club.operator == NO_OPERATOR
    assert not window.menuBar().isEnabled()
    dialog = open_login(qtbot, window)
    assert dialog.username.text() == "wang"
    qtbot.keyClicks(dialog.password, OWNER_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not window.desk.is_locked()
    assert club.operator == owner.id and window.menuBar().isEnabled()


def test_switch_operator_with_f12(qtbot: QtBot, people: list[Member], club: Club,
                                  staff: dict[Role, StaffId], staff_password: str) -> None:
    """F12, then the next person signs in: the status bar and the masking follow."""
    window = make_window(qtbot, club)
    assert listed_phones(window)[0] == "13800138000"
    qtbot.keyClick(window, Qt.Key.Key_F12)
    dialog = open_login(qtbot, window)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.username, "xiaoli")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, staff_password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert club.operator == staff[Role.RECEPTION]
    assert "Reception" in window.desk.operator_label.text()
    assert listed_phones(window)[0] == "138****8000"
    assert not window.members_view.export_action.isEnabled()


def test_owner_adds_a_staff_member(qtbot: QtBot, club: Club) -> None:
    """Staff accounts, Add: the new account is listed and can sign in."""
    window = make_window(qtbot, club)
    staff_dialog = window.desk.open_staff()
    form = staff_dialog.add_account()
    form.display_name.setText("Xiao Zhou")
    form.username.setText("zhou")
    form.role.setCurrentIndex(form.role.findData(Role.MANAGER.value))
    form.passwords.password.setText("zhou-pass")
    form.passwords.repeat.setText("zhou-pass")
    form.add_button.click()
    assert not form.isVisible()
    listed = [staff_dialog.tree.topLevelItem(i).text(1)
              for i in range(staff_dialog.tree.topLevelItemCount())]
    assert listed == ["owner", "zhou"]
    assert club.staff.authenticate("zhou", "zhou-pass").role == Role.MANAGER


def test_last_owner_cannot_be_disabled_in_the_dialog(qtbot: QtBot, club: Club) -> None:
    """Disabling the only owner is refused with a message under the list."""
    window = make_window(qtbot, club)
    staff_dialog = window.desk.open_staff()
    staff_dialog.tree.setCurrentItem(staff_dialog.tree.topLevelItem(0))
    staff_dialog.toggle_active()
    assert "needs an active owner" in staff_dialog.error_label.text()
    assert club.current_actor().role == Role.OWNER


def test_audit_dialog_filters_and_verifies(qtbot: QtBot, club: Club,
                                           staff: dict[Role, StaffId]) -> None:
    """The owner's audit view lists entries, filters by action, and verifies the chain."""
    window = make_window(qtbot, club)
    dialog = window.desk.open_audit()
    assert dialog.model.rowCount() == 2  # the two accounts the fixture added
    dialog.action.setCurrentIndex(dialog.action.findData(AuditAction.LOGIN.value))
    assert dialog.model.rowCount() == 0
    assert dialog.verify()
    assert "intact" in dialog.status_label.text()
