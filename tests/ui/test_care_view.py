"""The care tasks screen driven like reception uses it: the lists and their
counts, the call-backs found in the background, Enter to mark a task done with
an outcome and a note (the list shrinks), a double click to open the member,
revealing a masked phone, F5, and a task another desk did first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.care import CareKind
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.staff import Role
from clubcrm.domain.translatable import N_
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from tests.services.money_world import (  # noqa: F401 (fixture)
    COUNT_DAYS,
    World,
    new_key,
    read_only,
    world_fixture,
)

from clubcrm.ui.dialogs.care_done_dialog import CareDoneDialog
from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.main_window import MainWindow
from clubcrm.ui.models.care_tasks_table_model import (
    COL_NAME,
    COL_PHONE,
    COL_TASK,
    COL_VALUE,
    COMPUTING,
)
from clubcrm.ui.views.care_view import CareView

TODAY = date.today()  # the call-backs are computed as of today
CASH = PaymentMethod.CASH


def ago(days: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days), time(11))


def register(world: World, name: str, phone: str, **fields: object) -> MemberId:
    draft = MemberDraft(name=name, phone=phone, **fields)  # type: ignore[arg-type]
    return world.club.members.register(draft, operator=world.owner).id


def sell(world: World, member: int, product: int, *, days_ago: int,
         paid: int | None = None) -> None:
    world.club.cards.sell(MemberId(member), product, method=CASH, paid_fen=paid, key=new_key(),
                          operator=world.owner, now=ago(days_ago))


def massage(world: World, member: int, *, days_ago: int, quantity: int = 1) -> None:
    request = ConsumptionRequest(member, (SaleItem(world.massage, quantity),), method=CASH)
    world.club.cards.consume(request, key=new_key(), operator=world.owner, now=ago(days_ago))


@pytest.fixture
def tasks(world: World) -> dict[CareKind, MemberId]:
    """One member in each list: a birthday today, a card ending in 19 days, a
    low balance, two dormant members (one spent more), none churning."""
    long_ago = TODAY - timedelta(days=500)
    found = {
        CareKind.BIRTHDAY: register(world, "寿星", "13600000001", birthday=f"{TODAY:%m-%d}"),
        CareKind.CARD_EXPIRING: register(world, "到期", "13600000002"),
        CareKind.LOW_BALANCE: register(world, "余额", "13600000003"),
        CareKind.DORMANT: register(world, "沉睡", "13600000004", joined_on=long_ago),
    }
    sell(world, found[CareKind.CARD_EXPIRING], world.count, days_ago=COUNT_DAYS - 1 - 19)
    sell(world, found[CareKind.LOW_BALANCE], world.stored, days_ago=3, paid=5000)
    massage(world, found[CareKind.DORMANT], days_ago=200)
    big = register(world, "大客户", "13600000005", joined_on=long_ago)
    massage(world, big, days_ago=250, quantity=4)
    return found


def open_view(qtbot: QtBot, world: World, role: Role = Role.RECEPTION) -> CareView:
    world.club.operator = world.staff[role]
    view = CareView(world.club)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitUntil(view.isActiveWindow)
    return view


@pytest.fixture
def view(qtbot: QtBot, world: World, tasks: dict[CareKind, MemberId]) -> Iterator[CareView]:
    """The care view, reception at the desk, the call-backs found."""
    care_view = open_view(qtbot, world)
    qtbot.waitUntil(lambda: not care_view.computing, timeout=30_000)
    yield care_view


def titles(view: CareView) -> list[str]:
    return [view.tab_widget.tabText(n) for n in range(view.tab_widget.count())]


def column(view: CareView, kind: CareKind, col: int) -> list[str]:
    model = view.tabs[kind].model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def choose(qtbot: QtBot, view: CareView, kind: CareKind, row: int = 0) -> QTableView:
    """Open the tab with the mouse and put the focus on its row."""
    bar = view.tab_widget.tabBar()
    index = view.tab_widget.indexOf(view.tabs[kind])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    table = view.tabs[kind].table
    table.selectRow(row)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    return table


def done_dialog(qtbot: QtBot, view: CareView) -> CareDoneDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(CareDoneDialog)))
    dialog = next(d for d in view.findChildren(CareDoneDialog) if d.isVisible())
    qtbot.waitUntil(dialog.isActiveWindow)  # the keys go to the dialog now
    assert QApplication.focusWidget() is dialog.outcome
    return dialog


def test_each_list_with_its_count(view: CareView) -> None:
    """A tab per kind with its count; each row says who, their masked phone,
    what it is about and what the member spent."""
    assert titles(view) == ["Birthdays (1)", "Cards expiring (1)", "Low balance (1)",
                            "Dormant (2)", "Clearly churning (0)"]
    assert column(view, CareKind.BIRTHDAY, COL_TASK) == ["Birthday today!"]
    assert column(view, CareKind.BIRTHDAY, COL_PHONE) == ["136****0001"]
    until = TODAY + timedelta(days=19)
    assert column(view, CareKind.CARD_EXPIRING, COL_TASK)[0].endswith(
        f"expires on {until} (in 19 days)")
    assert column(view, CareKind.LOW_BALANCE, COL_TASK)[0].endswith(": ¥50.00")
    assert column(view, CareKind.DORMANT, COL_NAME) == ["大客户", "沉睡"]  # most valuable first
    assert column(view, CareKind.DORMANT, COL_TASK)[1] == (
        f"Last visit {TODAY - timedelta(days=200)}, 200 days ago")
    assert column(view, CareKind.DORMANT, COL_VALUE)[0].startswith("¥796.00")
    assert column(view, CareKind.BIRTHDAY, COL_VALUE) == ["¥0.00  C"]
    assert view.tabs[CareKind.CHURNING].message.text() == "Nothing left to do in this list."


def test_call_backs_are_found_in_the_background(qtbot: QtBot, world: World,
                                                tasks: dict[CareKind, MemberId]) -> None:
    """The instant lists are there at once; the call-back tabs say they are
    being computed until the segmentation is done."""
    world.club.operator = world.reception
    view = CareView(world.club)
    qtbot.addWidget(view)
    view.show()  # no events handled yet: the segmentation cannot have reported
    assert view.computing
    assert titles(view)[:3] == ["Birthdays (1)", "Cards expiring (1)", "Low balance (1)"]
    assert titles(view)[3] == "Dormant (…)"
    assert view.tabs[CareKind.DORMANT].message.text() == "Finding the members to call back…"
    assert column(view, CareKind.BIRTHDAY, COL_VALUE) == [COMPUTING]
    qtbot.waitUntil(lambda: titles(view)[3] == "Dormant (2)", timeout=30_000)
    assert view.tabs[CareKind.DORMANT].currentWidget() is view.tabs[CareKind.DORMANT].table


def test_enter_marks_done_and_the_list_shrinks(qtbot: QtBot, view: CareView,
                                               world: World) -> None:
    """Enter opens the dialog on the chosen task; an outcome, a note and Enter
    mark it done: the row leaves, the next is chosen, the desk's operator is kept."""
    table = choose(qtbot, view, CareKind.DORMANT)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = done_dialog(qtbot, view)
    assert "大客户" in dialog.subject.text()
    assert dialog.outcome.currentText() == "Reached"
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    assert dialog.outcome.currentText() == "Message sent"
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.note, "back on Friday")  # QTest types ASCII only
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert column(view, CareKind.DORMANT, COL_NAME) == ["沉睡"]
    assert titles(view)[3] == "Dormant (1)"
    assert table.currentIndex().row() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # ready for the next Enter
    with read_only(world.path) as connection:
        row = connection.execute("SELECT kind, outcome, note, operator_id "
                                 "FROM care_task_outcomes").fetchone()
    assert row == ("dormant", "message_sent", "back on Friday", world.reception)


def test_the_last_task_done_leaves_an_empty_list(qtbot: QtBot, view: CareView) -> None:
    """A birthday is greeted by message first; done, the tab says nothing is left."""
    table = choose(qtbot, view, CareKind.BIRTHDAY)
    with qtbot.waitSignal(view.message_posted) as posted:
        qtbot.keyClick(table, Qt.Key.Key_Enter)
        dialog = done_dialog(qtbot, view)
        assert dialog.outcome.currentText() == "Message sent"
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert posted.args == ["Done: 寿星, Birthday today! (Message sent)."]
    assert titles(view)[0] == "Birthdays (0)"
    assert view.tabs[CareKind.BIRTHDAY].currentWidget() is view.tabs[CareKind.BIRTHDAY].message


def test_a_task_done_at_another_desk(qtbot: QtBot, view: CareView, world: World) -> None:
    """Done elsewhere while the dialog was open: the dialog says who did it and
    the row leaves; F5 drops what other desks did."""
    table = choose(qtbot, view, CareKind.CARD_EXPIRING)
    task = view.current_task()
    assert task is not None
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = done_dialog(qtbot, view)
    world.club.care.mark_done(task.kind, task.member_id, task.occasion, outcome="reached",
                              operator=world.manager)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert "Wangjl already marked this task done" in dialog.error_label.text()
    assert not dialog.done_button.isEnabled()
    assert titles(view)[1] == "Cards expiring (0)"
    dialog.reject()
    low = view.tabs[CareKind.LOW_BALANCE].model.task_at(0)
    world.club.care.mark_done(low.kind, low.member_id, low.occasion, outcome="no_answer",
                              operator=world.manager)
    table = choose(qtbot, view, CareKind.LOW_BALANCE)
    qtbot.keyClick(table, Qt.Key.Key_F5)
    assert titles(view)[2] == "Low balance (0)"


def test_double_click_opens_the_member(qtbot: QtBot, view: CareView) -> None:
    """A double click on a row opens the member's record."""
    table = choose(qtbot, view, CareKind.LOW_BALANCE)
    rect = table.visualRect(table.model().index(0, COL_NAME))
    # A double click is a click and a second press: QTest sends them apart.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(MemberDialog)))
    dialog = next(d for d in view.findChildren(MemberDialog) if d.isVisible())
    assert dialog.name.text() == "余额"
    assert not any(d.isVisible() for d in view.findChildren(CareDoneDialog))
    dialog.reject()


def test_reception_reveals_a_phone_to_call(qtbot: QtBot, view: CareView, world: World) -> None:
    """The masked phone is shown in full on request, and the reveal is audited."""
    choose(qtbot, view, CareKind.DORMANT, row=1)
    assert view.reveal_action.isEnabled()
    view.reveal_action.trigger()
    assert column(view, CareKind.DORMANT, COL_PHONE) == ["136****0005", "13600000004"]
    assert not view.reveal_action.isEnabled()
    with read_only(world.path) as connection:
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_log")]
    assert actions.count("phone_revealed") == 1


def test_a_manager_sees_full_phones(qtbot: QtBot, world: World,
                                    tasks: dict[CareKind, MemberId]) -> None:
    """A role that sees full phones has nothing to reveal."""
    view = open_view(qtbot, world, Role.MANAGER)
    assert column(view, CareKind.BIRTHDAY, COL_PHONE) == ["13600000001"]
    choose(qtbot, view, CareKind.BIRTHDAY)
    assert not view.reveal_action.isEnabled()
    qtbot.waitUntil(lambda: not view.computing, timeout=30_000)


def test_sorting_by_a_column_and_back(qtbot: QtBot, view: CareView,
                                      qtmodeltester: object) -> None:
    """A click on a title sorts by it; the model keeps Qt's contracts."""
    model = view.tabs[CareKind.DORMANT].model
    table = choose(qtbot, view, CareKind.DORMANT)
    table.sortByColumn(COL_VALUE, Qt.SortOrder.AscendingOrder)
    assert column(view, CareKind.DORMANT, COL_NAME) == ["沉睡", "大客户"]
    table.sortByColumn(COL_TASK, Qt.SortOrder.AscendingOrder)  # the list's own order
    assert column(view, CareKind.DORMANT, COL_NAME) == ["大客户", "沉睡"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_care_tasks_are_the_home_screen(qtbot: QtBot, world: World,
                                        tasks: dict[CareKind, MemberId]) -> None:
    """The main window opens on the care tasks, the first navigation row."""
    world.club.operator = world.owner
    window = MainWindow(world.club, db_path=world.path)
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.item(0).text() == "Care tasks"
    assert window.views.currentWidget() is window.care_view
    qtbot.waitUntil(lambda: not window.care_view.computing, timeout=30_000)
    assert titles(window.care_view)[3] == "Dormant (2)"


def test_call_backs_that_cannot_be_found_say_why(qtbot: QtBot, world: World,
                                                 tasks: dict[CareKind, MemberId],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A computation that fails leaves the instant lists and says why in the
    call-back tabs, without a traceback."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ValidationError(N_("Segments are computed up to today, not for {date}."),
                              date="2099-01-01")

    monkeypatch.setattr(world.club.care, "call_backs", refuse)
    view = open_view(qtbot, world)
    qtbot.waitUntil(lambda: not view.computing, timeout=30_000)
    assert view.tabs[CareKind.DORMANT].message.text() == (
        "Segments are computed up to today, not for 2099-01-01.")
    assert titles(view)[:4] == ["Birthdays (1)", "Cards expiring (1)", "Low balance (1)",
                                "Dormant (—)"]
