"""Cards and money: services, card products, cards, points, the ledger, tier rules.

Revision ID: 0005
Revises: 0004

The ledger and its operations are append-only: triggers refuse UPDATE and
DELETE (the models cannot express triggers; Alembic's compare_metadata
ignores them). Balances, sessions and points carry CHECKs against going
negative, so even a bug cannot overdraw a card.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APPEND_ONLY_TABLES = ("ledger", "operations")
LEDGER_KINDS = ("'open', 'recharge', 'consume', 'refund', 'adjust', 'transfer', 'freeze', "
                "'unfreeze', 'extend', 'expire', 'replace', 'close', 'redeem', "
                "'import_opening', 'reversal'")


def upgrade() -> None:
    _add_tier_rules()
    _create_catalogue()
    _create_cards()
    _create_ledger()
    for table in APPEND_ONLY_TABLES:
        for statement in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{statement.lower()} BEFORE {statement} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'the {table} table is append-only'); END"
            )


def _add_tier_rules() -> None:
    op.add_column("tiers", sa.Column("discount_permille", sa.Integer(), nullable=False,
                                     server_default="1000"))
    op.add_column("tiers", sa.Column("points_per_yuan", sa.Integer(), nullable=False,
                                     server_default="0"))
    op.add_column("tiers", sa.Column("upgrade_spend_fen", sa.Integer()))
    op.add_column("tiers", sa.Column("upgrade_active_months", sa.Integer(), nullable=False,
                                     server_default="0"))


def _create_catalogue() -> None:
    op.create_table(
        "service_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("price_fen", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("price_fen >= 0", name="ck_service_items_price"),
    )
    op.create_table(
        "card_products",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("price_fen", sa.Integer(), nullable=False),
        sa.Column("discount_permille", sa.Integer(), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("valid_days", sa.Integer(), nullable=False),
        sa.Column("valid_months", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('stored_value', 'count', 'period')",
                           name="ck_products_kind"),
        sa.CheckConstraint("price_fen >= 0 AND sessions >= 0 AND valid_days >= 0 "
                           "AND valid_months >= 0", name="ck_products_figures"),
        sa.CheckConstraint("discount_permille BETWEEN 1 AND 1000", name="ck_products_discount"),
    )
    op.create_table(
        "product_bonus_rules",
        sa.Column("product_id", sa.Integer(),
                  sa.ForeignKey("card_products.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("pay_fen", sa.Integer(), primary_key=True),
        sa.Column("bonus_fen", sa.Integer(), nullable=False),
        sa.CheckConstraint("pay_fen > 0 AND bonus_fen >= 0", name="ck_bonus_rules_figures"),
    )
    op.create_table(
        "product_services",
        sa.Column("product_id", sa.Integer(),
                  sa.ForeignKey("card_products.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("service_id", sa.Integer(), sa.ForeignKey("service_items.id"),
                  primary_key=True),
    )


def _create_cards() -> None:
    op.create_table(
        "cards",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("card_no", sa.String(32), nullable=False, unique=True),
        sa.Column("product_id", sa.Integer(), sa.ForeignKey("card_products.id"),
                  nullable=False),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("principal_fen", sa.Integer(), nullable=False),
        sa.Column("bonus_fen", sa.Integer(), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date()),
        sa.Column("valid_until", sa.Date()),
        sa.Column("frozen_on", sa.Date()),
        sa.Column("replaced_by_id", sa.Integer(), sa.ForeignKey("cards.id")),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('active', 'frozen', 'expired', 'replaced', 'refunded', "
                           "'closed')", name="ck_cards_status"),
        sa.CheckConstraint("principal_fen >= 0", name="ck_cards_principal"),
        sa.CheckConstraint("bonus_fen >= 0", name="ck_cards_bonus"),
        sa.CheckConstraint("sessions >= 0", name="ck_cards_sessions"),
    )
    op.create_index("ix_cards_member", "cards", ["member_id"])
    op.create_index("ix_cards_valid_until", "cards", ["valid_until"])
    op.create_table(
        "card_holders",
        sa.Column("card_id", sa.Integer(), sa.ForeignKey("cards.id"), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), primary_key=True),
    )
    op.create_index("ix_card_holders_member", "card_holders", ["member_id"])
    op.create_table(
        "points_accounts",
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), primary_key=True),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.CheckConstraint("points >= 0", name="ck_points_accounts_points"),
    )
    op.create_table(
        "tier_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id"), nullable=False),
        sa.Column("from_tier_id", sa.Integer(), sa.ForeignKey("tiers.id")),
        sa.Column("to_tier_id", sa.Integer(), sa.ForeignKey("tiers.id")),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
    )
    op.create_index("ix_tier_changes_member", "tier_changes", ["member_id", "id"])


def _create_ledger() -> None:
    op.create_table(
        "operations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), sa.ForeignKey("staff.id")),
    )
    op.create_table(
        "ledger",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("op_id", sa.Integer(), sa.ForeignKey("operations.id"), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("card_id", sa.Integer(), sa.ForeignKey("cards.id")),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("members.id")),
        sa.Column("served_member_id", sa.Integer(), sa.ForeignKey("members.id")),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in (
            "principal_delta", "bonus_delta", "sessions_delta", "days_delta", "points_delta",
            "paid_fen")),
        sa.Column("method", sa.String(10)),
        sa.Column("list_fen", sa.Integer(), nullable=False),
        sa.Column("discount_fen", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), sa.ForeignKey("service_items.id")),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("reverses_id", sa.Integer(), sa.ForeignKey("ledger.id")),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("hash", sa.LargeBinary(32), nullable=False),
        sa.CheckConstraint(f"kind IN ({LEDGER_KINDS})", name="ck_ledger_kind"),
        sa.CheckConstraint("method IS NULL OR method IN ('cash', 'wechat', 'alipay', "
                           "'bank_card', 'card', 'points')", name="ck_ledger_method"),
    )
    op.create_index("ix_ledger_op_line", "ledger", ["op_id", "line"], unique=True)
    op.create_index("ix_ledger_card", "ledger", ["card_id", "id"])
    op.create_index("ix_ledger_member", "ledger", ["member_id", "id"])
    op.create_index("ix_ledger_at", "ledger", ["at"])
    op.create_index("ix_ledger_reverses", "ledger", ["reverses_id"], unique=True,
                    sqlite_where=sa.text("reverses_id IS NOT NULL"))


def downgrade() -> None:
    for table in ("ledger", "operations", "tier_changes", "points_accounts", "card_holders",
                  "cards", "product_services", "product_bonus_rules", "card_products",
                  "service_items"):
        op.drop_table(table)
    for column in ("upgrade_active_months", "upgrade_spend_fen", "points_per_yuan",
                   "discount_permille"):
        op.drop_column("tiers", column)
