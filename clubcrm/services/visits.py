"""The check-in desk (到店/签到): find the member, show what reception should
know, check in on the right card, undo, check out, and today's list.

A check-in is an operation of the runner (`services/operations.py`): one
`BEGIN IMMEDIATE` transaction under an idempotency key and the operator, in
which the charge's ledger rows and the visit row are written together. A
repeated key (a double Enter, a scan arriving twice) returns the first
check-in. Undoing one reverses its ledger rows (a reversal, never a deletion)
and marks the visit undone: reception within 10 minutes, later a manager.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from clubcrm.db import cards as cards_db
from clubcrm.db import visits as visits_db
from clubcrm.db.database import Database, driver
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.cards import Card
from clubcrm.domain.errors import NotFound, PermissionDenied, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.member import MatchKind, SearchHit
from clubcrm.domain.staff import Permission, can
from clubcrm.domain.translatable import N_
from clubcrm.domain.visits import (
    Alert,
    CheckInRequest,
    DaySummary,
    RepeatVisit,
    Visit,
    check_guests,
    clean_locker,
    may_undo,
)
from clubcrm.services import card_rules as rules
from clubcrm.services import tiers
from clubcrm.services.audit import AuditService
from clubcrm.services.card_lifecycle import post_reversal
from clubcrm.services.ledger import member_and_merged
from clubcrm.services.member_search import MemberSearch
from clubcrm.services.operations import Context, OperationResult, OperationRunner, Request
from clubcrm.services.permissions import require, role_of
from clubcrm.services.settings import (
    VISIT_CHECKOUT,
    VISIT_ENTRY_SERVICE_ID,
    VISIT_REPEAT_MINUTES,
    read_setting,
)
from clubcrm.services.visit_alerts import DeskPanel, desk_panel, member_refusal
from clubcrm.services.visit_charges import Charge, plan_charge

HISTORY_PAGE = 50
MAX_NUMBER = 32  # member and card numbers
PHONE_DIGITS = 11


@dataclass(frozen=True, slots=True)
class DeskFind:
    """What the desk's input identified: one member (and the card scanned), or
    several members to choose from, or nothing."""

    member_id: int | None = None
    card_id: int | None = None
    hits: tuple[SearchHit, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckInResult:
    visit: Visit
    operation: OperationResult
    card: Card | None  # the card charged, after the charge
    alerts: tuple[Alert, ...]

    @property
    def repeated(self) -> bool:
        """The same request came again: nothing was charged the second time."""
        return self.operation.repeated


class VisitService:
    def __init__(self, db: Database, search: MemberSearch) -> None:
        self._db = db
        self._search = search
        self._runner = OperationRunner(db)

    # --- finding the member ---

    def find(self, text: str, *, operator: StaffId) -> DeskFind:
        """A scanned member or card number, a phone or its tail, a name or
        pinyin initials. Archived members are found too (the desk says why
        they cannot check in)."""
        query = unicodedata.normalize("NFKC", text).strip()
        if not query:
            raise ValidationError(N_("Scan a card, or type a phone, a name or a member number."),
                                  field="query")
        scanned = self._scanned(query)
        if scanned is not None:
            return scanned
        hits = self._search.search(query, operator=operator, include_archived=True)
        exact = [hit for hit in hits if hit.match is MatchKind.EXACT]
        if len(exact) == 1 or len(hits) == 1:
            return DeskFind(member_id=(exact or hits)[0].member.id)
        return DeskFind(hits=tuple(hits))

    def _scanned(self, query: str) -> DeskFind | None:
        """A scanner's member or card number: one indexed lookup each, before the
        search's several (the evening rush is mostly scans). Eleven digits are a
        phone, left to the search."""
        number = query.upper()
        if len(number) > MAX_NUMBER or (number.isdigit() and len(number) == PHONE_DIGITS):
            return None
        with self._db.read() as session:
            member_id = visits_db.member_by_number(session, number)
            if member_id is not None:
                return DeskFind(member_id=member_id)
            card = visits_db.card_by_number(session, number)
        return DeskFind(member_id=card[1], card_id=card[0]) if card else None

    def panel(self, member_id: int, *, operator: StaffId, now: datetime | None = None
              ) -> DeskPanel:
        with self._db.read() as session:
            role_of(session, operator)
            return desk_panel(session, member_id, operator=operator, now=now or datetime.now())

    # --- checking in ---

    def check_in(self, request: CheckInRequest, *, key: str, operator: StaffId,
                 now: datetime | None = None) -> CheckInResult:
        """Check in and charge; `CheckInRefused` (nothing charged) says why not
        and what would help, `RepeatVisit` asks to confirm a second check-in.
        The result's alerts are left to `alerts_after` (the desk shows them
        already; a gate asks for them)."""
        moment = now or datetime.now()
        check_guests(request.guests)
        locker = clean_locker(request.locker)
        charged: list[Charge] = []
        written: list[Visit | None] = []

        def plan(context: Context) -> None:
            session = context.session
            if request.member_id is not None:
                refusal = member_refusal(cards_db.member_status(session, request.member_id))
                if refusal is not None:
                    raise refusal
            entry, repeat_minutes = _desk_settings(session)
            if request.member_id is not None and not request.confirm_repeat:
                _refuse_repeat(session, request.member_id, moment, repeat_minutes)
            if request.staff_id is not None:
                role_of(session, StaffId(request.staff_id))  # an active staff account
            charge = plan_charge(session, request, today=moment.date(), entry=entry)
            context.post(charge.lines)
            if charge.payer is not None and charge.charge_fen:
                tiers.upgrade_if_qualified(session, charge.payer, today=moment.date(),
                                           at=context.at, operator=context.operator)
            _record(context, request, charge, locker)
            charged.append(charge)
            # Read back in this transaction: a session of its own after the
            # commit cost far more than the read.
            written.append(visits_db.visit_of_operation(session, context.op_id))

        params = {"member": request.member_id, "card": request.card_id,
                  "service": request.service_id, "guests": request.guests, "locker": locker,
                  "staff": request.staff_id, "method": request.method,
                  "single": request.single_entry, "again": request.confirm_repeat}
        result = self._runner.run(Request("checkin", params), plan, key=key, operator=operator,
                                  now=moment)
        if written and written[0] is not None:
            return self._result(result, charged[0].card, written[0])
        return self._repeated_result(result)

    def _repeated_result(self, result: OperationResult) -> CheckInResult:
        """A repeated request's visit and card, as the first request wrote them."""
        with self._db.read() as session:
            visit = visits_db.visit_of_operation(session, result.op_id)
            assert visit is not None
            card = cards_db.card(session, visit.card_id) if visit.card_id is not None else None
        return self._result(result, card, visit)

    def _result(self, result: OperationResult, card: Card | None, visit: Visit) -> CheckInResult:
        """The visit as written; the card after its charge (its balances are the
        operation's, computed from the ledger: a repeat reports the same)."""
        if card is not None and result.card_id == card.id and result.after is not None:
            card = replace(card, balances=result.after)
        return CheckInResult(visit, result, card, ())

    def alerts_after(self, result: CheckInResult, *, operator: StaffId) -> CheckInResult:
        """The result with the member's alerts as of the check-in (the dormant
        alert is about the visit before this one)."""
        visit = result.visit
        if visit.member_id is None:
            return result
        with self._db.read() as session:
            alerts = desk_panel(session, visit.member_id, operator=operator, now=visit.at,
                                exclude_visit=visit.id).alerts
        return replace(result, alerts=alerts)

    # --- undoing and checking out ---

    def undo(self, visit_id: int, *, reason: str, key: str, operator: StaffId,
             now: datetime | None = None) -> Visit:
        """Undo a check-in: its charge reversed on the ledger, the visit marked
        undone. Reception may within 10 minutes; after that a manager."""
        note = rules.required_reason(reason)
        moment = now or datetime.now()

        def plan(context: Context) -> None:
            session = context.session
            visit = visits_db.visit(session, visit_id)
            if visit is None:
                raise NotFound(N_("There is no such visit."))
            if visit.undone_at is not None:
                raise ValidationError(N_("This check-in was already undone."))
            if not may_undo(visit.at, context.at) and not can(context.role, Permission.REVERSE):
                raise PermissionDenied(N_("Reception may undo a check-in within 10 minutes; "
                                          "after that a manager must."),
                                       permission=Permission.REVERSE.value)
            first = session.connection().exec_driver_sql(
                "SELECT id FROM ledger WHERE op_id = ? ORDER BY line LIMIT 1",
                (visit.op_id,)).first()
            if first is not None:
                post_reversal(context, first[0], note)
            visits_db.mark_undone(session, visit_id, at=context.at, undo_op_id=context.op_id)
            AuditService.record(session, operator=context.operator,
                                action=AuditAction.VISIT_UNDONE, subject=f"OP{visit.op_id:08d}",
                                details={"visit": visit_id, "reason": note,
                                         "rows": context.lines_written})

        self._runner.run(Request("checkin_undo", {"visit": visit_id, "reason": note}), plan,
                         key=key, operator=operator, now=moment)
        return self.visit(visit_id)

    def check_out(self, visit_id: int, *, operator: StaffId, now: datetime | None = None
                  ) -> Visit:
        """Record the time out (clubs with check-out on); the visit's duration follows."""
        moment = now or datetime.now()
        with self._db.write() as session:
            role_of(session, operator)
            if not read_setting(session, VISIT_CHECKOUT):
                raise ValidationError(N_("Check-out is not used by this club (see the "
                                         "settings)."))
            visit = visits_db.visit(session, visit_id)
            if visit is None:
                raise NotFound(N_("There is no such visit."))
            if visit.undone_at is not None:
                raise ValidationError(N_("This check-in was undone."))
            if visit.checked_out_at is not None:
                raise ValidationError(N_("Already checked out at {time}."),
                                      time=visit.checked_out_at.strftime("%H:%M"))
            visits_db.mark_checked_out(session, visit_id, max(moment, visit.at))
        return self.visit(visit_id)

    # --- reading ---

    def staff_names(self) -> list[tuple[int, str]]:
        """Active staff accounts, for "served by" (commission reports)."""
        with self._db.read() as session:
            return [(row[0], row[1]) for row in session.connection().exec_driver_sql(
                "SELECT id, display_name FROM staff WHERE active ORDER BY display_name")]

    def staff_named(self, name: str) -> int:
        """The active staff account with this user name or display name (a gate's
        `--staff`), or NotFound."""
        wanted = name.strip().casefold()
        with self._db.read() as session:
            for staff_id, username, display in session.connection().exec_driver_sql(
                    "SELECT id, username, display_name FROM staff WHERE active ORDER BY id"):
                if wanted in (username.casefold(), display.casefold()):
                    return int(staff_id)
        raise NotFound(N_("There is no active staff member named {name}."), name=name)

    def visit(self, visit_id: int) -> Visit:
        with self._db.read() as session:
            found = visits_db.visit(session, visit_id)
        if found is None:
            raise NotFound(N_("There is no such visit."))
        return found

    def today(self, day: date | None = None) -> DaySummary:
        """A day's visits (newest first), totals and visits per hour."""
        day = day or date.today()
        with self._db.read() as session:
            visits = visits_db.day_visits(session, day)
            hours = visits_db.per_hour(session, day)
        done = [visit for visit in visits if visit.undone_at is None]
        return DaySummary(
            day=day, visits=tuple(visits), count=len(done),
            guests=sum(visit.guests for visit in done),
            charge_fen=sum(visit.charge_fen for visit in done),
            sessions=sum(visit.sessions for visit in done), undone=len(visits) - len(done),
            inside=sum(1 for visit in done if visit.checked_out_at is None),
            per_hour=tuple(hours))

    def inside_now(self, day: date | None = None) -> list[Visit]:
        with self._db.read() as session:
            return visits_db.inside(session, day or date.today())

    def history(self, member_id: int, *, before_id: int | None = None,
                limit: int = HISTORY_PAGE) -> list[Visit]:
        """A member's visits, newest first (records merged into them included)."""
        with self._db.read() as session:
            ids = member_and_merged(session, member_id)
            return visits_db.member_visits(session, ids, before_id=before_id, limit=limit)

    def visit_count(self, member_id: int) -> int:
        with self._db.read() as session:
            return visits_db.count_member_visits(session, member_and_merged(session, member_id))

    def export(self, path: Path, *, date_from: date, date_to: date, operator: StaffId) -> int:
        """Visits between two days to Excel (managers: it names members); audited."""
        return self._export(path, operator=operator, date_from=date_from, date_to=date_to,
                            subject=f"{date_from.isoformat()}..{date_to.isoformat()}")

    def export_member(self, path: Path, member_id: int, *, operator: StaffId) -> int:
        """Every visit of a member (records merged into them included) to Excel; audited."""
        with self._db.read() as session:
            number = visits_db.member_number(session, member_id)
            if number is None:
                raise NotFound(N_("There is no such member."))
            ids = member_and_merged(session, member_id)
        return self._export(path, operator=operator, member_ids=ids, subject=number)

    def _export(self, path: Path, *, operator: StaffId, subject: str,
                date_from: date | None = None, date_to: date | None = None,
                member_ids: list[int] | None = None) -> int:
        from clubcrm.services.visit_export import export_visits  # openpyxl: only when used

        with self._db.read() as session:
            require(session, operator, Permission.EXPORT_MEMBERS)
        count = export_visits(self._db, Path(path), date_from, date_to, member_ids=member_ids)
        with self._db.write() as session:
            AuditService.record(session, operator=operator, action=AuditAction.VISITS_EXPORTED,
                                subject=subject, details={"visits": count})
        return count


def _desk_settings(session: Session) -> tuple[int | None, int]:
    """The entry service and the repeat window, in one read."""
    rows = dict(driver(session).execute(
        "SELECT key, value FROM settings WHERE key IN (?, ?)",
        (VISIT_ENTRY_SERVICE_ID.key, VISIT_REPEAT_MINUTES.key)).fetchall())
    entry = json.loads(rows[VISIT_ENTRY_SERVICE_ID.key]) if VISIT_ENTRY_SERVICE_ID.key in rows \
        else VISIT_ENTRY_SERVICE_ID.default
    minutes = json.loads(rows[VISIT_REPEAT_MINUTES.key]) if VISIT_REPEAT_MINUTES.key in rows \
        else VISIT_REPEAT_MINUTES.default
    return entry or None, minutes


def _refuse_repeat(session: Session, member_id: int, now: datetime, minutes: int) -> None:
    if not minutes:
        return
    recent = visits_db.latest_visit(session, member_id, since=now - timedelta(minutes=minutes))
    if recent is not None:
        visit_id, at = recent
        raise RepeatVisit(N_("Already checked in at {time} ({minutes} minutes ago): check in "
                             "and charge again?"), visit_id=visit_id, at=at,
                          time=at.strftime("%H:%M"),
                          minutes=max(0, int((now - at).total_seconds() // 60)))


def _record(context: Context, request: CheckInRequest, charge: Charge, locker: str) -> None:
    """The visit row, in the operation's transaction."""
    visits_db.insert_visit(
        context.session, op_id=context.op_id, at=context.at, member_id=request.member_id,
        card_id=charge.card.id if charge.card else None, service_id=charge.service_id,
        charge_fen=charge.charge_fen, sessions=charge.sessions, method=charge.method,
        guests=request.guests, locker=locker, staff_id=request.staff_id,
        operator_id=context.operator)
