"""The money rules tab: how a card's balance is spent, how a refund is
computed, the largest single operation, and what points are worth.

Each rule keeps its own permission (the refund formula and the cap decide
how much money leaves the till: the owner's); a rule the operator may not
change is shown disabled, and saving leaves it as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.cards import REFUND_FORMULA_LABELS, SPEND_ORDER_LABELS
from clubcrm.domain.errors import ClubError
from clubcrm.services.club import Club
from clubcrm.services.settings import (
    CARD_SPEND_ORDER,
    OPERATION_CAP_FEN,
    POINTS_PER_YUAN_REDEEMED,
    REFUND_FORMULA,
    Setting,
)

from clubcrm.ui.dialogs.catalogue_fields import (
    hint_label,
    money_of,
    set_money,
    with_hint,
)
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.money_edit import MoneyEdit

MAX_POINTS_PER_YUAN = 100_000
CAP_FIELD = "operation_cap"
MAX_FORM_WIDTH = 760  # long rows read badly across a wide dialog


class MoneyRulesTab(QWidget):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self.spend_order = _choices(SPEND_ORDER_LABELS)
        self.refund_formula = _choices(REFUND_FORMULA_LABELS)
        self.operation_cap = MoneyEdit()
        self.points_per_yuan = QSpinBox()
        self.points_per_yuan.setRange(1, MAX_POINTS_PER_YUAN)
        self.points_per_yuan.setSuffix(tr(" points = ¥1"))
        self.error_label = ErrorLabel()
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        self._lay_out()
        self._fill()
        self._enable_by_permission()

    def _lay_out(self) -> None:
        box = QGroupBox(tr("Money rules"))
        form = QFormLayout(box)
        form.addRow(tr("A card pays from"), self.spend_order)
        form.addRow(tr("A stored-value card refunds"), with_hint(self.refund_formula, hint_label(tr(
            "Pro rata keeps the bonus fair: what was consumed counts partly against the "
            "principal, in the share principal had in everything put on the card."))))
        form.addRow(tr("Largest single operation (¥)"), with_hint(self.operation_cap, hint_label(tr(
            "A card sale, recharge or balance adjustment above this needs the owner's "
            "approval."))))
        form.addRow(tr("Paying with points"), self.points_per_yuan)
        box.setMaximumWidth(MAX_FORM_WIDTH)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _fill(self) -> None:
        settings = self._club.settings
        _choose(self.spend_order, settings.get(CARD_SPEND_ORDER))
        _choose(self.refund_formula, settings.get(REFUND_FORMULA))
        set_money(self.operation_cap, settings.get(OPERATION_CAP_FEN))
        self.points_per_yuan.setValue(settings.get(POINTS_PER_YUAN_REDEEMED))

    def _widgets(self) -> list[tuple[Setting[Any], QWidget]]:
        return [(CARD_SPEND_ORDER, self.spend_order), (REFUND_FORMULA, self.refund_formula),
                (OPERATION_CAP_FEN, self.operation_cap),
                (POINTS_PER_YUAN_REDEEMED, self.points_per_yuan)]

    def _enable_by_permission(self) -> None:
        actor = self._club.current_actor()
        allowed = [actor.can(setting.permission) for setting, _ in self._widgets()]
        for (_, widget), may in zip(self._widgets(), allowed, strict=True):
            widget.setEnabled(may)
        self.save_button.setEnabled(any(allowed))

    def values(self) -> list[tuple[Setting[Any], Any]]:
        """Each rule as typed; a wrong amount raises before anything is saved."""
        return [(CARD_SPEND_ORDER, self.spend_order.currentData()),
                (REFUND_FORMULA, self.refund_formula.currentData()),
                (OPERATION_CAP_FEN, money_of(self.operation_cap, CAP_FIELD)),
                (POINTS_PER_YUAN_REDEEMED, self.points_per_yuan.value())]

    def save(self) -> None:
        """The rules the operator's role may change (the others are shown disabled)."""
        club, actor = self._club, self._club.current_actor()
        try:
            for setting, value in self.values():
                if actor.can(setting.permission):
                    club.settings.set(setting, value, operator=club.operator)
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            if getattr(exc, "field", None) == CAP_FIELD:
                self.operation_cap.setFocus()
                self.operation_cap.selectAll()
            return
        self.error_label.clear_message()
        self._fill()


def _choices(labels: dict[Any, str]) -> QComboBox:
    """A combo of labelled choices whose data are the setting's stored strings."""
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(tr_label(label), str(value))
    return combo


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))
