"""Members, their tags, name grams for substring search, and tiers.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tiers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(40), nullable=False, unique=True),
        sa.Column("rank", sa.Integer(), nullable=False),
    )
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_no", sa.String(32), nullable=False, unique=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("name_initials", sa.String(60), nullable=False),
        sa.Column("name_pinyin", sa.String(240), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("phone_rev", sa.String(20), nullable=False),
        sa.Column("gender", sa.String(8), nullable=False),
        sa.Column("birth_year", sa.Integer()),
        sa.Column("birth_month", sa.Integer()),
        sa.Column("birth_day", sa.Integer()),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("source_channel", sa.String(40), nullable=False),
        sa.Column("tier_id", sa.Integer(), sa.ForeignKey("tiers.id")),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("marketing_consent", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("guardian_name", sa.String(60)),
        sa.Column("guardian_relation", sa.String(20)),
        sa.Column("guardian_phone", sa.String(20)),
        sa.Column("merged_into_id", sa.Integer(), sa.ForeignKey("members.id")),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'frozen', 'archived', 'merged')", name="ck_members_status"
        ),
        sa.CheckConstraint("gender IN ('unknown', 'female', 'male')", name="ck_members_gender"),
    )
    op.create_index("ix_members_phone", "members", ["phone"])
    op.create_index("ix_members_phone_rev", "members", ["phone_rev"])
    op.create_index("ix_members_name", "members", ["name"])
    op.create_index("ix_members_name_initials", "members", ["name_initials"])
    op.create_index("ix_members_name_pinyin", "members", ["name_pinyin"])
    op.create_index("ix_members_joined_on", "members", ["joined_on"])
    op.create_index("ix_members_tier", "members", ["tier_id"])
    op.create_table(
        "member_tags",
        sa.Column(
            "member_id",
            sa.Integer(),
            sa.ForeignKey("members.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tag", sa.String(30), primary_key=True),
    )
    op.create_index("ix_member_tags_tag", "member_tags", ["tag", "member_id"])
    op.create_table(
        "member_name_grams",
        sa.Column("gram", sa.String(60), primary_key=True),
        sa.Column(
            "member_id",
            sa.Integer(),
            sa.ForeignKey("members.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("member_name_grams")
    op.drop_table("member_tags")
    op.drop_table("members")
    op.drop_table("tiers")
