"""The settings dialog: language preference, club name and member number pattern."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from clubcrm import preferences
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club
from clubcrm.services.settings import (
    CLUB_NAME,
    IDLE_LOCK_MINUTES,
    LOGIN_MAX_FAILURES,
    MEMBER_NO_PATTERN,
)

from clubcrm.ui.dialogs.settings_dialog import SettingsDialog


def open_settings(qtbot: QtBot, club: Club) -> SettingsDialog:
    dialog = SettingsDialog(club)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_language_is_saved_to_preferences(qtbot: QtBot, club: Club) -> None:
    """Choosing English and saving writes it to this PC's preferences file."""
    dialog = open_settings(qtbot, club)
    assert dialog.language.currentData() == "zh_CN"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.buttons.accepted.emit()
    assert preferences.load().language == "en"


def test_club_name_and_pattern_are_saved(qtbot: QtBot, club: Club) -> None:
    """The club name and a valid pattern are stored, with the next number previewed."""
    dialog = open_settings(qtbot, club)
    dialog.club_name.setText("  海豚游泳馆 ")
    dialog.pattern.setText("VIP{seq:04d}")
    assert dialog.preview.text() == "VIP0001"
    dialog.save()
    assert club.settings.get(CLUB_NAME) == "海豚游泳馆"
    assert club.settings.get(MEMBER_NO_PATTERN) == "VIP{seq:04d}"


def test_invalid_pattern_is_refused_inline(qtbot: QtBot, club: Club) -> None:
    """A pattern without {seq} shows the service's message and nothing is saved."""
    dialog = open_settings(qtbot, club)
    dialog.club_name.setText("Dolphin")
    dialog.pattern.setText("VIP")
    assert dialog.error_label.isVisible()
    assert "{seq}" in dialog.error_label.text()
    dialog.save()
    assert dialog.isVisible()
    assert club.settings.get(CLUB_NAME) == ""
    assert club.settings.get(MEMBER_NO_PATTERN) == "{seq:06d}"


def test_owner_sets_the_sign_in_rules(qtbot: QtBot, club: Club) -> None:
    """Idle minutes and the lockout rules are saved (and audited) for the owner."""
    dialog = open_settings(qtbot, club)
    dialog.idle_minutes.setValue(3)
    dialog.max_failures.setValue(4)
    dialog.save()
    assert club.settings.get(IDLE_LOCK_MINUTES) == 3
    assert club.settings.get(LOGIN_MAX_FAILURES) == 4


def test_reception_changes_only_the_language(qtbot: QtBot, club: Club,
                                             staff: dict[Role, StaffId]) -> None:
    """The club's settings are shown disabled to reception; saving keeps them as they were."""
    club.operator = staff[Role.RECEPTION]
    dialog = open_settings(qtbot, club)
    assert not dialog.club_name.isEnabled() and not dialog.idle_minutes.isEnabled()
    dialog.club_name.setText("Mine now")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert not dialog.isVisible()
    assert club.settings.get(CLUB_NAME) == ""
    assert preferences.load().language == "en"
