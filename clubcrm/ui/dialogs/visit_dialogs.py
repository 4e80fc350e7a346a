"""The desk's own dialogs: a single entry paid in cash or by QR pay (a member
without a usable card, or a walk-in who is not a member), undoing a
check-in with a reason, and the days of a visits export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.translatable import N_
from clubcrm.domain.visits import CheckInRequest, Visit
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult
from clubcrm.services.settings import VISIT_ENTRY_SERVICE_ID
from clubcrm.services.visits import CheckInResult

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.dialogs.card_operation_dialog import (
    CardOperationDialog,
    chosen_method,
    payment_combo,
    reason_field,
)
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.widgets.card_texts import money
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.operation_preview import Figure, Preview


class SingleEntryDialog(CardOperationDialog):
    """`request` carries the member (None: a walk-in), guests, locker and staff."""

    checked_in = Signal(object)  # the CheckInResult

    def __init__(self, club: Club, request: CheckInRequest, *, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(club, title=tr("Single entry"), confirm_text=tr("Check in"),
                         subject=tr("Single entry for {who}").format(who=who), parent=parent)
        self._request = replace(request, card_id=None, single_entry=True, confirm_repeat=True)
        self.result: CheckInResult | None = None
        self.method = payment_combo()
        self.add_field(tr("Payment method"), self.method, field="method")
        self.start()

    def _service(self) -> tuple[str, int]:
        wanted = self._request.service_id or self._club.settings.get(VISIT_ENTRY_SERVICE_ID)
        for service in self._club.catalogue.services(include_retired=False):
            if service.id == wanted:
                return service.name, service.price_fen
        raise ValidationError(N_("No entry service is set: the owner chooses it in the "
                                 "settings (check-in desk)."), field="service")

    def quote(self) -> Preview:
        name, price = self._service()
        people = self._request.people
        return Preview((Figure(tr("Service"), f"{name} × {people}"),
                        Figure(tr("Amount due"), money(price * people), emphasis=True)))

    def perform(self, approved_by: StaffId | None) -> OperationResult:
        request = replace(self._request, method=chosen_method(self.method))
        self.result = self._club.visits.check_in(request, key=self.key,
                                                 operator=self._club.operator)
        self.checked_in.emit(self.result)
        return self.result.operation

    def done_text(self, result: OperationResult) -> str:
        if self._request.member_id is None:
            self.receipt.setEnabled(False)  # a receipt names a member
        return tr("Checked in: operation {number}.").format(number=result.number)


class UndoVisitDialog(RememberedDialog):
    """Undo a check-in: its charge is reversed on the ledger, the visit marked undone."""

    undone = Signal(object)  # the Visit, undone

    def __init__(self, club: Club, visit: Visit, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Undo a check-in"))
        self._club, self._visit, self._key = club, visit, key
        who = visit.member_name or tr("Walk-in visitor")
        self.subject = QLabel(tr("Undo the check-in of {who} at {time}? Its charge is reversed "
                                 "on the ledger.").format(who=who,
                                                          time=visit.at.strftime("%H:%M")))
        self.subject.setWordWrap(True)
        self.reason = reason_field(tr("Why, e.g. scanned by mistake"))
        self.reason.setText(tr("Checked in by mistake"))
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.undo_button = self.buttons.addButton(tr("Undo check-in"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.undo_button.setDefault(True)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reason.selectAll()
        self.reason.setFocus()

    def confirm(self) -> None:
        try:
            visit = self._club.visits.undo(self._visit.id, reason=self.reason.text(),
                                           key=self._key, operator=self._club.operator)
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self.undone.emit(visit)
        self.accept()


class VisitExportDialog(RememberedDialog):
    """The days whose visits go to Excel: from and to (both included), today by default."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export visits"))
        today = today or date.today()
        self.date_from = _date_edit(today)
        self.date_to = _date_edit(today)
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = self.buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setDefault(True)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&From"), self.date_from)
        form.addRow(tr("&To"), self.date_to)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def days(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def confirm(self) -> None:
        first, last = self.days()
        if last < first:
            self.error_label.show_message(tr("The first day comes after the last day."))
            return
        self.accept()


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
