"""The check-in desk's settings: the entry service (its price is what a
stored-value card pays at check-in), the repeat-scan window, check-out, the
low-balance alert and the words that flag a member's notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from clubcrm.services.club import Club
from clubcrm.services.settings import (
    VISIT_ALERT_WORDS,
    VISIT_CHECKOUT,
    VISIT_ENTRY_SERVICE_ID,
    VISIT_LOW_BALANCE_FEN,
    VISIT_REPEAT_MINUTES,
    Setting,
)

from clubcrm.ui.i18n import tr
from clubcrm.ui.widgets.card_texts import money
from clubcrm.ui.widgets.money_edit import MoneyEdit

MAX_REPEAT_MINUTES = 240


class VisitSettingsBox(QGroupBox):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(tr("Check-in desk"), parent)
        settings = club.settings
        self.entry_service = QComboBox()
        self.entry_service.addItem(tr("None: entry is free on stored-value cards"), 0)
        for service in club.catalogue.services(include_retired=False):
            self.entry_service.addItem(f"{service.name} ({money(service.price_fen)})",
                                       service.id)
        self.entry_service.setCurrentIndex(max(0, self.entry_service.findData(
            settings.get(VISIT_ENTRY_SERVICE_ID))))
        self.repeat_minutes = QSpinBox()
        self.repeat_minutes.setRange(0, MAX_REPEAT_MINUTES)
        self.repeat_minutes.setValue(settings.get(VISIT_REPEAT_MINUTES))
        self.checkout = QCheckBox(tr("Record check-out (time out and duration)"))
        self.checkout.setChecked(settings.get(VISIT_CHECKOUT))
        self.low_balance = MoneyEdit(field="low_balance")
        self.low_balance.set_fen(settings.get(VISIT_LOW_BALANCE_FEN))
        self.alert_words = QLineEdit("，".join(settings.get(VISIT_ALERT_WORDS)))
        form = QFormLayout(self)
        form.addRow(tr("Entry service"), self.entry_service)
        form.addRow(tr("Ask before a second check-in within minutes"), self.repeat_minutes)
        form.addRow("", self.checkout)
        form.addRow(tr("Low balance alert below (¥)"), self.low_balance)
        form.addRow(tr("Note words shown as alerts"), self.alert_words)

    def values(self) -> list[tuple[Setting[Any], Any]]:
        words = [word.strip() for word in self.alert_words.text().replace("，", ",").split(",")]
        return [
            (VISIT_ENTRY_SERVICE_ID, self.entry_service.currentData()),
            (VISIT_REPEAT_MINUTES, self.repeat_minutes.value()),
            (VISIT_CHECKOUT, self.checkout.isChecked()),
            (VISIT_LOW_BALANCE_FEN, self.low_balance.fen()),
            (VISIT_ALERT_WORDS, [word for word in words if word]),
        ]
