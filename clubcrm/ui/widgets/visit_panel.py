"""The member at the desk: who they are (name, tier, member number, masked
phone, the age and guardian of a minor), their usable cards with what each
holds, the alerts, and — when a check-in cannot be done — why, with the fixes
as buttons. Nothing here takes the keyboard focus: the desk's input keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.cards import Card
from clubcrm.domain.visits import FIX_LABELS, Alert, CheckInRefused, Fix
from clubcrm.services.visit_alerts import DeskPanel

from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.widgets.card_texts import day, holdings, kind_text

NAME_SCALE = 1.6
ALERT_STYLE = "color: #b9770e; font-weight: bold;"
REFUSAL_STYLE = "color: #c0392b; font-weight: bold;"
DONE_STYLE = "color: #1e8449; font-weight: bold;"


def alert_text(alert: Alert) -> str:
    return tr_label(alert.template).format(**alert.params)


def card_line(card: Card) -> str:
    text = f"{card.card_no} · {card.product.name} ({kind_text(card)}) · {holdings(card)}"
    if card.valid_until is not None:
        text += " · " + tr("valid until {date}").format(date=day(card.valid_until))
    return text


class VisitPanel(QFrame):
    fix_chosen = Signal(object)  # a Fix

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitPanel")
        self.setStyleSheet("#visitPanel { background: palette(base); border-radius: 4px; }")
        self.panel: DeskPanel | None = None
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * NAME_SCALE)
        font.setBold(True)
        self.name.setFont(font)
        self.cues = QLabel()
        self.cues.setWordWrap(True)
        self.inside = QLabel()
        self.alerts = QLabel()
        self.alerts.setStyleSheet(ALERT_STYLE)
        self.alerts.setWordWrap(True)
        self.cards = QListWidget()
        self.cards.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cards.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.fix_bar = QHBoxLayout()
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.name)
        layout.addWidget(self.cues)
        layout.addWidget(self.inside)
        layout.addWidget(self.alerts)
        layout.addWidget(QLabel(tr("Cards (Up/Down to choose)")))
        layout.addWidget(self.cards)
        layout.addWidget(self.outcome)
        layout.addLayout(self.fix_bar)
        layout.addStretch(1)

    # -- the member ------------------------------------------------------------

    def show_panel(self, panel: DeskPanel, *, card_id: int | None = None) -> None:
        self.panel = panel
        member = panel.member
        self.name.setText(member.name)
        cues = [tr("Member number {member_no}").format(member_no=member.member_no),
                tr("Mobile {phone}").format(phone=member.phone),
                tr("Tier {tier}").format(tier=member.tier_name or "—")]
        if member.age is not None:
            cues.append(tr("Age {age}, guardian {guardian}").format(
                age=member.age, guardian=member.guardian_name or "—"))
        self.cues.setText("    ".join(cues))
        self.inside.setText(tr("Inside since {time}").format(
            time=panel.inside.at.strftime("%H:%M")) if panel.inside else "")
        self.show_alerts(panel.alerts)
        self._fill_cards(panel.usable, card_id)
        self.clear_outcome()
        if panel.refusal is not None:
            self.show_refusal(panel.refusal)

    def _fill_cards(self, cards: tuple[Card, ...], card_id: int | None) -> None:
        self.cards.clear()
        for card in cards:
            item = QListWidgetItem(card_line(card))
            item.setData(Qt.ItemDataRole.UserRole, card)
            self.cards.addItem(item)
        rows = [row for row, card in enumerate(cards) if card.id == card_id]
        if cards:
            self.cards.setCurrentRow(rows[0] if rows else 0)

    def show_alerts(self, alerts: tuple[Alert, ...]) -> None:
        self.alerts.setText("\n".join("⚑ " + alert_text(alert) for alert in alerts))

    def update_card(self, card: Card) -> None:
        """The card after a charge: its line shows the new balance."""
        for row in range(self.cards.count()):
            item = self.cards.item(row)
            if item.data(Qt.ItemDataRole.UserRole).id == card.id:
                item.setText(card_line(card))
                item.setData(Qt.ItemDataRole.UserRole, card)

    def chosen_card(self) -> Card | None:
        item = self.cards.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def move_card(self, step: int) -> None:
        if self.cards.count():
            row = max(0, min(self.cards.count() - 1, self.cards.currentRow() + step))
            self.cards.setCurrentRow(row)

    # -- outcomes --------------------------------------------------------------

    def show_done(self, text: str) -> None:
        self.clear_outcome()
        self.outcome.setStyleSheet(DONE_STYLE)
        self.outcome.setText(text)

    def show_refusal(self, error: CheckInRefused) -> None:
        self.clear_outcome()
        self.outcome.setStyleSheet(REFUSAL_STYLE)
        self.outcome.setText(describe(error))
        for fix in error.fixes:
            button = QPushButton(tr_label(FIX_LABELS[fix]))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, chosen=fix: self.fix_chosen.emit(chosen))
            button.setObjectName(f"fix_{fix.value}")
            self.fix_bar.addWidget(button)
        self.fix_bar.addStretch(1)

    def show_message(self, text: str) -> None:
        self.clear_outcome()
        self.outcome.setStyleSheet(REFUSAL_STYLE)
        self.outcome.setText(text)

    def clear_outcome(self) -> None:
        self.outcome.clear()
        while self.fix_bar.count():
            item = self.fix_bar.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()

    def fix_buttons(self) -> dict[Fix, QPushButton]:
        found = {}
        for index in range(self.fix_bar.count()):
            widget = self.fix_bar.itemAt(index).widget()
            if isinstance(widget, QPushButton):
                found[Fix(widget.objectName().removeprefix("fix_"))] = widget
        return found

    def text(self) -> str:
        """Everything the panel says, as one string (for tests and screen readers)."""
        labels = (self.name, self.cues, self.inside, self.alerts, self.outcome)
        cards = [self.cards.item(row).text() for row in range(self.cards.count())]
        return "\n".join([*(label.text() for label in labels), *cards])
