"""The desk's one input: a scan (digits typed by a USB reader, then Enter), a
phone tail, a name or pinyin initials.

Enter does not act at once: the text waits a few milliseconds, because some
readers send one scan as two inputs (`0001` Enter `23` Enter). A second Enter
with text inside that window means the scan arrived in parts: nothing is
looked up (and so nothing charged), and the user is told to scan again. An
empty Enter right after a scan (a reader sending CR and LF) is ignored; an
empty Enter otherwise means "check in".
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

SETTLE_MS = 60  # readers type a whole scan within a few ms; people cannot press Enter twice
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanInput(QLineEdit):
    scanned = Signal(str)  # text and Enter, settled
    split_scan = Signal(str)  # two inputs too close together: both parts, joined
    enter_pressed = Signal()  # Enter on an empty input
    moved = Signal(int)  # Up (-1) or Down (+1)
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._pending: str | None = None
        self._settled_at = 0.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._emit_scan)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ENTER_KEYS:
            self._enter(self.text().strip())
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
        else:
            super().keyPressEvent(event)

    def _enter(self, text: str) -> None:
        if self._pending is not None:
            if text:  # a second part inside the settle window
                joined = self._pending + text
                self._pending = None
                self._settle.stop()
                self.clear()
                self.split_scan.emit(joined)
            return  # CR after LF, or a part without text: ignored
        if text:
            self._pending = text
            self.clear()
            self._settle.start()
        elif (time.monotonic() - self._settled_at) * 1000 > SETTLE_MS:
            self.enter_pressed.emit()

    def settle_now(self) -> None:
        """Act on a pending scan at once (tests, and a benchmark driving the desk)."""
        if self._settle.isActive():
            self._settle.stop()
            self._emit_scan()

    def _emit_scan(self) -> None:
        text, self._pending = self._pending, None
        self._settled_at = time.monotonic()
        if text:
            self.scanned.emit(text)
