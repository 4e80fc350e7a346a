"""Undoing an import batch, while nothing has happened to what it created.

The ledger is append-only, so an undo appends a reversal row for each of the
batch's opening rows (balances, sessions, validity and points back to what
they were), closes the batch's cards, and archives the members it created,
freeing their member numbers for a corrected re-import (the file's numbers
stay on the batch's link rows). A history batch's rows are simply removed:
they never touched a balance.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime

from clubcrm.db import ledger as ledger_db
from clubcrm.db.database import Database
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import Conflict, NotFound
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import LedgerKind, LedgerLine, stored_time
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services.audit import AuditService
from clubcrm.services.permissions import require

MAX_NAMED = 5  # cards or members named in a refusal


@dataclass(frozen=True, slots=True)
class UndoResult:
    batch_id: int
    members_archived: int
    cards_closed: int
    ledger_rows: int
    history_rows: int


def undo_batch(db: Database, batch_id: int, *, operator: StaffId,
               now: datetime | None = None) -> UndoResult:
    at = now or datetime.now()
    with db.write() as session:
        require(session, operator, Permission.IMPORT_DATA)
        connection: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
        kind, op_id = _batch(connection, batch_id)
        if kind == "history":
            result = _undo_history(connection, batch_id)
        else:
            _refuse_if_used(connection, batch_id, op_id)
            result = _undo_members(connection, batch_id, op_id, at, operator)
        connection.execute(
            "UPDATE import_batches SET undone_at = ?, undone_by_id = ? WHERE id = ?",
            (stored_time(at), operator, batch_id))
        AuditService.record(session, operator=operator, action=AuditAction.IMPORT_UNDONE,
                            subject=str(batch_id), details={
                                "members": result.members_archived,
                                "cards": result.cards_closed,
                                "history_rows": result.history_rows})
        return result


def _batch(connection: sqlite3.Connection, batch_id: int) -> tuple[str, int | None]:
    row = connection.execute("SELECT kind, op_id, undone_at FROM import_batches WHERE id = ?",
                             (batch_id,)).fetchone()
    if row is None:
        raise NotFound(N_("There is no import batch {batch}."), batch=batch_id)
    if row[2] is not None:
        raise Conflict(N_("Import batch {batch} was already undone."), batch=batch_id)
    return row[0], row[1]


def _refuse_if_used(connection: sqlite3.Connection, batch_id: int, op_id: int | None) -> None:
    """Anything done since with the batch's cards or members blocks the undo."""
    used_cards = [row[0] for row in connection.execute(
        "SELECT DISTINCT c.card_no FROM import_batch_cards b JOIN cards c ON c.id = b.card_id "
        "JOIN ledger l ON l.card_id = b.card_id AND l.op_id IS NOT ? "
        f"WHERE b.batch_id = ? ORDER BY c.card_no LIMIT {MAX_NAMED}", (op_id, batch_id))]
    if used_cards:
        raise Conflict(N_("Import batch {batch} cannot be undone: cards {cards} have been used "
                          "since (recharged, spent, frozen...). Reverse those first, or fix "
                          "the members by hand."), batch=batch_id, cards=", ".join(used_cards))
    used_members = [row[0] for row in connection.execute(
        "SELECT DISTINCT m.member_no FROM import_batch_members b "
        "JOIN members m ON m.id = b.member_id "
        "WHERE b.batch_id = ? AND b.created AND (m.status NOT IN ('active', 'frozen') "
        " OR EXISTS (SELECT 1 FROM ledger l WHERE l.member_id = b.member_id "
        "            AND l.op_id IS NOT ?) "
        " OR EXISTS (SELECT 1 FROM cards c WHERE c.member_id = b.member_id AND c.id NOT IN "
        "            (SELECT card_id FROM import_batch_cards WHERE batch_id = ?))) "
        f"ORDER BY m.member_no LIMIT {MAX_NAMED}", (batch_id, op_id, batch_id))]
    if used_members:
        raise Conflict(N_("Import batch {batch} cannot be undone: members {members} have "
                          "been used or changed since (a card sold, points, a merge...)."),
                       batch=batch_id, members=", ".join(used_members))
    short = connection.execute(
        "SELECT m.member_no FROM ledger l JOIN members m ON m.id = l.member_id "
        "LEFT JOIN points_accounts p ON p.member_id = l.member_id "
        "WHERE l.op_id = ? AND l.points_delta > 0 "
        "AND coalesce(p.points, 0) < l.points_delta LIMIT 1", (op_id,)).fetchone()
    if short:
        raise Conflict(N_("Import batch {batch} cannot be undone: member {member} has spent "
                          "imported points since."), batch=batch_id, member=short[0])


def _undo_members(connection: sqlite3.Connection, batch_id: int, op_id: int | None,
                  at: datetime, operator: StaffId) -> UndoResult:
    openings = connection.execute(
        "SELECT id, card_id, member_id, principal_delta, bonus_delta, sessions_delta, "
        "days_delta, points_delta FROM ledger WHERE op_id = ? ORDER BY id", (op_id,)).fetchall()
    lines = [LedgerLine(LedgerKind.REVERSAL, card, member, principal_delta=-principal,
                        bonus_delta=-bonus, sessions_delta=-sessions, days_delta=-days,
                        points_delta=-points, reverses_id=row_id,
                        reason=f"undo import {batch_id}")
             for row_id, card, member, principal, bonus, sessions, days, points in openings]
    ids: list[int] = []
    if lines:
        cursor = connection.execute(
            "INSERT INTO operations (key, kind, fingerprint, at, operator_id) "
            "VALUES (?, 'import_undo', ?, ?, ?)",
            (f"import-undo-{batch_id}-{uuid.uuid4().hex[:12]}", f"undo-{batch_id}",
             stored_time(at), operator))
        undo_op = int(cursor.lastrowid or 0)
        ids = ledger_db.append_many(connection, op_id=undo_op, at=at, operator_id=operator,
                                    lines=lines)
        connection.execute("UPDATE import_batches SET undo_op_id = ? WHERE id = ?",
                           (undo_op, batch_id))
    cards = connection.execute(
        "UPDATE cards SET status = 'closed' WHERE id IN "
        "(SELECT card_id FROM import_batch_cards WHERE batch_id = ?)", (batch_id,)).rowcount
    members = connection.execute(
        "UPDATE members SET status = 'archived', member_no = 'U' || ? || '-' || id, "
        "updated_at = ? WHERE id IN (SELECT member_id FROM import_batch_members "
        "WHERE batch_id = ? AND created)", (batch_id, stored_time(at), batch_id)).rowcount
    return UndoResult(batch_id, members, cards, len(ids), 0)


def _undo_history(connection: sqlite3.Connection, batch_id: int) -> UndoResult:
    removed = connection.execute("DELETE FROM history_consumption WHERE batch_id = ?",
                                 (batch_id,)).rowcount
    return UndoResult(batch_id, 0, 0, 0, removed)
