"""Per-user preferences kept in a small JSON file, readable without Qt or a database.

Only what must be known before the club database opens lives here (the
interface language); club settings live in the database.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from clubcrm import paths

log = logging.getLogger("clubcrm")

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
LANG_ENV = "CLUBCRM_LANG"


@dataclass
class Preferences:
    language: str = DEFAULT_LANGUAGE


def load(path: Path | None = None) -> Preferences:
    """The saved preferences; a missing or damaged file gives the defaults."""
    path = path or paths.config_path()
    prefs = Preferences()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("language") in LANGUAGES:
            prefs.language = raw["language"]
    except FileNotFoundError:
        pass
    except (OSError, ValueError, AttributeError) as exc:
        log.warning("ignoring unreadable preferences %s: %s", path, exc)
    override = os.environ.get(LANG_ENV)
    if override in LANGUAGES:
        prefs.language = override
    return prefs


def save(prefs: Preferences, path: Path | None = None) -> None:
    path = path or paths.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs), ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
