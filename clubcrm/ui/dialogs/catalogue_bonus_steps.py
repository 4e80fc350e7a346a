"""The recharge bonus steps of a stored-value card (充 ¥1,000 送 ¥200), as an
editable table: each row what a recharge pays at least and the bonus it adds.
Below it the steps are read back as sentences, so the owner can check what
members will be told."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.cards import BonusRule
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.money import parse_money
from clubcrm.domain.translatable import N_

from clubcrm.ui.dialogs.catalogue_fields import hint_label, money_text, short_money
from clubcrm.ui.i18n import describe, tr

COL_PAY, COL_BONUS = range(2)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def bonus_step_text(rule: BonusRule) -> str:
    return tr("Pay {pay}, get {bonus} free").format(pay=short_money(rule.pay_fen),
                                                    bonus=short_money(rule.bonus_fen))


class BonusStepsEdit(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Recharge at least (¥)"), tr("Bonus (¥)")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.reading = hint_label("")
        self.add_button = QPushButton(tr("Add step"))
        self.remove_button = QPushButton(tr("Remove step"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter keeps saving the form
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.table.itemChanged.connect(self._update_reading)
        self.table.model().rowsRemoved.connect(self._update_reading)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.reading)

    def add_step(self) -> None:
        """A new empty row, its first cell open for typing."""
        pay = self._append("", "")
        self.table.setCurrentItem(pay)
        self.table.editItem(pay)

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_rules(self, rules: tuple[BonusRule, ...]) -> None:
        self.table.setRowCount(0)
        for rule in rules:
            self._append(money_text(rule.pay_fen), money_text(rule.bonus_fen))

    def rules(self) -> tuple[BonusRule, ...]:
        """The steps typed, empty rows left out; a wrong amount names its row."""
        self._commit_typing()
        steps = []
        for row in range(self.table.rowCount()):
            pay, bonus = (self._cell(row, column) for column in (COL_PAY, COL_BONUS))
            if pay or bonus:
                steps.append(BonusRule(_parse(pay, row), _parse(bonus, row)))
        return tuple(steps)

    def _commit_typing(self) -> None:
        """Take in a cell still being typed (Ctrl+S before Enter): moving the
        current cell makes the view commit its open editor."""
        current = self.table.currentIndex()
        self.table.setCurrentIndex(QModelIndex())
        self.table.setCurrentIndex(current)

    def _append(self, pay: str, bonus: str) -> QTableWidgetItem:
        """A row with these texts; its pay cell."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        items = [QTableWidgetItem(pay), QTableWidgetItem(bonus)]
        for column, item in zip((COL_PAY, COL_BONUS), items, strict=True):
            item.setTextAlignment(RIGHT)
            self.table.setItem(row, column, item)
        return items[0]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _update_reading(self) -> None:
        """The steps as sentences, lowest first; rows not yet valid are left out."""
        readable = []
        for row in range(self.table.rowCount()):
            try:
                pay, bonus = (parse_money(self._cell(row, column) or "0")
                              for column in (COL_PAY, COL_BONUS))
            except ValidationError:
                continue
            if pay > 0:
                readable.append(BonusRule(pay, bonus))
        rules = sorted(readable, key=lambda rule: rule.pay_fen)
        self.reading.setText(" · ".join(bonus_step_text(rule) for rule in rules))


def _parse(text: str, row: int) -> int:
    try:
        return parse_money(text or "0")
    except ValidationError as exc:
        raise ValidationError(N_("Bonus step {row}: {problem}"), field="bonus", row=row + 1,
                              problem=describe(exc)) from None
