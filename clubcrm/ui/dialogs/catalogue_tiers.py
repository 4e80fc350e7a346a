"""The tiers tab (会员等级): each tier's benefits and the rule that moves members
into it; "Review tiers…" applies the rules to every member, on the owner's word."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from clubcrm.domain.cards import Tier
from clubcrm.services.catalogue import MAX_NAME, TierDraft
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.catalogue_fields import (
    DiscountSpinBox,
    discount_brief,
    discount_text,
    hint_label,
    optional_money_of,
    set_money,
    short_money,
    with_hint,
)
from clubcrm.ui.dialogs.catalogue_tab import CatalogueTab
from clubcrm.ui.dialogs.catalogue_tier_review import TierReviewDialog
from clubcrm.ui.i18n import tr
from clubcrm.ui.widgets.money_edit import MoneyEdit

MAX_POINTS_PER_YUAN = 100
MAX_ACTIVE_MONTHS = 12


def upgrade_rule_text(tier: Tier, *, base: bool) -> str:
    """A tier's rule in a list column; the base tier is where members meeting no rule are."""
    if tier.upgrade_spend_fen is None:
        return tr("Base tier") if base else tr("No automatic upgrade")
    text = tr("12-month spend ≥ {amount}").format(amount=short_money(tier.upgrade_spend_fen))
    if tier.upgrade_active_months:
        text += tr("; active {count} months in a row").format(count=tier.upgrade_active_months)
    return text


class TiersTab(CatalogueTab[Tier]):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(club, titles=[tr("Tier"), tr("Discount"), tr("Points per ¥1"),
                                       tr("Upgrade rule")], retirable=False, parent=parent)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.discount = DiscountSpinBox()
        self.discount_hint = hint_label("")
        self.points = QSpinBox()
        self.points.setRange(0, MAX_POINTS_PER_YUAN)
        self.upgrade_spend = MoneyEdit(placeholder=tr("Empty: no automatic upgrade"))
        self.months = QSpinBox()
        self.months.setRange(0, MAX_ACTIVE_MONTHS)
        self.months.setSpecialValueText(tr("Not required"))
        self.review_button = QPushButton(tr("Review tiers…"))
        self.review_button.setToolTip(tr("Who would move up or down under these rules today"))
        self.review_result = QLabel()
        self._lay_out_form()
        self._lay_out([self.review_button])
        self.discount.valueChanged.connect(self._update_discount_hint)
        self.review_button.clicked.connect(self.open_review)

    def _lay_out_form(self) -> None:
        form = QFormLayout(self.form_box)
        form.addRow(tr("Name *"), self.name)
        form.addRow(tr("Members pay"), with_hint(self.discount, self.discount_hint))
        form.addRow(tr("Points per ¥1 spent"), self.points)
        form.addRow(tr("Upgrade at 12-month spend (¥)"), self.upgrade_spend)
        form.addRow(tr("Active months in a row"), self.months)
        form.addRow("", hint_label(tr(
            "A member moves up as soon as their consumption over the last 12 months reaches "
            "the amount, having consumed in each of the last months asked for. Moving down "
            "happens only when you review the tiers. The lowest tier is for members who meet "
            "no rule.")))
        form.addRow("", self.review_result)

    def _load(self) -> list[Tier]:
        return self._club.catalogue.tiers()

    def _row(self, entry: Tier) -> list[str]:
        base = entry.rank == min(tier.rank for tier in self._entries)
        return [entry.name, discount_brief(entry.discount_permille), str(entry.points_per_yuan),
                upgrade_rule_text(entry, base=base)]

    def _form_title(self, entry: Tier | None) -> str:
        return tr("New tier") if entry is None else tr("Tier")

    def _fill(self, entry: Tier | None) -> None:
        tier = entry or Tier(id=0, name="", rank=0)
        self.name.setText(tier.name)
        self.discount.setValue(tier.discount_permille)
        self.points.setValue(tier.points_per_yuan)
        set_money(self.upgrade_spend, tier.upgrade_spend_fen)
        self.months.setValue(tier.upgrade_active_months)
        self._update_discount_hint()

    def _update_discount_hint(self) -> None:
        self.discount_hint.setText(discount_text(self.discount.value()))

    def _write(self, entry_id: int | None) -> int:
        draft = TierDraft(name=self.name.text(), discount_permille=self.discount.value(),
                          points_per_yuan=self.points.value(),
                          upgrade_spend_fen=optional_money_of(self.upgrade_spend,
                                                                      "upgrade_spend"),
                          upgrade_active_months=self.months.value())
        return self._club.catalogue.save_tier(draft, tier_id=entry_id,
                                              operator=self._club.operator)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "discount": self.discount, "points": self.points,
                "upgrade_spend": self.upgrade_spend, "months": self.months}

    def open_review(self) -> TierReviewDialog:
        dialog = TierReviewDialog(self._club, parent=self)
        dialog.tiers_applied.connect(self._show_review_result)
        dialog.open()
        return dialog

    def _show_review_result(self, changed: int) -> None:
        self.review_result.setText(tr("Tier changed for {count} members.").format(count=changed))
