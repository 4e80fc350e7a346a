"""The exceptions a user may see.

A `ClubError` carries an English message template and its parameters; the
edge that shows it (GUI or CLI) translates the template and fills it in, so
the same error reads correctly in Chinese and English. Anything that is not a
`ClubError` is a bug: it is logged, and the user sees a generic message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


class ClubError(Exception):
    """An error the user can understand and act on."""

    def __init__(self, template: str, /, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


class ValidationError(ClubError):
    """Input that does not satisfy a rule; nothing was changed."""

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field


class NotFound(ClubError):
    """The thing asked for does not exist (or no longer exists)."""


class Conflict(ClubError):
    """The change would clash with existing data."""


class DuplicatePhone(Conflict):
    """A member with this phone already exists; the existing record is offered."""

    def __init__(self, template: str, /, *, existing_id: int, **params: Any) -> None:
        super().__init__(template, **params)
        self.existing_id = existing_id


class StorageError(ClubError):
    """The database file cannot be used as it is."""


class DatabaseDamaged(StorageError):
    """The database file is damaged: no repair is tried; a backup must be restored."""


class PermissionDenied(ClubError):
    """The operator may not do this (role, disabled account, nobody signed in);
    nothing was changed. The template names the action refused."""

    def __init__(self, template: str, /, *, permission: str | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.permission = permission


class LoginFailed(ClubError):
    """A user name and password that do not sign anybody in."""


class AccountLocked(LoginFailed):
    """Too many wrong passwords in a row: no sign-in until `until`."""

    def __init__(self, template: str, /, *, until: datetime, **params: Any) -> None:
        super().__init__(template, **params)
        self.until = until
