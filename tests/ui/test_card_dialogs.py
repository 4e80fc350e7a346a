"""The card operation dialogs, driven by keyboard and mouse as reception would:
the before → after preview, one charge per dialog whatever is pressed twice,
errors that write nothing, owner approval, and each operation's result."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from clubcrm.domain.cards import Card, CardStatus, PaymentMethod
from clubcrm.domain.ids import MemberId
from clubcrm.domain.ledger import LedgerFilter, LedgerKind
from clubcrm.domain.staff import Role
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.operations import OperationResult
from clubcrm.services.settings import OPERATION_CAP_FEN
from tests.services.money_world import PASSWORD, World, new_key, world_fixture  # noqa: F401

from clubcrm.ui.dialogs.card_approval_dialog import OwnerApprovalDialog
from clubcrm.ui.dialogs.card_consume_dialog import ConsumeDialog
from clubcrm.ui.dialogs.card_operation_dialog import CardOperationDialog
from clubcrm.ui.dialogs.card_refund_dialogs import AdjustDialog, RefundDialog
from clubcrm.ui.dialogs.card_reverse_dialog import ReverseDialog
from clubcrm.ui.dialogs.card_sale_dialogs import RechargeDialog, SellCardDialog
from clubcrm.ui.dialogs.card_share_dialog import ShareDialog
from clubcrm.ui.dialogs.card_state_dialogs import (
    CloseCardDialog,
    ExtendDialog,
    FreezeDialog,
    RedeemPointsDialog,
    ReplaceLostDialog,
)
from clubcrm.ui.dialogs.card_transfer_dialog import TransferDialog
from clubcrm.ui.models.cards_table_model import COL_BONUS, COL_CARD_NO, COL_PRINCIPAL
from clubcrm.ui.views.cards_view import CardsView

D = TypeVar("D", bound=QDialog)


@pytest.fixture
def cards_view(qtbot: QtBot, world: World) -> Iterator[CardsView]:
    """The cards view with the first member (张伟, Regular tier) open, owner at the desk."""
    world.club.operator = world.owner
    view = CardsView(world.club)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(view.isActiveWindow)
    view.show_member(world.members[0])
    yield view


def sell(world: World, product: int, paid_fen: int | None = None,
         member: int | None = None) -> Card:
    result = world.club.cards.sell(MemberId(member or world.members[0]), product,
                                   method=PaymentMethod.CASH, paid_fen=paid_fen,
                                   key=new_key(), operator=world.owner)
    assert result.card_id is not None
    return world.club.cards.card(result.card_id)


def open_on(view: CardsView, action_name: str, kind: type[D], card: Card | None = None) -> D:
    """Reload the view, choose `card`, and open the action's dialog as its button would."""
    view.reload(card.id if card else None)
    dialog = view.card_actions.open(getattr(view.card_actions, action_name))
    assert isinstance(dialog, kind), f"{action_name} is disabled"
    return dialog


def ledger_rows(world: World, kind: LedgerKind | None = None,
                member: int | None = None) -> int:
    return world.club.ledger.count(member or world.members[0], LedgerFilter(kind=kind))


def preview_text(dialog: CardOperationDialog) -> str:
    """The preview as lines of its non-empty cells: `Balance ¥0.00 → ¥1,200.00`."""
    return "\n".join(" ".join(cell for cell in cells if cell) for cells in dialog.preview.texts())


def card_cell(view: CardsView, card_no: str, column: int) -> str:
    model = view.cards_model
    row = [model.index(r, COL_CARD_NO).data() for r in range(model.rowCount())].index(card_no)
    return model.index(row, column).data()


# -- selling and recharging ---------------------------------------------------

def test_sell_stored_value_card_by_keyboard(qtbot: QtBot, world: World,
                                            cards_view: CardsView) -> None:
    """Product, amount 1000 (bonus ¥200 shown), Enter: the table shows the new card."""
    dialog = open_on(cards_view, "sell", SellCardDialog)
    assert isinstance(dialog, SellCardDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.product
    qtbot.keyClick(dialog.product, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.amount
    qtbot.keyClicks(dialog.amount, "1000")
    assert "Bonus by rule ¥200.00" in preview_text(dialog)
    assert "Balance ¥0.00 → ¥1,200.00" in preview_text(dialog)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.outcome is not None
    card_no = dialog.outcome.entries[0].card_no
    assert card_cell(cards_view, card_no, COL_PRINCIPAL) == "¥1,000.00"
    assert card_cell(cards_view, card_no, COL_BONUS) == "¥200.00"
    assert card_no in dialog.done_label.text()
    assert dialog.receipt.isVisible()


def test_receipt_saved_as_pdf_after_the_sale(qtbot: QtBot, world: World,
                                            cards_view: CardsView, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the card is sold, Save PDF writes its receipt where the user chose."""
    dialog = open_on(cards_view, "sell", SellCardDialog)
    dialog.amount.setText("500")
    dialog.confirm()
    target = tmp_path / "receipt.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(dialog.receipt.pdf_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_count_card_sells_at_its_price(qtbot: QtBot, world: World,
                                       cards_view: CardsView) -> None:
    """Choosing a count card fills in its price, read-only, and shows its sessions."""
    dialog = open_on(cards_view, "sell", SellCardDialog)
    dialog.product.setCurrentIndex(dialog.product.findData(world.count))
    assert dialog.amount.isReadOnly() and dialog.amount.text() == "800.00"
    assert "Sessions left 0 → 10" in preview_text(dialog)
    dialog.product.setCurrentIndex(dialog.product.findData(world.stored))
    assert not dialog.amount.isReadOnly() and dialog.amount.text() == ""
    dialog.product.setCurrentIndex(dialog.product.findData(world.count))
    dialog.confirm()
    assert dialog.outcome is not None
    assert world.club.cards.card(dialog.outcome.card_id or 0).balances.sessions == 10


def test_enter_twice_charges_once(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Enter, Enter: one recharge row; the second Enter closes the dialog."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "recharge", RechargeDialog, card)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.amount, "500")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert ledger_rows(world, LedgerKind.RECHARGE) == 1
    assert world.club.cards.card(card.id).balances.principal_fen == 100000


def test_clicking_confirm_twice_charges_once(qtbot: QtBot, world: World,
                                             cards_view: CardsView) -> None:
    """A double click on Recharge writes one row."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "recharge", RechargeDialog, card)
    dialog.amount.setText("300")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    dialog.confirm()
    assert ledger_rows(world, LedgerKind.RECHARGE) == 1


def test_retry_after_a_failure_does_not_charge_twice(
        qtbot: QtBot, world: World, cards_view: CardsView,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The charge is written but the answer is lost: confirming again with the
    dialog's key returns the first result instead of charging again."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "recharge", RechargeDialog, card)
    real = world.club.cards.recharge
    calls: list[OperationResult] = []

    def lost_answer(*args: object, **kwargs: object) -> OperationResult:
        calls.append(real(*args, **kwargs))  # type: ignore[arg-type]
        if len(calls) == 1:
            raise OSError("connection dropped after the commit")
        return calls[-1]

    monkeypatch.setattr(world.club.cards, "recharge", lost_answer)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    dialog.amount.setText("300")
    dialog.confirm()
    assert dialog.outcome is None
    dialog.confirm()
    assert dialog.outcome is not None and dialog.outcome.repeated
    assert "nothing was charged again" in dialog.done_label.text()
    assert ledger_rows(world, LedgerKind.RECHARGE) == 1


def test_three_decimals_show_the_error_and_write_nothing(
        qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Amount 12.345: the dialog says why, keeps the focus on the amount, writes nothing."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "recharge", RechargeDialog, card)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.amount, "12.345")
    assert "at most two decimals" in dialog.preview.hint.text()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.outcome is None
    assert dialog.error_label.text() == "An amount has at most two decimals: 12.345"
    assert QApplication.focusWidget() is dialog.amount
    assert ledger_rows(world) == 1  # the sale only


def test_escape_cancels_without_writing(qtbot: QtBot, world: World,
                                        cards_view: CardsView) -> None:
    """Esc closes the dialog; nothing is charged."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "recharge", RechargeDialog, card)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.amount, "100")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ledger_rows(world, LedgerKind.RECHARGE) == 0


def test_amount_above_the_limit_needs_the_owner(qtbot: QtBot, world: World,
                                                cards_view: CardsView) -> None:
    """A manager's sale above the per-operation limit asks an owner to sign in,
    then goes through in one row."""
    club = world.club
    club.settings.set(OPERATION_CAP_FEN, 50000, operator=world.owner)
    club.staff.add(operator=world.owner, username="boss", display_name="Boss",
                   role=Role.OWNER, password=PASSWORD)
    club.operator = world.manager
    cards_view.set_actor(club.current_actor())
    dialog = open_on(cards_view, "sell", SellCardDialog)
    dialog.amount.setText("600")

    def approve() -> None:
        approval = QApplication.activeModalWidget()
        assert isinstance(approval, OwnerApprovalDialog)
        assert "the owner must approve it" in approval.prompt.text()
        approval.username.setText("wangjl")  # a manager cannot approve
        approval.password.setText(PASSWORD)
        approval.submit()
        assert approval.isVisible()
        assert approval.error_label.text() == "Only the owner can approve this amount."
        approval.username.setText("boss")
        approval.password.setText(PASSWORD)
        approval.submit()

    QTimer.singleShot(0, approve)
    dialog.confirm()
    assert dialog.outcome is not None
    assert ledger_rows(world, LedgerKind.OPEN) == 1


# -- consumption ---------------------------------------------------------------

def test_consume_with_a_card_shows_discount_and_balance(
        qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Two swims from the stored-value card: 90% card discount, balance after."""
    card = sell(world, world.stored, 100000)
    dialog = open_on(cards_view, "consume", ConsumeDialog, card)
    qtbot.waitUntil(dialog.isActiveWindow)
    line = dialog.items.lines[0]
    line.service.setCurrentIndex(line.service.findData(world.swim))
    qtbot.keyClick(line.service, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "2")  # the quantity, already selected
    text = preview_text(dialog)
    assert "游泳 × 2 ¥176.00" in text
    assert "Card discount 90% of the list price (9折)" in text
    assert "Amount due ¥158.40" in text
    assert "Balance ¥1,200.00 → ¥1,041.60" in text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert world.club.cards.card(card.id).balances.total_fen == 104160
    assert ledger_rows(world, LedgerKind.CONSUME) == 1


def test_consume_part_by_card_rest_by_wechat(qtbot: QtBot, world: World,
                                             cards_view: CardsView) -> None:
    """¥50 from the card, the rest by WeChat Pay."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "consume", ConsumeDialog, card)
    line = dialog.items.lines[0]
    line.service.setCurrentIndex(line.service.findData(world.massage))
    dialog.card_amount.setText("50")
    method = dialog.method
    method.setCurrentIndex(method.findData(PaymentMethod.WECHAT.value))
    assert "Paid by WeChat Pay ¥129.10" in preview_text(dialog)
    dialog.confirm()
    assert world.club.cards.card(card.id).balances.total_fen == 55000 - 5000


def test_count_card_covers_the_session(qtbot: QtBot, world: World,
                                       cards_view: CardsView) -> None:
    """A swim on the count card uses one session and no money."""
    card = sell(world, world.count)
    dialog = open_on(cards_view, "consume", ConsumeDialog, card)
    assert "Sessions left 10 → 9" in preview_text(dialog)
    assert not dialog.method.isEnabled()
    dialog.confirm()
    assert world.club.cards.card(card.id).balances.sessions == 9


# -- money going back ----------------------------------------------------------

def test_refund_shows_the_statement_and_refunds(qtbot: QtBot, world: World,
                                                cards_view: CardsView) -> None:
    """A used 充1000送200 card refunds pro rata; the calculation is shown first."""
    card = sell(world, world.stored, 100000)
    world.club.cards.consume(ConsumptionRequest(world.members[0], (SaleItem(world.lesson, 3),),
                                                card_id=card.id),
                             key=new_key(), operator=world.owner)
    dialog = open_on(cards_view, "refund", RefundDialog, card)
    text = preview_text(dialog)
    assert "Consumed ¥270.00" in text
    assert "Calculation ¥1,000.00 − ¥270.00 × ¥1,000.00 ÷ ¥1,200.00" in text
    assert "Refundable ¥775.00" in text
    dialog.confirm()
    assert world.club.cards.card(card.id).status is CardStatus.REFUNDED
    assert dialog.refund_statement() is not None


def test_reverse_a_recharge_from_the_ledger(qtbot: QtBot, world: World,
                                            cards_view: CardsView) -> None:
    """Choose the recharge row, give a reason, Enter: the row is struck through."""
    card = sell(world, world.stored, 50000)
    world.club.cards.recharge(card.id, 20000, method=PaymentMethod.ALIPAY, key=new_key(),
                              operator=world.owner)
    cards_view.reload(card.id)
    cards_view.ledger_table.selectRow(0)
    dialog = cards_view.card_actions.open(cards_view.card_actions.reverse)
    assert isinstance(dialog, ReverseDialog)
    assert "Hand back by Alipay ¥200.00" in preview_text(dialog)
    assert f"{card.card_no} Balance ¥750.00 → ¥550.00" in preview_text(dialog)
    dialog.confirm()
    assert "Give a reason" in dialog.error_label.text()
    dialog.reason.setText("wrong card")
    dialog.confirm()
    assert world.club.cards.card(card.id).balances.total_fen == 55000
    recharge = world.club.ledger.page(world.members[0], LedgerFilter(kind=LedgerKind.RECHARGE))
    assert recharge[0].reversed_by_id is not None


def test_owner_adjusts_a_balance(qtbot: QtBot, world: World,
                                 cards_view: CardsView) -> None:
    """The owner takes ¥20 of bonus off, with a reason kept on the row."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "adjust", AdjustDialog, card)
    dialog.bonus.setText("-20")
    dialog.reason.setText("bonus given twice")
    assert "Bonus ¥50.00 → ¥30.00" in preview_text(dialog)
    dialog.confirm()
    assert world.club.cards.card(card.id).balances.bonus_fen == 3000
    assert ledger_rows(world, LedgerKind.ADJUST) == 1


def test_transfer_to_another_members_card_by_search(qtbot: QtBot, world: World,
                                                    cards_view: CardsView) -> None:
    """Find the other member, take their card, move ¥100."""
    card = sell(world, world.stored, 50000)
    other = sell(world, world.stored, 50000, member=world.members[1])
    dialog = open_on(cards_view, "transfer", TransferDialog, card)
    finder = dialog.finder
    qtbot.keyClicks(finder.search_box, "ln")
    qtbot.keyClick(finder.search_box, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter picked the member, it did not confirm
    assert dialog.to_card.text() == other.card_no
    dialog.amount.setText("100")
    assert f"{other.card_no} Balance ¥550.00 → ¥650.00" in preview_text(dialog)
    dialog.confirm()
    assert world.club.cards.card(other.id).balances.total_fen == 65000


# -- the card's state ------------------------------------------------------------

def test_freeze_then_unfreeze(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Freeze and unfreeze through the same action."""
    card = sell(world, world.count)
    dialog = open_on(cards_view, "freeze", FreezeDialog, card)
    assert "Status Active → Frozen" in preview_text(dialog)
    dialog.confirm()
    assert world.club.cards.card(card.id).status is CardStatus.FROZEN
    dialog = open_on(cards_view, "freeze", FreezeDialog, card)
    dialog.confirm()
    assert world.club.cards.card(card.id).status is CardStatus.ACTIVE


def test_extend_needs_a_reason(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Extend by 30 days with a reason; the preview shows the new end date."""
    card = sell(world, world.count)
    assert card.valid_until is not None
    dialog = open_on(cards_view, "extend", ExtendDialog, card)
    qtbot.waitUntil(dialog.isActiveWindow)
    end = (card.valid_until + timedelta(days=30)).isoformat()
    assert f"Valid until {card.valid_until.isoformat()} → {end}" in preview_text(dialog)
    dialog.confirm()
    assert "Give a reason" in dialog.error_label.text()
    assert QApplication.focusWidget() is dialog.reason
    dialog.reason.setText("pool closed")
    dialog.confirm()
    assert world.club.cards.card(card.id).valid_until == card.valid_until + timedelta(days=30)


def test_replace_lost_card(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """A new number takes over the balance; the view chooses the new card."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "replace", ReplaceLostDialog, card)
    dialog.new_number.setText("n9999")
    assert f"Card number {card.card_no} → N9999" in preview_text(dialog)
    dialog.confirm()
    new = world.club.cards.find_card("N9999")
    assert new is not None and new.balances.total_fen == 55000
    assert world.club.cards.card(card.id).status is CardStatus.REPLACED


def test_close_an_empty_card(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """A card with a balance cannot be closed; the preview says so."""
    card = sell(world, world.stored, 50000)
    dialog = open_on(cards_view, "close_card", CloseCardDialog, card)
    assert "still holds a balance" in dialog.preview.hint.text()
    dialog.confirm()
    assert "still holds a balance" in dialog.error_label.text()
    assert world.club.cards.card(card.id).status is CardStatus.ACTIVE


def test_redeem_points_for_a_gift(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Points earned by paying are exchanged for a gift."""
    world.club.cards.consume(ConsumptionRequest(world.members[0], (SaleItem(world.lesson),),
                                                method=PaymentMethod.CASH),
                             key=new_key(), operator=world.owner)
    cards_view.reload()
    assert cards_view.points == 1000
    dialog = open_on(cards_view, "redeem", RedeemPointsDialog)
    dialog.points.setValue(300)
    dialog.gift.setText("swim cap")
    assert "Points 1,000 → 700" in preview_text(dialog)
    dialog.confirm()
    assert "Points 700" in cards_view.header.text()


def test_share_with_family(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Find a family member and Enter adds them; Remove takes them off."""
    card = sell(world, world.stored, 50000)
    cards_view.reload(card.id)
    dialog = cards_view.card_actions.open(cards_view.card_actions.share)
    assert isinstance(dialog, ShareDialog)
    qtbot.keyClicks(dialog.finder.search_box, "wf")
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    assert world.club.cards.card(card.id).holders == (world.members[2],)
    assert dialog.holders.count() == 1
    dialog.remove_selected()
    assert world.club.cards.card(card.id).holders == ()
