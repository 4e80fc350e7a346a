"""A deterministic, realistic demo club: for trying the app, for screenshots,
and for the benchmarks in bench/ (100,000 members in seconds).

`generate_demo` is a small orchestrator: it opens one bulk transaction and
runs each step in it (only members so far; cards, ledger and visits join as
their issues add them). Steps write with raw `executemany` on the DBAPI
connection: PERFORMANCE.md measured ORM `add_all` 54 times slower than that.

The same seed and the same `today` give the same rows on a fresh database.
"""

from __future__ import annotations

import json
import queue
import random
import sqlite3
import threading
import time
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from typing import Any, TypeVar

from clubcrm.db.database import Database
from clubcrm.services import demo_data as data
from clubcrm.services.club import Club
from clubcrm.services.demo_keys import NameKeyCache
from clubcrm.services.settings import MEMBER_NO_NEXT, MEMBER_NO_PATTERN, Setting, format_member_no

Progress = Callable[[int, int], None]
T = TypeVar("T")

BATCH = 5_000
BULK_CACHE_KIB = 256 * 1024  # page cache while loading: index inserts stay in memory
ARCHIVED_SHARE = 0.02
NOTES_SHARE = 0.05
CONSENT_SHARE = 0.70
UNKNOWN_YEAR_SHARE = 0.10  # of members old enough to have no guardian
TIER_DECAY = 0.35  # each tier up is this much rarer than the one below
MIN_AGE_AT_JOIN_DAYS = 180  # baby swim starts at about six months
OPENS_AT = 9  # members sign up during opening hours, 09:00-22:00
OPEN_SECONDS = 13 * 3600

_INSERT_MEMBER = """
INSERT INTO members (
    id, member_no, name, name_initials, name_pinyin, phone, phone_rev, gender,
    birth_year, birth_month, birth_day, joined_on, source_channel, tier_id, notes,
    marketing_consent, status, guardian_name, guardian_relation, guardian_phone,
    merged_into_id, created_at, updated_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
"""
_INSERT_GRAM = "INSERT INTO member_name_grams (gram, member_id) VALUES (?, ?)"
_INSERT_TAG = "INSERT INTO member_tags (member_id, tag) VALUES (?, ?)"
_INSERT_CONSENT = (
    "INSERT INTO guardian_consents (member_id, guardian_name, relation, consented_at, "
    "operator_id) VALUES (?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` added, and how long it took."""

    members: int
    children: int
    archived: int
    name_grams: int
    tags: int
    first_member_no: str
    last_member_no: str
    seconds: float


def generate_demo(
    club: Club,
    *,
    members: int,
    months: int,
    seed: int,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add `members` made-up members who joined over the last `months` months.

    On a database that already has members the new ones continue the member
    numbers and never reuse a phone on file. All or nothing: one transaction.
    """
    if members < 0 or months < 1:
        raise ValueError("members must be >= 0 and months >= 1")
    started = time.perf_counter()
    rng = random.Random(seed)
    with _bulk_transaction(club.db) as connection:
        added = _members(
            connection, rng, count=members, months=months, today=today or date.today(),
            progress=progress or (lambda done, total: None),
        )
    return DemoSummary(
        members=added.members,
        children=added.children,
        archived=added.archived,
        name_grams=added.name_grams,
        tags=added.tags,
        first_member_no=added.first_member_no,
        last_member_no=added.last_member_no,
        seconds=time.perf_counter() - started,
    )


@contextmanager
def _bulk_transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """The engine's own connection (so it has the club's pragmas) in one
    `BEGIN IMMEDIATE` transaction, with a large page cache for the load."""
    pooled = db.engine.raw_connection()
    connection: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
    cache_size = connection.execute("PRAGMA cache_size").fetchone()[0]
    connection.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    finally:
        connection.execute(f"PRAGMA cache_size={int(cache_size)}")
        pooled.close()


# -- step: members -------------------------------------------------------------


@dataclass
class _MembersAdded:
    members: int = 0
    children: int = 0
    archived: int = 0
    name_grams: int = 0
    tags: int = 0
    first_member_no: str = ""
    last_member_no: str = ""


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
class _Weighted:
    """Weighted draws with the cumulative weights computed once."""

    items: Sequence[Any]
    cumulative: list[float]

    @classmethod
    def of(cls, pairs: Sequence[tuple[Any, float]]) -> _Weighted:
        return cls([p[0] for p in pairs], list(accumulate(p[1] for p in pairs)))

    def draw(self, rng: random.Random) -> Any:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


@dataclass
class _Context:
    """Everything one member row is drawn from, and what is already taken."""

    today: date
    numbering: _Numbering
    phones: set[str]
    tiers: _Weighted | None
    next_id: int
    operator_id: int  # the owner account records the demo's guardian consents
    keys: NameKeyCache = field(default_factory=NameKeyCache)
    surnames: _Weighted = field(default_factory=lambda: _Weighted.of(data.SURNAMES))
    channels: _Weighted = field(default_factory=lambda: _Weighted.of(data.SOURCE_CHANNELS))
    adult_tags: _Weighted = field(default_factory=lambda: _Weighted.of(data.ADULT_TAGS))
    child_tags: _Weighted = field(default_factory=lambda: _Weighted.of(data.CHILD_TAGS))
    ages: _Weighted = field(
        default_factory=lambda: _Weighted.of([((lo, hi), w) for lo, hi, w in data.AGE_BANDS])
    )
    relations: _Weighted = field(
        default_factory=lambda: _Weighted.of(
            [((rel, gender, same), weight) for rel, weight, gender, same in data.GUARDIAN_RELATIONS]
        )
    )
    tag_counts: _Weighted = field(
        default_factory=lambda: _Weighted.of(list(enumerate(data.TAG_COUNT_WEIGHTS)))
    )


def _members(
    connection: sqlite3.Connection,
    rng: random.Random,
    *,
    count: int,
    months: int,
    today: date,
    progress: Progress,
) -> _MembersAdded:
    """Insert `count` members with their name grams and tags, batch by batch,
    then move MEMBER_NO_NEXT past the numbers used."""
    context = _context(connection, today)
    joined_dates = _join_dates(rng, count=count, months=months, today=today)
    added = _MembersAdded()
    with _BatchWriter(connection) as writer:
        for start in range(0, count, BATCH):
            batch = _member_batch(rng, context, joined_dates[start:start + BATCH])
            writer.put(batch)
            _count(added, batch)
            progress(min(start + BATCH, count), count)
    _write_setting(connection, MEMBER_NO_NEXT, context.numbering.seq)
    return added


def _member_batch(rng: random.Random, context: _Context, joined_dates: list[date]) -> _Batch:
    batch = _Batch()
    for joined in joined_dates:
        row, grams, tags = _member_row(rng, context, joined)
        batch.members.append(row)
        batch.grams.extend((gram, row[0]) for gram in grams)
        batch.tags.extend((row[0], tag) for tag in tags)
        if row[17] is not None:  # a child: the guardian consented at registration
            batch.consents.append((row[0], row[17], row[18], row[-2], context.operator_id))
    return batch


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
    tiers = _Weighted.of([(t, TIER_DECAY**i) for i, t in enumerate(tier_ids)]) if tier_ids else None
    return _Context(
        today=today,
        numbering=_Numbering(
            pattern=_read_setting(connection, MEMBER_NO_PATTERN),
            seq=_read_setting(connection, MEMBER_NO_NEXT),
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


def _count(added: _MembersAdded, batch: _Batch) -> None:
    if not batch.members:
        return
    added.first_member_no = added.first_member_no or batch.members[0][1]
    added.last_member_no = batch.members[-1][1]
    added.members += len(batch.members)
    added.children += sum(1 for m in batch.members if m[17] is not None)
    added.archived += sum(1 for m in batch.members if m[16] == "archived")
    added.name_grams += len(batch.grams)
    added.tags += len(batch.tags)


@dataclass
class _Batch:
    """Rows for `_INSERT_MEMBER`, `_INSERT_GRAM` and `_INSERT_TAG`."""

    members: list[tuple[Any, ...]] = field(default_factory=list)
    grams: list[tuple[str, int]] = field(default_factory=list)
    tags: list[tuple[int, str]] = field(default_factory=list)
    consents: list[tuple[Any, ...]] = field(default_factory=list)


class _BatchWriter:
    """Inserts batches on a second thread. sqlite3 releases the GIL while
    SQLite writes, so on two cores the inserts overlap drawing the next batch
    (pypinyin and the draws are as slow as the inserts)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._queue: queue.Queue[_Batch | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)

    def __enter__(self) -> _BatchWriter:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        # Always wait for the thread: the caller rolls back on this connection next.
        self._queue.put(None)
        self._thread.join()
        if self._error is not None and exc_info[0] is None:
            raise self._error

    def put(self, batch: _Batch) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(batch)

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue
            try:
                self._connection.executemany(_INSERT_MEMBER, batch.members)
                self._connection.executemany(_INSERT_GRAM, batch.grams)
                self._connection.executemany(_INSERT_TAG, batch.tags)
                self._connection.executemany(_INSERT_CONSENT, batch.consents)
            except BaseException as exc:  # re-raised on the caller's thread
                self._error = exc


# -- one member ----------------------------------------------------------------


def _member_row(
    rng: random.Random, context: _Context, joined: date
) -> tuple[tuple[Any, ...], tuple[str, ...], list[str]]:
    """One member row in `_INSERT_MEMBER` order, its name grams and its tags."""
    birth, year_known = _birth(rng, context, joined)
    child = _age(birth, context.today) < data.CHILD_AGE
    gender = _gender(rng, child)
    surname = context.surnames.draw(rng)
    given = _given_name(rng, gender, child)
    phone = _new_phone(rng, context.phones)
    guardian = _guardian(rng, context, surname) if child else (None, None, None)
    keys = context.keys.keys(surname, given)
    created = f"{joined.isoformat()} {_time_of_day(rng)}"
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
    return row, keys.grams, _tags(rng, context, child=child, birth_month=birth.month)


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


def _time_of_day(rng: random.Random) -> str:
    """Opening hours, 09:00-21:59, in SQLAlchemy's DateTime storage format."""
    minutes, second = divmod(rng.randrange(OPEN_SECONDS), 60)
    hour, minute = divmod(minutes, 60)
    return f"{OPENS_AT + hour:02d}:{minute:02d}:{second:02d}.000000"


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


# -- settings inside the bulk transaction ------------------------------------------


def _read_setting(connection: sqlite3.Connection, setting: Setting[T]) -> T:
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
    return json.loads(row[0]) if row else setting.default


def _write_setting(connection: sqlite3.Connection, setting: Setting[T], value: T) -> None:
    """The same JSON `clubcrm.services.settings.write_setting` stores."""
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (setting.key, json.dumps(value, ensure_ascii=False)),
    )
