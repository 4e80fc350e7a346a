"""The check-in desk driven from the keyboard as reception uses it: scan or type
and Enter, choose among matches with the arrows, Enter to check in; the focus
always comes back to the input, refusals offer their fixes, and a scan typed
while a dialog is open waits for the input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.staff import Role
from clubcrm.domain.visits import Fix
from clubcrm.services.settings import VISIT_ENTRY_SERVICE_ID
from tests.services.money_world import World, new_key, world_fixture  # noqa: F401 (fixture)

from clubcrm.ui.dialogs.card_sale_dialogs import RechargeDialog, SellCardDialog
from clubcrm.ui.dialogs.visit_dialogs import SingleEntryDialog
from clubcrm.ui.views.visit_view import VisitView


def sell(world: World, member: int, product: int, paid_fen: int | None = None) -> int:
    result = world.club.cards.sell(MemberId(member), product, method=PaymentMethod.CASH,
                                   paid_fen=paid_fen, key=new_key(), operator=world.owner)
    assert result.card_id is not None
    return result.card_id


@pytest.fixture
def desk(qtbot: QtBot, world: World) -> Iterator[VisitView]:
    """The desk on the money world, reception signed in, shown and focused."""
    world.club.operator = world.staff[Role.RECEPTION]
    view = VisitView(world.club)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitUntil(view.isActiveWindow)
    yield view


def scan(qtbot: QtBot, desk: VisitView, text: str) -> None:
    """Type `text` and Enter into the desk's input, and let the scan settle."""
    qtbot.keyClicks(desk.input, text)
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    desk.input.settle_now()


def enter(qtbot: QtBot, desk: VisitView) -> None:
    qtbot.wait(80)  # a person's Enter, not the tail of the scan
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)


def test_scan_then_enter_checks_in(qtbot: QtBot, desk: VisitView, world: World) -> None:
    """Member number + Enter shows the member; Enter checks in: one session less,
    the day's list has the visit, and the focus is back on the input."""
    sell(world, world.members[0], world.count)
    scan(qtbot, desk, "000001")
    text = desk.panel.text()
    assert "张伟" in text and "000001" in text and "138****8000" in text
    assert "10 sessions" in text
    enter(qtbot, desk)
    assert "9 sessions" in desk.panel.text()
    assert "Checked in" in desk.panel.outcome.text()
    qtbot.waitUntil(lambda: desk.day_model.rowCount() == 1)
    assert "张伟" in desk.day_model.index(0, 1).data()
    assert "1 check-ins" in desk.totals.text() or "1 check-in" in desk.totals.text()
    assert desk.chart.counts[desk.day_model.row_at(0).at.hour] == 1
    assert QApplication.focusWidget() is desk.input


def test_double_enter_charges_once(qtbot: QtBot, desk: VisitView, world: World) -> None:
    """A second Enter right after a check-in changes nothing."""
    card = sell(world, world.members[0], world.count)
    scan(qtbot, desk, "000001")
    enter(qtbot, desk)
    enter(qtbot, desk)
    assert world.club.cards.card(card).balances.sessions == 9
    assert "nothing was charged again" in desk.panel.outcome.text()


def test_phone_tail_matches_chosen_with_arrows(qtbot: QtBot, desk: VisitView,
                                              world: World) -> None:
    """A tail shared by several members lists them; Down and Enter picks the second."""
    scan(qtbot, desk, "000")
    assert desk.matches.isVisible() and desk.matches.count() == 3
    qtbot.keyClick(desk.input, Qt.Key.Key_Down)
    enter(qtbot, desk)
    assert not desk.matches.isVisible()
    assert desk.member_id == desk.matches.item(1).data(Qt.ItemDataRole.UserRole)
    assert QApplication.focusWidget() is desk.input


def test_refusal_offers_fixes_and_recharge_dialog(qtbot: QtBot, desk: VisitView,
                                                  world: World) -> None:
    """A stored-value card short of the entry fee: refused with Recharge offered;
    the recharge dialog is the cards-and-money one; afterwards the check-in works."""
    world.club.settings.set(VISIT_ENTRY_SERVICE_ID, world.swim, operator=world.owner)
    sell(world, world.members[0], world.season, 1000)
    scan(qtbot, desk, "13800138000")
    enter(qtbot, desk)
    assert "Not enough balance" in desk.panel.outcome.text()
    buttons = desk.panel.fix_buttons()
    assert set(buttons) == {Fix.RECHARGE, Fix.SINGLE_ENTRY}
    dialog = desk.apply_fix(Fix.RECHARGE)
    assert isinstance(dialog, RechargeDialog)
    qtbot.wait(50)
    dialog.amount.setText("200")
    dialog.confirm()
    dialog.accept()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input)
    enter(qtbot, desk)
    assert "Checked in" in desk.panel.outcome.text()


def test_no_card_offers_sale_and_single_entry(qtbot: QtBot, desk: VisitView,
                                              world: World) -> None:
    """A member without a card: the refusal is on the panel before Enter; a single
    entry paid by WeChat checks them in."""
    world.club.settings.set(VISIT_ENTRY_SERVICE_ID, world.swim, operator=world.owner)
    scan(qtbot, desk, "000002")
    assert "No usable card" in desk.panel.outcome.text()
    assert isinstance(desk.apply_fix(Fix.SELL_CARD), SellCardDialog)
    desk.dialog.reject()  # type: ignore[union-attr]
    dialog = desk.apply_fix(Fix.SINGLE_ENTRY)
    assert isinstance(dialog, SingleEntryDialog)
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.WECHAT.value))
    dialog.confirm()
    dialog.accept()
    qtbot.waitUntil(lambda: desk.day_model.rowCount() == 1)
    assert "WeChat Pay" in desk.day_model.index(0, 3).data()


def test_scan_during_a_dialog_waits_for_the_input(qtbot: QtBot, desk: VisitView,
                                                  world: World) -> None:
    """Scanner keys typed while the recharge dialog is open neither fill its amount
    nor press its button; when it closes, the scanned member is shown."""
    card = sell(world, world.members[0], world.stored, 10000)
    scan(qtbot, desk, "000001")
    dialog = RechargeDialog(world.club, world.club.cards.card(card), desk)
    desk.open_dialog(dialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.amount, "000003")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.amount.text() == "" and dialog.isVisible()
    qtbot.keyClicks(dialog.amount, "50", delay=60)  # a person typing: reaches the field
    qtbot.waitUntil(lambda: dialog.amount.text() == "50")
    dialog.reject()
    qtbot.waitUntil(lambda: desk.member_id == world.members[2])
    assert "王芳" in desk.panel.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input)


def test_scan_in_two_parts_does_nothing(qtbot: QtBot, desk: VisitView, world: World) -> None:
    """`0000` Enter `01` Enter arriving together: a clear message, nobody shown or charged."""
    sell(world, world.members[0], world.count)
    qtbot.keyClicks(desk.input, "0000")
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    qtbot.keyClicks(desk.input, "01")
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert "two parts" in desk.notice.text() and desk.member_id is None
    assert world.club.visits.today().count == 0


def test_repeat_scan_asks_first(qtbot: QtBot, desk: VisitView, world: World) -> None:
    """The same member again within the window: a question, No by default; Yes charges."""
    card = sell(world, world.members[0], world.count)
    scan(qtbot, desk, "000001")
    enter(qtbot, desk)
    scan(qtbot, desk, "000001")
    enter(qtbot, desk)
    box = desk.dialog
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert world.club.cards.card(card).balances.sessions == 9
    box.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: world.club.cards.card(card).balances.sessions == 8)


def test_alerts_and_minor_cues(qtbot: QtBot, desk: VisitView, world: World) -> None:
    """A child's age and guardian show; a flagged note is an alert."""
    child = world.club.members.register(MemberDraft(
        name="小明", phone="13500135000", birthday="2019-06-01", notes="!花生过敏",
        guardian_consent=True,
        guardian=__import__("clubcrm.domain.member", fromlist=["Guardian"]).Guardian(
            "小明妈妈", "Mother", "13500135001")), operator=world.owner)
    sell(world, child.id, world.period)
    scan(qtbot, desk, child.member_no)
    assert "guardian 小明妈妈" in desk.panel.text()
    assert "Note: 花生过敏" in desk.alert_lines()


def test_undo_and_unknown(qtbot: QtBot, desk: VisitView, world: World) -> None:
    """Ctrl+Z undoes the last check-in (reversal); an unknown number says so."""
    card = sell(world, world.members[0], world.count)
    scan(qtbot, desk, "000001")
    enter(qtbot, desk)
    dialog = desk.undo()
    assert dialog is not None
    dialog.confirm()  # type: ignore[attr-defined]
    assert world.club.cards.card(card).balances.sessions == 10
    scan(qtbot, desk, "99999999")
    assert "No member or card matches 99999999." in desk.notice.text()


def test_member_page_shows_visit_history(qtbot: QtBot, desk: VisitView, world: World) -> None:
    """The member dialog lists the member's visits."""
    from clubcrm.ui.dialogs.member_dialog import MemberDialog

    sell(world, world.members[0], world.count)
    scan(qtbot, desk, "000001")
    enter(qtbot, desk)
    member = world.club.members.get(MemberId(world.members[0]), operator=world.owner)
    dialog = MemberDialog(world.club, member)
    qtbot.addWidget(dialog)
    assert dialog.visit_history.title() == "Visits: 1"
    assert dialog.visit_history.model.rowCount() == 1


def test_export_a_range_of_days(qtbot: QtBot, desk: VisitView, world: World,
                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export asks for the days (from after to is refused inline), then the file; the
    workbook has the visits of those days."""
    world.club.operator = world.manager
    desk.set_actor(world.club.current_actor())
    sell(world, world.members[0], world.count)
    scan(qtbot, desk, "000001")
    enter(qtbot, desk)
    target = tmp_path / "range.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    assert desk.export_action.isEnabled()
    dialog = desk.export_visits()
    today = QDate.currentDate()
    dialog.date_from.setDate(today.addDays(1))
    dialog.confirm()
    assert "first day comes after" in dialog.error_label.text() and dialog.isVisible()
    dialog.date_from.setDate(today.addDays(-7))
    with qtbot.waitSignal(desk.message_posted, timeout=30_000) as posted:
        dialog.confirm()
    assert "1 visits exported" in posted.args[0]
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][3] == "张伟"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input)


def test_member_page_exports_the_members_visits(qtbot: QtBot, desk: VisitView, world: World,
                                                tmp_path: Path) -> None:
    """A manager exports one member's visits from the member page; reception may not."""
    from clubcrm.ui.dialogs.member_dialog import MemberDialog

    sell(world, world.members[0], world.count)
    scan(qtbot, desk, "000001")
    enter(qtbot, desk)
    member = world.club.members.get(MemberId(world.members[0]), operator=world.owner)
    dialog = MemberDialog(world.club, member)
    qtbot.addWidget(dialog)
    assert not dialog.visit_history.export_button.isEnabled()  # reception
    world.club.operator = world.manager
    dialog = MemberDialog(world.club, member)
    qtbot.addWidget(dialog)
    box = dialog.visit_history
    assert box.export_button.isEnabled()
    target = tmp_path / "member.xlsx"
    task = box.export_to(target)
    with qtbot.waitSignal(task.succeeded, timeout=30_000):
        pass
    assert "1 visits exported" in box.outcome.text()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert [row[2] for row in rows[1:]] == ["000001"]
