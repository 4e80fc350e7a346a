"""Merging duplicate records through the merge and possible-duplicates dialogs."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from clubcrm.domain.member import Member, MemberDraft, MemberStatus
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.merge_dialog import MergeDialog
from clubcrm.ui.views.members_view import MembersView

AddMember = Callable[..., Member]


def test_merge_through_the_dialog(qtbot: QtBot, people: list[Member], club: Club,
                                  add_member: AddMember, view: MembersView) -> None:
    """Find the other record, keep the older one, give a reason: the duplicate is merged."""
    duplicate = add_member("张三", "13800138001", tags=("swim",))
    view.refresh()
    view.list_table.selectRow(view.list_model.row_of(duplicate.id))
    dialog = view.merge_current()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not dialog.merge_button.isEnabled()
    qtbot.keyClicks(dialog.picker.search_box, "13800138000")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
    dialog.picker.results.setCurrentRow(0)
    assert dialog.keep[1].isChecked()  # the older record, 000001, is kept by default
    assert "000005 张三 will be merged into 000001 张三" in dialog.consequence.text()
    qtbot.keyClicks(dialog.reason, "registered twice")
    dialog.merge_button.click()
    assert not dialog.isVisible()
    assert club.members.get(duplicate.id, operator=club.operator).status is MemberStatus.MERGED
    assert club.members.get(people[0].id, operator=club.operator).tags == ("swim",)
    assert view.list_model.row_of(duplicate.id) is None
    assert view.list_model.total == 4


def test_merge_needs_a_reason(qtbot: QtBot, people: list[Member], club: Club) -> None:
    """Without a reason nothing is merged and the form says why."""
    dialog = MergeDialog(club, people[0].id, people[1].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.merge_button.click()
    assert dialog.error_label.isVisible()
    assert "reason" in dialog.error_label.text()
    assert club.members.get(people[1].id, operator=club.operator).status is MemberStatus.ACTIVE


def test_keeping_the_other_record(qtbot: QtBot, people: list[Member], club: Club) -> None:
    """Choosing the second record as survivor merges the first into it."""
    dialog = MergeDialog(club, people[0].id, people[1].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.keep[1].setChecked(True)
    dialog.reason.setText("same person")
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.merge_button.click()
    assert merged.args[0].survivor.id == people[1].id
    assert club.members.get(people[0].id, operator=club.operator).status is MemberStatus.MERGED


def test_possible_duplicates_merge_a_group(qtbot: QtBot, club: Club, add_member: AddMember,
                                           view: MembersView) -> None:
    """Records sharing a phone are listed as a group whose Merge button opens the merge."""
    add_member("张三", "13800138000")
    second = club.members.register(
        MemberDraft(name="张叁", phone="13800138000"),
        operator=club.operator, allow_shared_phone=True,
    )
    duplicates = view.show_duplicates()
    qtbot.waitUntil(duplicates.isActiveWindow)
    assert duplicates.tree.topLevelItemCount() == 1
    merge = duplicates.merge_group(club.members.duplicate_groups(operator=club.operator)[0])
    qtbot.waitUntil(merge.isActiveWindow)
    merge.reason.setText("typo in the name")
    merge.merge_button.click()
    assert club.members.get(second.id, operator=club.operator).status is MemberStatus.MERGED
    assert duplicates.tree.topLevelItemCount() == 0
    assert duplicates.empty_label.isVisible()
