"""The project's one translation helper for text shown outside Qt (the CLI,
messages of services and errors).

It reads the same Qt Linguist `.ts` files the GUI compiles to `.qm`, so each
string is translated once for both. The source language is English.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from typing import Any

from clubcrm import paths
from clubcrm.domain.errors import ClubError

CONTEXT = "clubcrm"
_state = {"language": "zh_CN"}


def set_language(language: str) -> None:
    _state["language"] = language


def language() -> str:
    return _state["language"]


def ts_path(lang: str):  # -> Path
    return paths.resource(f"i18n/clubcrm_{lang}.ts")


@functools.cache
def catalog(lang: str) -> dict[str, str]:
    """Finished translations of one language: source text -> translation."""
    path = ts_path(lang)
    if not path.exists():
        return {}
    messages: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
            continue
        if node.text:
            messages[source] = node.text
    return messages


def translate(source: str, /, **params: Any) -> str:
    """`source` in the current language, with `{name}` fields filled from `params`."""
    translated = catalog(_state["language"]).get(source, source)
    return translated.format(**params)


def describe(error: ClubError) -> str:
    """A `ClubError` as one sentence in the current language."""
    return translate(error.template, **error.params)
