"""Scanner input while a dialog is open: not lost, and not typed into the dialog.

A USB reader types like a keyboard, but much faster: a whole number in a few
milliseconds, then Enter. While a dialog the desk opened is on screen, the
guard holds each keystroke meant for it for a moment: keys that keep coming
faster than a person types and end with Enter are a scan — they are kept for
the desk's input (which looks them up once the dialog closes) instead of
filling a field or pressing the dialog's default button; anything slower is
handed to the dialog as typed.
"""

from __future__ import annotations

from shiboken6 import isValid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from clubcrm.ui.widgets.scan_input import ENTER_KEYS

BURST_GAP_MS = 30  # a reader's keys come closer together than this; a person's do not
MIN_SCAN = 4  # characters before Enter for a burst to count as a scan


class ScannerGuard(QObject):
    scanned = Signal(str)  # a scan that arrived while the dialog was open

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BURST_GAP_MS)
        self._timer.timeout.connect(self._hand_over)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        dialog.finished.connect(self.release)

    def release(self) -> None:
        """The dialog closed: keys held for it go to it no more; the filter goes."""
        self._timer.stop()
        self._held.clear()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress \
                or not isinstance(event, QKeyEvent) or not self._inside(watched):
            return False
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                         event.isAutoRepeat(), event.count())
        self._held.append((watched, copy))
        if event.key() in ENTER_KEYS:
            text = "".join(held.text() for _, held in self._held[:-1])
            if len(text.strip()) >= MIN_SCAN and text.isprintable():
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(text.strip())
                return True
        self._timer.start()
        return True

    def _inside(self, watched: QObject) -> bool:
        dialog = self._dialog
        if not isValid(dialog) or not dialog.isVisible():
            return False
        return watched is dialog or (isinstance(watched, QWidget)
                                     and dialog.isAncestorOf(watched))

    def _hand_over(self) -> None:
        """A pause: what was held was typed by a person; deliver it as typed."""
        held, self._held = self._held, []
        self._replaying = True
        try:
            for receiver, event in held:
                if isValid(receiver):
                    QCoreApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False
