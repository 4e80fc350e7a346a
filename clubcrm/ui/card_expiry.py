"""Cards past their end date are expired when the desk opens, and again just
after every midnight while it stays open, so what they still held leaves the
prepaid liability on the right day."""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer

from clubcrm.domain.errors import ClubError
from clubcrm.services.club import Club

log = logging.getLogger("clubcrm.ui")
RUN_AT = time(0, 1)  # a minute past midnight: the new day has begun on every clock


def expire_due_cards(club: Club) -> int:
    """Expire the cards due now. A failure is logged and the desk carries on
    (it is retried at the next run)."""
    try:
        return club.card_care.expire_due(operator=club.operator)
    except ClubError as exc:
        log.warning("expiring cards failed: %s", exc)
        return 0


class DailyExpiry(QObject):
    """Runs `expire_due_cards` at once and then every night just after midnight."""

    def __init__(self, club: Club, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early: over a day, before midnight.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.run)

    def run(self) -> int:
        expired = expire_due_cards(self._club)
        self.timer.start(ms_until_next_run(datetime.now()))
        return expired


def ms_until_next_run(now: datetime) -> int:
    next_run = datetime.combine(now.date() + timedelta(days=1), RUN_AT)
    return max(1, int((next_run - now) / timedelta(milliseconds=1)))
