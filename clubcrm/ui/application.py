"""The desktop app once its arguments are known: QApplication -> translators
-> the database lock -> club (or the restore dialog for a damaged one) ->
sign-in -> main window (or a start-up benchmark)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clubcrm import __app_name__, __version__, paths
from clubcrm.domain.errors import ClubError
from clubcrm.services.club import Club

from clubcrm.ui import bench
from clubcrm.ui.card_expiry import DailyExpiry
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, install_translators, tr
from clubcrm.ui.main_window import MainWindow
from clubcrm.ui.sign_in import sign_in_at_start
from clubcrm.ui.startup import claim_database, open_or_recover

log = logging.getLogger("clubcrm")


def run_gui(args: argparse.Namespace, language: str, *, started_at: float) -> int:
    """Run the GUI to its end; the exit status is 0, or 1 when the database cannot be used."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName(__app_name__)
    app.setApplicationVersion(__version__)
    install_translators(app, language)
    sys.excepthook = excepthook
    db_path = args.db or paths.default_db_path()
    lock = claim_database(db_path)  # held while the app runs
    if lock is None:
        return 1
    club = open_club_or_explain(db_path)
    if club is None:
        return 1
    if not _signed_in(club, args):
        club.close()
        return 0
    window = _first_window(app, club, args, started_at=started_at)
    try:
        return app.exec()
    finally:
        window.close()
        club.close()


def _signed_in(club: Club, args: argparse.Namespace) -> bool:
    """The owner account on the first run, a sign-in afterwards; False: the user gave up.
    The start-up benchmarks measure the window, not a person typing a password."""
    return args.bench_startup or args.bench_member_view or sign_in_at_start(club)


def _first_window(app: QApplication, club: Club, args: argparse.Namespace, *,
                  started_at: float) -> QWidget:
    """The main window, or for `--bench-member-view` the member view alone."""
    if args.bench_member_view:
        return bench.time_member_view(app, club)
    window = MainWindow(club, db_path=club.db.path)
    window.show()
    if args.bench_startup:
        bench.report_startup(app, started_at)
        return window
    window.backups.start_automatic()
    DailyExpiry(club, window).run()
    if club.db.created:
        QTimer.singleShot(0, window.offer_demo)
    return window


def open_club_or_explain(path: Path) -> Club | None:
    """The club at `path`, or None after telling the user why it cannot be opened."""
    try:
        return open_or_recover(path)  # a damaged database: its backups are offered
    except ClubError as exc:
        log.warning("cannot open %s: %s", path, exc)
        QMessageBox.critical(None, tr("Cannot open the club database"), describe(exc))
    except Exception as exc:  # noqa: BLE001 - a bug or an OS failure: logged, shown in words
        show_error(None, exc)
    return None


def excepthook(kind: type[BaseException], error: BaseException,
                traceback: TracebackType | None) -> None:
    """Log any uncaught exception and tell the user in words: never a traceback."""
    log.error("uncaught exception", exc_info=(kind, error, traceback))
    if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: nothing to show
        return
    show_error(QApplication.activeWindow(), error)
