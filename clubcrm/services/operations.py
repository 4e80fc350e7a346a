"""Running a money operation exactly once.

Every operation arrives with an idempotency key (the GUI makes one when a
dialog opens; the CLI and scripts pass their own). Inside one `BEGIN
IMMEDIATE` transaction the runner looks the key up: a repeat of the same
request (double click, repeated Enter, a retry after an error that happened
after the commit) gets the first result back and writes nothing; the same
key with a different request is refused. Otherwise the operation's plan runs
and its ledger rows are appended — all of it, or (on any error) none of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from clubcrm.db import ledger as ledger_db
from clubcrm.db.database import Database
from clubcrm.db.models import LedgerRow, OperationRow
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.cards import Balances
from clubcrm.domain.errors import Conflict, PermissionDenied, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import LedgerEntry, LedgerLine
from clubcrm.domain.money import format_money
from clubcrm.domain.staff import Permission, Role
from clubcrm.domain.translatable import N_
from clubcrm.services.audit import AuditService
from clubcrm.services.permissions import require, role_of
from clubcrm.services.settings import OPERATION_CAP_FEN, read_setting

MAX_KEY = 64
# Money operations that also go into the audit trail (the Trust issue's list).
AUDITED = {"refund": AuditAction.REFUNDED, "reverse": AuditAction.REVERSED,
           "adjust": AuditAction.BALANCE_ADJUSTED}


@dataclass(frozen=True, slots=True)
class OperationResult:
    """What an operation did: its rows, and the card and points before → after
    (computed from the ledger, so a repeated request returns the same figures)."""

    op_id: int
    kind: str
    at: datetime
    entries: tuple[LedgerEntry, ...]
    card_id: int | None
    member_id: int | None
    before: Balances | None
    after: Balances | None
    points_before: int
    points_after: int
    repeated: bool = False

    @property
    def number(self) -> str:
        """The operation's number on receipts, e.g. `OP00001234`."""
        return f"OP{self.op_id:08d}"


@dataclass
class Context:
    """What a plan may use while its operation runs."""

    session: Session
    operator: StaffId
    role: Role
    at: datetime
    op_id: int
    lines_written: list[int]

    def post(self, lines: Sequence[LedgerLine]) -> None:
        """Append ledger rows and apply them to the balances they change."""
        if lines:
            self.lines_written += ledger_db.append_lines(
                self.session, op_id=self.op_id, at=self.at, operator_id=self.operator,
                lines=lines)


Plan = Callable[[Context], None]


@dataclass(frozen=True, slots=True)
class Request:
    """An operation as asked for: its kind, its parameters (which the key's
    fingerprint covers) and what it needs of the operator."""

    kind: str
    params: dict[str, Any]
    permission: Permission | None = None
    amount_fen: int = 0  # checked against the per-operation cap
    approved_by: StaffId | None = None  # an owner who approved an amount above the cap


class OperationRunner:
    def __init__(self, db: Database) -> None:
        self._db = db

    def run(self, request: Request, plan: Plan, *, key: str, operator: StaffId,
            now: datetime | None = None) -> OperationResult:
        key = _checked_key(key)
        fingerprint = _fingerprint(request)
        with self._db.write() as session:
            existing = session.execute(
                select(OperationRow.id, OperationRow.fingerprint).where(OperationRow.key == key)
            ).first()
            if existing is not None:
                if existing.fingerprint != fingerprint:
                    raise Conflict(N_("This request number was already used for a different "
                                      "operation; nothing was done."))
                return result_of(session, existing.id, repeated=True)
            role = (require(session, operator, request.permission) if request.permission
                    else role_of(session, operator))
            _check_cap(session, request)
            at = now or datetime.now()
            op_id = session.execute(insert(OperationRow).values(
                key=key, kind=request.kind, fingerprint=fingerprint, at=at,
                operator_id=operator, approved_by_id=request.approved_by,
            ).returning(OperationRow.id)).scalar_one()
            context = Context(session, operator, role, at, op_id, [])
            plan(context)
            if request.kind in AUDITED:
                AuditService.record(session, operator=operator, action=AUDITED[request.kind],
                                    subject=f"OP{op_id:08d}",
                                    details={**request.params, "rows": context.lines_written,
                                             "approved_by": request.approved_by})
            return result_of(session, op_id)


def _checked_key(key: str) -> str:
    key = key.strip()
    if not key or len(key) > MAX_KEY:
        raise ValidationError(N_("An operation needs a request number of 1 to 64 characters."),
                              field="key")
    return key


def _fingerprint(request: Request) -> str:
    canonical = json.dumps([request.kind, request.params, request.approved_by],
                           sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


def _check_cap(session: Session, request: Request) -> None:
    cap = read_setting(session, OPERATION_CAP_FEN)
    if request.amount_fen <= cap:
        return
    if request.approved_by is None or role_of(session, request.approved_by) is not Role.OWNER:
        raise PermissionDenied(
            N_("{amount} is above the per-operation limit of {cap}: the owner must approve "
               "it."), amount=format_money(request.amount_fen), cap=format_money(cap))


def result_of(session: Session, op_id: int, *, repeated: bool = False) -> OperationResult:
    """An operation's result rebuilt from its ledger rows."""
    op = session.get(OperationRow, op_id)
    assert op is not None
    ids = list(session.scalars(select(LedgerRow.id).where(LedgerRow.op_id == op_id)
                               .order_by(LedgerRow.line)))
    entries = tuple(ledger_db.entries_by_ids(session, ids)) if ids else ()
    first = entries[0] if entries else None
    card_id = next((entry.card_id for entry in entries if entry.card_id is not None), None)
    member_id = first.member_id if first else None
    last_id = max(ids) if ids else 0
    before = after = None
    if card_id is not None:
        after = _card_balances_up_to(session, card_id, last_id)
        mine = [entry for entry in entries if entry.card_id == card_id]
        before = Balances(after.principal_fen - sum(e.principal_delta for e in mine),
                          after.bonus_fen - sum(e.bonus_delta for e in mine),
                          after.sessions - sum(e.sessions_delta for e in mine))
    points_after = _points_up_to(session, member_id, last_id) if member_id else 0
    points_before = points_after - sum(entry.points_delta for entry in entries
                                       if entry.member_id == member_id)
    return OperationResult(op_id=op_id, kind=op.kind, at=op.at, entries=entries,
                           card_id=card_id, member_id=member_id, before=before, after=after,
                           points_before=points_before, points_after=points_after,
                           repeated=repeated)


def _card_balances_up_to(session: Session, card_id: int, last_id: int) -> Balances:
    row = session.execute(
        select(func.coalesce(func.sum(LedgerRow.principal_delta), 0),
               func.coalesce(func.sum(LedgerRow.bonus_delta), 0),
               func.coalesce(func.sum(LedgerRow.sessions_delta), 0))
        .where(LedgerRow.card_id == card_id, LedgerRow.id <= last_id)).one()
    return Balances(int(row[0]), int(row[1]), int(row[2]))


def _points_up_to(session: Session, member_id: int, last_id: int) -> int:
    return int(session.scalar(
        select(func.coalesce(func.sum(LedgerRow.points_delta), 0))
        .where(LedgerRow.member_id == member_id, LedgerRow.id <= last_id)) or 0)
