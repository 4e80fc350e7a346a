"""The members view: the reception search box, the scanner, filters and row actions."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt

from clubcrm.domain.member import Member, MemberStatus
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.models.members_table_model import COL_NAME
from clubcrm.ui.views.members_view import MembersView

AddMember = Callable[..., Member]


def hit_names(view: MembersView) -> list[str]:
    model = view.hits_model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def list_names(view: MembersView) -> list[str]:
    model = view.list_model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def type_search(qtbot: QtBot, view: MembersView, text: str) -> None:
    view.search_box.clear()
    qtbot.keyClicks(view.search_box, text)


def opened_member(view: MembersView) -> Member | None:
    dialogs = [d for d in view.findChildren(MemberDialog) if d.isVisible()]
    return dialogs[0].member if dialogs else None


def test_search_by_phone_tail(qtbot: QtBot, people: list[Member], view: MembersView) -> None:
    """The last four digits of a phone find its member once typing pauses."""
    type_search(qtbot, view, "4444")
    qtbot.waitUntil(lambda: view.searching() and hit_names(view) == ["阿明"])
    assert view.summary == "Matches: 1"


def test_search_by_pinyin_initials(qtbot: QtBot, people: list[Member],
                                   view: MembersView) -> None:
    """Pinyin initials find the member with that name."""
    type_search(qtbot, view, "ls")
    qtbot.waitUntil(lambda: view.searching() and hit_names(view) == ["李四"])


def test_search_is_debounced(qtbot: QtBot, people: list[Member], view: MembersView) -> None:
    """Hits appear only after typing pauses, not on every key."""
    type_search(qtbot, view, "zs")
    assert not view.searching()
    qtbot.waitUntil(view.searching)


def test_wildcards_are_plain_characters(qtbot: QtBot, people: list[Member],
                                        view: MembersView) -> None:
    """`%` and `*` find nothing rather than everything."""
    for text in ("%", "*", "'"):
        type_search(qtbot, view, text)
        view.run_search()
        assert hit_names(view) == []


def test_escape_brings_the_list_back(qtbot: QtBot, people: list[Member],
                                     view: MembersView) -> None:
    """Esc in the search box clears it and shows the full list again."""
    type_search(qtbot, view, "zs")
    view.run_search()
    qtbot.keyClick(view.search_box, Qt.Key.Key_Escape)
    assert view.search_box.text() == ""
    assert not view.searching()
    assert view.summary == "Members: 4"


def test_scanned_member_number_opens_the_member(qtbot: QtBot, people: list[Member],
                                                view: MembersView) -> None:
    """A scanner types a member number and Enter: that member's record opens."""
    qtbot.keyClicks(view.search_box, people[2].member_no)
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened_member(view) is not None)
    assert opened_member(view).id == people[2].id
    assert view.search_box.selectedText() == people[2].member_no


def test_full_phone_and_enter_opens_the_member(qtbot: QtBot, people: list[Member],
                                               view: MembersView) -> None:
    """A full phone number and Enter opens its member."""
    qtbot.keyClicks(view.search_box, "186 3333 4444")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened_member(view) is not None)
    assert opened_member(view).id == people[3].id


def test_enter_with_several_hits_moves_into_them(qtbot: QtBot, people: list[Member],
                                                 view: MembersView) -> None:
    """Several hits: Enter moves into them; Down and Enter open the chosen one."""
    qtbot.keyClicks(view.search_box, "000")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    assert opened_member(view) is None
    assert view.hits_table.hasFocus()
    qtbot.keyClick(view.hits_table, Qt.Key.Key_Down)
    qtbot.keyClick(view.hits_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened_member(view) is not None)
    assert opened_member(view).id == people[1].id


def test_down_arrow_moves_from_the_search_box_into_the_hits(
    qtbot: QtBot, people: list[Member], view: MembersView
) -> None:
    """Down in the search box puts the focus on the first hit."""
    type_search(qtbot, view, "000")
    view.run_search()
    qtbot.keyClick(view.search_box, Qt.Key.Key_Down)
    assert view.hits_table.hasFocus()
    assert view.current_member().id == people[0].id


def test_archived_filter_lists_archived_members(qtbot: QtBot, people: list[Member],
                                                club: Club, view: MembersView) -> None:
    """Choosing Archived in the status filter lists only archived members."""
    club.members.archive(people[1].id, operator=club.operator)
    view.refresh()
    assert "李四" not in list_names(view)
    view.filter_bar.status.setCurrentText("Archived")
    assert list_names(view) == ["李四"]
    view.filter_bar.status.setCurrentText("All")
    assert len(list_names(view)) == 4


def test_tag_and_tier_filters(qtbot: QtBot, club: Club, add_member: AddMember) -> None:
    """The tag and tier filters offer the club's tags and tiers and narrow the list."""
    gold = club.members.tiers()[2]
    add_member("赵六", "13100001111", tags=("swim",), tier_id=gold.id)
    add_member("钱七", "13100002222", tags=("yoga",))
    view = MembersView(club)
    qtbot.addWidget(view)
    view.filter_bar.tag.setCurrentText("swim")
    assert list_names(view) == ["赵六"]
    view.filter_bar.tag.setCurrentIndex(0)
    view.filter_bar.tier.setCurrentText(gold.name)
    assert list_names(view) == ["赵六"]
    view.filter_bar.clear()
    assert len(list_names(view)) == 2


def test_joined_dates_filter(qtbot: QtBot, people: list[Member], view: MembersView) -> None:
    """A joining date range after today empties the list; unticking restores it."""
    view.filter_bar.joined_from.edit.setDate(QDate.currentDate().addDays(1))
    view.filter_bar.joined_from.check.setChecked(True)
    assert list_names(view) == []
    view.filter_bar.joined_from.check.setChecked(False)
    assert len(list_names(view)) == 4


def test_archive_action_removes_the_row(qtbot: QtBot, people: list[Member], club: Club,
                                        view: MembersView) -> None:
    """Archive on the selected member hides it from the live list and counts again."""
    view.list_table.selectRow(0)
    assert view.archive_action.text() == "&Archive"
    view.archive_action.trigger()
    assert club.members.get(people[0].id, operator=club.operator).status is MemberStatus.ARCHIVED
    assert "张三" not in list_names(view)
    assert view.list_model.total == 3
    view.filter_bar.status.setCurrentText("Archived")
    view.list_table.selectRow(0)
    assert view.archive_action.text() == "&Restore"
    view.archive_action.trigger()
    assert club.members.get(people[0].id, operator=club.operator).status is MemberStatus.ACTIVE


def test_function_keys(qtbot: QtBot, people: list[Member], view: MembersView) -> None:
    """F3 focuses the search box, F4 edits the selected member, F2 opens a new form."""
    view.list_table.setFocus()
    view.list_table.selectRow(1)
    qtbot.keyClick(view.list_table, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: opened_member(view) is not None)
    assert opened_member(view).id == people[1].id
    next(d for d in view.findChildren(MemberDialog) if d.isVisible()).reject()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.list_table, Qt.Key.Key_F3)
    assert view.search_box.hasFocus()
    qtbot.keyClick(view.search_box, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: any(d.isVisible() and d.member is None
                                for d in view.findChildren(MemberDialog)))
