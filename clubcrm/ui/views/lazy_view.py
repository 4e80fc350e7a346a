"""A navigation page whose view is built the first time it is shown, so that
start-up does not load what the view needs (numpy and the segmentation, for
the segments view)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyView(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._view is not None

    def view(self) -> QWidget:
        if self._view is None:
            self._view = self._build()
            self._layout.addWidget(self._view)
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
