"""Staff accounts: the owner's first-run account, adding staff with a role,
disabling, role changes, passwords, and signing in with lockout.

Until somebody has a password (a new club, or one made before staff logins
existed) the default owner account works without one, so first runs and
existing scripts keep working until the owner sets a password.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clubcrm.db.database import Database
from clubcrm.db.models import StaffRow
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import AccountLocked, Conflict, LoginFailed, NotFound, PermissionDenied
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import (
    Actor,
    Permission,
    Role,
    StaffMember,
    check_display_name,
    check_password,
    normalize_username,
)
from clubcrm.domain.translatable import N_
from clubcrm.services.audit import AuditService
from clubcrm.services.passwords import (
    hash_password,
    needs_rehash,
    spend_verify_time,
    verify_password,
)
from clubcrm.services.permissions import require, role_of
from clubcrm.services.settings import LOGIN_LOCK_MINUTES, LOGIN_MAX_FAILURES, read_setting

NO_OPERATOR = StaffId(0)  # nobody signed in: every permission check refuses
record = AuditService.record  # every change here is audited


@dataclass(frozen=True, slots=True)
class _Account:
    """What sign-in needs of a staff row, read before the slow password check."""

    id: StaffId
    password_hash: str | None
    active: bool
    locked_until: datetime | None


class StaffService:
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = datetime.now) -> None:
        self._db = db
        self._clock = clock  # lockouts are timed; tests move the clock

    # -- who is at the keyboard ------------------------------------------------

    def login_required(self) -> bool:
        """True once any account has a password: from then on everybody signs in."""
        with self._db.read() as session:
            return _any_password(session)

    def initial_operator(self) -> StaffId:
        """The default owner while nobody has a password; otherwise nobody until sign-in."""
        with self._db.read() as session:
            if _any_password(session):
                return NO_OPERATOR
            return StaffId(_first_active_owner(session).id)

    def actor(self, staff_id: StaffId) -> Actor:
        """The signed-in operator as the GUI shows them (name and role)."""
        with self._db.read() as session:
            row = session.get(StaffRow, staff_id)
            if row is None or not row.active:
                raise PermissionDenied(
                    N_("Sign in first: this staff account is unknown or disabled.")
                )
            return _actor(row)

    def create_owner(self, *, display_name: str, username: str, password: str) -> Actor:
        """First run: the default owner account gets its name and password."""
        name, login = check_display_name(display_name), normalize_username(username)
        check_password(password)
        password_hash = hash_password(password)
        with self._db.write() as session:
            if _any_password(session):
                raise Conflict(N_("The owner account has already been set up."))
            row = _first_active_owner(session)
            _refuse_taken(session, login, exclude=row.id)
            row.display_name, row.username, row.password_hash = name, login, password_hash
            record(session, operator=StaffId(row.id), action=AuditAction.OWNER_CREATED,
                   subject=login)
            return _actor(row)

    # -- signing in ----------------------------------------------------------

    def authenticate(self, username: str, password: str) -> Actor:
        """The actor for a correct user name and password. Failures are audited and
        counted; after the configured number in a row the account locks for a while."""
        login = normalize_username(username)
        account = self._account(login)
        now = self._clock()
        if account is not None and account.locked_until and account.locked_until > now:
            self._record_refusal(account.id, login, reason="locked")
            raise _locked(account.locked_until)
        if account is None or not account.password_hash:
            spend_verify_time(password)
        if account is None or not account.password_hash or not verify_password(
            account.password_hash, password
        ):
            locked_until = self._count_failure(account, login, now)
            if locked_until is not None:
                raise _locked(locked_until)
            raise LoginFailed(N_("Wrong user name or password."))
        if not account.active:
            self._record_refusal(account.id, login, reason="disabled")
            raise LoginFailed(N_("This account is disabled; ask the owner."))
        return self._sign_in(account.id, password)

    def _account(self, login: str) -> _Account | None:
        with self._db.read() as session:
            row = session.scalar(select(StaffRow).where(StaffRow.username == login))
            if row is None:
                return None
            return _Account(StaffId(row.id), row.password_hash, row.active, row.locked_until)

    def _record_refusal(self, staff_id: StaffId | None, login: str, *, reason: str) -> None:
        with self._db.write() as session:
            record(session, operator=staff_id, action=AuditAction.LOGIN_FAILED, subject=login,
                   details={"reason": reason})

    def _count_failure(
        self, account: _Account | None, login: str, now: datetime
    ) -> datetime | None:
        """Count one wrong password; returns the end of the lock when this one locks."""
        if account is None:
            self._record_refusal(None, login, reason="unknown_user")
            return None
        with self._db.write() as session:
            row = _staff_row(session, account.id)
            row.failed_logins += 1
            details: dict[str, object] = {"reason": "wrong_password",
                                          "failures": row.failed_logins}
            if row.failed_logins >= read_setting(session, LOGIN_MAX_FAILURES):
                minutes = read_setting(session, LOGIN_LOCK_MINUTES)
                row.locked_until, row.failed_logins = now + timedelta(minutes=minutes), 0
                details["locked_until"] = row.locked_until.isoformat(timespec="seconds")
            record(session, operator=account.id, action=AuditAction.LOGIN_FAILED,
                   subject=login, details=details)
            return row.locked_until

    def _sign_in(self, staff_id: StaffId, password: str) -> Actor:
        with self._db.write() as session:
            row = _staff_row(session, staff_id)
            row.failed_logins, row.locked_until = 0, None
            if row.password_hash and needs_rehash(row.password_hash):
                row.password_hash = hash_password(password)
            record(session, operator=staff_id, action=AuditAction.LOGIN, subject=row.username)
            return _actor(row)

    def change_password(self, *, operator: StaffId, current: str, new: str) -> None:
        """One's own password; the current one must be given."""
        check_password(new)
        with self._db.read() as session:
            role_of(session, operator)  # a disabled account changes nothing
            stored = _staff_row(session, operator).password_hash
        if stored and not verify_password(stored, current):
            raise LoginFailed(N_("The current password is wrong."))
        self._store_password(operator, new, operator=operator,
                             action=AuditAction.PASSWORD_CHANGED, permission=None)

    # -- the owner's staff list ----------------------------------------------

    def accounts(self, *, operator: StaffId) -> list[StaffMember]:
        with self._db.read() as session:
            require(session, operator, Permission.MANAGE_STAFF)
            rows = session.scalars(select(StaffRow).order_by(StaffRow.id)).all()
            return [_member(row) for row in rows]

    def add(
        self, *, operator: StaffId, username: str, display_name: str, role: Role, password: str
    ) -> StaffMember:
        login, name = normalize_username(username), check_display_name(display_name)
        check_password(password)
        password_hash = hash_password(password)
        with self._db.write() as session:
            require(session, operator, Permission.MANAGE_STAFF)
            _refuse_taken(session, login, exclude=None)
            row = StaffRow(username=login, display_name=name, role=role.value, active=True,
                           password_hash=password_hash, failed_logins=0,
                           created_at=self._clock())
            session.add(row)
            session.flush()
            record(session, operator=operator, action=AuditAction.STAFF_ADDED, subject=login,
                   details={"role": role.value, "display_name": name})
            return _member(row)

    def set_active(self, staff_id: StaffId, active: bool, *, operator: StaffId) -> StaffMember:
        """Disable (or enable again) an account; the last active owner stays."""
        with self._db.write() as session:
            require(session, operator, Permission.MANAGE_STAFF)
            row = _staff_row(session, staff_id)
            if not active:
                _keep_an_owner(session, row)
            row.active = active
            action = AuditAction.STAFF_ENABLED if active else AuditAction.STAFF_DISABLED
            record(session, operator=operator, action=action, subject=row.username)
            return _member(row)

    def change_role(self, staff_id: StaffId, role: Role, *, operator: StaffId) -> StaffMember:
        with self._db.write() as session:
            require(session, operator, Permission.MANAGE_STAFF)
            row = _staff_row(session, staff_id)
            if role != Role.OWNER:
                _keep_an_owner(session, row)
            old, row.role = row.role, role.value
            record(session, operator=operator, action=AuditAction.ROLE_CHANGED,
                   subject=row.username, details={"old": old, "new": role.value})
            return _member(row)

    def reset_password(self, staff_id: StaffId, password: str, *, operator: StaffId) -> None:
        """The owner sets a new password for someone who forgot theirs (also unlocks)."""
        check_password(password)
        self._store_password(staff_id, password, operator=operator,
                             action=AuditAction.PASSWORD_RESET, permission=Permission.MANAGE_STAFF)

    def _store_password(
        self,
        staff_id: StaffId,
        password: str,
        *,
        operator: StaffId,
        action: AuditAction,
        permission: Permission | None,
    ) -> None:
        password_hash = hash_password(password)  # slow: before the write lock is taken
        with self._db.write() as session:
            if permission is not None:
                require(session, operator, permission)
            row = _staff_row(session, staff_id)
            row.password_hash, row.failed_logins, row.locked_until = password_hash, 0, None
            record(session, operator=operator, action=action, subject=row.username)


def _any_password(session: Session) -> bool:
    return session.scalar(
        select(StaffRow.id).where(StaffRow.password_hash.is_not(None)).limit(1)
    ) is not None


def _first_active_owner(session: Session) -> StaffRow:
    row = session.scalar(
        select(StaffRow).where(StaffRow.role == Role.OWNER.value, StaffRow.active)
        .order_by(StaffRow.id).limit(1)
    )
    if row is None:
        raise NotFound(N_("This club has no active owner account."))
    return row


def _staff_row(session: Session, staff_id: int) -> StaffRow:
    row = session.get(StaffRow, staff_id)
    if row is None:
        raise NotFound(N_("No staff account with id {id}."), id=staff_id)
    return row


def _refuse_taken(session: Session, login: str, *, exclude: int | None) -> None:
    query = select(StaffRow.id).where(StaffRow.username == login)
    if exclude is not None:
        query = query.where(StaffRow.id != exclude)
    if session.scalar(query) is not None:
        raise Conflict(N_("The user name {username} is already taken."), username=login)


def _keep_an_owner(session: Session, row: StaffRow) -> None:
    """Refuse to disable or demote the last active owner: nobody could manage staff."""
    if row.role != Role.OWNER.value or not row.active:
        return
    owners = session.scalar(
        select(func.count()).select_from(StaffRow)
        .where(StaffRow.role == Role.OWNER.value, StaffRow.active)
    )
    if owners == 1:
        raise Conflict(N_("The club needs an active owner: add another owner first."))


def _locked(until: datetime) -> AccountLocked:
    return AccountLocked(
        N_("Too many wrong passwords: this account is locked until {time}."),
        until=until, time=until.strftime("%H:%M"),
    )


def _actor(row: StaffRow) -> Actor:
    return Actor(id=StaffId(row.id), username=row.username, display_name=row.display_name,
                 role=Role(row.role))


def _member(row: StaffRow) -> StaffMember:
    return StaffMember(
        id=StaffId(row.id), username=row.username, display_name=row.display_name,
        role=Role(row.role), active=row.active, has_password=row.password_hash is not None,
        locked_until=row.locked_until, created_at=row.created_at,
    )
