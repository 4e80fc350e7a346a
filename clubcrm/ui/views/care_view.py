"""The reception home screen: care tasks (关怀任务) to work through today.

A tab per kind of task with its count: birthdays this week, cards ending
within 30 days, low balances and few sessions (instant), dormant and churning
members to call back (the segmentation finds them in the background, seconds
on a big club; their tabs say so meanwhile). Enter marks the chosen task done
with an outcome and a note, and the list shrinks; a double click opens the
member. F5 and coming back to the screen read everything again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from clubcrm.domain.care import (
    CALL_BACK_KINDS,
    CARE_KINDS,
    KIND_LABELS,
    OUTCOME_LABELS,
    CallBacks,
    CareDone,
    CareKind,
    CareTask,
)
from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.staff import Actor, Permission
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.care_done_dialog import CareDoneDialog
from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.models.care_tasks_table_model import CareTasksTableModel, Key, task_text
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.view_actions import view_action
from clubcrm.ui.widgets.care_tab import CareTab

log = logging.getLogger("clubcrm.ui")
MASK = "*"


class CareView(QWidget):
    message_posted = Signal(str)
    call_backs_shown = Signal()  # the background computation is over (or failed)

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._actor = club.current_actor()
        self.today: Callable[[], date] = date.today  # the screenshots show a fixed day
        self.heading = QLabel()
        self.tab_widget = QTabWidget()
        self.tabs = {kind: CareTab(CareTasksTableModel(self)) for kind in CARE_KINDS}
        self._computing: BackgroundTask | None = None
        self._compute_again = False
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(0)
        self._start_timer.timeout.connect(self._start_call_backs)
        self._done_here: set[Key] = set()  # lists computed before it may still hold them
        self._make_actions()
        self._lay_out()
        self._connect()
        self._update_actions()

    # -- building ------------------------------------------------------------

    def _make_actions(self) -> None:
        self.done_action = view_action(self, tr("Mark &done…"), "Return", self.mark_done)
        self.done_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.open_action = view_action(self, tr("&Open member…"), "F4", self.open_member)
        self.reveal_action = view_action(self, tr("Re&veal phone"), "", self.reveal_phone)
        self.refresh_action = view_action(self, tr("&Refresh"), "F5", self.refresh)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for action in (self.done_action, self.open_action, self.reveal_action,
                       self.refresh_action):
            buttons.addWidget(_button(action))
        buttons.addStretch(1)
        for kind, tab in self.tabs.items():
            self.tab_widget.addTab(tab, tr_label(KIND_LABELS[kind]))
            tab.table.addActions([self.done_action, self.open_action, self.reveal_action])
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.tab_widget, 1)

    def _connect(self) -> None:
        self.tab_widget.currentChanged.connect(self._focus_list)
        for tab in self.tabs.values():
            tab.table.doubleClicked.connect(lambda _index: self.open_member())
            tab.table.selectionModel().currentRowChanged.connect(self._update_actions)
            tab.model.modelReset.connect(self._update_actions)

    # -- reading -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def set_actor(self, actor: Actor) -> None:
        """Another operator signed in: phones masked or not, as their role sees them."""
        self._actor = actor
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the lists again: other desks work them too, and the data changes."""
        today = self.today()
        self.heading.setText(tr("Care tasks for {date}: Enter marks the chosen task done, "
                                "a double click opens the member.").format(date=today))
        try:
            lists = self._club.care.open_tasks(today, operator=self._club.operator)
        except ClubError as exc:
            for kind in CARE_KINDS:
                self._show_message(kind, describe(exc))
            return
        for kind, tasks in lists.items():
            self._show(kind, tasks)
        for tab in self.tabs.values():
            tab.model.set_values(None)  # computing
        for kind in CALL_BACK_KINDS:
            self._show_message(kind, tr("Finding the members to call back…"), computing=True)
        if self._computing is not None:
            self._compute_again = True  # the running one may have read older data
        else:
            self._start_timer.start()
        self._focus_list()

    def _start_call_backs(self) -> None:
        """In the background, once the lists are painted: a big club's
        segmentation competes with the painting for the interpreter."""
        care, operator, today = self._club.care, self._club.operator, self.today()
        valued = [task.member_id for kind in CARE_KINDS if kind not in CALL_BACK_KINDS
                  for task in self.tabs[kind].model.tasks()]
        task = BackgroundTask(lambda _progress: care.call_backs(today, operator=operator,
                                                                valued=valued),
                              label=None, parent=self)
        task.succeeded.connect(self._on_call_backs)
        task.failed.connect(self._on_call_backs_failed)
        self._computing = task
        task.start()

    def _finished(self) -> bool:
        """The computation is over; False when it must run again on newer data."""
        self._computing = None
        if self._compute_again:
            self._compute_again = False
            self._start_timer.start()
            return False
        return True

    def _on_call_backs(self, found: CallBacks) -> None:
        if not self._finished():
            return
        self._show(CareKind.DORMANT, found.dormant)
        self._show(CareKind.CHURNING, found.churning)
        for tab in self.tabs.values():
            tab.model.set_values(found.values, months=found.window_months)
        self.call_backs_shown.emit()

    def _on_call_backs_failed(self, error: BaseException) -> None:
        if not self._finished():
            return
        if isinstance(error, ClubError):
            text = describe(error)
        else:
            log.error("the call-backs could not be computed", exc_info=error)
            text = tr("The members to call back could not be found; the details are in the log.")
        for kind in CALL_BACK_KINDS:
            self._show_message(kind, text)
        self.call_backs_shown.emit()

    @property
    def computing(self) -> bool:
        """The call-backs are being found in the background (or about to be)."""
        return self._start_timer.isActive() or self._computing is not None

    def wait(self) -> None:
        """Let a computation in the background finish: the window is closing."""
        self._start_timer.stop()
        if self._computing is not None:
            self._computing.wait()

    def _show(self, kind: CareKind, tasks: list[CareTask]) -> None:
        tab = self.tabs[kind]
        tab.model.set_tasks(task for task in tasks if task.key not in self._done_here)
        tab.show_list()
        self._title(kind, str(tab.model.rowCount()))

    def _show_message(self, kind: CareKind, text: str, *, computing: bool = False) -> None:
        self.tabs[kind].show_message(text)
        self._title(kind, "…" if computing else "—")

    def _title(self, kind: CareKind, count: str) -> None:
        index = self.tab_widget.indexOf(self.tabs[kind])
        self.tab_widget.setTabText(index, tr("{list} ({count})").format(
            list=tr_label(KIND_LABELS[kind]), count=count))

    # -- the chosen task -----------------------------------------------------------

    def current_tab(self) -> CareTab:
        tab = self.tab_widget.currentWidget()
        assert isinstance(tab, CareTab)
        return tab

    def current_task(self) -> CareTask | None:
        tab = self.current_tab()
        index = tab.table.currentIndex()
        if tab.currentWidget() is not tab.table or not index.isValid():
            return None
        return tab.model.task_at(index.row())

    def _focus_list(self) -> None:
        table = self.current_tab().table
        if table.model().rowCount() and not table.selectionModel().hasSelection():
            table.selectRow(max(table.currentIndex().row(), 0))
        table.setFocus()
        self._update_actions()

    def _after_dialog(self) -> None:
        if self.isVisible():
            if not self.isActiveWindow():
                self.activateWindow()  # a dialog just closed: the list is active again
            self._focus_list()

    def _update_actions(self) -> None:
        task = self.current_task()
        self.done_action.setEnabled(task is not None)
        self.open_action.setEnabled(task is not None)
        self.reveal_action.setEnabled(task is not None and MASK in task.phone
                                      and self._actor.can(Permission.REVEAL_PHONE))

    # -- actions -------------------------------------------------------------------

    def mark_done(self) -> CareDoneDialog | None:
        task = self.current_task()
        if task is None:
            return None
        dialog = CareDoneDialog(self._club, task, parent=self)
        dialog.marked_done.connect(lambda done: self._on_done(task, done))
        dialog.done_elsewhere.connect(self._drop)
        dialog.finished.connect(self._after_dialog)
        dialog.open()
        return dialog

    def _on_done(self, task: CareTask, done: CareDone) -> None:
        self._drop(task)
        self.message_posted.emit(tr("Done: {name}, {what} ({outcome}).").format(
            name=task.name, what=task_text(task),
            outcome=tr_label(OUTCOME_LABELS[done.outcome])))

    def _drop(self, task: CareTask) -> None:
        """The task leaves its list; the next one is chosen, ready for Enter."""
        self._done_here.add(task.key)
        tab = self.tabs[task.kind]
        row = tab.model.remove(task.key)
        self._title(task.kind, str(tab.model.rowCount()))
        if not tab.model.rowCount():
            tab.show_list()
        elif row is not None:
            tab.table.selectRow(min(row, tab.model.rowCount() - 1))
        self._update_actions()

    def open_member(self) -> MemberDialog | None:
        task = self.current_task()
        if task is None:
            return None
        try:
            member = self._club.members.get(MemberId(task.member_id),
                                             operator=self._club.operator)
        except ClubError as exc:
            self.message_posted.emit(describe(exc))
            return None
        dialog = MemberDialog(self._club, member, parent=self)
        dialog.member_saved.connect(lambda _member: self.refresh())
        dialog.finished.connect(self._after_dialog)
        dialog.open()
        return dialog

    def reveal_phone(self) -> None:
        """The chosen member's full phone, for a call (the service audits it)."""
        task = self.current_task()
        if task is None:
            return
        try:
            phones = self._club.members.reveal_phone(MemberId(task.member_id),
                                                     operator=self._club.operator)
        except ClubError as exc:
            self.message_posted.emit(describe(exc))
            return
        for tab in self.tabs.values():
            tab.model.show_phone(task.member_id, phones.phone)
        self._update_actions()


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button
