"""Segmentation: monthly snapshots of every member's segments, and care tasks done.

Revision ID: 0009
Revises: 0008

- `ix_visits_member` also holds `undone_at`: the segmentation counts a
  member's check-in days from the index alone, skipping undone check-ins,
  without reading the visits table (one index, as before).
- `segment_snapshots` / `segment_snapshot_members`: each member's segments as
  of the last day of a month, kept when the month is over, so that the
  month-over-month movement and a member's history do not change with later
  edits of the data or of the thresholds (`thresholds`: the settings used).
- `care_task_outcomes`: reception marked a care task (a birthday, an expiring
  card, a call-back...) done, with an outcome note; `occasion` tells one
  occurrence of a task from the next (the birthday's year, the card and its
  end date, the month of a call-back).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_visits_member", "visits")
    op.create_index("ix_visits_member", "visits", ["member_id", "at", "undone_at"])
    op.create_table(
        "segment_snapshots",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("month", sa.String(7), nullable=False, unique=True),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("thresholds", sa.Text(), nullable=False),
    )
    op.create_table(
        "segment_snapshot_members",
        sa.Column("snapshot_id", sa.Integer(), sa.ForeignKey("segment_snapshots.id"),
                  primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), primary_key=True),
        sa.Column("primary_segment", sa.String(24), nullable=False),
        sa.Column("segments", sa.Integer(), nullable=False),
        sa.Column("value_grade", sa.String(4), nullable=False),
        sa.Column("lifecycle", sa.String(12), nullable=False),
        sa.Column("recency_days", sa.Integer()),
        sa.Column("frequency", sa.Integer(), nullable=False),
        sa.Column("monetary_fen", sa.Integer(), nullable=False),
        sa.Column("r_score", sa.Integer(), nullable=False),
        sa.Column("f_score", sa.Integer(), nullable=False),
        sa.Column("m_score", sa.Integer(), nullable=False),
    )
    op.create_index("ix_segment_snapshot_members_member", "segment_snapshot_members",
                    ["member_id", "snapshot_id"])
    op.create_table(
        "care_task_outcomes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), nullable=False),
        sa.Column("occasion", sa.String(40), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.UniqueConstraint("kind", "member_id", "occasion", name="uq_care_task_occasion"),
    )


def downgrade() -> None:
    op.drop_table("care_task_outcomes")
    op.drop_index("ix_segment_snapshot_members_member", "segment_snapshot_members")
    op.drop_table("segment_snapshot_members")
    op.drop_table("segment_snapshots")
    op.drop_index("ix_visits_member", "visits")
    op.create_index("ix_visits_member", "visits", ["member_id", "at"])
