"""The filters above the member list: status, tier, tag and joining dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from clubcrm.domain.member import MemberFilter, MemberStatus, Tier

from clubcrm.ui.i18n import tr

LIVE = (MemberStatus.ACTIVE, MemberStatus.FROZEN)
# Merged records are folded into their survivor and never listed.
ALL_LISTED = (*LIVE, MemberStatus.ARCHIVED)
DATE_FORMAT = "yyyy-MM-dd"


class OptionalDateEdit(QWidget):
    """A date that can be left out: ticking the box turns the date on."""

    changed = Signal()

    def __init__(self, text: str, initial: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = QDateEdit(initial)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def clear(self) -> None:
        self.check.setChecked(False)


class MemberFilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Kept beside the combo: Qt would turn a tuple of StrEnums into a list of str.
        self._status_choices = [
            (tr("Active and frozen"), LIVE),
            (tr("Active"), (MemberStatus.ACTIVE,)),
            (tr("Frozen"), (MemberStatus.FROZEN,)),
            (tr("Archived"), (MemberStatus.ARCHIVED,)),
            (tr("All"), ALL_LISTED),
        ]
        self.status = QComboBox()
        self.status.addItems([text for text, _ in self._status_choices])
        self.tier = QComboBox()
        self.tag = QComboBox()
        today = QDate.currentDate()
        self.joined_from = OptionalDateEdit(tr("Joined from"), today.addMonths(-1))
        self.joined_to = OptionalDateEdit(tr("to"), today)
        self.clear_button = QPushButton(tr("Clear filters"))
        self._lay_out()
        for combo in (self.status, self.tier, self.tag):
            combo.currentIndexChanged.connect(self.filter_changed)
        self.joined_from.changed.connect(self.filter_changed)
        self.joined_to.changed.connect(self.filter_changed)
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((tr("Status"), self.status), (tr("Tier"), self.tier),
                              (tr("Tag"), self.tag)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget)
            layout.addSpacing(8)
        layout.addWidget(self.joined_from)
        layout.addWidget(self.joined_to)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

    def set_choices(self, tiers: Sequence[Tier], tags: Sequence[str]) -> None:
        """Offer the club's current tiers and tags, keeping the chosen ones if they still exist."""
        self.blockSignals(True)
        _refill(self.tier, tr("All tiers"), [(t.name, t.id) for t in tiers])
        _refill(self.tag, tr("All tags"), [(tag, tag) for tag in tags])
        self.blockSignals(False)

    def member_filter(self) -> MemberFilter:
        return MemberFilter(
            statuses=self._status_choices[self.status.currentIndex()][1],
            tier_id=self.tier.currentData(),
            tag=self.tag.currentData() or "",
            joined_from=self.joined_from.value(),
            joined_to=self.joined_to.value(),
        )

    def clear(self) -> None:
        """Back to the default list (live members, no restriction), with one reload."""
        self.blockSignals(True)
        for combo in (self.status, self.tier, self.tag):
            combo.setCurrentIndex(0)
        self.joined_from.clear()
        self.joined_to.clear()
        self.blockSignals(False)
        self.filter_changed.emit()


def _refill(combo: QComboBox, everything: str, choices: list[tuple[str, object]]) -> None:
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
