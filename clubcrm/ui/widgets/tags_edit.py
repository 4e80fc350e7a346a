"""A line of comma-separated tags that completes each tag from the tags in use."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

# Chinese input methods type the full-width comma and the enumeration comma.
SEPARATORS = re.compile(r"[,，、;；]")


def split_tags(text: str) -> tuple[str, ...]:
    """The distinct tags of a typed line, in the order typed."""
    tags = (tag.strip() for tag in SEPARATORS.split(text))
    return tuple(dict.fromkeys(tag for tag in tags if tag))


class _LastTagCompleter(QCompleter):
    """Completes only the tag being typed, keeping the ones before it."""

    _head = ""  # the tags typed before the one being completed, with their separators

    def splitPath(self, path: str) -> list[str]:
        # Called as the user types (not when the popup highlights a completion),
        # so the tags before the current one are remembered here.
        cut = max((m.end() for m in SEPARATORS.finditer(path)), default=0)
        self._head = path[:cut]
        return [path[cut:].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        head = f"{self._head.rstrip()} " if self._head else ""
        return f"{head}{index.data()}, "


class TagsEdit(QLineEdit):
    def __init__(self, known_tags: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        completer = _LastTagCompleter(list(known_tags), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(", ".join(tags))
