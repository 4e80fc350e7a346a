"""Every folder the app uses, in one place.

`CLUBCRM_HOME` moves all of them (tests, portable installs on a USB stick);
`CLUBCRM_DB` or `--db` points at another database file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "clubcrm"
HOME_ENV = "CLUBCRM_HOME"
DB_ENV = "CLUBCRM_DB"


def data_dir() -> Path:
    """Where the database, backups and logs live."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    import platformdirs  # only the first call pays for it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / "clubcrm.sqlite"


def config_path() -> Path:
    """Per-user preferences (language) that must be known before a database opens."""
    return data_dir() / "preferences.json"


def log_dir() -> Path:
    return data_dir() / "logs"


def resource(relative: str) -> Path:
    """A bundled file under `resources/`, from a source checkout or a PyInstaller build."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources" / relative
