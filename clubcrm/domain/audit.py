"""The audit trail: who did what to whom, and when (issue "Trust")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from clubcrm.domain.ids import StaffId
from clubcrm.domain.translatable import N_


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    OWNER_CREATED = "owner_created"
    STAFF_ADDED = "staff_added"
    STAFF_DISABLED = "staff_disabled"
    STAFF_ENABLED = "staff_enabled"
    ROLE_CHANGED = "role_changed"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET = "password_reset"
    PHONE_REVEALED = "phone_revealed"
    MEMBERS_EXPORTED = "members_exported"
    MEMBERS_MERGED = "members_merged"
    MEMBER_ARCHIVED = "member_archived"
    MEMBER_RESTORED = "member_restored"
    SETTING_CHANGED = "setting_changed"
    AUDIT_EXPORTED = "audit_exported"
    BACKUP_CREATED = "backup_created"
    BACKUP_RESTORED = "backup_restored"
    PERSONAL_DATA_EXPORTED = "personal_data_exported"
    MEMBER_ANONYMISED = "member_anonymised"
    REFUNDED = "refunded"
    REVERSED = "reversed"
    BALANCE_ADJUSTED = "balance_adjusted"
    CARD_SHARED = "card_shared"
    CARD_UNSHARED = "card_unshared"
    TIERS_REVIEWED = "tiers_reviewed"
    CATALOGUE_CHANGED = "catalogue_changed"
    LEDGER_EXPORTED = "ledger_exported"
    MEMBERS_IMPORTED = "members_imported"
    HISTORY_IMPORTED = "history_imported"
    IMPORT_UNDONE = "import_undone"
    VISIT_UNDONE = "visit_undone"
    VISITS_EXPORTED = "visits_exported"
    REPORT_EXPORTED = "report_exported"


ACTION_LABELS = {
    AuditAction.REFUNDED: N_("Card refunded"),
    AuditAction.REVERSED: N_("Transaction reversed"),
    AuditAction.BALANCE_ADJUSTED: N_("Balance adjusted"),
    AuditAction.CARD_SHARED: N_("Family member added to a card"),
    AuditAction.CARD_UNSHARED: N_("Family member removed from a card"),
    AuditAction.TIERS_REVIEWED: N_("Tier review applied"),
    AuditAction.CATALOGUE_CHANGED: N_("Services or card products changed"),
    AuditAction.LEDGER_EXPORTED: N_("Ledger exported"),
    AuditAction.MEMBERS_IMPORTED: N_("Members imported"),
    AuditAction.HISTORY_IMPORTED: N_("Consumption history imported"),
    AuditAction.IMPORT_UNDONE: N_("Import undone"),
    AuditAction.VISIT_UNDONE: N_("Check-in undone"),
    AuditAction.VISITS_EXPORTED: N_("Visits exported"),
    AuditAction.REPORT_EXPORTED: N_("Report exported"),
    AuditAction.LOGIN: N_("Signed in"),
    AuditAction.LOGIN_FAILED: N_("Failed sign-in"),
    AuditAction.OWNER_CREATED: N_("Owner account created"),
    AuditAction.STAFF_ADDED: N_("Staff account added"),
    AuditAction.STAFF_DISABLED: N_("Staff account disabled"),
    AuditAction.STAFF_ENABLED: N_("Staff account enabled"),
    AuditAction.ROLE_CHANGED: N_("Role changed"),
    AuditAction.PASSWORD_CHANGED: N_("Password changed"),
    AuditAction.PASSWORD_RESET: N_("Password reset"),
    AuditAction.PHONE_REVEALED: N_("Phone number revealed"),
    AuditAction.MEMBERS_EXPORTED: N_("Members exported"),
    AuditAction.MEMBERS_MERGED: N_("Members merged"),
    AuditAction.MEMBER_ARCHIVED: N_("Member archived"),
    AuditAction.MEMBER_RESTORED: N_("Member restored"),
    AuditAction.SETTING_CHANGED: N_("Setting changed"),
    AuditAction.AUDIT_EXPORTED: N_("Audit log exported"),
    AuditAction.BACKUP_CREATED: N_("Backup made"),
    AuditAction.BACKUP_RESTORED: N_("Backup restored"),
    AuditAction.PERSONAL_DATA_EXPORTED: N_("Member's data exported"),
    AuditAction.MEMBER_ANONYMISED: N_("Member anonymised"),
}


def action_label(action: str) -> str:
    """The label of a known action; an action written by a newer version shows as is."""
    try:
        return ACTION_LABELS[AuditAction(action)]
    except ValueError:
        return action


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    operator_id: StaffId | None  # None: a failed sign-in under an unknown user name
    operator_name: str
    action: str  # an AuditAction value (kept as text: old rows outlive the enum)
    subject: str
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """The audit view's filters; None means any."""

    action: AuditAction | None = None
    operator_id: StaffId | None = None
    date_from: date | None = None
    date_to: date | None = None
