"""The services tab: what the club sells at the desk, with its list price."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from clubcrm.domain.cards import ServiceItem
from clubcrm.domain.money import format_money
from clubcrm.services.catalogue import MAX_NAME, ServiceDraft
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.catalogue_fields import money_of, set_money
from clubcrm.ui.dialogs.catalogue_tab import CatalogueTab
from clubcrm.ui.i18n import tr
from clubcrm.ui.widgets.money_edit import MoneyEdit


class ServicesTab(CatalogueTab[ServiceItem]):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(club, titles=[tr("Service"), tr("Category"), tr("Price"), tr("Status")],
                         retirable=True, parent=parent)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typed = self.category.lineEdit()
        assert typed is not None  # an editable combo has one
        typed.setPlaceholderText(tr("e.g. Swimming, Massage"))
        # An editable combo keeps Enter to itself; here Enter saves, as in every field.
        typed.returnPressed.connect(self.save)
        self.price = MoneyEdit()
        form = QFormLayout(self.form_box)
        form.addRow(tr("Name *"), self.name)
        form.addRow(tr("Category"), self.category)
        form.addRow(tr("Price (¥) *"), self.price)
        self._lay_out()

    def _load(self) -> list[ServiceItem]:
        services = self._club.catalogue.services()
        self._offer_categories(sorted({service.category for service in services} - {""}))
        return sorted(services, key=lambda service: not service.active)  # retired last

    def _offer_categories(self, categories: list[str]) -> None:
        typed = self.category.currentText()
        self.category.clear()
        self.category.addItems(categories)
        self.category.setCurrentText(typed)

    def _row(self, entry: ServiceItem) -> list[str]:
        return [entry.name, entry.category, format_money(entry.price_fen),
                tr("On sale") if entry.active else tr("Retired")]

    def _fill(self, entry: ServiceItem | None) -> None:
        self.name.setText(entry.name if entry else "")
        self.category.setCurrentText(entry.category if entry else "")
        set_money(self.price, entry.price_fen if entry else None)

    def _write(self, entry_id: int | None) -> int:
        draft = ServiceDraft(name=self.name.text(), category=self.category.currentText(),
                             price_fen=money_of(self.price, "price"))
        return self._club.catalogue.save_service(draft, service_id=entry_id,
                                                 operator=self._club.operator)

    def _set_active(self, entry_id: int, active: bool) -> None:
        self._club.catalogue.set_service_active(entry_id, active, operator=self._club.operator)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "category": self.category, "price": self.price}

    def _form_title(self, entry: ServiceItem | None) -> str:
        return tr("New service") if entry is None else tr("Service")
