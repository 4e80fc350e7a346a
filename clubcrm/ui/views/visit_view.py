"""The check-in desk (签到): one input that always has the focus.

A scan and Enter, a phone tail, a name or pinyin initials find the member
(several matches: Up/Down and Enter); the panel shows who it is, their
usable cards and the alerts; Enter on the empty input checks in with the card
chosen (Up/Down), charging it as the rules say. A refusal says why and offers
the fixes (renew, recharge, sell a card — the cards-and-money dialogs — or a
single entry). On the right: today's visits, totals and visits per hour;
members still inside. Every action gives the focus back to the input, and a
scan typed while a dialog is open waits for the input instead of landing in
the dialog (`ScannerGuard`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from uuid import uuid4

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.staff import Actor, Permission
from clubcrm.domain.visits import CheckInRefused, CheckInRequest, Fix, RepeatVisit, Visit
from clubcrm.services.club import Club
from clubcrm.services.visits import CheckInResult

from clubcrm.ui.dialogs.card_sale_dialogs import RechargeDialog, SellCardDialog
from clubcrm.ui.dialogs.card_share_dialog import member_names
from clubcrm.ui.dialogs.card_state_dialogs import FreezeDialog
from clubcrm.ui.dialogs.visit_dialogs import (
    SingleEntryDialog,
    UndoVisitDialog,
    VisitExportDialog,
)
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.models.visits_table_model import charge_text
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.view_actions import view_action
from clubcrm.ui.widgets.card_texts import holdings
from clubcrm.ui.widgets.member_picker import member_line
from clubcrm.ui.widgets.scan_input import ScanInput
from clubcrm.ui.widgets.scanner_guard import ScannerGuard
from clubcrm.ui.widgets.visit_day import VisitDayBox
from clubcrm.ui.widgets.visit_options import VisitOptions
from clubcrm.ui.widgets.visit_panel import VisitPanel, alert_text

INPUT_SCALE = 1.5
NOTICE_STYLE = "color: #c0392b;"


class VisitView(QWidget):
    message_posted = Signal(str)

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._actor = club.current_actor()
        self.member_id: int | None = None
        self._key = uuid4().hex
        self._last_request: CheckInRequest | None = None
        self._last_visit: Visit | None = None
        self._waiting_scans: list[str] = []
        self.dialog: QDialog | None = None  # the dialog the desk has open, if any
        self.input = ScanInput()
        self.input.setPlaceholderText(tr("Scan a card, or type the last digits of the phone, "
                                         "a name or pinyin initials, then Enter"))
        self.notice = QLabel()
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.matches = QListWidget()
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.hide()
        self.panel = VisitPanel()
        self.options = VisitOptions(club)
        self._make_actions()
        self.day = VisitDayBox(club, export=self.export_action,
                               row_actions=[self.undo_action, self.check_out_action])
        self.day_model, self.chart, self.totals = self.day.day_model, self.day.chart, \
            self.day.totals
        self._lay_out()
        self._connect()
        self.refresh_day()

    # -- building --------------------------------------------------------------

    def _make_actions(self) -> None:
        self.check_in_action = self._action(tr("Check &in"), "", lambda: self.check_in())
        self.single_action = self._action(tr("Single entry / walk-in…"), "F6",
                                          self.single_entry)
        self.check_out_action = self._action(tr("Check &out"), "F8", self.check_out)
        self.undo_action = self._action(tr("&Undo check-in…"), "Ctrl+Z", self.undo)
        self.export_action = self._action(tr("E&xport visits to Excel…"), "",
                                          self.export_visits)
        self.check_in_action.setToolTip(tr("Enter on the empty input"))

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        return view_action(self, text, shortcut, slot)

    def _lay_out(self) -> None:
        font = self.input.font()
        font.setPointSizeF(font.pointSizeF() * INPUT_SCALE)
        self.input.setFont(font)
        self.input.setMinimumHeight(self.input.sizeHint().height() + 10)
        buttons = QHBoxLayout()
        for action in (self.check_in_action, self.single_action, self.check_out_action,
                       self.undo_action):
            button = QPushButton(action.text().replace("&", ""))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.matches)
        column.addWidget(self.panel, 1)
        column.addWidget(self.options)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.day)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.input)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.input)

    def _connect(self) -> None:
        self.input.scanned.connect(self.find)
        self.input.split_scan.connect(self._on_split_scan)
        self.input.enter_pressed.connect(self._on_enter)
        self.input.moved.connect(self._on_moved)
        self.input.escaped.connect(self._on_escape)
        self.matches.itemClicked.connect(lambda item: self._pick(item))
        self.panel.fix_chosen.connect(self.apply_fix)
        self.panel.cards.currentRowChanged.connect(lambda _row: self._fill_attendees())
        self.options.finished.connect(self.focus_input)

    # -- finding ---------------------------------------------------------------

    def find(self, text: str) -> None:
        """What the input identified: a member (shown), several (to choose), or nothing."""
        self.notice.clear()
        try:
            found = self._club.visits.find(text, operator=self._club.operator)
        except ClubError as exc:
            self.notice.setText(describe(exc))
            return
        self.matches.clear()
        self.matches.hide()
        if found.member_id is not None:
            self.show_member(found.member_id, found.card_id)
        elif found.hits:
            for hit in found.hits:
                item = QListWidgetItem(member_line(hit.member))
                item.setData(Qt.ItemDataRole.UserRole, hit.member.id)
                self.matches.addItem(item)
            self.matches.setCurrentRow(0)
            self.matches.show()
            self.notice.setText(tr("{count} members match: Up/Down and Enter to choose.")
                                .format(count=len(found.hits)))
        else:
            self.notice.setText(tr("No member or card matches {text}.").format(text=text))
        self.focus_input()

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.matches.hide()
            self.notice.clear()
            self.show_member(item.data(Qt.ItemDataRole.UserRole))

    def show_member(self, member_id: int, card_id: int | None = None) -> None:
        try:
            panel = self._club.visits.panel(member_id, operator=self._club.operator)
        except ClubError as exc:
            self.notice.setText(describe(exc))
            return
        self.member_id = member_id
        self._key, self._last_request = uuid4().hex, None
        self.options.reset()
        self.panel.show_panel(panel, card_id=card_id)
        self._fill_attendees()
        self._update_actions()
        self.focus_input()

    def _fill_attendees(self) -> None:
        """The member, and on a family card the family members who may use it."""
        panel, card = self.panel.panel, self.panel.chosen_card()
        if panel is None:
            return
        people = [(panel.member.id, panel.member.name)]
        if card is not None and card.member_id == panel.member.id and card.holders:
            people += sorted(member_names(self._club, card.holders).items())
        self.options.set_attendees(people)

    # -- keys ------------------------------------------------------------------

    def _on_enter(self) -> None:
        if self.matches.isVisible():
            self._pick(self.matches.currentItem())
        elif self.member_id is not None:
            self.check_in()

    def _on_moved(self, step: int) -> None:
        if self.matches.isVisible():
            row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
            self.matches.setCurrentRow(row)
        else:
            self.panel.move_card(step)

    def _on_escape(self) -> None:
        self.matches.hide()
        self.notice.clear()

    def _on_split_scan(self, text: str) -> None:
        self.notice.setText(tr("The scan arrived in two parts ({text}); nothing was done. "
                               "Please scan again.").format(text=text))

    # -- checking in -----------------------------------------------------------

    def request(self, *, confirm_repeat: bool = False) -> CheckInRequest:
        card = self.panel.chosen_card()
        options = self.options
        attendee = options.attendee.currentData()
        return CheckInRequest(
            attendee if attendee is not None else self.member_id,
            card_id=card.id if card is not None else None,
            service_id=options.service.currentData(), guests=options.guests.value(),
            locker=options.locker.text(), staff_id=options.staff.currentData(),
            confirm_repeat=confirm_repeat)

    def check_in(self, *, confirm_repeat: bool = False) -> CheckInResult | None:
        """Check the member in with the chosen card; the panel shows the outcome."""
        if self.member_id is None:
            return None
        request = self.request(confirm_repeat=confirm_repeat)
        if request != self._last_request:
            self._key = uuid4().hex  # a different request: not a repeat of the last one
        try:
            result = self._club.visits.check_in(request, key=self._key,
                                                operator=self._club.operator)
        except RepeatVisit as exc:
            self._ask_repeat(exc)
            return None
        except CheckInRefused as exc:
            self.panel.show_refusal(exc)
            return None
        except ClubError as exc:
            self.panel.show_message(describe(exc))
            return None
        finally:
            self.focus_input()
        self._last_request = request
        self._show_checked_in(result)
        return result

    def _show_checked_in(self, result: CheckInResult) -> None:
        visit = result.visit
        text = tr("Checked in {time}: {charge}").format(time=visit.at.strftime("%H:%M"),
                                                      charge=charge_text(visit))
        if result.card is not None:
            self.panel.update_card(result.card)
            text += " · " + tr("card {card} now {left}").format(card=result.card.card_no,
                                                                 left=holdings(result.card))
        if result.repeated:
            text += " · " + tr("already done: nothing was charged again")
        self.panel.show_done(text)
        self._last_visit = visit
        self.message_posted.emit(text)
        # After the panel has shown the new balance: the alerts as of now, the day.
        QTimer.singleShot(0, lambda: self._after_check_in(result))

    def _after_check_in(self, result: CheckInResult) -> None:
        try:
            result = self._club.visits.alerts_after(result, operator=self._club.operator)
        except ClubError:
            pass  # the alerts stay as they were shown; the check-in is done
        else:
            if result.visit.member_id == self.member_id:
                self.panel.show_alerts(result.alerts)
        self.refresh_day()

    def _ask_repeat(self, error: RepeatVisit) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Checked in already"), describe(error),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter charges nothing
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self.check_in(confirm_repeat=True)
                             if answer == QMessageBox.StandardButton.Yes else None)
        self.open_dialog(box)

    # -- fixes and the other actions --------------------------------------------

    def apply_fix(self, fix: Fix) -> QDialog | None:
        """Open the dialog that fixes a refusal (the cards-and-money dialogs)."""
        member = self._member()
        refused_card = self._refused_card()
        dialog: QDialog | None = None
        if fix in (Fix.RENEW, Fix.SELL_CARD) and member is not None:
            dialog = SellCardDialog(self._club, member, self)
            if fix is Fix.RENEW and refused_card is not None:
                dialog.product.setCurrentIndex(max(0, dialog.product.findData(
                    refused_card.product.id)))
        elif fix is Fix.RECHARGE and refused_card is not None:
            dialog = RechargeDialog(self._club, refused_card, self)
        elif fix is Fix.UNFREEZE and refused_card is not None:
            dialog = FreezeDialog(self._club, refused_card, self)
        elif fix is Fix.SINGLE_ENTRY:
            return self.single_entry()
        if dialog is not None:
            dialog.operation_done.connect(lambda _result: self._reshow())  # type: ignore
            self.open_dialog(dialog)
        return dialog

    def _member(self) -> object:
        if self.member_id is None:
            return None
        try:
            return self._club.members.get(MemberId(self.member_id), operator=self._club.operator)
        except ClubError:
            return None

    def _refused_card(self) -> object:
        panel = self.panel.panel
        refusal = panel.refusal if panel is not None else None
        card_id = refusal.card_id if refusal is not None else None
        chosen = self.panel.chosen_card()
        if card_id is None and chosen is not None:
            card_id = chosen.id
        return self._club.cards.card(card_id) if card_id is not None else None

    def _reshow(self) -> None:
        if self.member_id is not None:
            self.show_member(self.member_id)

    def single_entry(self) -> QDialog:
        """A single entry in cash or by QR pay: the member shown, or a walk-in."""
        panel = self.panel.panel if self.member_id is not None else None
        who = panel.member.name if panel is not None else tr("a walk-in (not a member)")
        request = self.request() if self.member_id is not None else CheckInRequest(
            None, guests=self.options.guests.value(), locker=self.options.locker.text(),
            staff_id=self.options.staff.currentData())
        dialog = SingleEntryDialog(self._club, request, who=who, parent=self)
        dialog.checked_in.connect(self._show_checked_in)
        self.open_dialog(dialog)
        return dialog

    def check_out(self) -> None:
        visit = self._selected_visit() or (self.panel.panel.inside if self.panel.panel else None)
        if visit is None:
            self.notice.setText(tr("Choose a visit in the lists, or find a member who is "
                                   "inside."))
            return
        try:
            out = self._club.visits.check_out(visit.id, operator=self._club.operator)
        except ClubError as exc:
            self.notice.setText(describe(exc))
        else:
            assert out.checked_out_at is not None
            self.message_posted.emit(tr("{who} checked out after {minutes} minutes.").format(
                who=out.member_name or tr("Walk-in visitor"),
                minutes=out.minutes_inside(out.at)))
            self.refresh_day()
            self._reshow()
        self.focus_input()

    def undo(self) -> QDialog | None:
        visit = self._selected_visit() or self._last_visit
        if visit is None or visit.undone_at is not None:
            self.notice.setText(tr("Choose a check-in in today's list to undo."))
            return None
        dialog = UndoVisitDialog(self._club, visit, uuid4().hex, self)
        dialog.undone.connect(lambda _visit: (self.refresh_day(), self._reshow()))
        self.open_dialog(dialog)
        return dialog

    def _selected_visit(self) -> Visit | None:
        return self.day.selected_visit()

    # -- dialogs and the scanner ----------------------------------------------

    def open_dialog(self, dialog: QDialog) -> None:
        """Open a dialog over the desk: scans typed meanwhile wait for the input."""
        guard = ScannerGuard(dialog)
        guard.scanned.connect(self._waiting_scans.append)
        dialog.finished.connect(self._after_dialog)
        self.dialog = dialog
        dialog.open()

    def _after_dialog(self) -> None:
        self.dialog = None
        self.focus_input()
        if self._waiting_scans:
            text = self._waiting_scans[-1]
            self._waiting_scans.clear()
            self.message_posted.emit(tr("Scan received while a dialog was open: {text}")
                                     .format(text=text))
            self.find(text)

    # -- the day ---------------------------------------------------------------

    def refresh_day(self) -> None:
        self.day.refresh()

    def export_visits(self) -> VisitExportDialog:
        """The days to export, then the file (a dialog of the desk: scans wait)."""
        dialog = VisitExportDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose_export_file(*dialog.days()))
        self.open_dialog(dialog)
        return dialog

    def _choose_export_file(self, first: date, last: date) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        days = first.strftime("%Y%m%d") + ("" if last == first else
                                           "-" + last.strftime("%Y%m%d"))
        name = tr("visits-{date}.xlsx").format(date=days)
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export the visits"),
                                                str(Path(folder) / name),
                                                tr("Excel workbook (*.xlsx)"))
        self.focus_input()
        if chosen:
            self.export_to(Path(chosen).with_suffix(".xlsx"), first, last)

    def export_to(self, path: Path, first: date | None = None, last: date | None = None
                  ) -> BackgroundTask:
        """The visits from `first` to `last` (default: today) in the background."""
        visits, operator = self._club.visits, self._club.operator
        first = first or date.today()
        last = last or first
        task = BackgroundTask(lambda _progress: visits.export(path, date_from=first,
                                                              date_to=last, operator=operator),
                              label=tr("Exporting the visits…"), parent=self)
        task.succeeded.connect(lambda count: self.message_posted.emit(
            tr("{count} visits exported to {path}.").format(count=count, path=path)))
        task.failed.connect(lambda error: show_error(self, error))
        for ended in (task.succeeded, task.failed):  # the progress dialog had the focus
            ended.connect(lambda _result: self.focus_input())
        task.start()
        return task

    # -- operator and focus ----------------------------------------------------

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.options.load_choices()
        self._update_actions()
        self._reshow()

    def _update_actions(self) -> None:
        self.export_action.setEnabled(self._actor.can(Permission.EXPORT_MEMBERS))
        self.check_in_action.setEnabled(self.member_id is not None)

    def focus_input(self) -> None:
        if self.dialog is None and self.isVisible():
            if not self.isActiveWindow():
                self.activateWindow()  # a dialog just closed: the desk is active again
            self.input.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.options.load_choices()
        self.refresh_day()
        self.focus_input()

    def alert_lines(self) -> list[str]:
        panel = self.panel.panel
        return [alert_text(alert) for alert in panel.alerts] if panel else []
