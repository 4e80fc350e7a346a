"""Club-wide settings: each declared once with its type and default, stored
in the database so every reception PC of the club sees the same values."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from clubcrm.db.database import Database
from clubcrm.db.models import SettingRow
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.translatable import N_

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    check: Callable[[T], None] = lambda value: None


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


def _check_positive(value: int) -> None:
    if not isinstance(value, int) or value <= 0:
        raise ValidationError(N_("Enter a whole number above zero."))


CLUB_NAME: Setting[str] = Setting("club_name", "")
MEMBER_NO_PATTERN: Setting[str] = Setting(
    "member_no_pattern", "{seq:06d}", _check_member_no_pattern
)
MEMBER_NO_NEXT: Setting[int] = Setting("member_no_next", 1, _check_positive)
SEARCH_LIMIT: Setting[int] = Setting("search_limit", 50, _check_positive)


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, setting: Setting[T]) -> T:
        with self._db.read() as session:
            row = session.get(SettingRow, setting.key)
            return json.loads(row.value) if row else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        setting.check(value)
        with self._db.write() as session:
            write_setting(session, setting, value)


def read_setting(session: Any, setting: Setting[T]) -> T:
    """A setting inside a caller's transaction."""
    row = session.get(SettingRow, setting.key)
    return json.loads(row.value) if row else setting.default


def write_setting(session: Any, setting: Setting[T], value: T) -> None:
    session.merge(SettingRow(key=setting.key, value=json.dumps(value, ensure_ascii=False)))


def format_member_no(pattern: str, seq: int, today: date) -> str:
    """The member number for `seq`; upper case, like numbers typed or scanned."""
    return pattern.format(
        seq=seq, yyyy=f"{today.year:04d}", yy=f"{today.year % 100:02d}", mm=f"{today.month:02d}"
    ).upper()
