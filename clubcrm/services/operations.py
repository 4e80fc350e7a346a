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

from sqlalchemy.orm import Session

from clubcrm.db import ledger as ledger_db
from clubcrm.db.database import Database, driver
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.cards import Balances
from clubcrm.domain.errors import Conflict, PermissionDenied, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import LedgerEntry, LedgerLine, stored_time
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
    approved_by: StaffId | None = None

    def check_cap(self, amount_fen: int) -> None:
        """For an amount known only inside the plan (a refund): the same
        per-operation cap as the request's amount."""
        _check_cap(self.session, amount_fen, self.approved_by)

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
            existing = driver(session).execute(
                "SELECT id, fingerprint FROM operations WHERE key = ?", (key,)).fetchone()
            if existing is not None:
                existing_id, existing_fingerprint = existing
                if existing_fingerprint != fingerprint:
                    raise Conflict(N_("This request number was already used for a different "
                                      "operation; nothing was done."))
                return result_of(session, existing_id, repeated=True)
            role = (require(session, operator, request.permission) if request.permission
                    else role_of(session, operator))
            _check_cap(session, request.amount_fen, request.approved_by)
            at = now or datetime.now()
            op_id = _insert_operation(session, key, request.kind, fingerprint, at, operator,
                                      request.approved_by)
            context = Context(session, operator, role, at, op_id, [], request.approved_by)
            plan(context)
            if request.kind in AUDITED:
                AuditService.record(session, operator=operator, action=AUDITED[request.kind],
                                    subject=f"OP{op_id:08d}",
                                    details={**request.params, "rows": context.lines_written,
                                             "approved_by": request.approved_by})
            return result_of(session, op_id)


def post_within(session: Session, *, kind: str, key: str, operator: StaffId,
                lines: Sequence[LedgerLine], at: datetime | None = None) -> int:
    """Post ledger rows as part of a larger change already in `session` (a
    member merge moving points): one operation, without the idempotency
    lookup, as the caller's own transaction decides whether it happens."""
    moment = at or datetime.now()
    op_id = _insert_operation(session, _checked_key(key), kind,
                              _fingerprint(Request(kind, {})), moment, operator, None)
    Context(session, operator, Role.OWNER, moment, op_id, []).post(lines)
    return op_id


def _insert_operation(session: Session, key: str, kind: str, fingerprint: str, at: datetime,
                      operator: StaffId, approved_by: StaffId | None) -> int:
    cursor = driver(session).execute(
        "INSERT INTO operations (key, kind, fingerprint, at, operator_id, approved_by_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (key, kind, fingerprint, stored_time(at), operator, approved_by))
    return int(cursor.lastrowid)


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


def _check_cap(session: Session, amount_fen: int, approved_by: StaffId | None) -> None:
    cap = read_setting(session, OPERATION_CAP_FEN)
    if amount_fen <= cap:
        return
    if approved_by is None or role_of(session, approved_by) is not Role.OWNER:
        raise PermissionDenied(
            N_("{amount} is above the per-operation limit of {cap}: the owner must approve "
               "it."), amount=format_money(amount_fen), cap=format_money(cap))


def result_of(session: Session, op_id: int, *, repeated: bool = False) -> OperationResult:
    """An operation's result rebuilt from its ledger rows.

    A repeat sums the ledger up to the operation's last row, since later rows
    may have changed the card since. A fresh operation's "after" is the card and
    points as they stand now, which equal those sums (the ledger invariant)
    and cost one indexed row each instead of a scan of the card's history.
    """
    run = driver(session).execute
    kind, at = run("SELECT kind, at FROM operations WHERE id = ?", (op_id,)).fetchone()
    entries = tuple(ledger_db.operation_entries(session, op_id))
    card_id = next((entry.card_id for entry in entries if entry.card_id is not None), None)
    member_id = entries[0].member_id if entries else None
    last_id = max((entry.id for entry in entries), default=0)
    before = after = None
    if card_id is not None:
        after = Balances(*(run(_CARD_SUMS, (card_id, last_id)) if repeated
                           else run(_CARD_NOW, (card_id,))).fetchone())
        mine = [entry for entry in entries if entry.card_id == card_id]
        before = Balances(after.principal_fen - sum(e.principal_delta for e in mine),
                          after.bonus_fen - sum(e.bonus_delta for e in mine),
                          after.sessions - sum(e.sessions_delta for e in mine))
    points_after = 0
    if member_id is not None:
        row = (run(_POINTS_SUM, (member_id, last_id)) if repeated
               else run(_POINTS_NOW, (member_id,))).fetchone()
        points_after = row[0] if row else 0
    points_before = points_after - sum(entry.points_delta for entry in entries
                                       if entry.member_id == member_id)
    return OperationResult(op_id=op_id, kind=kind, at=datetime.fromisoformat(at),
                           entries=entries, card_id=card_id, member_id=member_id,
                           before=before, after=after, points_before=points_before,
                           points_after=points_after, repeated=repeated)


# Balances as of an operation: the sums of the rows up to its last one.
_CARD_SUMS = ("SELECT coalesce(sum(principal_delta), 0), coalesce(sum(bonus_delta), 0), "
              "coalesce(sum(sessions_delta), 0) FROM ledger WHERE card_id = ? AND id <= ?")
_POINTS_SUM = ("SELECT coalesce(sum(points_delta), 0) FROM ledger "
               "WHERE member_id = ? AND id <= ?")
_CARD_NOW = "SELECT principal_fen, bonus_fen, sessions FROM cards WHERE id = ?"
_POINTS_NOW = "SELECT points FROM points_accounts WHERE member_id = ?"
