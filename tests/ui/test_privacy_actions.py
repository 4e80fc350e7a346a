"""Privacy in the GUI: the guardian consent box, anonymising from the members view."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import Member, MemberFilter, MemberStatus
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.views.members_view import MembersView


def fill_child(view: MembersView, qtbot: QtBot) -> MemberDialog:
    dialog = view.new_member()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setText("Baby Wang")
    dialog.phone.setText("13700001234")
    dialog.birthday.setText(f"{date.today().year - 3}-01-01")
    dialog.guardian_box.setChecked(True)
    dialog.guardian_name.setText("Wang Fang")
    dialog.guardian_relation.setCurrentText("Mother")
    dialog.guardian_phone.setText("13900005678")
    return dialog


def test_child_without_consent_shows_inline_error(qtbot: QtBot, view: MembersView,
                                                  club: Club) -> None:
    """Under 14 without the consent box ticked: an error under the form, the box focused."""
    dialog = fill_child(view, qtbot)
    dialog.save()
    assert dialog.isVisible() and "consent" in dialog.error_label.text()
    assert QApplication.focusWidget() is dialog.guardian_consent
    assert club.members.count(MemberFilter()) == 0
    dialog.guardian_consent.setChecked(True)
    dialog.save()
    assert not dialog.isVisible()
    [hit] = club.search.search("13700001234", operator=club.operator)
    assert club.members.get(hit.member.id, operator=club.operator).guardian_consent


def test_owner_anonymises_the_selected_member(qtbot: QtBot, view: MembersView, club: Club,
                                              people: list[Member], tmp_path: Path) -> None:
    """The owner's actions are enabled; anonymising drops the member from the active list."""
    view.refresh()
    view.list_table.selectRow(0)
    member = view.current_member()
    assert view.privacy.anonymise_action.isEnabled() and view.privacy.export_action.isEnabled()
    assert view.privacy.export_to(member.id, tmp_path / "one.xlsx") == tmp_path / "one.xlsx"
    changed = view.privacy.anonymise(member.id, "member asked")
    assert changed is not None and changed.status is MemberStatus.ANONYMISED
    assert member.id not in [view.list_model.member_at(r).id
                             for r in range(view.list_model.rowCount())]


def test_privacy_actions_disabled_for_staff(qtbot: QtBot, view: MembersView, club: Club,
                                            people: list[Member],
                                            staff: dict[Role, StaffId]) -> None:
    """Managers and reception see the privacy actions disabled; reception has no marketing list."""
    for role in (Role.MANAGER, Role.RECEPTION):
        club.operator = staff[role]
        view.set_actor(club.current_actor())
        view.list_table.selectRow(0)
        assert view.current_member() is not None
        assert not view.privacy.anonymise_action.isEnabled()
        assert not view.privacy.export_action.isEnabled()
    assert not view.marketing_export_action.isEnabled()
