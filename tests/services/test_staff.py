"""Staff accounts: the first owner, Argon2id passwords, sign-in with lockout, last owner."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from clubcrm.domain.audit import AuditAction, AuditFilter
from clubcrm.domain.errors import AccountLocked, Conflict, LoginFailed, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club, open_club
from clubcrm.services.settings import LOGIN_LOCK_MINUTES, LOGIN_MAX_FAILURES
from clubcrm.services.staff import NO_OPERATOR, StaffService


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 5, 1, 10, 0)

    def __call__(self) -> datetime:
        return self.now


def audit_actions(club: Club, owner: StaffId) -> list[str]:
    """The actions in the audit log, oldest first."""
    return [entry.action for entry in reversed(club.audit.page(AuditFilter(), operator=owner))]


def test_first_owner_gets_a_password_and_everybody_signs_in(club: Club) -> None:
    """Before the owner sets a password the default owner works; afterwards nobody
    is signed in at start, and the owner signs in with the new password."""
    assert not club.staff.login_required()
    owner = club.staff.create_owner(display_name="王老板", username=" Wang ", password="abc123")
    assert (owner.username, owner.display_name, owner.role) == ("wang", "王老板", Role.OWNER)
    assert club.staff.login_required()
    assert club.staff.initial_operator() == NO_OPERATOR
    assert club.staff.authenticate("WANG", "abc123") == owner
    with pytest.raises(Conflict):
        club.staff.create_owner(display_name="x", username="x", password="abc123")


def test_reopening_after_owner_set_up_creates_no_second_owner(club: Club) -> None:
    """The renamed owner stays the only owner when the club is opened again."""
    club.staff.create_owner(display_name="Wang", username="wang", password="abc123")
    path = club.db.path
    club.close()
    again = open_club(path)
    try:
        assert again.operator == NO_OPERATOR
        owner = again.staff.authenticate("wang", "abc123")
        assert [a.username for a in again.staff.accounts(operator=owner.id)] == ["wang"]
    finally:
        again.close()


def test_passwords_are_argon2id_and_never_stored_in_clear(club: Club) -> None:
    """Only an Argon2id hash reaches the database file, never the password."""
    secret = "Tr0ub4dor&3-unique"
    club.staff.create_owner(display_name="Wang", username="wang", password=secret)
    club.close()
    data = b"".join(p.read_bytes() for p in club.db.path.parent.glob("club.sqlite*"))
    assert secret.encode() not in data
    assert b"$argon2id$" in data


@pytest.mark.parametrize("password", ["", "12345"])
def test_short_password_refused(club: Club, password: str) -> None:
    """A password needs at least 6 characters."""
    with pytest.raises(ValidationError):
        club.staff.create_owner(display_name="Wang", username="wang", password=password)
    assert not club.staff.login_required()


def test_wrong_password_and_unknown_user_fail_alike(club: Club, staff: dict,
                                                    staff_password: str) -> None:
    """Both say "wrong user name or password" and are audited as failed sign-ins."""
    for username, password in (("xiaoli", "nope-nope"), ("nobody", staff_password)):
        with pytest.raises(LoginFailed) as caught:
            club.staff.authenticate(username, password)
        assert str(caught.value) == "Wrong user name or password."
    entries = club.audit.page(AuditFilter(action=AuditAction.LOGIN_FAILED),
                              operator=staff[Role.OWNER])
    assert [(e.subject, e.operator_id, e.details["reason"]) for e in entries] == [
        ("nobody", None, "unknown_user"), ("xiaoli", staff[Role.RECEPTION], "wrong_password")]


def test_successful_login_is_audited(club: Club, staff: dict, staff_password: str) -> None:
    """A sign-in writes an audit row naming the staff member."""
    actor = club.staff.authenticate("xiaoli", staff_password)
    assert actor.role == Role.RECEPTION
    [entry] = club.audit.page(AuditFilter(action=AuditAction.LOGIN), operator=staff[Role.OWNER])
    assert (entry.operator_id, entry.subject) == (actor.id, "xiaoli")


def test_lockout_after_failures_and_unlock_after_the_time(club: Club, staff: dict,
                                                          staff_password: str) -> None:
    """N wrong passwords in a row lock the account, even against the right password,
    until the configured minutes have passed."""
    owner = staff[Role.OWNER]
    club.settings.set(LOGIN_MAX_FAILURES, 3, operator=owner)
    club.settings.set(LOGIN_LOCK_MINUTES, 10, operator=owner)
    clock = Clock()
    service = StaffService(club.db, clock=clock)
    for _ in range(2):
        with pytest.raises(LoginFailed) as caught:
            service.authenticate("xiaoli", "wrong-one")
        assert not isinstance(caught.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        service.authenticate("xiaoli", "wrong-one")
    assert locked.value.until == clock.now + timedelta(minutes=10)
    clock.now += timedelta(minutes=9)
    with pytest.raises(AccountLocked):
        service.authenticate("xiaoli", staff_password)
    clock.now += timedelta(minutes=2)
    assert service.authenticate("xiaoli", staff_password).username == "xiaoli"


def test_success_resets_the_failure_count(club: Club, staff: dict,
                                          staff_password: str) -> None:
    """Failures must be in a row: a good sign-in starts the count again."""
    club.settings.set(LOGIN_MAX_FAILURES, 2, operator=staff[Role.OWNER])
    with pytest.raises(LoginFailed):
        club.staff.authenticate("xiaoli", "wrong-one")
    club.staff.authenticate("xiaoli", staff_password)
    with pytest.raises(LoginFailed) as caught:
        club.staff.authenticate("xiaoli", "wrong-one")
    assert not isinstance(caught.value, AccountLocked)
    with pytest.raises(AccountLocked):
        club.staff.authenticate("xiaoli", "wrong-one")


def test_reset_password_unlocks(club: Club, staff: dict) -> None:
    """The owner's reset gives a new password and lifts a lock."""
    owner = staff[Role.OWNER]
    club.settings.set(LOGIN_MAX_FAILURES, 1, operator=owner)
    with pytest.raises(AccountLocked):
        club.staff.authenticate("xiaoli", "wrong-one")
    club.staff.reset_password(staff[Role.RECEPTION], "fresh-start", operator=owner)
    assert club.staff.authenticate("xiaoli", "fresh-start").role == Role.RECEPTION


def test_disabled_account_cannot_sign_in(club: Club, staff: dict, staff_password: str) -> None:
    """A disabled account is refused even with the right password; enabling restores it."""
    owner = staff[Role.OWNER]
    club.staff.set_active(staff[Role.RECEPTION], False, operator=owner)
    with pytest.raises(LoginFailed, match="disabled"):
        club.staff.authenticate("xiaoli", staff_password)
    club.staff.set_active(staff[Role.RECEPTION], True, operator=owner)
    assert club.staff.authenticate("xiaoli", staff_password).username == "xiaoli"


def test_change_own_password_needs_the_current_one(club: Club, staff: dict,
                                                   staff_password: str) -> None:
    """Anybody may change their own password, given the current one."""
    me = staff[Role.RECEPTION]
    with pytest.raises(LoginFailed):
        club.staff.change_password(operator=me, current="wrong-one", new="another-1")
    club.staff.change_password(operator=me, current=staff_password, new="another-1")
    assert club.staff.authenticate("xiaoli", "another-1").id == me


def test_last_active_owner_cannot_be_disabled_or_demoted(club: Club, staff: dict) -> None:
    """The club always keeps an active owner; with a second owner the first may go."""
    owner = staff[Role.OWNER]
    for change in (lambda: club.staff.set_active(owner, False, operator=owner),
                   lambda: club.staff.change_role(owner, Role.MANAGER, operator=owner)):
        with pytest.raises(Conflict):
            change()
    club.staff.change_role(staff[Role.MANAGER], Role.OWNER, operator=owner)
    club.staff.change_role(owner, Role.MANAGER, operator=owner)
    assert club.staff.actor(owner).role == Role.MANAGER


def test_taken_username_refused(club: Club, staff: dict) -> None:
    """User names are unique regardless of case."""
    with pytest.raises(Conflict):
        club.staff.add(operator=staff[Role.OWNER], username="XiaoLi", display_name="Other",
                       role=Role.RECEPTION, password="pass-word")


def test_staff_changes_are_audited(club: Club, staff: dict) -> None:
    """Adding, disabling, role changes and resets each leave an audit row."""
    owner, manager = staff[Role.OWNER], staff[Role.MANAGER]
    club.staff.set_active(manager, False, operator=owner)
    club.staff.set_active(manager, True, operator=owner)
    club.staff.change_role(manager, Role.RECEPTION, operator=owner)
    club.staff.reset_password(manager, "new-pass", operator=owner)
    assert audit_actions(club, owner) == ["staff_added", "staff_added", "staff_disabled",
                                   "staff_enabled", "role_changed", "password_reset"]


def test_unknown_user_name_costs_a_password_check(club: Club,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """An unknown user name runs one hash verification, like a wrong password does."""
    from clubcrm.services import passwords

    calls: list[str] = []
    real = passwords.verify_password
    monkeypatch.setattr(passwords, "verify_password",
                        lambda stored, password: calls.append(password) or real(stored, password))
    with pytest.raises(LoginFailed):
        club.staff.authenticate("nobody", "guess")
    assert calls == ["guess"]
