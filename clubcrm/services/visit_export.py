"""Visits to Excel: one row per check-in between two days (or all of one
member's), oldest first, money as exact yuan, in the user's language."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from clubcrm import i18n
from clubcrm.db import visits as visits_db
from clubcrm.db.database import Database
from clubcrm.domain.cards import PAYMENT_METHOD_LABELS
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.translatable import N_
from clubcrm.domain.visits import Visit
from clubcrm.io.excel import Cell, write_table

EXPORT_PAGE = 2_000
COLUMNS = (
    (N_("Visit"), 9), (N_("Time"), 18), (N_("Member number"), 12), (N_("Name"), 12),
    (N_("Card number"), 12), (N_("Service"), 14), (N_("Charge (yuan)"), 10),
    (N_("Sessions"), 8), (N_("Payment method"), 10), (N_("Guests"), 7),
    (N_("Locker or wristband"), 10), (N_("Served by"), 10), (N_("Operator"), 10),
    (N_("Checked out"), 18), (N_("Minutes inside"), 8), (N_("Undone"), 18),
)


def export_visits(db: Database, path: Path, date_from: date | None, date_to: date | None, *,
                  member_ids: list[int] | None = None) -> int:
    """Visits between two days (None: no limit), of `member_ids` only if given."""
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(N_("The export file must end in .xlsx: {path}"), path=str(path))
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError(N_("The first day comes after the last day."), field="date_from")
    headers = [i18n.translate(title) for title, _width in COLUMNS]
    return write_table(path, sheet_title=i18n.translate(N_("Visits")), headers=headers,
                       rows=_rows(db, date_from, date_to, member_ids),
                       widths=[width for _title, width in COLUMNS])


def _rows(db: Database, date_from: date | None, date_to: date | None,
          member_ids: list[int] | None) -> Iterator[Sequence[Cell]]:
    after = 0
    while True:
        with db.read() as session:
            page = visits_db.visits_between(session, date_from, date_to, member_ids=member_ids,
                                            after_id=after, limit=EXPORT_PAGE)
        if not page:
            return
        yield from (export_row(visit) for visit in page)
        after = page[-1].id


def export_row(visit: Visit) -> list[Cell]:
    out = visit.checked_out_at
    return [
        visit.id, visit.at.replace(microsecond=0), visit.member_no or None,
        visit.member_name or i18n.translate(N_("Walk-in visitor")), visit.card_no or None,
        visit.service_name or None,
        Decimal(visit.charge_fen).scaleb(-2) if visit.charge_fen else None,
        visit.sessions or None,
        i18n.translate(PAYMENT_METHOD_LABELS[visit.method]) if visit.method else None,
        visit.guests or None, visit.locker or None, visit.served_by or None,
        visit.operator_name,
        out.replace(microsecond=0) if out else None,
        visit.minutes_inside(out) if out else None,
        visit.undone_at.replace(microsecond=0) if visit.undone_at else None,
    ]
