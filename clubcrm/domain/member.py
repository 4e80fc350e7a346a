"""Members as the rest of the app sees them (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from clubcrm.domain.dates import Birthday
from clubcrm.domain.ids import MemberId, TierId
from clubcrm.domain.phone import mask_phone
from clubcrm.domain.translatable import N_


class MemberStatus(StrEnum):
    """Where a member record stands; only active members are found by default."""

    ACTIVE = "active"
    FROZEN = "frozen"
    ARCHIVED = "archived"
    MERGED = "merged"
    ANONYMISED = "anonymised"  # a privacy request: personal data removed, id and ledger kept


class Gender(StrEnum):
    UNKNOWN = "unknown"
    FEMALE = "female"
    MALE = "male"


STATUS_LABELS = {
    MemberStatus.ACTIVE: N_("Active"),
    MemberStatus.FROZEN: N_("Frozen"),
    MemberStatus.ARCHIVED: N_("Archived"),
    MemberStatus.MERGED: N_("Merged"),
    MemberStatus.ANONYMISED: N_("Anonymised"),
}
GENDER_LABELS = {
    Gender.UNKNOWN: N_("Not given"),
    Gender.FEMALE: N_("Female"),
    Gender.MALE: N_("Male"),
}


@dataclass(frozen=True, slots=True)
class Guardian:
    """The parent or guardian of a minor member (baby swim, children's classes)."""

    name: str
    relation: str
    phone: str


@dataclass(frozen=True, slots=True)
class MemberDraft:
    """What a form or an import supplies to create or edit a member.

    Values are as typed; the member service validates and normalises them.
    An empty `member_no` asks for the next number from the configured pattern.
    """

    name: str
    phone: str
    gender: Gender = Gender.UNKNOWN
    birthday: str = ""
    member_no: str = ""
    source_channel: str = ""
    tier_id: TierId | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""
    marketing_consent: bool = False
    guardian: Guardian | None = None
    joined_on: date | None = None
    # The guardian agreed, now, to the child's data being kept (PIPL: required
    # under 14); saving writes a consent record with the operator and the time.
    guardian_consent: bool = False


@dataclass(frozen=True, slots=True)
class Member:
    """A saved member record."""

    id: MemberId
    member_no: str
    name: str
    phone: str
    gender: Gender
    birthday: Birthday | None
    joined_on: date
    source_channel: str
    tier_id: TierId | None
    tier_name: str
    tags: tuple[str, ...]
    notes: str
    marketing_consent: bool
    status: MemberStatus
    guardian: Guardian | None
    merged_into: MemberId | None
    created_at: datetime
    updated_at: datetime
    guardian_consent: bool = False  # a consent record exists for the current guardian

    def summary(self) -> MemberSummary:
        """The member as one line of a list (after an edit, without re-reading the list)."""
        return MemberSummary(
            id=self.id,
            member_no=self.member_no,
            name=self.name,
            phone=self.phone,
            gender=self.gender,
            tier_name=self.tier_name,
            status=self.status,
            joined_on=self.joined_on,
            birthday=self.birthday,
        )

    def masked(self) -> Member:
        """The member with the phones as `138****8000`, for roles that do not need them."""
        guardian = self.guardian
        if guardian is not None:
            guardian = replace(guardian, phone=mask_phone(guardian.phone))
        return replace(self, phone=mask_phone(self.phone), guardian=guardian)

    def draft(self) -> MemberDraft:
        """The member as an editable draft, for the edit form."""
        return MemberDraft(
            name=self.name,
            phone=self.phone,
            gender=self.gender,
            birthday=self.birthday.iso() if self.birthday else "",
            member_no=self.member_no,
            source_channel=self.source_channel,
            tier_id=self.tier_id,
            tags=self.tags,
            notes=self.notes,
            marketing_consent=self.marketing_consent,
            guardian=self.guardian,
            joined_on=self.joined_on,
            guardian_consent=self.guardian_consent,
        )


@dataclass(frozen=True, slots=True)
class MemberSummary:
    """One line of a member list or of search results: cheap to build in bulk."""

    id: MemberId
    member_no: str
    name: str
    phone: str
    gender: Gender
    tier_name: str
    status: MemberStatus
    joined_on: date
    birthday: Birthday | None = None

    def masked(self) -> MemberSummary:
        return replace(self, phone=mask_phone(self.phone))


@dataclass(frozen=True, slots=True)
class MemberPhones:
    """A member's full phone numbers, as a deliberate (audited) reveal returns them."""

    phone: str
    guardian_phone: str = ""


class MatchKind(StrEnum):
    """How a search hit matched; the ranking follows this order."""

    EXACT = "exact"
    PREFIX = "prefix"
    SUBSTRING = "substring"


MATCH_RANK = {MatchKind.EXACT: 0, MatchKind.PREFIX: 1, MatchKind.SUBSTRING: 2}


@dataclass(frozen=True, slots=True)
class SearchHit:
    member: MemberSummary
    match: MatchKind
    field: str


class SortKey(StrEnum):
    MEMBER_NO = "member_no"
    NAME = "name"
    JOINED_ON = "joined_on"
    PHONE = "phone"
    GENDER = "gender"
    TIER = "tier"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class MemberFilter:
    """The member view's filters; empty means no restriction."""

    statuses: tuple[MemberStatus, ...] = (MemberStatus.ACTIVE, MemberStatus.FROZEN)
    tier_id: TierId | None = None
    tag: str = ""
    joined_from: date | None = None
    joined_to: date | None = None


@dataclass(frozen=True, slots=True)
class Tier:
    id: TierId
    name: str
    rank: int


@dataclass(frozen=True, slots=True)
class MergeResult:
    survivor: Member
    merged_id: MemberId
    moved: dict[str, int] = field(default_factory=dict)
