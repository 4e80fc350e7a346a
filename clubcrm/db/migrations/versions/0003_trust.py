"""Staff sign-in (password, lockout), the append-only audit log, guardian consents.

Revision ID: 0003
Revises: 0002

The audit log gets the ledger's protection: triggers refuse UPDATE and
DELETE (they live here only; the models cannot express them, and Alembic's
compare_metadata ignores them).
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

APPEND_ONLY = {
    "audit_log_no_update": "UPDATE",
    "audit_log_no_delete": "DELETE",
}


def upgrade() -> None:
    _add_staff_columns()
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id")),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_action", "audit_log", ["action", "id"])
    op.create_index("ix_audit_log_operator", "audit_log", ["operator_id", "id"])
    for name, statement in APPEND_ONLY.items():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {statement} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
    op.create_table(
        "guardian_consents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), nullable=False),
        sa.Column("guardian_name", sa.String(60), nullable=False),
        sa.Column("relation", sa.String(20), nullable=False),
        sa.Column("consented_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
    )
    op.create_index("ix_guardian_consents_member", "guardian_consents", ["member_id"])


def _add_staff_columns() -> None:
    # Plain ADD COLUMNs, no table rebuild: member_merges points at staff, and
    # rebuilding a referenced table with foreign keys on is not safe in SQLite.
    # Accounts made before this revision get the upgrade's time as created_at.
    upgraded_at = datetime.now().isoformat(sep=" ", timespec="seconds")
    op.add_column("staff", sa.Column("password_hash", sa.String(200)))
    op.add_column("staff", sa.Column("failed_logins", sa.Integer(), nullable=False,
                                     server_default="0"))
    op.add_column("staff", sa.Column("locked_until", sa.DateTime()))
    op.add_column("staff", sa.Column("created_at", sa.DateTime(), nullable=False,
                                     server_default=upgraded_at))


def downgrade() -> None:
    op.drop_table("guardian_consents")
    op.drop_table("audit_log")  # its triggers go with it
    for column in ("created_at", "locked_until", "failed_logins", "password_hash"):
        op.drop_column("staff", column)
