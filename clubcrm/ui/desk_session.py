"""Who is at the reception desk: the operator shown in the status bar, a quick
switch (F12), the idle lock, and the owner's staff and audit dialogs.

It wraps the main window's content so that a lock hides every member on
screen until somebody signs in again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from clubcrm.domain.errors import PermissionDenied
from clubcrm.domain.staff import ROLE_LABELS, Actor, Permission
from clubcrm.services.club import Club
from clubcrm.services.settings import IDLE_LOCK_MINUTES
from clubcrm.services.staff import NO_OPERATOR

from clubcrm.ui.dialogs.audit_dialog import AuditDialog
from clubcrm.ui.dialogs.login_dialog import LoginDialog
from clubcrm.ui.dialogs.password_dialog import PasswordDialog
from clubcrm.ui.dialogs.staff_dialog import StaffDialog
from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.idle_lock import MS_PER_MINUTE, IdleWatcher

PAGE_CONTENT, PAGE_LOCKED = 0, 1


class LockPanel(QWidget):
    """What a locked window shows instead of the members."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sign_in_button = QPushButton(tr("Sign in…"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        message = QLabel(tr("Locked: nobody used the program for a while. Sign in to continue."))
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(message)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)


class DeskSession(QObject):
    actor_changed = Signal(object)  # the Actor now at the desk

    def __init__(self, club: Club, window: QMainWindow) -> None:
        super().__init__(window)
        self._club, self._window = club, window
        self.actor: Actor = club.current_actor()
        self.operator_label = QLabel()
        self.lock_panel = LockPanel()
        content = window.takeCentralWidget()
        assert content is not None, "the window lays out its content first"
        self.screens = QStackedWidget()
        self.screens.addWidget(content)
        self.screens.addWidget(self.lock_panel)
        window.setCentralWidget(self.screens)
        self.idle_watcher = IdleWatcher(self)
        self.idle_watcher.idle.connect(self.lock)
        self.lock_panel.sign_in_button.clicked.connect(self._ask_unlock)
        self._make_actions()
        self._show_actor()
        self.watch_idle()

    def _make_actions(self) -> None:
        self.switch_action = self._action(tr("S&witch operator…"), self.switch_operator, "F12")
        self.password_action = self._action(tr("Change my &password…"), self.change_password)
        self.staff_action = self._action(tr("Staff &accounts…"), self.open_staff)
        self.audit_action = self._action(tr("A&udit log…"), self.open_audit)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: slot())
        self._window.addAction(action)
        return action

    def menu_actions(self) -> list[QAction | None]:
        """The Staff menu, in order (None marks a separator)."""
        return [self.switch_action, self.password_action, None, self.staff_action,
                self.audit_action]

    # -- the operator ----------------------------------------------------------

    def set_actor(self, actor: Actor) -> None:
        self._club.operator = actor.id
        self.actor = actor
        self._show_actor()
        self.actor_changed.emit(actor)

    def _show_actor(self) -> None:
        self.operator_label.setText(tr("Operator: {name} ({role})").format(
            name=self.actor.display_name, role=tr_label(ROLE_LABELS[self.actor.role])))
        signed_in = self._club.staff.login_required()
        self.switch_action.setEnabled(signed_in)
        self.password_action.setEnabled(signed_in)
        self.staff_action.setEnabled(self.actor.can(Permission.MANAGE_STAFF))
        self.audit_action.setEnabled(self.actor.can(Permission.VIEW_AUDIT))

    def switch_operator(self) -> LoginDialog:
        """Quick change at the desk: the next person signs in over the open window."""
        return self._open_login(tr("Sign in as the operator at the desk."), "", self._switched)

    def _switched(self, actor: Actor) -> None:
        if actor != self.actor:
            self.set_actor(actor)

    def _refresh_actor(self) -> None:
        """After the staff dialog: the operator's own role or account may have changed."""
        try:
            self.set_actor(self._club.current_actor())
        except PermissionDenied:
            self.lock()

    def _open_login(self, prompt: str, username: str,
                    signed_in: Callable[[Actor], None]) -> LoginDialog:
        dialog = LoginDialog(self._club.staff, prompt=prompt, username=username,
                             parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: signed_in(dialog.actor) if dialog.actor else None)
        dialog.open()
        return dialog

    # -- the idle lock ---------------------------------------------------------

    def watch_idle(self) -> None:
        """Lock after the configured idle minutes, once accounts have passwords."""
        if self._club.staff.login_required():
            self.idle_watcher.start(self._club.settings.get(IDLE_LOCK_MINUTES) * MS_PER_MINUTE)
        else:
            self.idle_watcher.stop()

    def is_locked(self) -> bool:
        return self.screens.currentIndex() == PAGE_LOCKED

    def lock(self) -> LoginDialog:
        """Hide the members, refuse every service call, and ask for a sign-in."""
        self.idle_watcher.stop()
        self.screens.setCurrentIndex(PAGE_LOCKED)
        self._window.menuBar().setEnabled(False)
        self._club.operator = NO_OPERATOR
        return self._ask_unlock()

    def _ask_unlock(self) -> LoginDialog:
        return self._open_login(tr("The window was locked. Sign in to continue."),
                                self.actor.username, self._unlock)

    def _unlock(self, actor: Actor) -> None:
        self.screens.setCurrentIndex(PAGE_CONTENT)
        self._window.menuBar().setEnabled(True)
        self.set_actor(actor)
        self.watch_idle()

    # -- dialogs ---------------------------------------------------------------

    def change_password(self) -> PasswordDialog:
        club = self._club
        dialog = PasswordDialog(
            lambda current, new: club.staff.change_password(operator=club.operator,
                                                            current=current, new=new),
            title=tr("Change my password"), ask_current=True, parent=self._window,
        )
        dialog.open()
        return dialog

    def open_staff(self) -> StaffDialog:
        dialog = StaffDialog(self._club, parent=self._window)
        dialog.finished.connect(lambda _result: self._refresh_actor())
        dialog.open()
        return dialog

    def open_audit(self) -> AuditDialog:
        dialog = AuditDialog(self._club, parent=self._window)
        dialog.open()
        return dialog
