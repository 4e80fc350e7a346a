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
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class TierRow(Base):
    __tablename__ = "tiers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)


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
