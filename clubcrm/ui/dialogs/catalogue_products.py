"""The card products tab (卡种): what each kind of card costs and gives.

The form shows only the fields of the chosen kind: bonus steps and the
discount for a stored-value card, sessions and covered services for a count
card, a price and a validity for count and period cards. A product with
cards sold keeps its terms: its form is read-only, and "Copy as new product"
starts a new one from its terms.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from clubcrm.domain.cards import (
    FULL_PRICE,
    PRODUCT_KIND_LABELS,
    Product,
    ProductKind,
    ServiceItem,
)
from clubcrm.domain.money import format_money
from clubcrm.services.catalogue import MAX_NAME, ProductDraft
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.catalogue_bonus_steps import BonusStepsEdit, bonus_step_text
from clubcrm.ui.dialogs.catalogue_fields import (
    DiscountSpinBox,
    discount_text,
    hint_label,
    money_of,
    set_money,
    with_hint,
)
from clubcrm.ui.dialogs.catalogue_tab import CatalogueTab
from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.widgets.money_edit import MoneyEdit

KINDS = list(ProductKind)
SERVICE_ID = Qt.ItemDataRole.UserRole
MAX_SESSIONS = 999
MAX_VALIDITY = 3650  # days or months: a typo guard
UNIT_DAYS, UNIT_MONTHS = range(2)


class ProductsTab(CatalogueTab[Product]):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(club, titles=[tr("Card product"), tr("Kind"), tr("Price"), tr("Sold"),
                                       tr("Status"), tr("Terms")], retirable=True, parent=parent)
        self._services: list[ServiceItem] = []
        self._build_fields()
        self.copy_button = QPushButton(tr("Copy as new product"))
        self.copy_button.clicked.connect(self.copy_as_new)
        self._lay_out_form()
        self._lay_out([self.copy_button])
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        self.discount.valueChanged.connect(self._update_discount_hint)

    def _build_fields(self) -> None:
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(tr_label(PRODUCT_KIND_LABELS[kind]), kind)
        self.price = MoneyEdit()
        self.discount = DiscountSpinBox()
        self.discount_hint = hint_label("")
        self.sessions = QSpinBox()
        self.sessions.setRange(0, MAX_SESSIONS)
        self.validity = QSpinBox()
        self.validity.setRange(0, MAX_VALIDITY)
        self.validity.setSpecialValueText(tr("No expiry"))
        self.validity_unit = QComboBox()
        self.validity_unit.addItems([tr("days"), tr("months")])
        self.services = QListWidget()
        self.bonus = BonusStepsEdit()

    def _lay_out_form(self) -> None:
        validity = QHBoxLayout()
        validity.addWidget(self.validity, 1)
        validity.addWidget(self.validity_unit)
        self.form = QFormLayout(self.form_box)
        self.form.addRow(tr("Name *"), self.name)
        self.form.addRow(tr("Kind"), self.kind)
        self.form.addRow(tr("Price (¥) *"), self.price)
        self.form.addRow(tr("Sessions *"), self.sessions)
        self.form.addRow(tr("Valid for"), validity)
        self.services_row = with_hint(self.services, hint_label(
            tr("Tick none to let the sessions pay for any service.")))
        self.discount_row = with_hint(self.discount, self.discount_hint)
        self.form.addRow(tr("Services covered"), self.services_row)
        self.form.addRow(tr("Members pay"), self.discount_row)
        self.form.addRow(tr("Recharge bonus"), self.bonus)
        self.services.setMaximumHeight(self.name.sizeHint().height() * 5)
        self.bonus.setMinimumHeight(self.name.sizeHint().height() * 5)

    # -- the list ----------------------------------------------------------------

    def _load(self) -> list[Product]:
        self._services = self._club.catalogue.services()
        return self._club.catalogue.products()

    def reload_services(self) -> None:
        """The services changed in their tab: offer them here too (the form keeps its ticks)."""
        ticked = self._ticked_services()
        self._services = self._club.catalogue.services()
        self._list_services(ticked)

    def _row(self, entry: Product) -> list[str]:
        price = tr("Any amount") if entry.kind is ProductKind.STORED_VALUE \
            else format_money(entry.price_fen)
        return [entry.name, tr_label(PRODUCT_KIND_LABELS[entry.kind]), price, str(entry.sold),
                tr("On sale") if entry.active else tr("Retired"), _terms(entry)]

    def _form_title(self, entry: Product | None) -> str:
        return tr("New card product") if entry is None else tr("Card product")

    def _locked_note(self, entry: Product) -> str:
        if not entry.sold:
            return ""
        return tr("Cards sold: {count}. Members bought these terms, so they cannot change. "
                  "Retire the product to stop selling it, or copy it as a new product with "
                  "new terms.").format(count=entry.sold)

    def _show(self, entry: Product | None) -> None:
        super()._show(entry)
        self.copy_button.setEnabled(self.may_edit and entry is not None)

    # -- the form ----------------------------------------------------------------

    def _fill(self, entry: Product | None) -> None:
        product = entry or Product(id=0, name="", kind=ProductKind.STORED_VALUE)
        self.name.setText(product.name)
        self.kind.setCurrentIndex(KINDS.index(product.kind))
        set_money(self.price, product.price_fen if entry else None)
        self.discount.setValue(product.discount_permille)
        self.sessions.setValue(product.sessions)
        in_months = bool(product.valid_months)
        self.validity.setValue(product.valid_months if in_months else product.valid_days)
        self.validity_unit.setCurrentIndex(UNIT_MONTHS if in_months else UNIT_DAYS)
        self.bonus.set_rules(product.bonus_rules)
        self._list_services(set(product.service_ids))
        self._show_kind_fields()
        self._update_discount_hint()

    def copy_as_new(self) -> None:
        """A new product with the chosen one's terms, to change before saving."""
        source = self.selected()
        if source is None:
            return
        self.start_new()
        self._fill(source)
        self.name.setText(tr("{name} (new)").format(name=source.name))
        self.name.selectAll()

    def _list_services(self, ticked: set[int]) -> None:
        """Services on sale, and retired ones still covered, ticked as given."""
        self.services.clear()
        for service in self._services:
            if not service.active and service.id not in ticked:
                continue
            item = QListWidgetItem(service.name if service.active
                                   else tr("{name} (retired)").format(name=service.name))
            item.setData(SERVICE_ID, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = service.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.services.addItem(item)

    def _ticked_services(self) -> set[int]:
        items = (self.services.item(row) for row in range(self.services.count()))
        return {item.data(SERVICE_ID) for item in items
                if item.checkState() == Qt.CheckState.Checked}

    def _show_kind_fields(self) -> None:
        kind = self._kind()
        stored, count = kind is ProductKind.STORED_VALUE, kind is ProductKind.COUNT
        self.form.setRowVisible(self.price, not stored)
        self.form.setRowVisible(self.sessions, count)
        self.form.setRowVisible(self.services_row, count)
        self.form.setRowVisible(self.discount_row, stored)
        self.form.setRowVisible(self.bonus, stored)
        self.validity.setSpecialValueText(tr("No expiry") if kind is not ProductKind.PERIOD
                                          else tr("Choose a validity"))

    def _update_discount_hint(self) -> None:
        self.discount_hint.setText(discount_text(self.discount.value()))

    def _kind(self) -> ProductKind:
        return KINDS[self.kind.currentIndex()]

    def _write(self, entry_id: int | None) -> int:
        draft = self._draft()
        return self._club.catalogue.save_product(draft, product_id=entry_id,
                                                 operator=self._club.operator)

    def _draft(self) -> ProductDraft:
        """The fields of the chosen kind; the hidden ones of other kinds are left out."""
        kind = self._kind()
        stored, count = kind is ProductKind.STORED_VALUE, kind is ProductKind.COUNT
        in_months = self.validity_unit.currentIndex() == UNIT_MONTHS
        return ProductDraft(
            name=self.name.text(), kind=kind,
            price_fen=0 if stored else money_of(self.price, "price"),
            discount_permille=self.discount.value() if stored else FULL_PRICE,
            sessions=self.sessions.value() if count else 0,
            valid_days=0 if in_months else self.validity.value(),
            valid_months=self.validity.value() if in_months else 0,
            bonus_rules=self.bonus.rules() if stored else (),
            service_ids=tuple(sorted(self._ticked_services())) if count else (),
        )

    def _set_active(self, entry_id: int, active: bool) -> None:
        self._club.catalogue.set_product_active(entry_id, active, operator=self._club.operator)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "price": self.price, "discount": self.discount,
                "sessions": self.sessions, "valid_days": self.validity,
                "bonus": self.bonus.table}


def _terms(product: Product) -> str:
    """A product's terms in one line, as the list shows them."""
    parts = []
    if product.kind is ProductKind.STORED_VALUE:
        parts += [bonus_step_text(rule) for rule in product.bonus_rules]
        if product.discount_permille < FULL_PRICE:
            parts.append(discount_text(product.discount_permille))
    if product.kind is ProductKind.COUNT:
        parts.append(tr("{count} sessions").format(count=product.sessions))
    if product.valid_months:
        parts.append(tr("valid {count} months").format(count=product.valid_months))
    elif product.valid_days:
        parts.append(tr("valid {count} days").format(count=product.valid_days))
    return "; ".join(parts)
