"""The services of one sale, each with its quantity: a line per service, a
button (Alt+A) for another line, × to drop one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.cards import ServiceItem
from clubcrm.services.consumption import MAX_QUANTITY, SaleItem

from clubcrm.ui.i18n import tr
from clubcrm.ui.widgets.card_texts import money


class _ItemLine(QWidget):
    def __init__(self, services: Sequence[ServiceItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = QComboBox()
        for item in services:
            self.service.addItem(f"{item.name}    {money(item.price_fen)}", item.id)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setPrefix("× ")
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setToolTip(tr("Remove this service"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.service, 1)
        layout.addWidget(self.quantity)
        layout.addWidget(self.remove_button)
        self.setFocusProxy(self.service)

    def item(self) -> SaleItem | None:
        service_id = self.service.currentData()
        return SaleItem(service_id, self.quantity.value()) if service_id is not None else None


class SaleItemsEditor(QWidget):
    changed = Signal()

    def __init__(self, services: Sequence[ServiceItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = [item for item in services if item.active]
        self.lines: list[_ItemLine] = []
        self._lines_layout = QVBoxLayout()
        self._lines_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(tr("&Add another service"))
        self.add_button.setAutoDefault(False)  # Enter confirms the sale, it adds no line
        self.add_button.clicked.connect(self.add_line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._lines_layout)
        layout.addWidget(self.add_button)
        self.add_line()
        self.setFocusProxy(self.lines[0])

    def add_line(self) -> _ItemLine:
        line = _ItemLine(self._services)
        self.lines.append(line)
        self._lines_layout.addWidget(line)
        line.service.currentIndexChanged.connect(self.changed)
        line.quantity.valueChanged.connect(self.changed)
        line.remove_button.clicked.connect(lambda: self.remove_line(line))
        self._update_remove_buttons()
        if len(self.lines) > 1:
            line.setFocus()
        self.changed.emit()
        return line

    def remove_line(self, line: _ItemLine) -> None:
        if len(self.lines) == 1:
            return
        self.lines.remove(line)
        line.hide()
        line.deleteLater()
        self.setFocusProxy(self.lines[0])
        self.lines[-1].setFocus()
        self._update_remove_buttons()
        self.changed.emit()

    def items(self) -> tuple[SaleItem, ...]:
        return tuple(item for line in self.lines if (item := line.item()) is not None)

    def _update_remove_buttons(self) -> None:
        for line in self.lines:
            line.remove_button.setEnabled(len(self.lines) > 1)
