"""Visits as a table: today's list at the desk, members still inside, and a
member's visit history (paged: a member with years of visits opens at once)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from clubcrm.domain.cards import PAYMENT_METHOD_LABELS
from clubcrm.domain.visits import Visit
from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.models.rows_table_model import PagedRowsTableModel, RowsTableModel
from clubcrm.ui.widgets.card_texts import NONE, money

COL_TIME, COL_MEMBER, COL_CARD, COL_CHARGE, COL_STAFF = range(5)
HISTORY_PAGE = 50


def member_text(visit: Visit) -> str:
    if visit.member_id is None:
        return tr("Walk-in visitor")
    return f"{visit.member_name} ({visit.member_no})"


def charge_text(visit: Visit) -> str:
    """What the visit cost: sessions from a count card, money, or nothing."""
    parts = []
    if visit.sessions:
        parts.append(tr("{count} sessions").format(count=visit.sessions))
    if visit.charge_fen:
        method = tr_label(PAYMENT_METHOD_LABELS[visit.method]) if visit.method else ""
        parts.append(f"{money(visit.charge_fen)} {method}".strip())
    text = ", ".join(parts) or tr("free")
    if visit.guests:
        text += " · " + tr("{count} guests").format(count=visit.guests)
    if visit.undone_at is not None:
        text = tr("undone") + " · " + text
    return text


def _time(visit: Visit) -> str:
    text = visit.at.strftime("%H:%M")
    if visit.checked_out_at is not None:
        text += f"–{visit.checked_out_at.strftime('%H:%M')}"
    return text


def _card(visit: Visit) -> str:
    card = visit.card_no or NONE
    return f"{card} · {visit.locker}" if visit.locker else card


class VisitsTableModel(RowsTableModel[Visit]):
    """A day's visits (or the members inside), all in memory: a busy day has ~1,500."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([_time, member_text, _card, charge_text, lambda v: v.staff_name],
                         [tr("Time"), tr("Member"), tr("Card · locker"), tr("Charge"),
                          tr("Staff")], parent)

    def set_visits(self, visits: Sequence[Visit]) -> None:
        self.beginResetModel()
        self._rows = list(visits)
        self.endResetModel()

    def visits(self) -> list[Visit]:
        return list(self._rows)


class VisitHistoryTableModel(PagedRowsTableModel[Visit]):
    """One member's visits, newest first, a page at a time."""

    def __init__(self, club: Club, parent: QObject | None = None) -> None:
        super().__init__([lambda v: v.at.strftime("%Y-%m-%d %H:%M"), _card,
                          lambda v: v.service_name or NONE, charge_text,
                          lambda v: v.staff_name],
                         [tr("Time"), tr("Card · locker"), tr("Service"), tr("Charge"),
                          tr("Staff")], parent)
        self._club = club
        self._member_id: int | None = None

    def set_member(self, member_id: int | None) -> None:
        self.beginResetModel()
        self._member_id = member_id
        self._rows = []
        self._exhausted = member_id is None
        self.endResetModel()
        if member_id is not None:
            self.fetchMore()

    def _next_page(self) -> list[Visit]:
        assert self._member_id is not None
        before = self._rows[-1].id if self._rows else None
        page = self._club.visits.history(self._member_id, before_id=before, limit=HISTORY_PAGE)
        self._exhausted = len(page) < HISTORY_PAGE
        return page
