"""Registering and editing members through the form, by keyboard."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from clubcrm.domain.member import Member, MemberFilter
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.views.members_view import MembersView

AddMember = Callable[..., Member]


def open_dialogs(view: MembersView) -> list[MemberDialog]:
    return [d for d in view.findChildren(MemberDialog) if d.isVisible()]


def duplicate_box(qtbot: QtBot, dialog: MemberDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox) is not None)
    return dialog.findChild(QMessageBox)


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_register_by_keyboard_shows_the_new_member(qtbot: QtBot, view: MembersView,
                                                   club: Club) -> None:
    """Name, Tab, phone, Enter: the member is saved and shown as the search hit."""
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Li Lei")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.phone
    qtbot.keyClicks(dialog.phone, "139 0000 1111")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [hit] = club.search.search("13900001111", operator=club.operator)
    assert hit.member.name == "Li Lei"
    assert view.searching()
    assert view.hits_model.member_at(0).id == hit.member.id
    assert view.current_member().id == hit.member.id


def test_register_with_all_fields(qtbot: QtBot, view: MembersView, club: Club) -> None:
    """Birthday without a year, tags, notes, consent and a guardian reach the service."""
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setText("Baby Wang")
    dialog.phone.setText("13700001234")
    dialog.birthday.setText("05-03")
    dialog.tags.setText("swim，VIP, swim")
    dialog.notes.setPlainText("allergic to chlorine")
    dialog.consent.setChecked(True)
    dialog.guardian_box.setChecked(True)
    dialog.guardian_name.setText("Wang Fang")
    dialog.guardian_relation.setCurrentText("Mother")
    dialog.guardian_phone.setText("13700005678")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [member] = club.members.iter_all(MemberFilter(), operator=club.operator)
    assert member.birthday is not None and member.birthday.iso() == "--05-03"
    assert member.tags == ("VIP", "swim")
    assert member.notes == "allergic to chlorine"
    assert member.marketing_consent
    assert member.guardian is not None and member.guardian.phone == "13700005678"
    assert member.tier_name == "Regular"


def test_empty_name_is_refused_inline(qtbot: QtBot, view: MembersView, club: Club) -> None:
    """Without a name the form says so under the fields, focuses the name, saves nothing."""
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.phone, "13900001111")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "The name is required."
    assert QApplication.focusWidget() is dialog.name
    assert club.members.count(MemberFilter()) == 0


def test_taken_member_number_is_refused_inline(qtbot: QtBot, people: list[Member],
                                               view: MembersView) -> None:
    """A member number already in use is an inline error on the number field."""
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setText("Li Lei")
    dialog.phone.setText("13900001111")
    dialog.member_no.setText(people[0].member_no)
    dialog.save()
    assert "already in use" in dialog.error_label.text()
    assert QApplication.focusWidget() is dialog.member_no


def test_duplicate_phone_offers_the_existing_member(qtbot: QtBot, people: list[Member],
                                                    club: Club, view: MembersView) -> None:
    """A phone on file asks first; Open existing opens that member's record instead."""
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.name, "Zhang San")
    dialog.phone.setText(people[0].phone)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    box = duplicate_box(qtbot, dialog)
    assert people[0].member_no in box.text()
    button(box, "Open existing").click()
    qtbot.waitUntil(lambda: any(d.member and d.member.id == people[0].id
                                for d in open_dialogs(view)))
    assert not dialog.isVisible()
    assert club.members.count(MemberFilter()) == len(people)


def test_duplicate_phone_can_be_registered_anyway(qtbot: QtBot, people: list[Member],
                                                  club: Club, view: MembersView) -> None:
    """A different person sharing the phone is registered after Register anyway."""
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setText("Zhang Xiaoming")
    dialog.phone.setText(people[0].phone)
    dialog.save()
    button(duplicate_box(qtbot, dialog), "Register anyway").click()
    assert not dialog.isVisible()
    assert len(club.search.search(people[0].phone, operator=club.operator)) == 2


def test_edit_updates_the_row_in_place(qtbot: QtBot, people: list[Member], club: Club,
                                       view: MembersView) -> None:
    """Saving an edit shows the new values in the list without reloading it."""
    dialog = view.edit_member(people[1].id)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.name.text() == "李四"
    dialog.name.setText("李四海")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Enter)
    assert club.members.get(people[1].id, operator=club.operator).name == "李四海"
    row = view.list_model.row_of(people[1].id)
    assert row is not None and view.list_model.member_at(row).name == "李四海"


def test_escape_cancels_without_saving(qtbot: QtBot, view: MembersView, club: Club) -> None:
    """Esc closes the form and nothing is saved."""
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.name, "Li Lei")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert club.members.count(MemberFilter()) == 0


def test_tags_complete_the_tag_being_typed(qtbot: QtBot, add_member: AddMember,
                                           view: MembersView) -> None:
    """The tag completer offers tags in use for the last tag and keeps the earlier ones."""
    add_member("张三", "13800138000", tags=("swim", "sauna"))
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tags.setFocus()
    dialog.tags.setText("VIP，")  # a Chinese input method's comma (QTest types ASCII only)
    qtbot.keyClicks(dialog.tags, "sw")
    popup = dialog.tags.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.tags.text() == "VIP， swim, "
    assert dialog.tags.tags() == ("VIP", "swim")


def test_enter_in_a_choice_field_saves(qtbot: QtBot, club: Club, view: MembersView) -> None:
    """Enter saves from the editable source channel too, keeping what was typed."""
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setText("Li Lei")
    dialog.phone.setText("13900001111")
    dialog.source_channel.setFocus()
    qtbot.keyClicks(dialog.source_channel, "Gym fair")
    qtbot.keyClick(dialog.source_channel, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [member] = club.members.iter_all(MemberFilter(), operator=club.operator)
    assert member.source_channel == "Gym fair"
