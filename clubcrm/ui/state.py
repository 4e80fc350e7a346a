"""Per-PC window state (sizes, positions, column widths).

Kept in an ini file beside the preferences, so `CLUBCRM_HOME` moves it too
and tests never touch the real user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from clubcrm import paths


def ui_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "window-state.ini"), QSettings.Format.IniFormat)
