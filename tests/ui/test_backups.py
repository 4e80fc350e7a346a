"""Backups in the GUI: Back up now, the restore dialog, automatic backups, the warning,
and a damaged database at start or found by the start-up check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFileDialog

from clubcrm.domain.member import Member, MemberDraft, MemberFilter
from clubcrm.services.backup import BackupService, list_backups
from clubcrm.services.club import Club, open_club
from clubcrm.services.settings import BACKUP_FOLDER, BACKUP_WARN_DAYS, BACKUPS_TO_KEEP

from clubcrm.ui import startup
from clubcrm.ui.dialogs.restore_dialog import COL_CHECK, RestoreDialog
from clubcrm.ui.dialogs.settings_dialog import SettingsDialog
from clubcrm.ui.main_window import MainWindow

CHECK_TIMEOUT_MS = 20_000


def make_window(qtbot: QtBot, club: Club) -> MainWindow:
    window = MainWindow(club, db_path=club.db.path)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_for_checks(qtbot: QtBot, dialog: RestoreDialog) -> None:
    qtbot.waitUntil(lambda: all(dialog.table.item(row, COL_CHECK).text() != "Checking…"
                                for row in range(dialog.table.rowCount())),
                    timeout=CHECK_TIMEOUT_MS)


def restored_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: window.successor is not None, timeout=CHECK_TIMEOUT_MS)
    assert window.successor is not None
    qtbot.addWidget(window.successor)
    return window.successor


def test_back_up_now_writes_a_verified_file(qtbot: QtBot, people: list[Member],
                                            club: Club, tmp_path: Path) -> None:
    """File › Back up now runs in the background and leaves a verified backup."""
    window = make_window(qtbot, club)
    assert window.backups.warning_label.text().startswith("No backup yet")
    task = window.backups.back_up_now()
    assert task is not None
    with qtbot.waitSignal(task.succeeded, timeout=CHECK_TIMEOUT_MS):
        pass
    [backup] = list_backups(tmp_path / "backups")
    assert backup.verify().verified
    assert window.backups.warning_label.isHidden()
    assert backup.path.name in window.statusBar().currentMessage()


def test_restore_dialog_lists_backups_and_restoring_reloads(
        qtbot: QtBot, people: list[Member], club: Club, tmp_path: Path) -> None:
    """The dialog lists the checked backups; restoring one shows its members in a new window."""
    BackupService(club.db, club.settings).backup(operator=None)
    club.members.register(MemberDraft(name="赵六", phone="13700001111"), operator=club.operator)
    window = make_window(qtbot, club)
    assert window.members_view.list_model.total == 5
    dialog = window.backups.open_restore_dialog()
    wait_for_checks(qtbot, dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, COL_CHECK).text() == "Good"
    assert dialog.restore_button.isEnabled()
    dialog.restore_selected()
    successor = restored_window(qtbot, window)
    assert successor.members_view.list_model.total == 4
    assert not window.isVisible() and successor.isVisible()
    assert "kept in" in successor.statusBar().currentMessage()
    assert [b.safety_copy for b in list_backups(tmp_path / "backups")] == [True, False]


def test_a_damaged_backup_cannot_be_chosen(qtbot: QtBot, club: Club,
                                           damage: Callable[[Path, str], None]) -> None:
    """A backup that fails its check says why, and Restore stays disabled."""
    backup = BackupService(club.db, club.settings).backup(operator=None).path
    damage(backup, "index")
    dialog = RestoreDialog(backup.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_checks(qtbot, dialog)
    assert dialog.table.item(0, COL_CHECK).text().startswith("Damaged:")
    assert not dialog.restore_button.isEnabled()


def test_backup_on_close_and_when_due(qtbot: QtBot, club: Club, tmp_path: Path) -> None:
    """With automatic backups on, a due daily backup runs quietly and closing backs up."""
    window = make_window(qtbot, club)
    window.backups.start_automatic(check_integrity=False)
    task = window.backups.back_up_if_due()
    assert task is not None
    with qtbot.waitSignal(task.succeeded, timeout=CHECK_TIMEOUT_MS):
        pass
    assert window.backups.back_up_if_due() is None  # the last one is fresh
    window.close()
    assert len(list_backups(tmp_path / "backups")) == 2


def test_warning_follows_the_configured_days(qtbot: QtBot, club: Club, tmp_path: Path) -> None:
    """The status bar warns when the newest backup is older than the days set."""
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "clubcrm-20200101-120000.sqlite").write_bytes(b"")
    window = make_window(qtbot, club)
    assert window.backups.warning_label.text().startswith("Last backup")
    assert not window.backups.warning_label.isHidden()
    club.settings.set(BACKUP_WARN_DAYS, 100_000, operator=club.operator)
    window.backups.update_warning()
    assert window.backups.warning_label.isHidden()


def test_settings_dialog_saves_the_backup_settings(qtbot: QtBot, club: Club, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Folder (through Browse…), backups to keep and warning days are saved."""
    dialog = SettingsDialog(club)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.backup_box
    assert box.folder.placeholderText() == str(tmp_path / "backups")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *_args: str(tmp_path / "usb"))
    box.browse_button.click()
    box.keep.setValue(7)
    box.warn_days.setValue(5)
    dialog.save()
    assert club.settings.get(BACKUP_FOLDER) == str(tmp_path / "usb")
    assert (club.settings.get(BACKUPS_TO_KEEP), club.settings.get(BACKUP_WARN_DAYS)) == (7, 5)


def test_damaged_database_at_start_offers_the_backups(
        qtbot: QtBot, people: list[Member], club: Club,
        damage: Callable[[Path, str], None]) -> None:
    """A database that no longer opens gets the restore dialog; restoring opens the club."""
    BackupService(club.db, club.settings).backup(operator=None)
    club.close()
    damage(club.db.path, "schema")
    seen: list[RestoreDialog] = []

    def restore_newest(dialog: RestoreDialog) -> None:
        seen.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_for_checks(qtbot, dialog)
        dialog.restore_selected()

    reopened = startup.open_or_recover(club.db.path, run_dialog=restore_newest)
    assert reopened is not None
    try:
        assert reopened.members.count(MemberFilter()) == 4
    finally:
        reopened.close()
    assert "The club database is damaged" in seen[0].intro_label.text()


def test_damaged_database_at_start_quit(qtbot: QtBot, club: Club,
                                        damage: Callable[[Path, str], None]) -> None:
    """Quitting the restore dialog of a damaged database opens nothing and changes nothing."""
    club.close()
    damage(club.db.path, "schema")
    before = club.db.path.read_bytes()

    def quit_dialog(dialog: RestoreDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.reject()

    assert startup.open_or_recover(club.db.path, run_dialog=quit_dialog) is None
    assert club.db.path.read_bytes() == before


def test_damage_found_after_start_blocks_writes(qtbot: QtBot, people: list[Member],
                                                club: Club,
                                                damage: Callable[[Path, str], None]) -> None:
    """The start-up check finds damage the opening missed: the window is blocked and the
    restore dialog opens; restoring starts over on a good database."""
    BackupService(club.db, club.settings).backup(operator=None)
    club.close()
    damage(club.db.path, "index")
    window = make_window(qtbot, open_club(club.db.path))
    window.backups.start_automatic()
    qtbot.waitUntil(lambda: window.backups.damaged, timeout=CHECK_TIMEOUT_MS)
    assert not window.centralWidget().isEnabled()
    assert not window.members_view.new_action.isEnabled()
    dialog = window.backups._dialog
    assert dialog is not None
    wait_for_checks(qtbot, dialog)
    dialog.restore_selected()
    successor = restored_window(qtbot, window)
    assert successor.centralWidget().isEnabled()
    assert successor.members_view.list_model.total == 4


def test_failed_check_of_back_up_now_blocks_writes(qtbot: QtBot, people: list[Member],
                                                   club: Club,
                                                   damage: Callable[[Path, str], None]) -> None:
    """A backup that fails its check reveals damage: the window is blocked, and quitting
    from the restore dialog closes it."""
    club.close()
    damage(club.db.path, "index")
    window = make_window(qtbot, open_club(club.db.path))
    window.backups.back_up_now()
    qtbot.waitUntil(lambda: window.backups.damaged, timeout=CHECK_TIMEOUT_MS)
    assert not window.menuBar().isEnabled()
    dialog = window.backups._dialog
    assert dialog is not None and "is damaged" in dialog.intro_label.text()
    dialog.reject()
    assert not window.isVisible()
    assert not list((club.db.path.parent / "backups").glob("clubcrm-*"))
