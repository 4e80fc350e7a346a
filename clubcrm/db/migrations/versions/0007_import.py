"""Legacy import: import batches, what each created, saved column mappings, and
consumption history from the previous system.

Revision ID: 0007
Revises: 0006

Self-contained (nothing else of the schema changes), so that renumbering it
is a change of `revision` and `down_revision` only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("file_name", sa.String(260), nullable=False),
        sa.Column("file_hash", sa.String(64), nullable=False),
        sa.Column("sheet", sa.String(60), nullable=False),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("rows_imported", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("rows_skipped", sa.Integer(), nullable=False),
        sa.Column("members_created", sa.Integer(), nullable=False),
        sa.Column("cards_created", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.Integer(), sa.ForeignKey("operations.id")),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime()),
        sa.Column("undo_op_id", sa.Integer(), sa.ForeignKey("operations.id")),
        sa.Column("undone_by_id", sa.Integer(), sa.ForeignKey("staff.id")),
        sa.CheckConstraint("kind IN ('members', 'history')", name="ck_import_batches_kind"),
    )
    op.create_index("ix_import_batches_file_hash", "import_batches", ["file_hash"])
    op.create_table(
        "import_batch_members",
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batches.id"),
                  primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), primary_key=True),
        sa.Column("created", sa.Boolean(), nullable=False),
        sa.Column("member_no", sa.String(32), nullable=False),
    )
    op.create_index("ix_import_batch_members_member", "import_batch_members", ["member_id"])
    op.create_table(
        "import_batch_cards",
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batches.id"),
                  primary_key=True),
        sa.Column("card_id", sa.Integer(), sa.ForeignKey("cards.id"), primary_key=True),
    )
    op.create_table(
        "import_mappings",
        sa.Column("signature", sa.String(64), primary_key=True),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "history_consumption",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(60), nullable=False),
        sa.Column("payment", sa.String(20), nullable=False),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batches.id"),
                  nullable=False),
    )
    op.create_index("ix_history_consumption_member", "history_consumption",
                    ["member_id", "at"])
    op.create_index("ix_history_consumption_batch", "history_consumption", ["batch_id"])


def downgrade() -> None:
    for table in ("history_consumption", "import_mappings", "import_batch_cards",
                  "import_batch_members", "import_batches"):
        op.drop_table(table)
