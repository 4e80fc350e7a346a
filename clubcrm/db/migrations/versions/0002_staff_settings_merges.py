"""Staff (the operator on every change), club settings, and merge records.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(40), nullable=False, unique=True),
        sa.Column("display_name", sa.String(60), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("role IN ('reception', 'manager', 'owner')", name="ck_staff_role"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "member_merges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("survivor_id", sa.Integer(), sa.ForeignKey("members.id"), nullable=False),
        sa.Column("merged_id", sa.Integer(), sa.ForeignKey("members.id"), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("member_merges")
    op.drop_table("settings")
    op.drop_table("staff")
