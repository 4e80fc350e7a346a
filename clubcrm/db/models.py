"""The schema, as SQLAlchemy typed models. Alembic revisions create it; a test
proves the revisions and these models agree."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class TierRow(Base):
    __tablename__ = "tiers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)
    discount_permille: Mapped[int] = mapped_column(Integer, default=1000)
    points_per_yuan: Mapped[int] = mapped_column(Integer, default=0)
    upgrade_spend_fen: Mapped[int | None] = mapped_column(Integer)
    upgrade_active_months: Mapped[int] = mapped_column(Integer, default=0)


class MemberRow(Base):
    """A member. The search columns (`name_initials`, `name_pinyin`,
    `phone_rev`) are derived on every write so that searching never computes."""

    __tablename__ = "members"
    __table_args__ = (
        Index("ix_members_phone", "phone"),
        Index("ix_members_phone_rev", "phone_rev"),
        Index("ix_members_name", "name"),
        Index("ix_members_name_initials", "name_initials"),
        Index("ix_members_name_pinyin", "name_pinyin"),
        Index("ix_members_joined_on", "joined_on"),
        Index("ix_members_tier", "tier_id"),
        Index("ix_members_merged_into", "merged_into_id",
              sqlite_where=text("merged_into_id IS NOT NULL")),
        CheckConstraint(
            "status IN ('active', 'frozen', 'archived', 'merged', 'anonymised')",
            name="ck_members_status",
        ),
        CheckConstraint("gender IN ('unknown', 'female', 'male')", name="ck_members_gender"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    name_initials: Mapped[str] = mapped_column(String(60))
    name_pinyin: Mapped[str] = mapped_column(String(240))
    phone: Mapped[str] = mapped_column(String(20))
    phone_rev: Mapped[str] = mapped_column(String(20))
    gender: Mapped[str] = mapped_column(String(8), default="unknown")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    joined_on: Mapped[date] = mapped_column(Date)
    source_channel: Mapped[str] = mapped_column(String(40), default="")
    tier_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="active")
    guardian_name: Mapped[str | None] = mapped_column(String(60))
    guardian_relation: Mapped[str | None] = mapped_column(String(20))
    guardian_phone: Mapped[str | None] = mapped_column(String(20))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class MemberTagRow(Base):
    __tablename__ = "member_tags"
    __table_args__ = (Index("ix_member_tags_tag", "tag", "member_id"),)

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(30), primary_key=True)


class MemberNameGramRow(Base):
    """Every substring of every member's name: a substring search becomes an
    indexed equality lookup instead of a `LIKE '%x%'` scan (names are short,
    so a name of n characters has n(n+1)/2 grams)."""

    __tablename__ = "member_name_grams"
    __table_args__ = ({"sqlite_with_rowid": False},)

    gram: Mapped[str] = mapped_column(String(60), primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )


class StaffRow(Base):
    """Who did what. Until somebody sets a password (a new or pre-Trust club),
    everything is done by the default owner account created with the database."""

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("role IN ('reception', 'manager', 'owner')", name="ck_staff_role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))  # Argon2id, PHC string
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)  # in a row
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditRow(Base):
    """The audit trail. Append-only like the ledger: triggers (migration 0003)
    refuse UPDATE and DELETE, and each row's `hash` covers its content and the
    previous row's hash (`clubcrm.db.audit.verify_audit_chain`)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_action", "action", "id"),
        Index("ix_audit_log_operator", "operator_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    # None: a failed sign-in under a user name that has no staff row.
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class GuardianConsentRow(Base):
    """A guardian's consent to keep a minor's data (PIPL: under 14 is sensitive)."""

    __tablename__ = "guardian_consents"
    __table_args__ = (Index("ix_guardian_consents_member", "member_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    guardian_name: Mapped[str] = mapped_column(String(60))
    relation: Mapped[str] = mapped_column(String(20))
    consented_at: Mapped[datetime] = mapped_column(DateTime)
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class SettingRow(Base):
    """Club-wide settings as JSON values; `clubcrm.services.settings` declares them."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class MemberMergeRow(Base):
    """The audit record of a merge of two member records."""

    __tablename__ = "member_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    merged_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    merged_at: Mapped[datetime] = mapped_column(DateTime)


class ServiceItemRow(Base):
    """What the club sells (服务项目)."""

    __tablename__ = "service_items"
    __table_args__ = (CheckConstraint("price_fen >= 0", name="ck_service_items_price"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    category: Mapped[str] = mapped_column(String(40), default="")
    price_fen: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ProductRow(Base):
    """A card product (卡种). Once a card of it is sold, its terms never change:
    it can only be retired (`active` false)."""

    __tablename__ = "card_products"
    __table_args__ = (
        CheckConstraint("kind IN ('stored_value', 'count', 'period')", name="ck_products_kind"),
        CheckConstraint("price_fen >= 0 AND sessions >= 0 AND valid_days >= 0 "
                        "AND valid_months >= 0", name="ck_products_figures"),
        CheckConstraint("discount_permille BETWEEN 1 AND 1000", name="ck_products_discount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    price_fen: Mapped[int] = mapped_column(Integer, default=0)
    discount_permille: Mapped[int] = mapped_column(Integer, default=1000)
    sessions: Mapped[int] = mapped_column(Integer, default=0)
    valid_days: Mapped[int] = mapped_column(Integer, default=0)
    valid_months: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class BonusRuleRow(Base):
    __tablename__ = "product_bonus_rules"
    __table_args__ = (CheckConstraint("pay_fen > 0 AND bonus_fen >= 0",
                                      name="ck_bonus_rules_figures"),)

    product_id: Mapped[int] = mapped_column(ForeignKey("card_products.id", ondelete="CASCADE"),
                                            primary_key=True)
    pay_fen: Mapped[int] = mapped_column(Integer, primary_key=True)
    bonus_fen: Mapped[int] = mapped_column(Integer)


class ProductServiceRow(Base):
    """The services a count card's sessions may be used for."""

    __tablename__ = "product_services"

    product_id: Mapped[int] = mapped_column(ForeignKey("card_products.id", ondelete="CASCADE"),
                                            primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service_items.id"), primary_key=True)


class CardRow(Base):
    """A member's card: its current balances, which always equal the sum of its
    ledger rows (`verify` checks it); CHECKs keep them from going negative."""

    __tablename__ = "cards"
    __table_args__ = (
        Index("ix_cards_member", "member_id"),
        Index("ix_cards_valid_until", "valid_until"),
        CheckConstraint("status IN ('active', 'frozen', 'expired', 'replaced', 'refunded', "
                        "'closed')", name="ck_cards_status"),
        CheckConstraint("principal_fen >= 0", name="ck_cards_principal"),
        CheckConstraint("bonus_fen >= 0", name="ck_cards_bonus"),
        CheckConstraint("sessions >= 0", name="ck_cards_sessions"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_no: Mapped[str] = mapped_column(String(32), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("card_products.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    status: Mapped[str] = mapped_column(String(10), default="active")
    principal_fen: Mapped[int] = mapped_column(Integer, default=0)
    bonus_fen: Mapped[int] = mapped_column(Integer, default=0)
    sessions: Mapped[int] = mapped_column(Integer, default=0)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    frozen_on: Mapped[date | None] = mapped_column(Date)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"))
    opened_at: Mapped[datetime] = mapped_column(DateTime)


class CardHolderRow(Base):
    """A family member allowed to use another member's card (家庭卡)."""

    __tablename__ = "card_holders"
    __table_args__ = (Index("ix_card_holders_member", "member_id"),)

    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)


class PointsRow(Base):
    """A member's points balance: the sum of the member's ledger points."""

    __tablename__ = "points_accounts"
    __table_args__ = (CheckConstraint("points >= 0", name="ck_points_accounts_points"),)

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    points: Mapped[int] = mapped_column(Integer, default=0)


class OperationRow(Base):
    """One user action (a recharge, a consumption...) under its idempotency key:
    repeating the key returns this operation's result instead of acting twice;
    `fingerprint` tells a true repeat from a different request under the same key."""

    __tablename__ = "operations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    fingerprint: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime)
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class LedgerRow(Base):
    """The ledger (流水). Append-only: triggers (migration 0005) refuse UPDATE
    and DELETE; `hash` chains every row to the one before (domain/ledger.py).
    A row's idempotency key is (op_id, line): its operation's key and its place."""

    __tablename__ = "ledger"
    __table_args__ = (
        Index("ix_ledger_op_line", "op_id", "line", unique=True),
        Index("ix_ledger_card", "card_id", "id"),
        Index("ix_ledger_member", "member_id", "id"),
        Index("ix_ledger_member_activity", "member_id", "kind", "at", "list_fen", "discount_fen"),
        # Covers the report's sums by time (migration 0010).
        Index("ix_ledger_at", "at", "card_id", "principal_delta", "bonus_delta",
              "sessions_delta"),
        # A card's validity events, without consumption (migration 0010).
        Index("ix_ledger_card_events", "card_id", "id", "kind", "at", "days_delta",
              "reverses_id", sqlite_where=text("kind NOT IN ('consume', 'redeem', 'recharge')")),
        Index("ix_ledger_reverses", "reverses_id", unique=True,
              sqlite_where=text("reverses_id IS NOT NULL")),
        CheckConstraint(
            "kind IN ('open', 'recharge', 'consume', 'refund', 'adjust', 'transfer', 'freeze', "
            "'unfreeze', 'extend', 'expire', 'replace', 'close', 'redeem', 'import_opening', "
            "'reversal')", name="ck_ledger_kind"),
        CheckConstraint(
            "method IS NULL OR method IN ('cash', 'wechat', 'alipay', 'bank_card', 'card', "
            "'points')", name="ck_ledger_method"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[int] = mapped_column(ForeignKey("operations.id"))
    line: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16))
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    served_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    principal_delta: Mapped[int] = mapped_column(Integer, default=0)
    bonus_delta: Mapped[int] = mapped_column(Integer, default=0)
    sessions_delta: Mapped[int] = mapped_column(Integer, default=0)
    days_delta: Mapped[int] = mapped_column(Integer, default=0)
    points_delta: Mapped[int] = mapped_column(Integer, default=0)
    paid_fen: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str | None] = mapped_column(String(10))
    list_fen: Mapped[int] = mapped_column(Integer, default=0)
    discount_fen: Mapped[int] = mapped_column(Integer, default=0)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service_items.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class TierChangeRow(Base):
    """Every change of a member's tier, with its reason (upgrade rule, review, by hand)."""

    __tablename__ = "tier_changes"
    __table_args__ = (Index("ix_tier_changes_member", "member_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    from_tier_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id"))
    to_tier_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id"))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class ImportBatchRow(Base):
    """One legacy import (members or consumption history): the file, the counts,
    who did it, the operation of its opening ledger rows, and its undo."""

    __tablename__ = "import_batches"
    __table_args__ = (
        Index("ix_import_batches_file_hash", "file_hash"),
        CheckConstraint("kind IN ('members', 'history')", name="ck_import_batches_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(260))
    file_hash: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str] = mapped_column(String(60))
    rows_total: Mapped[int] = mapped_column(Integer)
    rows_imported: Mapped[int] = mapped_column(Integer)
    rows_rejected: Mapped[int] = mapped_column(Integer)
    rows_skipped: Mapped[int] = mapped_column(Integer)
    members_created: Mapped[int] = mapped_column(Integer)
    cards_created: Mapped[int] = mapped_column(Integer)
    op_id: Mapped[int | None] = mapped_column(ForeignKey("operations.id"))
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undo_op_id: Mapped[int | None] = mapped_column(ForeignKey("operations.id"))
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class ImportBatchMemberRow(Base):
    """A member an import created (`created`) or added cards/points to; the
    number it had in the file is kept, as an undo frees it for a re-import."""

    __tablename__ = "import_batch_members"
    __table_args__ = (Index("ix_import_batch_members_member", "member_id"),)

    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    created: Mapped[bool] = mapped_column(Boolean)
    member_no: Mapped[str] = mapped_column(String(32))


class ImportBatchCardRow(Base):
    __tablename__ = "import_batch_cards"

    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"), primary_key=True)


class ImportMappingRow(Base):
    """A column mapping saved for the next file with the same headers."""

    __tablename__ = "import_mappings"

    signature: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text)  # JSON: header text -> field
    saved_at: Mapped[datetime] = mapped_column(DateTime)


class HistoryConsumptionRow(Base):
    """Consumption recorded by the previous system: feeds segmentation and
    reports, never the balances (those come from the ledger)."""

    __tablename__ = "history_consumption"
    __table_args__ = (
        Index("ix_history_consumption_member", "member_id", "at"),
        Index("ix_history_consumption_batch", "batch_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    amount_fen: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(60))
    payment: Mapped[str] = mapped_column(String(20))
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"))


class VisitRow(Base):
    """A check-in (到店/签到), written with the operation that charged it. Undoing
    one marks it (`undone_at`, the reversal's `undo_op_id`): never a deletion."""

    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_at", "at"),
        Index("ix_visits_member", "member_id", "at", "undone_at"),
        CheckConstraint("charge_fen >= 0 AND sessions >= 0 AND guests >= 0",
                        name="ck_visits_figures"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[int] = mapped_column(ForeignKey("operations.id"), unique=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))  # None: walk-in
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service_items.id"))
    charge_fen: Mapped[int] = mapped_column(Integer, default=0)
    sessions: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str | None] = mapped_column(String(10))
    guests: Mapped[int] = mapped_column(Integer, default=0)
    locker: Mapped[str] = mapped_column(String(20), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    checked_out_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undo_op_id: Mapped[int | None] = mapped_column(ForeignKey("operations.id"))


class SegmentSnapshotRow(Base):
    """Every member's segments as of the last day of a month that is over: the
    month-over-month movement and a member's history read these, so later
    edits of the data or the thresholds do not rewrite the past."""

    __tablename__ = "segment_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), unique=True)  # "2026-10"
    as_of: Mapped[date] = mapped_column(Date)
    computed_at: Mapped[datetime] = mapped_column(DateTime)
    thresholds: Mapped[str] = mapped_column(Text)  # JSON of the settings used


class SegmentSnapshotMemberRow(Base):
    __tablename__ = "segment_snapshot_members"
    __table_args__ = (
        Index("ix_segment_snapshot_members_member", "member_id", "snapshot_id"),
    )

    snapshot_id: Mapped[int] = mapped_column(ForeignKey("segment_snapshots.id"),
                                             primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    primary_segment: Mapped[str] = mapped_column(String(24))
    segments: Mapped[int] = mapped_column(Integer)  # a bit per segment met
    value_grade: Mapped[str] = mapped_column(String(4))
    lifecycle: Mapped[str] = mapped_column(String(12))
    recency_days: Mapped[int | None] = mapped_column(Integer)
    frequency: Mapped[int] = mapped_column(Integer)
    monetary_fen: Mapped[int] = mapped_column(Integer)
    r_score: Mapped[int] = mapped_column(Integer)
    f_score: Mapped[int] = mapped_column(Integer)
    m_score: Mapped[int] = mapped_column(Integer)


class CareTaskOutcomeRow(Base):
    """A care task reception has worked through: who, when, with what outcome.
    `occasion` tells one occurrence of a task from the next."""

    __tablename__ = "care_task_outcomes"
    __table_args__ = (
        UniqueConstraint("kind", "member_id", "occasion", name="uq_care_task_occasion"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    occasion: Mapped[str] = mapped_column(String(40))
    done_at: Mapped[datetime] = mapped_column(DateTime)
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
