"""The catalogue dialog: services, card products, tiers and money rules, driven
by keyboard and mouse as the owner (or a role that may not) would."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget

from clubcrm.domain.cards import BonusRule, PaymentMethod, ProductKind, SpendOrder
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Role
from clubcrm.services.catalogue import ProductDraft, ServiceDraft, TierDraft
from clubcrm.services.club import Club
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.settings import CARD_SPEND_ORDER, OPERATION_CAP_FEN, REFUND_FORMULA
from tests.ui.conftest import AddMember

from clubcrm.ui.dialogs.catalogue_dialog import CatalogueDialog
from clubcrm.ui.dialogs.catalogue_fields import DiscountSpinBox, discount_text, zhe_digits

TAB_SERVICES, TAB_PRODUCTS, TAB_TIERS, TAB_MONEY = range(4)


def open_dialog(qtbot: QtBot, club: Club, tab: int = TAB_SERVICES) -> CatalogueDialog:
    dialog = CatalogueDialog(club)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def listed(tree_owner: object) -> list[str]:
    tree = tree_owner.tree  # type: ignore[attr-defined]
    return [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]


def type_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Open a cell's editor as a user would (F2), type, and commit with Enter."""
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(table.hasFocus)  # the view commits and closes the editor after the key


def sell_one(club: Club, add_member: AddMember, product_id: int) -> None:
    member = add_member("张三", "13800138000")
    club.cards.sell(member.id, product_id, method=PaymentMethod.CASH, key="sale-1",
                    operator=club.operator)


# -- services -------------------------------------------------------------------


def test_service_is_added_by_typing_and_enter(qtbot: QtBot, club: Club) -> None:
    """Name, category and price typed, Enter saves: listed, and stored in fen."""
    dialog = open_dialog(qtbot, club)
    tab = dialog.services_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    tab.name.insert("成人游泳")  # as an input method commits it (QTest types ASCII only)
    tab.category.lineEdit().insert("游泳")
    qtbot.keyClicks(tab.price, "1,268.50")
    qtbot.keyClick(tab.price, Qt.Key.Key_Return)
    assert [(s.name, s.category, s.price_fen) for s in club.catalogue.services()] == [
        ("成人游泳", "游泳", 126850)]
    assert listed(tab) == ["成人游泳"]
    assert not tab.error_label.isVisible()


def test_price_with_three_decimals_saves_nothing(qtbot: QtBot, club: Club) -> None:
    """"12.345" is refused with the money rule's message, the cursor back in the price."""
    dialog = open_dialog(qtbot, club)
    tab = dialog.services_tab
    qtbot.keyClicks(tab.name, "Sauna")
    qtbot.keyClicks(tab.price, "12.345")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.error_label.isVisible()
    assert "at most two decimals" in tab.error_label.text()
    assert tab.price.hasFocus()
    assert club.catalogue.services() == []


def test_empty_price_is_not_a_free_service(qtbot: QtBot, club: Club) -> None:
    """A forgotten price is asked for rather than saved as ¥0.00."""
    dialog = open_dialog(qtbot, club)
    tab = dialog.services_tab
    qtbot.keyClicks(tab.name, "Sauna")
    tab.save()
    assert "Enter an amount" in tab.error_label.text()
    assert club.catalogue.services() == []


def test_retired_service_is_greyed_and_comes_back(qtbot: QtBot, club: Club) -> None:
    """Retire keeps the service, greyed and last; Bring back puts it on sale again."""
    for name in ("Massage", "Swim"):
        club.catalogue.save_service(ServiceDraft(name, "", 1000), operator=club.operator)
    dialog = open_dialog(qtbot, club)
    tab = dialog.services_tab
    assert tab.selected().name == "Massage"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert listed(tab) == ["Swim", "Massage"]
    assert [s.active for s in club.catalogue.services()] == [False, True]
    assert tab.tree.topLevelItem(1).foreground(0).color() != \
        tab.tree.topLevelItem(0).foreground(0).color()
    assert tab.active_button.text() == "Bring back"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert all(s.active for s in club.catalogue.services())


# -- card products ----------------------------------------------------------------


def test_stored_value_product_with_two_bonus_steps(qtbot: QtBot, club: Club) -> None:
    """A stored-value card typed in: 88 % on consumption and two recharge steps."""
    dialog = open_dialog(qtbot, club, TAB_PRODUCTS)
    tab = dialog.products_tab
    assert tab.kind.currentData() == ProductKind.STORED_VALUE
    assert not tab.price.isVisibleTo(tab) and tab.bonus.isVisibleTo(tab)
    tab.name.insert("储值卡")
    tab.discount.lineEdit().selectAll()
    qtbot.keyClicks(tab.discount, "88")
    for row, (pay, bonus) in enumerate([("1,000", "200"), ("3000", "800.50")]):
        qtbot.mouseClick(tab.bonus.add_button, Qt.MouseButton.LeftButton)
        type_cell(qtbot, tab.bonus.table, row, 0, pay)
        type_cell(qtbot, tab.bonus.table, row, 1, bonus)
    assert "Pay ¥3,000, get ¥800.50 free" in tab.bonus.reading.text()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    (product,) = club.catalogue.products()
    assert (product.name, product.kind, product.discount_permille) == (
        "储值卡", ProductKind.STORED_VALUE, 880)
    assert product.bonus_rules == (BonusRule(100000, 20000), BonusRule(300000, 80050))
    assert listed(tab) == ["储值卡"]


def test_count_card_shows_its_own_fields(qtbot: QtBot, club: Club) -> None:
    """A count card asks for price, sessions and services; it covers the ticked service."""
    swim = club.catalogue.save_service(ServiceDraft("Swim", "", 5000), operator=club.operator)
    club.catalogue.save_service(ServiceDraft("Massage", "", 9000), operator=club.operator)
    dialog = open_dialog(qtbot, club, TAB_PRODUCTS)
    tab = dialog.products_tab
    tab.kind.setCurrentIndex(tab.kind.findData(ProductKind.COUNT))
    assert tab.price.isVisibleTo(tab) and not tab.bonus.isVisibleTo(tab)
    qtbot.keyClicks(tab.name, "10 swims")
    qtbot.keyClicks(tab.price, "450")
    tab.sessions.setValue(10)
    tab.validity.setValue(6)
    tab.validity_unit.setCurrentIndex(1)
    swim_item = tab.services.findItems("Swim", Qt.MatchFlag.MatchExactly)[0]
    swim_item.setCheckState(Qt.CheckState.Checked)
    tab.save()
    (product,) = club.catalogue.products()
    assert (product.price_fen, product.sessions, product.valid_months, product.service_ids) \
        == (45000, 10, 6, (swim,))


def test_sold_product_is_read_only_and_can_retire(qtbot: QtBot, club: Club,
                                                  add_member: AddMember) -> None:
    """A product with a card sold shows its terms read-only with a note; Retire works."""
    product_id = club.catalogue.save_product(
        ProductDraft("Month pass", ProductKind.PERIOD, price_fen=39900, valid_days=30),
        operator=club.operator)
    sell_one(club, add_member, product_id)
    dialog = open_dialog(qtbot, club, TAB_PRODUCTS)
    tab = dialog.products_tab
    assert tab.selected().id == product_id
    assert not tab.form_box.isEnabled() and not tab.save_button.isEnabled()
    assert tab.note.isVisible() and "Cards sold: 1" in tab.note.text()
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert not club.catalogue.products()[0].active
    assert tab.tree.topLevelItem(0).text(4) == "Retired"


def test_copy_as_new_product_keeps_the_terms(qtbot: QtBot, club: Club,
                                             add_member: AddMember) -> None:
    """Copying a sold product opens an editable new one with its terms."""
    product_id = club.catalogue.save_product(
        ProductDraft("Month pass", ProductKind.PERIOD, price_fen=39900, valid_months=1),
        operator=club.operator)
    sell_one(club, add_member, product_id)
    dialog = open_dialog(qtbot, club, TAB_PRODUCTS)
    tab = dialog.products_tab
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert tab.form_box.isEnabled() and tab.name.text() == "Month pass (new)"
    tab.price.setText("429")
    qtbot.keyClick(tab.price, Qt.Key.Key_Return)
    new = next(p for p in club.catalogue.products() if p.id != product_id)
    assert (new.name, new.kind, new.price_fen, new.valid_months) == (
        "Month pass (new)", ProductKind.PERIOD, 42900, 1)


def test_ctrl_s_takes_the_cell_being_typed(qtbot: QtBot, club: Club) -> None:
    """Saving with a bonus cell still open keeps what was typed in it."""
    dialog = open_dialog(qtbot, club, TAB_PRODUCTS)
    tab = dialog.products_tab
    qtbot.keyClicks(tab.name, "Silver")
    tab.bonus.add_step()
    qtbot.keyClicks(QApplication.focusWidget(), "500")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert club.catalogue.products()[0].bonus_rules == (BonusRule(50000, 0),)


def test_bad_bonus_amount_names_its_row(qtbot: QtBot, club: Club) -> None:
    """A bonus step typed wrong is refused with its row; nothing is saved."""
    dialog = open_dialog(qtbot, club, TAB_PRODUCTS)
    tab = dialog.products_tab
    qtbot.keyClicks(tab.name, "Gold")
    tab.bonus.add_step()
    type_cell(qtbot, tab.bonus.table, 0, 0, "1000")
    type_cell(qtbot, tab.bonus.table, 0, 1, "2.001")
    tab.save()
    assert "Bonus step 1" in tab.error_label.text()
    assert club.catalogue.products() == []


# -- tiers --------------------------------------------------------------------------


def test_tier_rule_is_saved(qtbot: QtBot, club: Club) -> None:
    """A tier's discount (typed as a percentage), points and upgrade rule are saved exactly."""
    dialog = open_dialog(qtbot, club, TAB_TIERS)
    tab = dialog.tiers_tab
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2))
    tab.discount.lineEdit().selectAll()
    qtbot.keyClicks(tab.discount, "88.5")
    tab.points.setValue(2)
    qtbot.keyClicks(tab.upgrade_spend, "10,000")
    tab.months.setValue(3)
    qtbot.keyClick(tab.upgrade_spend, Qt.Key.Key_Return)
    tier = club.catalogue.tiers()[2]
    assert (tier.discount_permille, tier.points_per_yuan, tier.upgrade_spend_fen,
            tier.upgrade_active_months) == (885, 2, 1_000_000, 3)
    assert "8.85折" in tab.tree.topLevelItem(2).text(1)


def test_tier_review_lists_and_applies_a_proposal(qtbot: QtBot, club: Club,
                                                   add_member: AddMember) -> None:
    """A member who spent enough is proposed for the higher tier; Apply moves them."""
    member = add_member("李四", "13911112222")
    service = club.catalogue.save_service(ServiceDraft("Spa", "", 30000),
                                          operator=club.operator)
    club.cards.consume(ConsumptionRequest(member.id, (SaleItem(service),),
                                          method=PaymentMethod.CASH),
                       key="spa-1", operator=club.operator)
    gold = club.catalogue.tiers()[2]
    club.catalogue.save_tier(TierDraft(gold.name, upgrade_spend_fen=20000), tier_id=gold.id,
                             operator=club.operator)
    dialog = open_dialog(qtbot, club, TAB_TIERS)
    tab = dialog.tiers_tab
    review = tab.open_review()
    qtbot.waitUntil(lambda: review.tree.topLevelItemCount() == 1)
    row = review.tree.topLevelItem(0)
    assert (row.text(0), row.text(2), row.text(3)) == ("李四", gold.name, "Up")
    with qtbot.waitSignal(review.tiers_applied):
        qtbot.mouseClick(review.apply_button, Qt.MouseButton.LeftButton)
    assert club.members.get(member.id, operator=club.operator).tier_id == gold.id
    assert "1" in tab.review_result.text()


# -- money rules and roles -------------------------------------------------------------


def test_money_rules_are_saved(qtbot: QtBot, club: Club) -> None:
    """Spend order and the per-operation cap chosen by the owner are stored."""
    dialog = open_dialog(qtbot, club, TAB_MONEY)
    tab = dialog.money_tab
    tab.spend_order.setCurrentIndex(tab.spend_order.findData(SpendOrder.BONUS_FIRST))
    tab.operation_cap.setText("80,000")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert club.settings.get(CARD_SPEND_ORDER) == "bonus_first"
    assert club.settings.get(OPERATION_CAP_FEN) == 8_000_000


def test_reception_cannot_edit(qtbot: QtBot, club: Club, staff: dict[Role, StaffId]) -> None:
    """Reception sees every tab read-only; a save anyway is refused by the service."""
    club.catalogue.save_service(ServiceDraft("Swim", "", 5000), operator=club.operator)
    club.operator = staff[Role.RECEPTION]
    dialog = open_dialog(qtbot, club)
    for tab in (dialog.services_tab, dialog.products_tab, dialog.tiers_tab):
        assert not tab.form_box.isEnabled() and not tab.save_button.isEnabled()
        assert not tab.new_button.isEnabled()
    assert "may not change card products or prices" in dialog.services_tab.note.text()
    assert not dialog.money_tab.save_button.isEnabled()
    dialog.services_tab.price.setText("1")
    dialog.services_tab.save()
    assert "may not" in dialog.services_tab.error_label.text()
    assert club.catalogue.services()[0].price_fen == 5000


def test_manager_may_not_change_the_refund_formula(qtbot: QtBot, club: Club,
                                                   staff: dict[Role, StaffId]) -> None:
    """A manager sets the spend order; the refund formula and cap stay the owner's."""
    club.operator = staff[Role.MANAGER]
    dialog = open_dialog(qtbot, club, TAB_MONEY)
    tab = dialog.money_tab
    assert tab.spend_order.isEnabled()
    assert not tab.refund_formula.isEnabled() and not tab.operation_cap.isEnabled()
    tab.spend_order.setCurrentIndex(tab.spend_order.findData(SpendOrder.BONUS_FIRST))
    tab.save()
    assert club.settings.get(CARD_SPEND_ORDER) == "bonus_first"
    assert club.settings.get(REFUND_FORMULA) == "pro_rata"


# -- discounts ----------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "permille", "zhe"), [
    ("88", 880, "8.8"), ("88.5", 885, "8.85"), ("80", 800, "8"), ("0.1", 1, "0.01"),
    ("100", 1000, "10"),
])
def test_discount_typed_as_percentage_is_exact(qtbot: QtBot, typed: str, permille: int,
                                               zhe: str) -> None:
    """A percentage with one decimal becomes per mille exactly, and reads as 折."""
    spin = DiscountSpinBox()
    qtbot.addWidget(spin)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, typed)
    assert spin.value() == permille
    assert zhe_digits(permille) == zhe


def test_discount_refuses_a_second_decimal(qtbot: QtBot) -> None:
    """A second decimal cannot be typed: 88.55 stays 88.5."""
    spin = DiscountSpinBox()
    qtbot.addWidget(spin)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "88.55")
    assert spin.value() == 885
    assert discount_text(885) == "88.5% of the list price (8.85折)"
