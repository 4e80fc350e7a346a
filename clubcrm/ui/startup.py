"""Checks before the club opens: one copy of the app per database, no database
on a network drive, and a damaged database offered its backups instead of
being opened (never a silent repair)."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from clubcrm.domain.errors import ClubError, DatabaseDamaged
from clubcrm.services.app_lock import lock_path
from clubcrm.services.backup import BackupService, folder_of
from clubcrm.services.club import Club, open_club
from clubcrm.services.network_drive import check_local
from clubcrm.services.restore import restore

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.tasks import run_in_foreground

if TYPE_CHECKING:
    from clubcrm.ui.dialogs.restore_dialog import RestoreDialog

log = logging.getLogger("clubcrm.ui")

RunDialog = Callable[["RestoreDialog"], object]


def claim_database(db_path: Path) -> QLockFile | None:
    """The lock that keeps this copy of the app alone on `db_path`, to be held while
    it runs; None after telling the user why the database cannot be used here."""
    try:
        check_local(db_path)
    except ClubError as exc:
        QMessageBox.critical(None, tr("Cannot open the club database"), describe(exc))
        return None
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    # Only a dead owner makes a lock stale, never its age: the app runs all day.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    log.warning("%s is locked by another copy of the app", db_path)
    QMessageBox.warning(None, tr("Already running"), tr(
        "The club program is already open on this computer, on {path}. Use the window "
        "that is open (look in the taskbar); two copies at once could mix up the data."
    ).format(path=db_path))
    return None


def open_or_recover(db_path: Path, *,
                    run_dialog: RunDialog = lambda dialog: dialog.exec()) -> Club | None:
    """The club at `db_path`; if the file is damaged, the restore dialog first (shown
    by `run_dialog`, which tests replace). None when the user quits."""
    try:
        return open_club(db_path)
    except DatabaseDamaged as exc:
        log.error("the club database is damaged: %s", exc)
        return recover(db_path, exc, run_dialog=run_dialog)


def recover(db_path: Path, problem: DatabaseDamaged, *, run_dialog: RunDialog) -> Club | None:
    """Offer the backups until one is restored and opens, or the user quits."""
    # Imported on use: its table widgets cost ~50 ms that start-up must not pay.
    from clubcrm.ui.dialogs.restore_dialog import RestoreDialog

    while True:
        dialog = RestoreDialog(folder_of(db_path), problem=describe(problem))
        run_dialog(dialog)
        if dialog.chosen is None:
            return None
        try:
            return _restore_and_open(dialog.chosen, db_path)
        except Exception as exc:  # noqa: BLE001 - told in words; another backup may do
            show_error(None, exc)


def _restore_and_open(backup: Path, db_path: Path) -> Club:
    """Nobody can sign in to a damaged database: the restore is audited under the
    computer's user name instead."""
    info = run_in_foreground(
        lambda progress: restore(backup, db_path=db_path, progress=progress),
        label=tr("Restoring…"), parent=None)
    club = open_club(db_path)
    BackupService(club.db, club.settings).record_restore(info, by=getpass.getuser())
    return club
