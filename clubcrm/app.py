"""Composition root of the desktop app: arguments -> logging -> language ->
QApplication -> club (database and services) -> main window.

Qt and the database are imported only once the arguments are known, so
`--version` answers at once, and nothing heavy (pypinyin, openpyxl,
matplotlib, reportlab) is imported before the window shows: the start-up
budget is 1 s to a responsive window.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # --bench-startup measures from here, before any other import

import argparse
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from clubcrm import __app_name__, __version__, i18n, paths, preferences
from clubcrm.logs import setup_logging

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from clubcrm.services.club import Club

log = logging.getLogger("clubcrm")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=__app_name__, description="clubcrm desktop app")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--db", type=Path, default=None, help="the club database file")
    parser.add_argument("--lang", choices=preferences.LANGUAGES, help="interface language")
    parser.add_argument("--bench-startup", action="store_true",
                        help="print the seconds to a responsive window, then quit")
    parser.add_argument("--bench-member-view", action="store_true",
                        help="print the seconds to open the member list and the peak RSS")
    return parser.parse_args(argv)


def run(argv: list[str] | None = None) -> int:
    """Start the GUI; the exit status is 0, or 1 when the database cannot be opened."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"{__app_name__} {__version__}")
        return 0
    setup_logging()
    language = args.lang or preferences.load().language
    i18n.set_language(language)
    return _run_gui(args, language)


def _run_gui(args: argparse.Namespace, language: str) -> int:
    # Imported here, not at the top, so that `--version` never loads Qt or SQLAlchemy.
    from PySide6.QtWidgets import QApplication

    from clubcrm.ui.i18n import install_translators
    from clubcrm.ui.startup import claim_database

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
    window = _first_window(app, club, args)
    try:
        return app.exec()
    finally:
        window.close()
        club.close()


def _signed_in(club: Club, args: argparse.Namespace) -> bool:
    """The owner account on the first run, a sign-in afterwards; False: the user gave up.
    The start-up benchmarks measure the window, not a person typing a password."""
    from clubcrm.ui.sign_in import sign_in_at_start

    return args.bench_startup or args.bench_member_view or sign_in_at_start(club)


def _first_window(app: QApplication, club: Club, args: argparse.Namespace) -> QWidget:
    """The main window, or for `--bench-member-view` the member view alone."""
    from PySide6.QtCore import QTimer  # loaded by _run_gui already

    from clubcrm.ui import bench
    from clubcrm.ui.main_window import MainWindow

    if args.bench_member_view:
        return bench.time_member_view(app, club)
    window = MainWindow(club, db_path=club.db.path)
    window.show()
    if args.bench_startup:
        bench.report_startup(app, T0)
        return window
    window.backups.start_automatic()
    if club.db.created:
        QTimer.singleShot(0, window.offer_demo)
    return window


def open_club_or_explain(path: Path) -> Club | None:
    """The club at `path`, or None after telling the user why it cannot be opened."""
    from PySide6.QtWidgets import QMessageBox  # loaded by _run_gui already

    from clubcrm.domain.errors import ClubError

    from clubcrm.ui.errors import show_error
    from clubcrm.ui.i18n import describe, tr
    from clubcrm.ui.startup import open_or_recover

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
    from PySide6.QtWidgets import QApplication  # loaded by _run_gui already

    from clubcrm.ui.errors import show_error

    log.error("uncaught exception", exc_info=(kind, error, traceback))
    if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: nothing to show
        return
    show_error(QApplication.activeWindow(), error)
