"""Club-wide settings: each declared once with its type and default, stored
in the database so every reception PC of the club sees the same values."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from clubcrm.db.database import Database, driver
from clubcrm.db.models import SettingRow
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.segmentation.model import Thresholds
from clubcrm.services.audit import AuditService
from clubcrm.services.permissions import require

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    check: Callable[[T], None] = lambda value: None
    permission: Permission = Permission.EDIT_SETTINGS  # who may change it


def _check_member_no_pattern(pattern: str) -> None:
    if "{seq" not in pattern:
        raise ValidationError(
            N_("The member number pattern must contain {{seq}}, e.g. VIP{{seq:05d}}."),
            field="member_no_pattern",
        )
    try:
        sample = pattern.format(seq=1, yyyy="2026", yy="26", mm="01")
    except (KeyError, ValueError, IndexError):
        raise ValidationError(
            N_("The member number pattern is not valid: {pattern}"),
            field="member_no_pattern",
            pattern=pattern,
        ) from None
    if not re.fullmatch(r"[0-9A-Za-z\-_]{1,32}", sample):
        raise ValidationError(
            N_("A member number may use letters, digits, - and _ (at most 32): {pattern}"),
            field="member_no_pattern",
            pattern=pattern,
        )


def _check_folder(value: str) -> None:
    # A relative folder would depend on where the program was started from.
    if value and not Path(value).is_absolute():
        raise ValidationError(N_("Choose a complete folder path, e.g. E:\\clubcrm-backups."),
                              field="backup_folder")


def _choice_of(*choices: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        if value not in choices:
            raise ValidationError(N_("Not one of the offered choices: {value}"), value=value)
    return check


def _check_positive(value: int) -> None:
    if not isinstance(value, int) or value <= 0:
        raise ValidationError(N_("Enter a whole number above zero."))


CLUB_NAME: Setting[str] = Setting("club_name", "")
MEMBER_NO_PATTERN: Setting[str] = Setting(
    "member_no_pattern", "{seq:06d}", _check_member_no_pattern
)
MEMBER_NO_NEXT: Setting[int] = Setting("member_no_next", 1, _check_positive)
SEARCH_LIMIT: Setting[int] = Setting("search_limit", 50, _check_positive)
# Backups: "" means the `backups` folder beside the database (services/backup.py).
BACKUP_FOLDER: Setting[str] = Setting("backup_folder", "", _check_folder)
BACKUPS_TO_KEEP: Setting[int] = Setting("backups_to_keep", 30, _check_positive)
BACKUP_WARN_DAYS: Setting[int] = Setting("backup_warn_days", 2, _check_positive)
# Sign-in and lockout belong to staff management: the owner's.
IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "idle_lock_minutes", 10, _check_positive, Permission.MANAGE_STAFF
)
LOGIN_MAX_FAILURES: Setting[int] = Setting(
    "login_max_failures", 5, _check_positive, Permission.MANAGE_STAFF
)
LOGIN_LOCK_MINUTES: Setting[int] = Setting(
    "login_lock_minutes", 15, _check_positive, Permission.MANAGE_STAFF
)

# Money rules (the cards issue). The refund formula and the per-operation cap
# decide how much money leaves the till: the owner's.
CARD_SPEND_ORDER: Setting[str] = Setting(
    "card_spend_order", "principal_first", _choice_of("principal_first", "bonus_first"),
    Permission.EDIT_PRODUCTS_AND_PRICES)
REFUND_FORMULA: Setting[str] = Setting(
    "refund_formula", "pro_rata", _choice_of("pro_rata", "remaining_principal"),
    Permission.ADJUST_BALANCE)
OPERATION_CAP_FEN: Setting[int] = Setting(
    "operation_cap_fen", 5_000_000, _check_positive, Permission.ADJUST_BALANCE)
POINTS_PER_YUAN_REDEEMED: Setting[int] = Setting(
    "points_per_yuan_redeemed", 100, _check_positive, Permission.EDIT_PRODUCTS_AND_PRICES)
CARD_NO_NEXT: Setting[int] = Setting("card_no_next", 1, _check_positive)

# The check-in desk (the visits issue).
def _check_not_negative(value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError(N_("Enter a whole number, zero or more."))


def _check_words(value: list[str]) -> None:
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise ValidationError(N_("Enter words separated by commas."))


# The service a stored-value card pays at check-in (its price is the entry fee),
# and a count card uses when it covers it; 0: entry is free on stored value.
VISIT_ENTRY_SERVICE_ID: Setting[int] = Setting(
    "visit_entry_service_id", 0, _check_not_negative, Permission.EDIT_PRODUCTS_AND_PRICES)
# A second scan of the same member within this many minutes asks before charging again.
VISIT_REPEAT_MINUTES: Setting[int] = Setting("visit_repeat_minutes", 10, _check_not_negative)
VISIT_CHECKOUT: Setting[bool] = Setting("visit_checkout", False)
VISIT_LOW_BALANCE_FEN: Setting[int] = Setting("visit_low_balance_fen", 10_000,
                                              _check_not_negative)
# Lines of a member's notes naming one of these are shown as alerts at the desk
# (lines starting with "!" are too).
VISIT_ALERT_WORDS: Setting[list[str]] = Setting(
    "visit_alert_words", ["过敏", "受伤", "伤病", "禁忌", "注意", "allergy", "injury"],
    _check_words)


# The segmentation's thresholds, all in one setting (segmentation/model.py
# Thresholds: the seeds' values by default).
def _check_thresholds(values: dict[str, Any]) -> None:
    try:
        invalid = Thresholds.from_dict(values).invalid_field()
    except (TypeError, ValueError):
        invalid = "precedence"
    if invalid is not None:
        raise ValidationError(N_("This threshold is not valid: {name}"), field=invalid,
                              name=invalid)


SEGMENT_THRESHOLDS: Setting[dict[str, Any]] = Setting(
    "segment_thresholds", Thresholds().as_dict(), _check_thresholds)


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, setting: Setting[T]) -> T:
        with self._db.read() as session:
            return read_setting(session, setting)

    def set(self, setting: Setting[T], value: T, *, operator: StaffId) -> None:
        """Change a setting, if the operator may; the change is audited with the old value."""
        setting.check(value)
        with self._db.write() as session:
            require(session, operator, setting.permission)
            old = read_setting(session, setting)
            if old == value:
                return
            write_setting(session, setting, value)
            AuditService.record(session, operator=operator, action=AuditAction.SETTING_CHANGED,
                                subject=setting.key, details={"old": old, "new": value})


def read_setting(source: Session | sqlite3.Connection, setting: Setting[T]) -> T:
    """A setting inside a caller's transaction: a session's, or the demo
    generator's bulk connection."""
    # Plain SQL: money operations read several settings each (an ORM get costs ~0.4 ms).
    connection = source if isinstance(source, sqlite3.Connection) else driver(source)
    row = connection.execute(
        "SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
    return json.loads(row[0]) if row else setting.default


def write_setting(session: Any, setting: Setting[T], value: T) -> None:
    session.merge(SettingRow(key=setting.key, value=json.dumps(value, ensure_ascii=False)))


def format_member_no(pattern: str, seq: int, today: date) -> str:
    """The member number for `seq`; upper case, like numbers typed or scanned."""
    return pattern.format(
        seq=seq, yyyy=f"{today.year:04d}", yy=f"{today.year % 100:02d}", mm=f"{today.month:02d}"
    ).upper()
