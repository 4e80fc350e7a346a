"""A member's ledger: browsed page by page, filtered, exported to Excel.

A member's ledger includes the rows of records merged into theirs: a merge
moves the cards, while history stays as it was written (the ledger is never
edited), so reading follows `merged_into_id` instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from clubcrm import i18n
from clubcrm.db import ledger as ledger_db
from clubcrm.db.database import Database, driver
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.cards import PAYMENT_METHOD_LABELS
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import KIND_LABELS, LedgerEntry, LedgerFilter
from clubcrm.domain.translatable import N_
from clubcrm.io.excel import Cell, write_table
from clubcrm.services.audit import AuditService
from clubcrm.services.permissions import role_of

EXPORT_PAGE = 5_000
COLUMNS = (
    (N_("Row"), 9), (N_("Time"), 18), (N_("Kind"), 12), (N_("Card number"), 12),
    (N_("Service"), 14), (N_("Quantity"), 7), (N_("List price (yuan)"), 11),
    (N_("Discount (yuan)"), 10), (N_("Principal change (yuan)"), 12),
    (N_("Bonus change (yuan)"), 12), (N_("Sessions change"), 9), (N_("Days change"), 8),
    (N_("Points change"), 9), (N_("Paid (yuan)"), 10), (N_("Payment method"), 10),
    (N_("Operator"), 10), (N_("Reason"), 24), (N_("Reverses row"), 9),
    (N_("Reversed by row"), 9),
)


def member_and_merged(session: Session, member_id: int) -> list[int]:
    """The member and every record merged into them (merges can chain)."""
    ids, frontier = [member_id], [member_id]
    while frontier:
        marks = ", ".join("?" * len(frontier))
        frontier = [row[0] for row in driver(session).execute(
            f"SELECT id FROM members WHERE merged_into_id IN ({marks})", frontier)]
        ids += frontier
    return ids


class LedgerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, member_id: int, ledger_filter: LedgerFilter) -> int:
        with self._db.read() as session:
            return ledger_db.count_entries(session, member_and_merged(session, member_id),
                                           ledger_filter)

    def page(self, member_id: int, ledger_filter: LedgerFilter, *, before_id: int | None = None,
             limit: int = 100) -> list[LedgerEntry]:
        """Newest first; pass the last row's id as `before_id` for the next page."""
        with self._db.read() as session:
            return ledger_db.entries_page(session, member_and_merged(session, member_id),
                                          ledger_filter, before_id=before_id, limit=limit)

    def operation_rows(self, ledger_id: int) -> list[LedgerEntry]:
        """Every row of the operation `ledger_id` belongs to (a reversal undoes them all)."""
        with self._db.read() as session:
            row = session.connection().exec_driver_sql(
                "SELECT op_id FROM ledger WHERE id = ?", (ledger_id,)).first()
            return ledger_db.operation_entries(session, row[0]) if row else []

    def export(self, path: Path, member_id: int, ledger_filter: LedgerFilter, *,
               operator: StaffId) -> int:
        """The member's rows (filtered) to Excel, amounts as numbers in yuan; audited."""
        with self._db.read() as session:
            role_of(session, operator)
        headers = [i18n.translate(title) for title, _width in COLUMNS]
        count = write_table(path, sheet_title=i18n.translate(N_("Ledger")), headers=headers,
                            rows=self._rows(member_id, ledger_filter),
                            widths=[width for _title, width in COLUMNS])
        with self._db.write() as session:
            AuditService.record(session, operator=operator, action=AuditAction.LEDGER_EXPORTED,
                                subject=str(member_id), details={"rows": count,
                                                                 "file": path.name})
        return count

    def _rows(self, member_id: int, ledger_filter: LedgerFilter) -> Iterator[Sequence[Cell]]:
        before = None
        while entries := self.page(member_id, ledger_filter, before_id=before,
                                   limit=EXPORT_PAGE):
            yield from (export_row(entry) for entry in entries)
            before = entries[-1].id


def export_row(entry: LedgerEntry) -> list[Cell]:
    """One ledger row as spreadsheet cells; money as exact Decimal yuan, which
    Excel reads as numbers."""
    return [
        entry.id, entry.at.replace(microsecond=0), i18n.translate(KIND_LABELS[entry.kind]),
        entry.card_no, entry.service_name, entry.quantity or None, _yuan(entry.list_fen),
        _yuan(entry.discount_fen), _yuan(entry.principal_delta), _yuan(entry.bonus_delta),
        entry.sessions_delta or None, entry.days_delta or None, entry.points_delta or None,
        _yuan(entry.paid_fen),
        i18n.translate(PAYMENT_METHOD_LABELS[entry.method]) if entry.method else "",
        entry.operator_name, entry.reason, entry.reverses_id, entry.reversed_by_id,
    ]


def _yuan(fen: int) -> Cell:
    return Decimal(fen).scaleb(-2) if fen else None
