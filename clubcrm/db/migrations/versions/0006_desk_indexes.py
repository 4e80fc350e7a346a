"""Indexes the desk's hot paths need on a club with years of history.

Revision ID: 0006
Revises: 0005

- `ix_ledger_member_activity` covers a member's consumption by kind and time
  (member, kind, time, list price, discount): the tier check inside every
  consumption sums the trailing year from the index alone instead of reading
  each of the member's rows scattered through the ledger, and the
  segmentation's per-member aggregates scan it without touching the table.
- `ix_members_merged_into` finds the records merged into a member, which the
  ledger view asks for on every page; only merged records are indexed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_ledger_member_activity", "ledger",
                    ["member_id", "kind", "at", "list_fen", "discount_fen"])
    op.create_index("ix_members_merged_into", "members", ["merged_into_id"],
                    sqlite_where=sa.text("merged_into_id IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_members_merged_into", "members")
    op.drop_index("ix_ledger_member_activity", "ledger")
