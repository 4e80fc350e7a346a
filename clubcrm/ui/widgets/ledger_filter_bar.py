"""The filters above a member's ledger: one card, one kind of row, a date range."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from clubcrm.domain.cards import Card
from clubcrm.domain.ledger import KIND_LABELS, LedgerFilter, LedgerKind

from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.widgets.card_texts import card_title
from clubcrm.ui.widgets.member_filter_bar import OptionalDateEdit


class LedgerFilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = QComboBox()
        self.card.addItem(tr("All cards"), None)
        self.kind = QComboBox()
        self.kind.addItem(tr("All kinds"), None)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr_label(label), kind.value)
        today = QDate.currentDate()
        self.date_from = OptionalDateEdit(tr("From"), today.addMonths(-1))
        self.date_to = OptionalDateEdit(tr("to"), today)
        self.clear_button = QPushButton(tr("Clear filters"))
        self._lay_out()
        self.card.currentIndexChanged.connect(self.filter_changed)
        self.kind.currentIndexChanged.connect(self.filter_changed)
        self.date_from.changed.connect(self.filter_changed)
        self.date_to.changed.connect(self.filter_changed)
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((tr("Card"), self.card), (tr("Kind"), self.kind)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget)
            layout.addSpacing(8)
        layout.addWidget(self.date_from)
        layout.addWidget(self.date_to)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

    def set_cards(self, cards: Sequence[Card]) -> None:
        """Offer the member's cards, keeping the chosen one if it is still there."""
        chosen = self.card.currentData()
        self.card.blockSignals(True)
        self.card.clear()
        self.card.addItem(tr("All cards"), None)
        for card in cards:
            self.card.addItem(card_title(card), card.id)
        self.card.setCurrentIndex(max(self.card.findData(chosen), 0))
        self.card.blockSignals(False)

    def ledger_filter(self) -> LedgerFilter:
        kind = self.kind.currentData()
        return LedgerFilter(card_id=self.card.currentData(),
                            kind=LedgerKind(kind) if kind else None,
                            date_from=self.date_from.value(), date_to=self.date_to.value())

    def clear(self) -> None:
        """No restriction, with one reload."""
        self.reset()
        self.filter_changed.emit()

    def reset(self) -> None:
        """No restriction, silently (a new member is about to be shown)."""
        self.blockSignals(True)
        self.card.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.date_from.clear()
        self.date_to.clear()
        self.blockSignals(False)
