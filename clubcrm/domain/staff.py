"""Staff roles and what each may do: the one permission table the services enforce.

The GUI disables what a role cannot do, but the services refuse it too
(`clubcrm.services.permissions.require`), so a script or a bug cannot go
around a hidden button.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.translatable import N_

MIN_PASSWORD = 6
MAX_USERNAME = 40
MAX_DISPLAY_NAME = 60


class Role(StrEnum):
    RECEPTION = "reception"
    MANAGER = "manager"
    OWNER = "owner"


ROLE_LABELS = {
    Role.RECEPTION: N_("Reception"),
    Role.MANAGER: N_("Manager"),
    Role.OWNER: N_("Owner"),
}


class Permission(StrEnum):
    VIEW_FULL_PHONE = "view_full_phone"
    REVEAL_PHONE = "reveal_phone"
    EXPORT_MEMBERS = "export_members"
    EXPORT_PERSONAL_DATA = "export_personal_data"
    ANONYMISE_MEMBERS = "anonymise_members"
    MERGE_MEMBERS = "merge_members"
    ARCHIVE_MEMBERS = "archive_members"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_STAFF = "manage_staff"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE_BACKUP = "restore_backup"
    REFUND = "refund"
    REVERSE = "reverse"
    ADJUST_BALANCE = "adjust_balance"
    EDIT_PRODUCTS_AND_PRICES = "edit_products_and_prices"
    IMPORT_DATA = "import_data"
    VIEW_REPORTS = "view_reports"


_RECEPTION = frozenset({
    # Reception sees masked phones; revealing one is deliberate and audited
    # (the issue: "revealing one is a deliberate action that is audited").
    Permission.REVEAL_PHONE,
    Permission.MERGE_MEMBERS,  # duplicates are found at the desk; every merge is audited
    Permission.ARCHIVE_MEMBERS,
    Permission.BACKUP,
})
_MANAGER = _RECEPTION | {
    Permission.VIEW_FULL_PHONE,
    Permission.EXPORT_MEMBERS,  # marketing lists
    Permission.EDIT_SETTINGS,
    Permission.REFUND,
    Permission.REVERSE,
    Permission.EDIT_PRODUCTS_AND_PRICES,  # DESIGN.md section 1: owner / manager configure cards
    # Legacy import (and its undo) opens balances: whoever migrates, manager or owner.
    Permission.IMPORT_DATA,
    Permission.VIEW_REPORTS,  # the monthly report and the daily close show the money
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: _RECEPTION,
    Role.MANAGER: frozenset(_MANAGER),
    Role.OWNER: frozenset(Permission),  # staff, full personal data, restores, audit, balances
}

# One sentence per action, so that the whole message is translated (a translated
# verb inserted into a translated frame reads badly in Chinese).
DENIED_MESSAGES = {
    Permission.VIEW_FULL_PHONE: N_("Your role may not see full phone numbers."),
    Permission.REVEAL_PHONE: N_("Your role may not reveal phone numbers."),
    Permission.EXPORT_MEMBERS: N_("Your role may not export member lists."),
    Permission.EXPORT_PERSONAL_DATA: N_("Only the owner may export a member's personal data."),
    Permission.ANONYMISE_MEMBERS: N_("Only the owner may anonymise a member."),
    Permission.MERGE_MEMBERS: N_("Your role may not merge member records."),
    Permission.ARCHIVE_MEMBERS: N_("Your role may not archive or restore members."),
    Permission.EDIT_SETTINGS: N_("Your role may not change the club's settings."),
    Permission.MANAGE_STAFF: N_("Only the owner may manage staff accounts."),
    Permission.VIEW_AUDIT: N_("Only the owner may see the audit log."),
    Permission.BACKUP: N_("Your role may not make backups."),
    Permission.RESTORE_BACKUP: N_("Only the owner may restore a backup."),
    Permission.REFUND: N_("Your role may not refund."),
    Permission.REVERSE: N_("Your role may not reverse a transaction."),
    Permission.ADJUST_BALANCE: N_("Your role may not adjust balances."),
    Permission.EDIT_PRODUCTS_AND_PRICES: N_("Your role may not change card products or prices."),
    Permission.IMPORT_DATA: N_("Your role may not import members or history."),
    Permission.VIEW_REPORTS: N_("Your role may not see the reports."),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is at the keyboard: the signed-in staff member."""

    id: StaffId
    username: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A staff account as the owner's staff list shows it."""

    id: StaffId
    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    locked_until: datetime | None
    created_at: datetime


def normalize_username(text: str) -> str:
    """User names are matched without regard to case or full-width letters."""
    username = unicodedata.normalize("NFKC", text).strip().casefold()
    if not username:
        raise ValidationError(N_("A user name is required."), field="username")
    if len(username) > MAX_USERNAME or any(ch.isspace() for ch in username):
        raise ValidationError(
            N_("A user name has no spaces and at most 40 characters."), field="username"
        )
    return username


def check_display_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationError(N_("The name is required."), field="display_name")
    if len(name) > MAX_DISPLAY_NAME:
        raise ValidationError(N_("The name is too long (at most 60 characters)."),
                              field="display_name")
    return name


def check_password(password: str) -> None:
    """A reception PC is shared: a password must at least not be guessable at a glance."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(N_("A password needs at least 6 characters."), field="password")
