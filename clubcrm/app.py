"""Entry of the desktop app: arguments -> logging -> language, then the GUI
(`clubcrm.ui.application`: QApplication -> club -> sign-in -> main window).

Qt and the database are imported only once the arguments are known, so
`--version` answers at once, and nothing heavy (pypinyin, openpyxl,
matplotlib, reportlab) is imported before the window shows: the start-up
budget is 1 s to a responsive window.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # --bench-startup measures from here, before any other import

import argparse
import sys
from pathlib import Path

from clubcrm import __app_name__, __version__, i18n, preferences
from clubcrm.logs import setup_logging


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
    # Imported here, not at the top, so that `--version` never loads Qt or SQLAlchemy.
    from clubcrm.ui.application import run_gui

    return run_gui(args, language, started_at=T0)
