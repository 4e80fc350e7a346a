"""Member reads and the conversion of member rows to domain objects.

Lists and search results are built from a narrow column set straight into
`MemberSummary` values: no ORM objects for bulk reads.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, bindparam, exists, func, select, tuple_
from sqlalchemy.orm import Session

from clubcrm.db.models import (
    GuardianConsentRow,
    MemberNameGramRow,
    MemberRow,
    MemberTagRow,
    TierRow,
)
from clubcrm.domain.dates import Birthday
from clubcrm.domain.ids import MemberId, TierId
from clubcrm.domain.member import (
    Gender,
    Guardian,
    Member,
    MemberFilter,
    MemberStatus,
    MemberSummary,
    SortKey,
)

SORT_COLUMNS = {
    SortKey.MEMBER_NO: MemberRow.member_no,
    SortKey.NAME: MemberRow.name_pinyin,
    SortKey.JOINED_ON: MemberRow.joined_on,
    SortKey.PHONE: MemberRow.phone,
    SortKey.GENDER: MemberRow.gender,
    SortKey.TIER: func.coalesce(TierRow.rank, -1),  # members without a tier first
    SortKey.STATUS: MemberRow.status,
}
_SUMMARY_COLUMNS = (
    MemberRow.id,
    MemberRow.member_no,
    MemberRow.name,
    MemberRow.phone,
    MemberRow.gender,
    TierRow.name,
    MemberRow.status,
    MemberRow.joined_on,
    MemberRow.birth_year,
    MemberRow.birth_month,
    MemberRow.birth_day,
)


def birthday_of(year: int | None, month: int | None, day: int | None) -> Birthday | None:
    return Birthday(month=month, day=day, year=year) if month and day else None


def to_member(session: Session, row: MemberRow) -> Member:
    """The domain view of one member row, with its tags and tier name."""
    tags = session.scalars(
        select(MemberTagRow.tag).where(MemberTagRow.member_id == row.id).order_by(MemberTagRow.tag)
    ).all()
    tier_name = session.get(TierRow, row.tier_id).name if row.tier_id else ""
    guardian = (
        Guardian(row.guardian_name, row.guardian_relation or "", row.guardian_phone or "")
        if row.guardian_name
        else None
    )
    return Member(
        id=MemberId(row.id),
        member_no=row.member_no,
        name=row.name,
        phone=row.phone,
        gender=Gender(row.gender),
        birthday=birthday_of(row.birth_year, row.birth_month, row.birth_day),
        joined_on=row.joined_on,
        source_channel=row.source_channel,
        tier_id=TierId(row.tier_id) if row.tier_id else None,
        tier_name=tier_name,
        tags=tuple(tags),
        notes=row.notes,
        marketing_consent=row.marketing_consent,
        status=MemberStatus(row.status),
        guardian=guardian,
        merged_into=MemberId(row.merged_into_id) if row.merged_into_id else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
        guardian_consent=guardian is not None and has_guardian_consent(session, row),
    )


def has_guardian_consent(session: Session, row: MemberRow) -> bool:
    """Whether the member's current guardian has a consent record on file."""
    return session.execute(
        select(GuardianConsentRow.id).where(
            GuardianConsentRow.member_id == row.id,
            GuardianConsentRow.guardian_name == row.guardian_name,
            GuardianConsentRow.relation == row.guardian_relation,
        ).limit(1)
    ).first() is not None


def summary_select() -> Select[Any]:
    return select(*_SUMMARY_COLUMNS).outerjoin(TierRow, TierRow.id == MemberRow.tier_id)


def to_summaries(rows: Sequence[Any]) -> list[MemberSummary]:
    return [
        MemberSummary(
            id=MemberId(r[0]),
            member_no=r[1],
            name=r[2],
            phone=r[3],
            gender=Gender(r[4]),
            tier_name=r[5] or "",
            status=MemberStatus(r[6]),
            joined_on=r[7],
            birthday=birthday_of(r[8], r[9], r[10]),
        )
        for r in rows
    ]


def prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as an index range (no LIKE/GLOB, so `%`, `*`
    and quotes in the prefix are plain characters)."""
    return and_(column >= prefix, column < _upper_bound(prefix))


def _upper_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


SEARCH_COLUMNS = {
    "member_no": MemberRow.member_no,
    "phone": MemberRow.phone,
    "phone_rev": MemberRow.phone_rev,
    "name": MemberRow.name,
    "initials": MemberRow.name_initials,
    "pinyin": MemberRow.name_pinyin,
    "gram": MemberNameGramRow.gram,
}
SearchMode = Literal["exact", "prefix"]


@functools.cache
def _search_statement(column_key: str, mode: SearchMode) -> Select[Any]:
    """One prebuilt statement per (column, mode): search runs several lookups per
    keystroke, and building SQLAlchemy expressions costs more than running them."""
    column = SEARCH_COLUMNS[column_key]
    condition = (
        column == bindparam("value")
        if mode == "exact"
        else and_(column >= bindparam("value"), column < bindparam("upper"))
    )
    query = summary_select()
    if column_key == "gram":
        query = query.join(MemberNameGramRow, MemberNameGramRow.member_id == MemberRow.id)
    # Three status slots: a shorter list repeats its last status.
    statuses = MemberRow.status.in_([bindparam("s0"), bindparam("s1"), bindparam("s2")])
    return query.where(condition, statuses).limit(bindparam("limit"))


def search_members(
    session: Session,
    column_key: str,
    mode: SearchMode,
    value: str,
    *,
    statuses: Sequence[MemberStatus],
    limit: int,
) -> list[MemberSummary]:
    """Members whose `column_key` equals or starts with `value`, at most `limit`,
    using that column's index."""
    slots = [s.value for s in statuses][:3]
    slots += [slots[-1]] * (3 - len(slots))
    params: dict[str, Any] = {"value": value, "limit": limit, "s0": slots[0], "s1": slots[1],
                              "s2": slots[2]}
    if mode == "prefix":
        params["upper"] = _upper_bound(value)
    # A Core statement on the session's connection skips the ORM's execution layer.
    rows = session.connection().execute(_search_statement(column_key, mode), params).all()
    return to_summaries(rows)


def filter_conditions(member_filter: MemberFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if member_filter.statuses:
        conditions.append(MemberRow.status.in_([s.value for s in member_filter.statuses]))
    if member_filter.tier_id is not None:
        conditions.append(MemberRow.tier_id == member_filter.tier_id)
    if member_filter.tag:
        conditions.append(
            exists().where(
                MemberTagRow.member_id == MemberRow.id, MemberTagRow.tag == member_filter.tag
            )
        )
    if member_filter.joined_from:
        conditions.append(MemberRow.joined_on >= member_filter.joined_from)
    if member_filter.joined_to:
        conditions.append(MemberRow.joined_on <= member_filter.joined_to)
    return conditions


def count_members(session: Session, member_filter: MemberFilter) -> int:
    query = select(func.count()).select_from(MemberRow).where(*filter_conditions(member_filter))
    return int(session.execute(query).scalar_one())


SortValue = str | date | int


def page_of_members(
    session: Session,
    member_filter: MemberFilter,
    *,
    sort: SortKey,
    descending: bool,
    after: tuple[SortValue, int] | None,
    limit: int,
) -> list[tuple[MemberSummary, SortValue]]:
    """One page of the member list, continuing after the keyset `after`.

    Keyset paging costs the same at row 99,800 as at row 0, where OFFSET
    would walk every row before the page.
    """
    column = SORT_COLUMNS[sort]
    key = tuple_(column, MemberRow.id)
    conditions = filter_conditions(member_filter)
    if after is not None:
        conditions.append(key < tuple_(*after) if descending else key > tuple_(*after))
    order = (column.desc(), MemberRow.id.desc()) if descending else (column, MemberRow.id)
    query = summary_select().add_columns(column).where(*conditions).order_by(*order).limit(limit)
    rows = session.execute(query).all()
    return list(zip(to_summaries(rows), (r[-1] for r in rows), strict=True))


def tag_names(session: Session) -> list[str]:
    return list(session.scalars(select(MemberTagRow.tag).distinct().order_by(MemberTagRow.tag)))


def phone_owner(session: Session, phone: str, *, exclude: int | None = None) -> int | None:
    """The id of a live (not merged) member with this phone, if any."""
    query = select(MemberRow.id).where(
        MemberRow.phone == phone, MemberRow.status != MemberStatus.MERGED.value
    )
    if exclude is not None:
        query = query.where(MemberRow.id != exclude)
    return session.execute(query.limit(1)).scalar()


def duplicate_phone_groups(session: Session, limit: int) -> list[list[MemberSummary]]:
    """Live members who share a phone: each group is probably one person."""
    live = MemberRow.status.in_([MemberStatus.ACTIVE.value, MemberStatus.FROZEN.value])
    phones = session.scalars(
        select(MemberRow.phone)
        .where(live)
        .group_by(MemberRow.phone)
        .having(func.count() > 1)
        .limit(limit)
    ).all()
    groups = []
    for phone in phones:
        rows = session.execute(
            summary_select().where(MemberRow.phone == phone, live).order_by(MemberRow.id)
        ).all()
        groups.append(to_summaries(rows))
    return groups


def same_name_and_birthday_groups(session: Session, limit: int) -> list[list[MemberSummary]]:
    """Live members with the same name and full birthday but different phones."""
    live = MemberRow.status.in_([MemberStatus.ACTIVE.value, MemberStatus.FROZEN.value])
    keys = session.execute(
        select(MemberRow.name, MemberRow.birth_year, MemberRow.birth_month, MemberRow.birth_day)
        .where(live, MemberRow.birth_year.is_not(None))
        .group_by(
            MemberRow.name, MemberRow.birth_year, MemberRow.birth_month, MemberRow.birth_day
        )
        .having(func.count(func.distinct(MemberRow.phone)) > 1)
        .limit(limit)
    ).all()
    groups = []
    for name, year, month, day in keys:
        rows = session.execute(
            summary_select()
            .where(
                live,
                MemberRow.name == name,
                MemberRow.birth_year == year,
                MemberRow.birth_month == month,
                MemberRow.birth_day == day,
            )
            .order_by(MemberRow.id)
        ).all()
        groups.append(to_summaries(rows))
    return groups
