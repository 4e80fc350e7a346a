"""Visits: the check-in desk.

Revision ID: 0008
Revises: 0007

One row per check-in, written in the same transaction as the operation that
charged it (`op_id`: its ledger rows, if any, carry the same operation). An
undone check-in is marked (`undone_at`, `undo_op_id`: the operation whose
reversal rows cancel the charge), never deleted. Indexed for today's list
(by time), a member's history (member, time) and commission reports
(serving staff, time).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("op_id", sa.Integer(), sa.ForeignKey("operations.id"), nullable=False,
                  unique=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id")),
        sa.Column("card_id", sa.Integer(), sa.ForeignKey("cards.id")),
        sa.Column("service_id", sa.Integer(), sa.ForeignKey("service_items.id")),
        sa.Column("charge_fen", sa.Integer(), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(10)),
        sa.Column("guests", sa.Integer(), nullable=False),
        sa.Column("locker", sa.String(20), nullable=False),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id")),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("checked_out_at", sa.DateTime()),
        sa.Column("undone_at", sa.DateTime()),
        sa.Column("undo_op_id", sa.Integer(), sa.ForeignKey("operations.id")),
        sa.CheckConstraint("charge_fen >= 0 AND sessions >= 0 AND guests >= 0",
                           name="ck_visits_figures"),
    )
    op.create_index("ix_visits_at", "visits", ["at"])
    op.create_index("ix_visits_member", "visits", ["member_id", "at"])


def downgrade() -> None:
    op.drop_table("visits")
