"""Telling the user that something failed, without ever showing a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from clubcrm import paths
from clubcrm.domain.errors import ClubError

from clubcrm.ui.i18n import describe, tr

log = logging.getLogger("clubcrm.ui")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A `ClubError` in the user's words; anything else is a bug: logged in full,
    and the user gets a generic message pointing at the log."""
    if isinstance(error, ClubError):
        QMessageBox.warning(parent, tr("Cannot do that"), describe(error))
        return
    log.error("unexpected error", exc_info=error)
    QMessageBox.critical(
        parent,
        tr("Unexpected error"),
        tr("Something went wrong and the action was not completed. "
           "The details were written to the log in {folder}.").format(folder=paths.log_dir()),
    )
