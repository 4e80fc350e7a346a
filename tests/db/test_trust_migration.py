"""Revision 0003 on a database from before staff logins."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from clubcrm.db import migrate
from clubcrm.db.database import make_engine
from clubcrm.services.club import open_club


def test_pre_trust_club_keeps_its_owner_and_runs_without_password(tmp_path: Path) -> None:
    """The 0002 owner (referenced by a merge) survives, gets a creation time and no
    password, so the club still opens as that owner; the audit log is protected."""
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0002")
        connection.execute(text("INSERT INTO staff (id, username, display_name, role, active) "
                                "VALUES (1, 'owner', 'Owner', 'owner', 1)"))
        connection.commit()
    engine.dispose()
    club = open_club(path)
    try:
        assert club.operator == 1 and not club.staff.login_required()
        [account] = club.staff.accounts(operator=club.operator)
        assert account.username == "owner" and not account.has_password
        assert abs(account.created_at - datetime.now()).total_seconds() < 60
        with club.db.read() as session:
            triggers = session.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%' "
                "ORDER BY name")).scalars()
            assert list(triggers) == ["audit_log_no_delete", "audit_log_no_update"]
    finally:
        club.close()
