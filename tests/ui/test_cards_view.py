"""The cards view: finding a member, their cards, the actions by role, and the
paged, filtered ledger."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clubcrm.domain.cards import Card, PaymentMethod
from clubcrm.domain.ids import MemberId
from clubcrm.domain.ledger import LedgerFilter, LedgerKind
from clubcrm.domain.staff import Role
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.operations import OperationResult
from tests.services.money_world import World, new_key, world_fixture  # noqa: F401 (fixture)

from clubcrm.ui.dialogs.card_sale_dialogs import RechargeDialog
from clubcrm.ui.main_window import MainWindow
from clubcrm.ui.models.cards_table_model import COL_BONUS, COL_CARD_NO, COL_FAMILY, COL_PRINCIPAL
from clubcrm.ui.models.ledger_table_model import COL_KIND, PAGE_SIZE
from clubcrm.ui.views.cards_view import CardsView


def sell(world: World, member: int, product: int, paid_fen: int | None = None) -> OperationResult:
    return world.club.cards.sell(MemberId(member), product, method=PaymentMethod.CASH,
                                 paid_fen=paid_fen, key=new_key(), operator=world.owner)


def sign_in(world: World, role: Role) -> None:
    world.club.operator = world.staff[role]


@pytest.fixture
def cards_view(qtbot: QtBot, world: World) -> Iterator[CardsView]:
    """The cards view on the money world, the owner at the desk, shown and focused."""
    sign_in(world, Role.OWNER)
    view = CardsView(world.club)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(view.isActiveWindow)
    yield view


def card_numbers(view: CardsView) -> list[str]:
    model = view.cards_model
    return [model.index(row, COL_CARD_NO).data() for row in range(model.rowCount())]


def cell(view: CardsView, card: Card | str, column: int) -> str:
    number = card if isinstance(card, str) else card.card_no
    model = view.cards_model
    row = card_numbers(view).index(number)
    return model.index(row, column).data()


def test_phone_tail_and_enter_lists_the_members_cards(qtbot: QtBot, world: World,
                                                      cards_view: CardsView) -> None:
    """The last four digits of a phone and Enter open the member: header and every card."""
    first = sell(world, world.members[0], world.stored, 100000)
    second = sell(world, world.members[0], world.count)
    qtbot.keyClicks(cards_view.finder.search_box, "8000")
    qtbot.keyClick(cards_view.finder.search_box, Qt.Key.Key_Return)
    assert "张伟" in cards_view.header.text()
    assert "13800138000" in cards_view.header.text()  # the owner sees the whole phone
    assert sorted(card_numbers(cards_view)) == sorted(
        [first.entries[0].card_no, second.entries[0].card_no])
    assert cell(cards_view, first.entries[0].card_no, COL_PRINCIPAL) == "¥1,000.00"
    assert cell(cards_view, first.entries[0].card_no, COL_BONUS) == "¥200.00"


def test_typing_shows_hits_and_down_enter_opens_one(qtbot: QtBot, world: World,
                                                    cards_view: CardsView) -> None:
    """Several hits: Down moves into them, Enter opens the chosen member."""
    qtbot.keyClicks(cards_view.finder.search_box, "000")
    qtbot.waitUntil(lambda: cards_view.finder.results.count() == 3)
    qtbot.keyClick(cards_view.finder.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(cards_view.finder.results, Qt.Key.Key_Down)
    qtbot.keyClick(cards_view.finder.results, Qt.Key.Key_Return)
    assert cards_view.member is not None
    assert cards_view.member.id == world.members[1]
    assert not cards_view.finder.results.isVisible()


def test_scanned_member_number_opens_the_member(qtbot: QtBot, world: World,
                                                cards_view: CardsView) -> None:
    """A scanner types the member number and Enter: the member opens at once."""
    member = world.club.members.get(world.members[2], operator=world.owner)
    qtbot.keyClicks(cards_view.finder.search_box, member.member_no)
    qtbot.keyClick(cards_view.finder.search_box, Qt.Key.Key_Return)
    assert cards_view.member is not None and cards_view.member.id == member.id
    assert cards_view.finder.search_box.selectedText() == member.member_no


def test_scanned_card_number_opens_its_member_on_that_card(qtbot: QtBot, world: World,
                                                          cards_view: CardsView) -> None:
    """A scanned card number opens the card's member with that card chosen."""
    sell(world, world.members[1], world.stored, 50000)
    card_no = sell(world, world.members[1], world.count).entries[0].card_no
    qtbot.keyClicks(cards_view.finder.search_box, card_no.lower())
    qtbot.keyClick(cards_view.finder.search_box, Qt.Key.Key_Return)
    assert cards_view.member is not None and cards_view.member.id == world.members[1]
    current = cards_view.current_card()
    assert current is not None and current.card_no == card_no


def test_reception_cannot_refund_reverse_or_adjust(qtbot: QtBot, world: World,
                                                   cards_view: CardsView) -> None:
    """A reception operator sees Refund, Reverse and Adjust disabled; a manager may
    refund and reverse; only the owner adjusts."""
    sell(world, world.members[0], world.stored, 100000)
    cards_view.show_member(world.members[0])
    cards_view.ledger_table.selectRow(0)
    actions = cards_view.card_actions
    expected = {Role.RECEPTION: (False, False, False), Role.MANAGER: (True, True, False),
                Role.OWNER: (True, True, True)}
    for role, enabled in expected.items():
        sign_in(world, role)
        cards_view.set_actor(world.club.current_actor())
        cards_view.ledger_table.selectRow(0)
        shown = (actions.refund.isEnabled(), actions.reverse.isEnabled(),
                 actions.adjust.isEnabled())
        assert shown == enabled, role
        assert actions.recharge.isEnabled()


def test_reception_sees_the_phone_masked(qtbot: QtBot, world: World,
                                         cards_view: CardsView) -> None:
    """The header masks the phone for reception and shows it whole to the owner."""
    cards_view.show_member(world.members[0])
    assert "13800138000" in cards_view.header.text()
    sign_in(world, Role.RECEPTION)
    cards_view.set_actor(world.club.current_actor())
    assert "138****8000" in cards_view.header.text()


def test_actions_follow_the_card(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Recharge is for an active stored-value card; a frozen card offers Unfreeze."""
    count_no = sell(world, world.members[0], world.count).entries[0].card_no
    cards_view.show_member(world.members[0])
    actions = cards_view.card_actions
    assert not actions.recharge.isEnabled()
    card = world.club.cards.find_card(count_no)
    assert card is not None
    world.club.card_care.freeze(card.id, key=new_key(), operator=world.owner)
    cards_view.reload()
    assert actions.freeze.text().replace("&", "") == "Unfreeze…"
    assert not actions.recharge.isEnabled()
    assert actions.consume.isEnabled()


def test_function_key_opens_the_recharge_dialog(qtbot: QtBot, world: World,
                                                cards_view: CardsView) -> None:
    """F7 in the cards view recharges the chosen card."""
    sell(world, world.members[0], world.stored, 100000)
    cards_view.show_member(world.members[0])
    qtbot.keyClick(cards_view.finder.search_box, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RechargeDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RechargeDialog)
    dialog.reject()


def ledger_kinds(view: CardsView) -> list[str]:
    model = view.ledger_model
    return [model.index(row, COL_KIND).data() for row in range(model.rowCount())]


def busy_member(world: World, rows: int) -> MemberId:
    """A member with `rows` consumption rows (one sale of many services) and a card."""
    member = world.members[0]
    sell(world, member, world.stored, 100000)
    request = ConsumptionRequest(member, tuple(SaleItem(world.lesson) for _ in range(rows)),
                                 method=PaymentMethod.CASH)
    world.club.cards.consume(request, key=new_key(), operator=world.owner)
    return member


def test_a_long_ledger_opens_with_its_first_page(qtbot: QtBot, world: World,
                                                 cards_view: CardsView) -> None:
    """5,000 ledger rows: the member opens fast with 100 rows, scrolling fetches more."""
    member = busy_member(world, 5_000)
    started = time.perf_counter()
    cards_view.show_member(member)
    assert time.perf_counter() - started < 1.0
    model = cards_view.ledger_model
    assert model.rowCount() == PAGE_SIZE
    assert model.total == 5_001
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    assert "5,001" in cards_view.ledger_summary.text()


def test_ledger_filters_by_kind(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Choosing a kind shows only those rows, newest first."""
    member = busy_member(world, 150)
    cards_view.show_member(member)
    filters = cards_view.ledger_filters
    filters.kind.setCurrentIndex(filters.kind.findData(LedgerKind.OPEN.value))
    assert ledger_kinds(cards_view) == ["Card sold"]
    assert cards_view.ledger_model.total == 1
    filters.clear()
    assert cards_view.ledger_model.total == 151


def test_ledger_filters_by_card(qtbot: QtBot, world: World, cards_view: CardsView) -> None:
    """Choosing a card shows that card's rows only."""
    stored = sell(world, world.members[0], world.stored, 100000)
    sell(world, world.members[0], world.count)
    cards_view.show_member(world.members[0])
    filters = cards_view.ledger_filters
    filters.card.setCurrentIndex(filters.card.findData(stored.card_id))
    assert cards_view.ledger_model.ledger_filter == LedgerFilter(card_id=stored.card_id)
    assert cards_view.ledger_model.rowCount() == 1


def test_a_new_member_starts_with_the_whole_ledger(qtbot: QtBot, world: World,
                                                   cards_view: CardsView) -> None:
    """Filters chosen for one member are cleared when the next member opens."""
    cards_view.show_member(world.members[0])
    filters = cards_view.ledger_filters
    filters.kind.setCurrentIndex(3)
    cards_view.show_member(world.members[1])
    assert filters.ledger_filter() == LedgerFilter()


def test_export_writes_the_filtered_ledger(qtbot: QtBot, world: World, cards_view: CardsView,
                                           tmp_path: Path) -> None:
    """Export to Excel writes the member's rows in the background and says how many."""
    member = busy_member(world, 3)
    cards_view.show_member(member)
    messages: list[str] = []
    cards_view.message_posted.connect(messages.append)
    path = tmp_path / "ledger.xlsx"
    task = cards_view.export_to(path)
    with qtbot.waitSignal(task.succeeded, timeout=10_000):
        pass
    assert path.exists()
    assert messages and messages[-1].startswith("4 ledger rows exported")


def test_family_column_names_the_holders(qtbot: QtBot, world: World,
                                         cards_view: CardsView) -> None:
    """A family card lists who may use it; the family member sees whose card it is."""
    result = sell(world, world.members[0], world.stored, 100000)
    assert result.card_id is not None
    world.club.card_care.share(result.card_id, world.members[1], add=True,
                               operator=world.owner)
    cards_view.show_member(world.members[0])
    assert "李娜" in cell(cards_view, result.entries[0].card_no, COL_FAMILY)
    cards_view.show_member(world.members[1])
    assert cell(cards_view, result.entries[0].card_no, COL_FAMILY) == "Card of 张伟"


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object, world: World,
                                      cards_view: CardsView) -> None:
    """The card and ledger models keep Qt's model contracts."""
    busy_member(world, 120)
    cards_view.show_member(world.members[0])
    qtmodeltester.check(cards_view.cards_model)  # type: ignore[attr-defined]
    qtmodeltester.check(cards_view.ledger_model)  # type: ignore[attr-defined]


def test_empty_view_shows_a_hint_and_no_member_actions(cards_view: CardsView) -> None:
    """Before a member is chosen a hint is shown and every member action is off."""
    assert cards_view.pages.currentWidget() is cards_view.hint
    assert not cards_view.card_actions.sell.isEnabled()
    assert not cards_view.card_actions.recharge.isEnabled()
    assert cards_view.finder.search_box.hasFocus()


def test_main_window_lists_cards_after_members(qtbot: QtBot, world: World) -> None:
    """The navigation offers Cards after Members (after the care tasks); the Cards
    menu opens the catalogue; a new operator reaches the cards view."""
    sign_in(world, Role.OWNER)
    window = MainWindow(world.club, db_path=world.path)
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles[:3] == ["Care tasks", "Members", "Cards"]
    dialog = window.open_catalogue()
    assert dialog.isVisible()
    dialog.reject()
    sign_in(world, Role.RECEPTION)
    window.desk.set_actor(world.club.current_actor())
    assert window.cards_view.card_actions.selection.actor.role is Role.RECEPTION


def test_f3_and_f5_act_on_the_view_in_use(qtbot: QtBot, world: World) -> None:
    """In the cards view F3 goes to its own search and F5 reloads its member; the
    members view's F3/F5 (also in the menu bar) stay with the members view."""
    sign_in(world, Role.OWNER)
    window = MainWindow(world.club, db_path=world.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigation.setCurrentRow(window.views.indexOf(window.cards_view))
    view = window.cards_view
    member = world.members[0]
    card = sell(world, member, world.stored, paid_fen=10000)
    assert view.show_member(member)
    view.cards_table.setFocus()
    qtbot.keyClick(view.cards_table, Qt.Key.Key_F3)
    assert QApplication.focusWidget() is view.finder.search_box
    world.club.cards.recharge(card.card_id, 5000, method=PaymentMethod.CASH, key=new_key(),
                              operator=world.owner)
    view.cards_table.setFocus()
    qtbot.keyClick(view.cards_table, Qt.Key.Key_F5)
    row = card_numbers(view).index(world.club.cards.card(card.card_id).card_no)
    assert view.cards_model.index(row, COL_PRINCIPAL).data() == "¥150.00"
    assert not window.members_view.search_box.hasFocus()
