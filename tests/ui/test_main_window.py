"""The main window: navigation, menus with function keys, status bar, title and demo data."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMenu

from clubcrm.domain.member import Member, MemberFilter
from clubcrm.services.club import Club
from clubcrm.services.settings import CLUB_NAME

from clubcrm.ui.main_window import MainWindow


def make_window(qtbot: QtBot, club: Club) -> MainWindow:
    window = MainWindow(club, db_path=club.db.path)
    qtbot.addWidget(window)
    window.show()
    return window


def menu_entries(window: MainWindow) -> dict[str, str]:
    """Every menu entry's text (without &) and its shortcut."""
    return {
        action.text().replace("&", ""): action.shortcut().toString()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.text()
    }


def test_status_bar_shows_database_and_count(qtbot: QtBot, people: list[Member],
                                             club: Club) -> None:
    """The status bar names the database file and counts the listed members."""
    window = make_window(qtbot, club)
    assert str(club.db.path) in window.path_label.text()
    assert window.summary_label.text() == "Members: 4"
    assert window.navigation.count() == 6  # care tasks, members, cards, check-in, segments, reports
    assert window.navigation.currentItem().text() == "Care tasks"  # the home screen


def test_menus_have_the_function_keys(qtbot: QtBot, club: Club) -> None:
    """The Members menu offers F2 new, F4 edit, F3 find and F5 refresh."""
    entries = menu_entries(make_window(qtbot, club))
    assert entries["New member…"] == "F2"
    assert entries["Edit member…"] == "F4"
    assert entries["Find member"] == "F3"
    assert entries["Refresh"] == "F5"
    for text in ("Export members…", "Settings…", "Quit", "Archive", "Merge into…",
                 "Possible duplicates…", "About"):
        assert text in entries


def test_title_follows_the_club_name(qtbot: QtBot, club: Club) -> None:
    """The window title shows the club name saved in the settings dialog."""
    window = make_window(qtbot, club)
    assert window.windowTitle() == "Membership CRM"
    dialog = window.open_settings()
    dialog.club_name.setText("Dolphin Swim")
    dialog.save()
    assert club.settings.get(CLUB_NAME) == "Dolphin Swim"
    assert window.windowTitle() == "Dolphin Swim — Membership CRM"


def test_demo_club_loads_in_the_background(qtbot: QtBot, club: Club) -> None:
    """Loading the demo runs off the GUI thread, then lists the new members."""
    window = make_window(qtbot, club)
    task = window.load_demo(members=120)
    with qtbot.waitSignal(task.succeeded, timeout=30_000):
        pass
    assert club.members.count(MemberFilter(statuses=())) == 120
    assert window.members_view.list_model.total == club.members.count(MemberFilter())
    assert window.members_view.list_model.rowCount() > 0


def test_export_writes_the_listed_members(qtbot: QtBot, people: list[Member], club: Club,
                                          tmp_path: Path) -> None:
    """Export to Excel writes the members of the current filter in the background."""
    window = make_window(qtbot, club)
    target = tmp_path / "members.xlsx"
    task = window.members_view.export_to(target)
    with qtbot.waitSignal(task.succeeded, timeout=30_000) as done:
        pass
    assert done.args == [4]
    assert target.stat().st_size > 0
