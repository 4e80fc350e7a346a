"""Members may be `anonymised` (a privacy request, issue "Trust").

Revision ID: 0004
Revises: 0003

SQLite cannot alter a CHECK constraint, so the members table is rebuilt.
`clubcrm.db.migrate.upgrade` runs revisions with foreign keys off: dropping a
referenced table with them on would cascade-delete every member's tags and
name grams, and fail on the merges and consents that point at members.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATUSES_BEFORE = "status IN ('active', 'frozen', 'archived', 'merged')"
STATUSES_AFTER = "status IN ('active', 'frozen', 'archived', 'merged', 'anonymised')"


def upgrade() -> None:
    _set_statuses(STATUSES_AFTER)


def downgrade() -> None:
    op.execute("UPDATE members SET status = 'archived' WHERE status = 'anonymised'")
    _set_statuses(STATUSES_BEFORE)


def _set_statuses(condition: str) -> None:
    with op.batch_alter_table("members", recreate="always") as batch:
        batch.drop_constraint("ck_members_status", type_="check")
        batch.create_check_constraint("ck_members_status", condition)
