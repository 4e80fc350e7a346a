"""Revision 0004 rebuilds the members table for the `anonymised` status."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from clubcrm.db import migrate
from clubcrm.db.database import make_engine, open_database, read_pragma

MEMBER = (
    "INSERT INTO members (id, member_no, name, name_initials, name_pinyin, phone, phone_rev, "
    "gender, joined_on, source_channel, notes, marketing_consent, status, created_at, "
    "updated_at) VALUES (:id, :no, '张三', 'zs', 'zhangsan', '13800138000', '00083100831', "
    "'unknown', :d, '', '', 0, 'active', :t, :t)"
)


def test_rebuild_keeps_tags_grams_and_merges(tmp_path: Path) -> None:
    """Rebuilding members cascades nothing: tags, name grams and merges survive."""
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0003")
        now = datetime(2025, 1, 1)
        for member_id in (1, 2):
            connection.execute(text(MEMBER), {"id": member_id, "no": f"00000{member_id}",
                                              "d": date(2025, 1, 1), "t": now})
        connection.execute(text("INSERT INTO member_tags VALUES (1, 'vip')"))
        connection.execute(text("INSERT INTO member_name_grams VALUES ('张', 1)"))
        connection.execute(text(
            "INSERT INTO staff (id, username, display_name, role, active, failed_logins, "
            "created_at) VALUES (1, 'owner', 'Owner', 'owner', 1, 0, :t)"), {"t": now})
        connection.execute(text(
            "INSERT INTO member_merges (survivor_id, merged_id, operator_id, reason, details, "
            "merged_at) VALUES (1, 2, 1, '', '{}', :t)"), {"t": now})
        connection.commit()
    engine.dispose()
    db = open_database(path)
    with db.write() as session:
        assert session.execute(text("SELECT count(*) FROM member_tags")).scalar() == 1
        assert session.execute(text("SELECT count(*) FROM member_name_grams")).scalar() == 1
        assert session.execute(text("SELECT count(*) FROM member_merges")).scalar() == 1
        session.execute(text("UPDATE members SET status = 'anonymised' WHERE id = 2"))
        assert read_pragma(session, "foreign_keys") == 1
    db.close()

