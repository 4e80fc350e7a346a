"""The demo club's members step: made-up members, their name grams, tags and
guardian consents, drawn batch by batch and inserted on the writer thread.

It also hands the money step what it needs to know of each new member
(`DemoMember`), so that step never reads the members back.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from clubcrm.services import demo_data as data
from clubcrm.services.demo_bulk import (
    OPEN_SECONDS,
    Batch,
    BatchWriter,
    Insert,
    Progress,
    Weighted,
    stored_at,
    write_setting,
)
from clubcrm.services.demo_keys import NameKeyCache
from clubcrm.services.settings import (
    MEMBER_NO_NEXT,
    MEMBER_NO_PATTERN,
    format_member_no,
    read_setting,
)

BATCH = 5_000
ARCHIVED_SHARE = 0.02
NOTES_SHARE = 0.05
CONSENT_SHARE = 0.70
UNKNOWN_YEAR_SHARE = 0.10  # of members old enough to have no guardian
TIER_DECAY = 0.35  # each tier up is this much rarer than the one below
MIN_AGE_AT_JOIN_DAYS = 180  # baby swim starts at about six months

_INSERT_MEMBER = Insert(
    "INSERT INTO members (id, member_no, name, name_initials, name_pinyin, phone, phone_rev, "
    "gender, birth_year, birth_month, birth_day, joined_on, source_channel, tier_id, notes, "
    "marketing_consent, status, guardian_name, guardian_relation, guardian_phone, "
    "merged_into_id, created_at, updated_at)",
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")
_INSERT_GRAM = Insert("INSERT INTO member_name_grams (gram, member_id)", "(?, ?)")
_INSERT_TAG = Insert("INSERT INTO member_tags (member_id, tag)", "(?, ?)")
_INSERT_CONSENT = Insert(
    "INSERT INTO guardian_consents (member_id, guardian_name, relation, consented_at, "
    "operator_id)", "(?, ?, ?, ?, ?)")


class DemoMember(NamedTuple):
    """What the money step needs of a new member: when they signed up, their
    tier, and whether they are a child (baby swim) or archived (gone)."""

    id: int
    member_no: str
    joined: date
    signed_up_second: int  # seconds after opening on `joined`
    tier_id: int | None
    child: bool
    archived: bool


@dataclass
class MembersAdded:
    members: int = 0
    children: int = 0
    archived: int = 0
    name_grams: int = 0
    tags: int = 0
    first_member_no: str = ""
    last_member_no: str = ""
    added: list[DemoMember] = field(default_factory=list)


@dataclass
class _Numbering:
    """Member numbers exactly as the member service hands them out, skipping
    numbers already taken (typed by hand or imported)."""

    pattern: str
    seq: int
    taken: set[str]

    def next(self, joined: date) -> str:
        while True:
            candidate = format_member_no(self.pattern, self.seq, joined)
            self.seq += 1
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate


@dataclass
class _Context:
    """Everything one member row is drawn from, and what is already taken."""

    today: date
    numbering: _Numbering
    phones: set[str]
    tiers: Weighted | None
    next_id: int
    operator_id: int  # the owner account records the demo's guardian consents
    keys: NameKeyCache = field(default_factory=NameKeyCache)
    surnames: Weighted = field(default_factory=lambda: Weighted.of(data.SURNAMES))
    channels: Weighted = field(default_factory=lambda: Weighted.of(data.SOURCE_CHANNELS))
    adult_tags: Weighted = field(default_factory=lambda: Weighted.of(data.ADULT_TAGS))
    child_tags: Weighted = field(default_factory=lambda: Weighted.of(data.CHILD_TAGS))
    ages: Weighted = field(
        default_factory=lambda: Weighted.of([((lo, hi), w) for lo, hi, w in data.AGE_BANDS])
    )
    relations: Weighted = field(
        default_factory=lambda: Weighted.of(
            [((rel, gender, same), weight) for rel, weight, gender, same in data.GUARDIAN_RELATIONS]
        )
    )
    tag_counts: Weighted = field(
        default_factory=lambda: Weighted.of(list(enumerate(data.TAG_COUNT_WEIGHTS)))
    )


def add_members(
    connection: sqlite3.Connection,
    rng: random.Random,
    *,
    count: int,
    months: int,
    today: date,
    progress: Progress,
) -> MembersAdded:
    """Insert `count` members with their name grams and tags, batch by batch,
    then move MEMBER_NO_NEXT past the numbers used."""
    context = _context(connection, today)
    joined_dates = _join_dates(rng, count=count, months=months, today=today)
    added = MembersAdded()
    with BatchWriter(connection) as writer:
        for start in range(0, count, BATCH):
            writer.put(_member_batch(rng, context, joined_dates[start:start + BATCH], added))
            progress(min(start + BATCH, count), count)
    write_setting(connection, MEMBER_NO_NEXT, context.numbering.seq)
    return added


def _member_batch(
    rng: random.Random, context: _Context, joined_dates: list[date], added: MembersAdded
) -> Batch:
    """The statements for one batch of members; counts them into `added`."""
    members: list[tuple[Any, ...]] = []
    grams: list[tuple[str, int]] = []
    tags: list[tuple[int, str]] = []
    consents: list[tuple[Any, ...]] = []
    for joined in joined_dates:
        row, member_grams, member_tags, member = _member_row(rng, context, joined)
        members.append(row)
        grams.extend((gram, member.id) for gram in member_grams)
        tags.extend((member.id, tag) for tag in member_tags)
        if member.child:  # the guardian consented at registration
            consents.append((member.id, row[17], row[18], row[-2], context.operator_id))
        added.added.append(member)
    _count(added, members, grams=len(grams), tags=len(tags))
    return [(_INSERT_MEMBER, members), (_INSERT_GRAM, grams), (_INSERT_TAG, tags),
            (_INSERT_CONSENT, consents)]


def _context(connection: sqlite3.Connection, today: date) -> _Context:
    """What the database already holds: numbers, phones, tiers, the last id."""
    phones = {row[0] for row in connection.execute("SELECT phone FROM members")}
    phones.update(
        row[0] for row in connection.execute(
            "SELECT guardian_phone FROM members WHERE guardian_phone IS NOT NULL"
        )
    )
    taken = {row[0] for row in connection.execute("SELECT member_no FROM members")}
    tier_ids = [row[0] for row in connection.execute("SELECT id FROM tiers ORDER BY rank, id")]
    tiers = Weighted.of([(t, TIER_DECAY**i) for i, t in enumerate(tier_ids)]) if tier_ids else None
    return _Context(
        today=today,
        numbering=_Numbering(
            pattern=read_setting(connection, MEMBER_NO_PATTERN),
            seq=read_setting(connection, MEMBER_NO_NEXT),
            taken=taken,
        ),
        phones=phones,
        tiers=tiers,
        next_id=(connection.execute("SELECT max(id) FROM members").fetchone()[0] or 0) + 1,
        operator_id=connection.execute(
            "SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1").fetchone()[0],
    )


def _join_dates(rng: random.Random, *, count: int, months: int, today: date) -> list[date]:
    """Join dates over the last `months` months, oldest first; recent months
    are three times as dense as the oldest (clubs grow, old members lapse)."""
    span = (today - _months_before(today, months)).days
    days_ago = [
        rng.uniform(0, span) if rng.random() < 0.5 else rng.triangular(0, span, 0)
        for _ in range(count)
    ]
    return [today - timedelta(days=int(d)) for d in sorted(days_ago, reverse=True)]


def _months_before(today: date, months: int) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(year, month + 1, min(today.day, 28))


def _count(added: MembersAdded, members: list[tuple[Any, ...]], *, grams: int,
           tags: int) -> None:
    if not members:
        return
    added.first_member_no = added.first_member_no or members[0][1]
    added.last_member_no = members[-1][1]
    added.members += len(members)
    added.children += sum(1 for m in members if m[17] is not None)
    added.archived += sum(1 for m in members if m[16] == "archived")
    added.name_grams += grams
    added.tags += tags


# -- one member ----------------------------------------------------------------


def _member_row(
    rng: random.Random, context: _Context, joined: date
) -> tuple[tuple[Any, ...], tuple[str, ...], list[str], DemoMember]:
    """One member row in `_INSERT_MEMBER` order, its name grams, its tags, and
    what the money step needs of it."""
    birth, year_known = _birth(rng, context, joined)
    child = _age(birth, context.today) < data.CHILD_AGE
    gender = _gender(rng, child)
    surname = context.surnames.draw(rng)
    given = _given_name(rng, gender, child)
    phone = _new_phone(rng, context.phones)
    guardian = _guardian(rng, context, surname) if child else (None, None, None)
    keys = context.keys.keys(surname, given)
    signed_up = rng.randrange(OPEN_SECONDS)
    created = stored_at(joined, signed_up)
    member_id = context.next_id
    context.next_id += 1
    row = (
        member_id, context.numbering.next(joined), surname + given, keys.initials, keys.pinyin,
        phone, phone[::-1],
        gender, birth.year if year_known else None, birth.month, birth.day, joined.isoformat(),
        context.channels.draw(rng), context.tiers.draw(rng) if context.tiers else None,
        _notes(rng, child), int(rng.random() < CONSENT_SHARE),
        "archived" if rng.random() < ARCHIVED_SHARE else "active", *guardian, created, created,
    )
    member = DemoMember(id=member_id, member_no=row[1], joined=joined, signed_up_second=signed_up,
                        tier_id=row[13], child=child, archived=row[16] == "archived")
    return row, keys.grams, _tags(rng, context, child=child, birth_month=birth.month), member


def _birth(rng: random.Random, context: _Context, joined: date) -> tuple[date, bool]:
    """A birth date at least half a year before joining; whether the member gave the year."""
    low, high = context.ages.draw(rng)
    min_days = (context.today - joined).days + MIN_AGE_AT_JOIN_DAYS
    days_old = max(rng.randrange(low * 365, (high + 1) * 365), min_days)
    birth = context.today - timedelta(days=days_old)
    adult = _age(birth, context.today) >= data.CHILD_AGE
    return birth, not (adult and rng.random() < UNKNOWN_YEAR_SHARE)


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - int((today.month, today.day) < (birth.month, birth.day))


def _gender(rng: random.Random, child: bool) -> str:
    """Women are the larger share of a salon-and-spa club; a few adults leave it blank."""
    roll = rng.random()
    if not child and roll < 0.03:
        return "unknown"
    return "female" if roll < 0.57 else "male"


def _given_name(rng: random.Random, gender: str, child: bool) -> str:
    female = gender == "female" or (gender == "unknown" and rng.random() < 0.5)
    if child and rng.random() < 0.85:
        return rng.choice(data.GIRL_NAMES if female else data.BOY_NAMES)
    pool = data.FEMALE_CHARS if female else data.MALE_CHARS
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(pool)
    if female and roll < 0.28:  # 婷婷, 丹丹
        return rng.choice(pool) * 2
    first = rng.choice(data.SHARED_FIRST_CHARS if rng.random() < 0.3 else pool)
    return first + rng.choice(pool)


def _guardian(rng: random.Random, context: _Context, surname: str) -> tuple[str, str, str]:
    relation, gender, same_surname = context.relations.draw(rng)
    family = surname if same_surname else context.surnames.draw(rng)
    name = family + _given_name(rng, gender, child=False)
    return name, relation, _new_phone(rng, context.phones)


def _new_phone(rng: random.Random, taken: set[str]) -> str:
    """A mainland mobile with a real carrier prefix that nobody on file has."""
    while True:
        prefix, number = divmod(rng.randrange(len(data.PHONE_PREFIXES) * 10**8), 10**8)
        phone = f"{data.PHONE_PREFIXES[prefix]}{number:08d}"
        if phone not in taken:
            taken.add(phone)
            return phone


def _notes(rng: random.Random, child: bool) -> str:
    if rng.random() >= NOTES_SHARE:
        return ""
    return rng.choice(data.CHILD_NOTES if child else data.NOTES)


def _tags(rng: random.Random, context: _Context, *, child: bool, birth_month: int) -> list[str]:
    pool = context.child_tags if child else context.adult_tags
    wanted = context.tag_counts.draw(rng)
    tags: list[str] = []
    while len(tags) < wanted:
        tag = pool.draw(rng)
        if tag not in tags:
            tags.append(tag)
    # Reception tags this month's birthdays for the birthday promotion.
    if birth_month == context.today.month and len(tags) < 3 and rng.random() < 0.6:
        tags.append(data.BIRTHDAY_TAG)
    return tags


