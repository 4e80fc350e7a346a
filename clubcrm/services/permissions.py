"""Permission checks, done by the services themselves (not only by hidden buttons).

Every check reads the operator's staff row in the caller's session, so a
disabled account or a changed role takes effect at the next action.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from clubcrm.db.database import driver
from clubcrm.domain.errors import PermissionDenied
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import DENIED_MESSAGES, Permission, Role, can
from clubcrm.domain.translatable import N_

# Plain SQL: search looks the role up on every keystroke, and every money
# operation at the desk once.
_ROLE_OF = "SELECT role, active FROM staff WHERE id = ?"


def role_of(session: Session, operator: StaffId) -> Role:
    """The role of an active staff account; an unknown or disabled one may do nothing."""
    row = driver(session).execute(_ROLE_OF, (operator,)).fetchone()
    if row is None or not row[1]:
        raise PermissionDenied(N_("Sign in first: this staff account is unknown or disabled."))
    return Role(row[0])


def require(session: Session, operator: StaffId, permission: Permission) -> Role:
    """The operator's role, or `PermissionDenied` naming the refused action."""
    role = role_of(session, operator)
    if not can(role, permission):
        raise PermissionDenied(DENIED_MESSAGES[permission], permission=permission.value)
    return role


def sees_full_phones(session: Session, operator: StaffId) -> bool:
    """Whether phones are shown in full to this operator, or masked (`138****8000`)."""
    return can(role_of(session, operator), Permission.VIEW_FULL_PHONE)
