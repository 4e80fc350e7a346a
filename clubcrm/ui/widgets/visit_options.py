"""The optional fields of a check-in a bathhouse or a pool needs: who attends
on a family card, the service (default: the club's entry), guests (each
charged), locker or wristband number, and the staff member serving.

They take the focus only when clicked (or by their Alt shortcut); Enter in
one of them hands the focus back to the desk's input.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from clubcrm.domain.visits import MAX_GUESTS, MAX_LOCKER
from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr
from clubcrm.ui.widgets.card_texts import money
from clubcrm.ui.widgets.scan_input import ENTER_KEYS


class VisitOptions(QWidget):
    finished = Signal()  # Enter or Esc in a field: back to the desk's input

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self.attendee = QComboBox()
        self.service = QComboBox()
        self.guests = QSpinBox()
        self.guests.setRange(0, MAX_GUESTS)
        self.locker = QLineEdit()
        self.locker.setMaxLength(MAX_LOCKER)
        self.staff = QComboBox()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Attending"), self.attendee)
        form.addRow(tr("Ser&vice"), self.service)
        form.addRow(tr("&Guests"), self.guests)
        form.addRow(tr("&Locker / wristband"), self.locker)
        form.addRow(tr("Served &by"), self.staff)
        for field in self.fields():
            field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            field.installEventFilter(self)
        self.load_choices()

    def fields(self) -> list[QWidget]:
        return [self.attendee, self.service, self.guests, self.locker, self.staff]

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and (event.key() in ENTER_KEYS or event.key() == Qt.Key.Key_Escape):
            self.finished.emit()
            return True
        return False

    def load_choices(self) -> None:
        """Services and staff as they are now (the owner may have changed them)."""
        self.service.clear()
        self.service.addItem(tr("Entry (default)"), None)
        for service in self._club.catalogue.services(include_retired=False):
            self.service.addItem(f"{service.name} ({money(service.price_fen)})", service.id)
        self.staff.clear()
        self.staff.addItem(tr("(nobody)"), None)
        for staff_id, name in self._club.visits.staff_names():
            self.staff.addItem(name, staff_id)

    def set_attendees(self, people: list[tuple[int, str]]) -> None:
        self.attendee.clear()
        for member_id, name in people:
            self.attendee.addItem(name, member_id)

    def reset(self) -> None:
        """A new member at the desk: the defaults again."""
        self.service.setCurrentIndex(0)
        self.guests.setValue(0)
        self.locker.clear()
        self.staff.setCurrentIndex(0)
