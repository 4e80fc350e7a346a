"""The role x operation matrix, enforced by the services themselves (issue "Trust").

The expected matrix is written out here from the issue, not read from
ROLE_PERMISSIONS, so a change to the table shows up as a failing test.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from clubcrm.domain.audit import AuditFilter
from clubcrm.domain.errors import PermissionDenied
from clubcrm.domain.ids import MemberId, StaffId
from clubcrm.domain.member import MemberDraft, MemberFilter
from clubcrm.domain.staff import ROLE_PERMISSIONS, Permission, Role
from clubcrm.services.club import Club
from clubcrm.services.member_export import MemberExport
from clubcrm.services.settings import CLUB_NAME, IDLE_LOCK_MINUTES
from clubcrm.services.staff import NO_OPERATOR

R, M, O = Role.RECEPTION, Role.MANAGER, Role.OWNER


@dataclass
class Setup:
    club: Club
    staff: dict[Role, StaffId]
    members: list[MemberId]
    archived: MemberId
    export_path: Path


Operation = Callable[[Setup, StaffId], Any]

# name -> (roles allowed, the call)
OPERATIONS: dict[str, tuple[set[Role], Operation]] = {
    "export members": ({M, O}, lambda s, op: MemberExport(s.club.db, s.club.members).export(
        s.export_path, MemberFilter(), operator=op)),
    "export marketing list": ({M, O}, lambda s, op: MemberExport(s.club.db, s.club.members)
                              .export(s.export_path, MemberFilter(), operator=op, marketing=True)),
    "export a member's data": ({O}, lambda s, op: s.club.privacy.export_member_data(
        s.members[0], s.export_path, operator=op)),
    "anonymise member": ({O}, lambda s, op: s.club.privacy.anonymise(s.members[0], operator=op,
                                                                      reason="asked")),
    "merge members": ({R, M, O}, lambda s, op: s.club.members.merge(
        s.members[0], s.members[1], operator=op, reason="twice")),
    "archive member": ({R, M, O}, lambda s, op: s.club.members.archive(s.members[0],
                                                                        operator=op)),
    "restore member": ({R, M, O}, lambda s, op: s.club.members.restore(s.archived,
                                                                        operator=op)),
    "reveal phone": ({R, M, O}, lambda s, op: s.club.members.reveal_phone(s.members[0],
                                                                           operator=op)),
    "change club setting": ({M, O}, lambda s, op: s.club.settings.set(CLUB_NAME, "Dolphin",
                                                                       operator=op)),
    "change sign-in setting": ({O}, lambda s, op: s.club.settings.set(IDLE_LOCK_MINUTES, 3,
                                                                       operator=op)),
    "list staff": ({O}, lambda s, op: s.club.staff.accounts(operator=op)),
    "add staff": ({O}, lambda s, op: s.club.staff.add(
        operator=op, username="newbie", display_name="Newbie", role=R, password="pass-word")),
    "disable staff": ({O}, lambda s, op: s.club.staff.set_active(s.staff[M], False,
                                                                  operator=op)),
    "change role": ({O}, lambda s, op: s.club.staff.change_role(s.staff[M], O, operator=op)),
    "reset password": ({O}, lambda s, op: s.club.staff.reset_password(s.staff[M], "new-pass",
                                                                       operator=op)),
    "read audit log": ({O}, lambda s, op: s.club.audit.page(AuditFilter(), operator=op)),
    "count audit log": ({O}, lambda s, op: s.club.audit.count(AuditFilter(), operator=op)),
    "export audit log": ({O}, lambda s, op: s.club.audit.export(s.export_path, AuditFilter(),
                                                                 operator=op)),
    "verify audit log": ({O}, lambda s, op: s.club.audit.verify(operator=op)),
}
CASES = [(name, role) for name in OPERATIONS for role in Role]


@pytest.fixture
def setup(club: Club, staff: dict[Role, StaffId], tmp_path: Path) -> Setup:
    owner = staff[O]
    members = [club.members.register(MemberDraft(name=name, phone=phone), operator=owner,
                                     allow_shared_phone=True).id
               for name, phone in (("张三", "13800138000"), ("张三", "13800138000"),
                                   ("李四", "13911112222"))]
    club.members.archive(members[2], operator=owner)
    return Setup(club, staff, members[:2], members[2], tmp_path / "out" / "export.xlsx")


def dump(club: Club) -> list[str]:
    """Every row of every table, as SQL text."""
    with sqlite3.connect(club.db.path) as connection:
        return list(connection.iterdump())


@pytest.mark.parametrize(("name", "role"), CASES, ids=[f"{n}-{r}" for n, r in CASES])
def test_role_may_or_may_not(setup: Setup, name: str, role: Role) -> None:
    """Each role can do exactly what the issue allows; a refusal changes nothing."""
    allowed, operation = OPERATIONS[name]
    operator = setup.staff[role]
    if role in allowed:
        operation(setup, operator)
        return
    before = dump(setup.club)
    with pytest.raises(PermissionDenied):
        operation(setup, operator)
    assert dump(setup.club) == before
    assert not setup.export_path.exists()


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_disabled_account_may_do_nothing(setup: Setup, name: str) -> None:
    """A disabled account is refused everything, even what its role allows."""
    club = setup.club
    club.staff.set_active(setup.staff[R], False, operator=setup.staff[O])
    before = dump(club)
    with pytest.raises(PermissionDenied):
        OPERATIONS[name][1](setup, setup.staff[R])
    assert dump(club) == before


def test_nobody_signed_in_may_not_read_members(setup: Setup) -> None:
    """Without a signed-in operator even a search is refused."""
    with pytest.raises(PermissionDenied):
        setup.club.search.search("8000", operator=NO_OPERATOR)


@pytest.mark.parametrize(
    ("permission", "roles"),
    [
        (Permission.REFUND, {M, O}),
        (Permission.REVERSE, {M, O}),
        (Permission.ADJUST_BALANCE, {O}),
        (Permission.EDIT_PRODUCTS_AND_PRICES, {M, O}),
        (Permission.VIEW_FULL_PHONE, {M, O}),
        (Permission.RESTORE_BACKUP, {O}),
        (Permission.BACKUP, {R, M, O}),
    ],
)
def test_permissions_of_services_still_to_come(permission: Permission, roles: set[Role]) -> None:
    """The money, privacy and backup permissions follow the issue for their coming services."""
    assert {role for role in Role if permission in ROLE_PERMISSIONS[role]} == roles


def test_denial_names_the_action(setup: Setup) -> None:
    """The refusal says what was refused, in a sentence the user can read."""
    with pytest.raises(PermissionDenied) as caught:
        OPERATIONS["export members"][1](setup, setup.staff[R])
    assert str(caught.value) == "Your role may not export member lists."
    assert caught.value.permission == Permission.EXPORT_MEMBERS
