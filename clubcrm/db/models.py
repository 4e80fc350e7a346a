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
            "status IN ('active', 'frozen', 'archived', 'merged')", name="ck_members_status"
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
    """Who did what. The Trust issue adds passwords; until then every action
    is done by the default owner account created with the database."""

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("role IN ('reception', 'manager', 'owner')", name="ck_staff_role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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
