"""The audit trail: recorded inside each audited action's own transaction (so an
action and its audit row are committed together or not at all), read, exported
and verified by the owner."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from clubcrm import i18n
from clubcrm.db import audit as queries
from clubcrm.db.database import Database
from clubcrm.domain.audit import AuditAction, AuditEntry, AuditFilter, action_label
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.hash_chain import ChainCheck
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.io.excel import Cell, write_table
from clubcrm.services.permissions import require

PAGE_SIZE = 200
COLUMNS = (
    (N_("Time"), 20),
    (N_("Operator"), 14),
    (N_("Action"), 18),
    (N_("Subject"), 24),
    (N_("Details"), 60),
)


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def record(
        session: Session,
        *,
        operator: StaffId | None,
        action: AuditAction,
        subject: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        """Append an audit row in the caller's write transaction."""
        queries.append_audit(session, at=datetime.now(), operator_id=operator,
                             action=action.value, subject=subject, details=details or {})

    def count(self, audit_filter: AuditFilter, *, operator: StaffId) -> int:
        with self._db.read() as session:
            require(session, operator, Permission.VIEW_AUDIT)
            return queries.count_audit(session, audit_filter)

    def page(
        self,
        audit_filter: AuditFilter,
        *,
        operator: StaffId,
        before_id: int | None = None,
        limit: int = PAGE_SIZE,
    ) -> list[AuditEntry]:
        """Newest first; pass the last entry's id as `before_id` for the next page."""
        with self._db.read() as session:
            require(session, operator, Permission.VIEW_AUDIT)
            return queries.audit_page(session, audit_filter, before_id=before_id, limit=limit)

    def export(self, path: Path, audit_filter: AuditFilter, *, operator: StaffId) -> int:
        """The filtered log to `path` (.xlsx), newest first; the export is itself audited."""
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise ValidationError(N_("The export file must end in .xlsx: {path}"), path=str(path))
        with self._db.read() as session:
            require(session, operator, Permission.VIEW_AUDIT)  # before any file is written
        count = write_table(
            path,
            sheet_title=i18n.translate(N_("Audit log")),
            headers=[i18n.translate(title) for title, _ in COLUMNS],
            widths=[width for _, width in COLUMNS],
            rows=_rows(self._entries(audit_filter, operator=operator)),
        )
        with self._db.write() as session:
            self.record(session, operator=operator, action=AuditAction.AUDIT_EXPORTED,
                        subject=path.name, details={"entries": count})
        return count

    def verify(self, *, operator: StaffId) -> ChainCheck:
        """Whether any audit row was edited, removed or reordered since it was written."""
        with self._db.read() as session:
            require(session, operator, Permission.VIEW_AUDIT)
            return queries.verify_audit_chain(session)

    def _entries(self, audit_filter: AuditFilter, *, operator: StaffId) -> Iterator[AuditEntry]:
        before_id = None
        while page := self.page(audit_filter, operator=operator, before_id=before_id):
            yield from page
            before_id = page[-1].id


def _rows(entries: Iterator[AuditEntry]) -> Iterator[Sequence[Cell]]:
    for entry in entries:
        yield (
            entry.at.replace(microsecond=0),
            entry.operator_name,
            i18n.translate(action_label(entry.action)),
            entry.subject,
            json.dumps(entry.details, ensure_ascii=False, sort_keys=True),
        )
