"""Registering, editing, archiving and merging members."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clubcrm.db import members as queries
from clubcrm.db import visits as visits_db
from clubcrm.db.database import Database
from clubcrm.db.models import (
    GuardianConsentRow,
    MemberMergeRow,
    MemberNameGramRow,
    MemberRow,
    MemberTagRow,
    TierRow,
)
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import Conflict, DuplicatePhone, NotFound, ValidationError
from clubcrm.domain.ids import MemberId, StaffId
from clubcrm.domain.member import (
    Member,
    MemberDraft,
    MemberFilter,
    MemberPhones,
    MemberStatus,
    MemberSummary,
    MergeResult,
    SortKey,
    Tier,
)
from clubcrm.domain.phone import mask_phone
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services import name_keys
from clubcrm.services.audit import AuditService
from clubcrm.services.card_lifecycle import move_to_member
from clubcrm.services.member_draft import validated_values
from clubcrm.services.permissions import require, sees_full_phones
from clubcrm.services.settings import (
    MEMBER_NO_NEXT,
    MEMBER_NO_PATTERN,
    format_member_no,
    read_setting,
    write_setting,
)

PAGE_SIZE = 200


class MemberService:
    """Members as each operator may see them: roles without `VIEW_FULL_PHONE`
    get every phone (member and guardian) masked as `138****8000`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------

    def get(self, member_id: MemberId, *, operator: StaffId) -> Member:
        with self._db.read() as session:
            return _as_seen(session, member_row(session, member_id), operator)

    def count(self, member_filter: MemberFilter) -> int:
        with self._db.read() as session:
            return queries.count_members(session, member_filter)

    def page(
        self,
        member_filter: MemberFilter,
        *,
        sort: SortKey = SortKey.MEMBER_NO,
        descending: bool = False,
        after: tuple[queries.SortValue, int] | None = None,
        limit: int = PAGE_SIZE,
        operator: StaffId,
    ) -> list[tuple[MemberSummary, queries.SortValue]]:
        """One page of the member list and each row's sort value (the next page's keyset)."""
        with self._db.read() as session:
            page = queries.page_of_members(
                session, member_filter, sort=sort, descending=descending, after=after, limit=limit
            )
            if sees_full_phones(session, operator):
                return page
            return [(summary.masked(), value) for summary, value in page]

    def iter_all(self, member_filter: MemberFilter, *, operator: StaffId) -> Iterator[Member]:
        """Every member matching the filter, page by page (for exports)."""
        after = None
        while True:
            page = self.page(member_filter, after=after, operator=operator)
            if not page:
                return
            with self._db.read() as session:
                full = sees_full_phones(session, operator)
                rows = session.scalars(
                    select(MemberRow).where(MemberRow.id.in_([s.id for s, _ in page]))
                    .order_by(MemberRow.member_no, MemberRow.id)
                ).all()
                yield from (_shown(queries.to_member(session, row), full) for row in rows)
            last, value = page[-1]
            after = (value, last.id)

    def reveal_phone(self, member_id: MemberId, *, operator: StaffId) -> MemberPhones:
        """The member's full phones, for a role that sees them masked.

        Reception may reveal (the issue: "revealing one is a deliberate action
        that is audited"): every reveal writes an audit row, whoever asks.
        """
        with self._db.write() as session:
            require(session, operator, Permission.REVEAL_PHONE)
            row = member_row(session, member_id)
            AuditService.record(session, operator=operator, action=AuditAction.PHONE_REVEALED,
                                subject=row.member_no, details={"member_id": row.id})
            return MemberPhones(phone=row.phone, guardian_phone=row.guardian_phone or "")

    def tiers(self) -> list[Tier]:
        with self._db.read() as session:
            rows = session.scalars(select(TierRow).order_by(TierRow.rank)).all()
            return [Tier(id=r.id, name=r.name, rank=r.rank) for r in rows]  # type: ignore[arg-type]

    def tags(self) -> list[str]:
        with self._db.read() as session:
            return queries.tag_names(session)

    def duplicate_groups(self, *, operator: StaffId, limit: int = 200) -> list[list[MemberSummary]]:
        """Groups of records that are probably one person: same phone, or same
        name and full birthday. Merging them is the user's decision."""
        with self._db.read() as session:
            groups = queries.duplicate_phone_groups(
                session, limit
            ) + queries.same_name_and_birthday_groups(session, limit)
            if sees_full_phones(session, operator):
                return groups
            return [[summary.masked() for summary in group] for group in groups]

    # -- writing -------------------------------------------------------------

    def register(
        self, draft: MemberDraft, *, operator: StaffId, allow_shared_phone: bool = False
    ) -> Member:
        """Create a member. A phone already on file stops the registration with
        the existing record offered (`DuplicatePhone`), unless the user said
        these are different people (`allow_shared_phone`)."""
        values = validated_values(draft)
        now = datetime.now()
        with self._db.write() as session:
            if not allow_shared_phone:
                _refuse_known_phone(session, values["phone"], exclude=None)
            member_no = values.pop("member_no") or _next_member_no(session, now.date())
            _refuse_taken_member_no(session, member_no, exclude=None)
            row = MemberRow(
                member_no=member_no,
                status=MemberStatus.ACTIVE.value,
                created_at=now,
                updated_at=now,
                **values,
            )
            session.add(row)
            _flush(session, member_no)
            write_keys(session, row, draft.tags)
            _record_guardian_consent(session, row, draft, operator=operator)
            return _as_seen(session, row, operator)

    def update(
        self,
        member_id: MemberId,
        draft: MemberDraft,
        *,
        operator: StaffId,
        allow_shared_phone: bool = False,
    ) -> Member:
        """Save an edited member; a phone sent back masked, as a role without full
        phones saw it, means "unchanged" and keeps the stored number."""
        with self._db.write() as session:
            row = member_row(session, member_id)
            values = validated_values(_unmasked(draft, row))
            if not allow_shared_phone and values["phone"] != row.phone:
                _refuse_known_phone(session, values["phone"], exclude=row.id)
            member_no = values.pop("member_no") or row.member_no
            _refuse_taken_member_no(session, member_no, exclude=row.id)
            for key, value in values.items():
                setattr(row, key, value)
            row.member_no = member_no
            row.updated_at = datetime.now()
            _flush(session, member_no)
            write_keys(session, row, draft.tags)
            _record_guardian_consent(session, row, draft, operator=operator)
            return _as_seen(session, row, operator)

    def archive(self, member_id: MemberId, *, operator: StaffId) -> Member:
        """Hide a member from search and lists; nothing is deleted."""
        return self._set_status(member_id, MemberStatus.ARCHIVED,
                                (MemberStatus.ACTIVE, MemberStatus.FROZEN), operator=operator,
                                action=AuditAction.MEMBER_ARCHIVED)

    def restore(self, member_id: MemberId, *, operator: StaffId) -> Member:
        return self._set_status(member_id, MemberStatus.ACTIVE, (MemberStatus.ARCHIVED,),
                                operator=operator, action=AuditAction.MEMBER_RESTORED)

    def merge(
        self,
        survivor_id: MemberId,
        duplicate_id: MemberId,
        *,
        operator: StaffId,
        reason: str = "",
    ) -> MergeResult:
        """Fold the duplicate record into the survivor and record who did it and why.

        The survivor keeps its own values and gains what it lacked (birthday,
        gender, guardian...), the union of tags, and both notes. The duplicate
        stays in the database as `merged`, pointing at the survivor, so old
        receipts and imports still resolve. The merge is audited.
        """
        if survivor_id == duplicate_id:
            raise ValidationError(N_("A member cannot be merged with itself."))
        with self._db.write() as session:
            require(session, operator, Permission.MERGE_MEMBERS)
            survivor = member_row(session, survivor_id)
            duplicate = member_row(session, duplicate_id)
            for row in (survivor, duplicate):
                if row.status == MemberStatus.MERGED.value:
                    raise Conflict(
                        N_("Member {member_no} was already merged into another record."),
                        member_no=row.member_no,
                    )
            moved = _move_related(session, duplicate.id, survivor.id, operator=operator)
            _fill_gaps(survivor, duplicate)
            duplicate.status = MemberStatus.MERGED.value
            duplicate.merged_into_id = survivor.id
            duplicate.updated_at = survivor.updated_at = datetime.now()
            details = {"merged_member_no": duplicate.member_no, "moved": moved}
            session.add(
                MemberMergeRow(
                    survivor_id=survivor.id,
                    merged_id=duplicate.id,
                    operator_id=operator,
                    reason=reason.strip(),
                    details=json.dumps(details, ensure_ascii=False),
                    merged_at=datetime.now(),
                )
            )
            AuditService.record(session, operator=operator, action=AuditAction.MEMBERS_MERGED,
                                subject=survivor.member_no,
                                details={**details, "reason": reason.strip()})
            return MergeResult(
                survivor=_as_seen(session, survivor, operator),
                merged_id=MemberId(duplicate.id),
                moved=moved,
            )

    def _set_status(
        self,
        member_id: MemberId,
        status: MemberStatus,
        allowed_from: tuple[MemberStatus, ...],
        *,
        operator: StaffId,
        action: AuditAction,
    ) -> Member:
        with self._db.write() as session:
            require(session, operator, Permission.ARCHIVE_MEMBERS)
            row = member_row(session, member_id)
            if MemberStatus(row.status) not in allowed_from:
                raise Conflict(
                    N_("Member {member_no} cannot be changed in its current state."),
                    member_no=row.member_no,
                )
            row.status = status.value
            row.updated_at = datetime.now()
            AuditService.record(session, operator=operator, action=action,
                                subject=row.member_no, details={"member_id": row.id})
            return _as_seen(session, row, operator)


def member_row(session: Session, member_id: int) -> MemberRow:
    """The member row, or `NotFound` in words the user can read."""
    row = session.get(MemberRow, member_id)
    if row is None:
        raise NotFound(N_("No member with id {id}."), id=member_id)
    return row


def _as_seen(session: Session, row: MemberRow, operator: StaffId) -> Member:
    """The member as this operator may see it (phones masked without VIEW_FULL_PHONE)."""
    return _shown(queries.to_member(session, row), sees_full_phones(session, operator))


def _shown(member: Member, full_phones: bool) -> Member:
    return member if full_phones else member.masked()


def _unmasked(draft: MemberDraft, row: MemberRow) -> MemberDraft:
    """A masked phone in a draft is the stored phone as a role saw it: keep the stored one."""
    phone = row.phone if draft.phone.strip() == mask_phone(row.phone) else draft.phone
    guardian = draft.guardian
    if guardian and row.guardian_phone and guardian.phone.strip() == mask_phone(
        row.guardian_phone
    ):
        guardian = replace(guardian, phone=row.guardian_phone)
    return replace(draft, phone=phone, guardian=guardian)


def _record_guardian_consent(
    session: Session, row: MemberRow, draft: MemberDraft, *, operator: StaffId
) -> None:
    """Who consented, as what, when and in front of whom: once per guardian."""
    if not draft.guardian_consent or not row.guardian_name:
        return
    if queries.has_guardian_consent(session, row):
        return
    session.add(GuardianConsentRow(
        member_id=row.id,
        guardian_name=row.guardian_name,
        relation=row.guardian_relation or "",
        consented_at=datetime.now(),
        operator_id=operator,
    ))


def _refuse_known_phone(session: Session, phone: str, *, exclude: int | None) -> None:
    existing = queries.phone_owner(session, phone, exclude=exclude)
    if existing is not None:
        owner = session.get(MemberRow, existing)
        raise DuplicatePhone(
            N_("Phone {phone} already belongs to member {member_no} ({name})."),
            existing_id=existing,
            phone=phone,
            member_no=owner.member_no if owner else "",
            name=owner.name if owner else "",
        )


def _refuse_taken_member_no(session: Session, member_no: str, *, exclude: int | None) -> None:
    query = select(MemberRow.id).where(MemberRow.member_no == member_no)
    if exclude is not None:
        query = query.where(MemberRow.id != exclude)
    if session.execute(query).first():
        raise Conflict(
            N_("Member number {member_no} is already in use."), member_no=member_no
        )


def _next_member_no(session: Session, today: date) -> str:
    """The next free number from the configured pattern; numbers typed by hand
    may already have taken some, so skip those."""
    pattern = read_setting(session, MEMBER_NO_PATTERN)
    seq = read_setting(session, MEMBER_NO_NEXT)
    while True:
        candidate = format_member_no(pattern, seq, today)
        seq += 1
        if not session.execute(
            select(MemberRow.id).where(MemberRow.member_no == candidate)
        ).first():
            write_setting(session, MEMBER_NO_NEXT, seq)
            return candidate


def _flush(session: Session, member_no: str) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        if "member_no" not in str(exc.orig):
            raise
        # Another reception PC took the number between our check and our write.
        raise Conflict(
            N_("Member number {member_no} is already in use."), member_no=member_no
        ) from None


def write_keys(session: Session, row: MemberRow, tags: tuple[str, ...]) -> None:
    """Name grams and tags, rewritten on every save of the member."""
    session.execute(delete(MemberNameGramRow).where(MemberNameGramRow.member_id == row.id))
    session.execute(
        insert(MemberNameGramRow),
        [{"gram": g, "member_id": row.id} for g in name_keys.name_grams(row.name)],
    )
    session.execute(delete(MemberTagRow).where(MemberTagRow.member_id == row.id))
    clean_tags = sorted({t.strip() for t in tags if t.strip()})
    if clean_tags:
        session.execute(
            insert(MemberTagRow), [{"member_id": row.id, "tag": t} for t in clean_tags]
        )


def _move_related(session: Session, from_id: int, to_id: int, *,
                  operator: StaffId) -> dict[str, int]:
    """Move what belongs to the duplicate to the survivor: tags, cards and
    points, visits (the ledger stays as written; reading follows `merged_into_id`)."""
    tags = session.scalars(select(MemberTagRow.tag).where(MemberTagRow.member_id == from_id)).all()
    have = set(
        session.scalars(select(MemberTagRow.tag).where(MemberTagRow.member_id == to_id)).all()
    )
    new_tags = [t for t in tags if t not in have]
    if new_tags:
        session.execute(insert(MemberTagRow), [{"member_id": to_id, "tag": t} for t in new_tags])
    return {"tags": len(new_tags), **move_to_member(session, from_id, to_id,
                                                    operator=operator),
            "visits": visits_db.move_to_member(session, from_id, to_id)}


_GAP_FIELDS = (
    "birth_year", "birth_month", "birth_day", "tier_id", "guardian_name",
    "guardian_relation", "guardian_phone",
)


def _fill_gaps(survivor: MemberRow, duplicate: MemberRow) -> None:
    for field in _GAP_FIELDS:
        if getattr(survivor, field) is None and getattr(duplicate, field) is not None:
            setattr(survivor, field, getattr(duplicate, field))
    if survivor.gender == "unknown":
        survivor.gender = duplicate.gender
    if not survivor.source_channel:
        survivor.source_channel = duplicate.source_channel
    survivor.marketing_consent = survivor.marketing_consent or duplicate.marketing_consent
    survivor.joined_on = min(survivor.joined_on, duplicate.joined_on)
    if duplicate.notes and duplicate.notes not in survivor.notes:
        survivor.notes = "\n".join(n for n in (survivor.notes, duplicate.notes) if n)
