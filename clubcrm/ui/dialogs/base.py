"""The base of our dialogs: each reopens at the size and place the user left it."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from clubcrm.ui.state import ui_settings


class RememberedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restored = False

    def _geometry_key(self) -> str:
        return f"geometry/{type(self).__name__}"

    def showEvent(self, event: QShowEvent) -> None:
        # Restored on first show, once the subclass has built its layout.
        if not self._restored:
            self._restored = True
            saved = ui_settings().value(self._geometry_key())
            if saved is not None:
                self.restoreGeometry(saved)
        super().showEvent(event)

    def done(self, result: int) -> None:
        ui_settings().setValue(self._geometry_key(), self.saveGeometry())
        super().done(result)
