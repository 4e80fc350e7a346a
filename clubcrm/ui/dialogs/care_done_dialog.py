"""Marking one care task done: how it went, and a note for whoever calls next.

From the keyboard: the outcome is chosen with the arrow keys, Tab goes to the
note, Enter marks the task done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.care import MAX_NOTE, OUTCOME_LABELS, CareKind, CareTask, Outcome
from clubcrm.domain.errors import ClubError, Conflict
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.models.care_tasks_table_model import task_text
from clubcrm.ui.widgets.error_label import ErrorLabel

# A birthday is usually a greeting by message; everything else a call.
FIRST_CHOICE = {CareKind.BIRTHDAY: Outcome.MESSAGE_SENT}


class CareDoneDialog(RememberedDialog):
    marked_done = Signal(object)  # the CareDone
    done_elsewhere = Signal(object)  # the CareTask another desk marked done first

    def __init__(self, club: Club, task: CareTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Mark a care task done"))
        self._club, self._task = club, task
        self.subject = QLabel(tr("{name} ({member_no}), {phone}\n{what}").format(
            name=task.name, member_no=task.member_no, phone=task.phone, what=task_text(task)))
        self.subject.setWordWrap(True)
        self.outcome = QComboBox()
        for outcome, label in OUTCOME_LABELS.items():
            self.outcome.addItem(tr_label(label), outcome.value)
        first = FIRST_CHOICE.get(task.kind, Outcome.REACHED)
        self.outcome.setCurrentIndex(self.outcome.findData(first.value))
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(tr("Optional: e.g. will come on Friday to renew"))
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.done_button = self.buttons.addButton(tr("Mark done"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Outcome"), self.outcome)
        form.addRow(tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Only once the button is in the dialog: before, the dialog would not
        # know, and on showing made Cancel the button Enter presses.
        self.done_button.setDefault(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 60)
        self.outcome.setFocus()

    def confirm(self) -> None:
        task = self._task
        try:
            done = self._club.care.mark_done(task.kind, task.member_id, task.occasion,
                                             outcome=self.outcome.currentData(),
                                             note=self.note.text(),
                                             operator=self._club.operator)
        except Conflict as exc:
            self.error_label.show_message(describe(exc))
            self.done_button.setEnabled(False)
            self.done_elsewhere.emit(task)
            return
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self.marked_done.emit(done)
        self.accept()
