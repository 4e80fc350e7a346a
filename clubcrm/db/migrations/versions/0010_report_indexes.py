"""Indexes the monthly report reads the ledger through.

Revision ID: 0010
Revises: 0009

- `ix_ledger_at` also holds each row's card and its principal, bonus and
  session deltas: the prepaid liability sums the ledger before (or after) the
  period's end by card from the index alone, instead of reading every row of
  the table. It replaces the index on the time alone, which every query by
  time still uses, so a money operation still writes one entry there.
- `ix_ledger_card_events`: the rows that change a card's validity (sale,
  expiry, refund, extension, freeze...), card by card, with their kind, time
  and days. The report values every period card from these rows. Consumption,
  points redemption and recharges (of stored-value cards only), nine rows in
  ten and every write of the check-in desk, are not in it (a partial index),
  so they cost nothing more.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CARD_EVENTS_WHERE = "kind NOT IN ('consume', 'redeem', 'recharge')"


def upgrade() -> None:
    op.drop_index("ix_ledger_at", "ledger")
    op.create_index("ix_ledger_at", "ledger",
                    ["at", "card_id", "principal_delta", "bonus_delta", "sessions_delta"])
    op.create_index("ix_ledger_card_events", "ledger",
                    ["card_id", "id", "kind", "at", "days_delta", "reverses_id"],
                    sqlite_where=sa.text(CARD_EVENTS_WHERE))


def downgrade() -> None:
    op.drop_index("ix_ledger_card_events", "ledger")
    op.drop_index("ix_ledger_at", "ledger")
    op.create_index("ix_ledger_at", "ledger", ["at"])
