"""The segmentation's thresholds: every number the rules use, and the order
that picks a member's primary segment. Saving recomputes the segments."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.segmentation.explain import SEGMENT_NAMES
from clubcrm.segmentation.model import Thresholds
from clubcrm.services.club import Club
from clubcrm.services.settings import SEGMENT_THRESHOLDS

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.widgets.error_label import ErrorLabel


def _labels() -> dict[str, str]:
    return {
        "window_months": tr("Months counted for spend and visit days"),
        "ticket_months": tr("Months counted for the average ticket"),
        "recent_months": tr("Recent span for churning (months)"),
        "dormant_days": tr("Dormant after (days without a visit)"),
        "new_member_days": tr("New for (days after joining)"),
        "churned_days": tr("Churned after (days without a visit)"),
        "mature_days": tr("Mature after (days of membership)"),
        "high_value_pct": tr("High-value: top % by spend"),
        "loyalty_spend_pct": tr("High-loyalty: top % by spend"),
        "loyalty_gap_days": tr("High-loyalty: median gap at most (days)"),
        "high_ticket_pct": tr("High-unit-price: top % by average ticket"),
        "low_ticket_pct": tr("Low-price high-frequency: lower % by ticket"),
        "high_frequency_pct": tr("Low-price high-frequency: top % by visit days"),
        "low_pct": tr("Low-price low-frequency: bottom % by both"),
        "churn_drop_pct": tr("Churning: recent visits below % of the usual"),
        "grade_vip_pct": tr("VIP: first % of revenue"),
        "grade_a_pct": tr("Grade A: next % of revenue"),
        "grade_b_pct": tr("Grade B: next % of revenue"),
        "rfm_high_score": tr("RFM: a score counts as high from"),
    }


class SegmentThresholdsDialog(RememberedDialog):
    thresholds_saved = Signal()

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Segment thresholds"))
        self._club = club
        self.spins: dict[str, QSpinBox] = {}
        self.order = QListWidget()
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_thresholds(Thresholds()))
        self._lay_out()
        self.show_thresholds(club.segments.thresholds())

    def _lay_out(self) -> None:
        form = QFormLayout()
        for name, label in _labels().items():
            spin = self.spins[name] = QSpinBox()
            spin.setRange(0, 3650)
            form.addRow(label, spin)
        up, down = QPushButton(tr("Move &up")), QPushButton(tr("Move &down"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        order = QVBoxLayout()
        order.addWidget(self.order)
        order.addLayout(moves)
        form.addRow(tr("Primary segment: the first met in this order"), order)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_thresholds(self, thresholds: Thresholds) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(thresholds, name))
        self.order.clear()
        for segment in thresholds.precedence:
            item = QListWidgetItem(tr(SEGMENT_NAMES[segment]))
            item.setData(Qt.ItemDataRole.UserRole, segment.value)
            self.order.addItem(item)

    def thresholds(self) -> Thresholds:
        values: dict[str, object] = {name: spin.value() for name, spin in self.spins.items()}
        values["precedence"] = [self.order.item(row).data(Qt.ItemDataRole.UserRole)
                                for row in range(self.order.count())]
        known = {f.name for f in fields(Thresholds)}
        return Thresholds.from_dict({k: v for k, v in values.items() if k in known})

    def save(self) -> None:
        try:
            self._club.settings.set(SEGMENT_THRESHOLDS, self.thresholds().as_dict(),
                                    operator=self._club.operator)
        except ClubError as error:
            self.error.show_message(describe(error))
            return
        self.thresholds_saved.emit()
        self.accept()

    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        if row < 0 or not 0 <= row + step < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(row + step, item)
        self.order.setCurrentRow(row + step)


