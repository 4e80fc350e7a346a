"""Actions that belong to one view of the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def view_action(view: QWidget, text: str, shortcut: str,
                slot: Callable[[], object]) -> QAction:
    """An action of `view` whose key works while the focus is in that view: the
    views share keys (F3 finds, F5 refreshes), and each must mean "here", also
    when the action sits in the menu bar too."""
    action = QAction(text, view)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: slot())
    view.addAction(action)
    return action
