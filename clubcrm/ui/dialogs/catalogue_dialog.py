"""The owner's configuration of what the club sells: services, card products,
member tiers and the money rules, one tab each.

Enter saves the form of the tab in front, Ctrl+N starts a new entry, Esc
closes. Roles that may not change prices see everything read-only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from clubcrm.services.club import Club

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.dialogs.catalogue_money_rules import MoneyRulesTab
from clubcrm.ui.dialogs.catalogue_products import ProductsTab
from clubcrm.ui.dialogs.catalogue_services import ServicesTab
from clubcrm.ui.dialogs.catalogue_tab import CatalogueTab
from clubcrm.ui.dialogs.catalogue_tiers import TiersTab
from clubcrm.ui.i18n import tr


class CatalogueDialog(RememberedDialog):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Services, cards and tiers"))
        self.services_tab = ServicesTab(club)
        self.products_tab = ProductsTab(club)
        self.tiers_tab = TiersTab(club)
        self.money_tab = MoneyRulesTab(club)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.services_tab, tr("Services"))
        self.tabs.addTab(self.products_tab, tr("Card products"))
        self.tabs.addTab(self.tiers_tab, tr("Tiers"))
        self.tabs.addTab(self.money_tab, tr("Money rules"))
        self._save_buttons = [self.services_tab.save_button, self.products_tab.save_button,
                              self.tiers_tab.save_button, self.money_tab.save_button]
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.services_tab.entries_changed.connect(self.products_tab.reload_services)
        self.tabs.currentChanged.connect(self._make_save_default)
        self._add_shortcuts()
        self._make_save_default()
        self.resize(1060, 640)

    def _add_shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self._start_new)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self._save)

    def _make_save_default(self) -> None:
        """Enter in any field saves the tab in front (one default button per dialog)."""
        self._save_buttons[self.tabs.currentIndex()].setDefault(True)

    def _start_new(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, CatalogueTab) and tab.may_edit:
            tab.start_new()

    def _save(self) -> None:
        button = self._save_buttons[self.tabs.currentIndex()]
        if button.isEnabled():
            button.click()
