"""Committing a previewed member import: one write transaction, one import
batch. Members, their search keys, cards and links are bulk-inserted with
`executemany`; balances, sessions, validity and points enter the ledger as
`import_opening` rows through `ledger.append_many`, which chains their hashes
and applies them to the cards exactly as every other operation is applied.
Any error or a cancel rolls everything back."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clubcrm import i18n
from clubcrm.db import ledger as ledger_db
from clubcrm.db.database import Database
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.cards import ProductKind
from clubcrm.domain.errors import ClubError, Conflict
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import LedgerKind, LedgerLine, stored_time
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services import name_keys
from clubcrm.services.audit import AuditService
from clubcrm.services.demo_bulk import BULK_CACHE_KIB, ROWS_PER_STATEMENT, Insert
from clubcrm.services.demo_keys import NameKeyCache
from clubcrm.services.import_preview import Choice, Preview
from clubcrm.services.import_rows import Action, CardPlan, ImportRow
from clubcrm.services.permissions import require
from clubcrm.services.settings import (
    CARD_NO_NEXT,
    MEMBER_NO_NEXT,
    MEMBER_NO_PATTERN,
    format_member_no,
    read_setting,
    write_setting,
)

Progress = Callable[[int, int], None]
StopCheck = Callable[[], bool]
CHUNK = 5_000
DEFAULT_PRODUCT_NAMES = {
    ProductKind.STORED_VALUE: N_("Imported stored-value card"),
    ProductKind.COUNT: N_("Imported count card"),
    ProductKind.PERIOD: N_("Imported period card"),
}

_INSERT_MEMBER = Insert(
    "INSERT INTO members (id, member_no, name, name_initials, name_pinyin, phone, phone_rev, "
    "gender, birth_year, birth_month, birth_day, joined_on, source_channel, tier_id, notes, "
    "marketing_consent, status, created_at, updated_at)",
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'active', ?, ?)")
_INSERT_GRAM = Insert("INSERT INTO member_name_grams (gram, member_id)", "(?, ?)")
_INSERT_TAG = Insert("INSERT INTO member_tags (member_id, tag)", "(?, ?)")
_INSERT_CARD = Insert(
    "INSERT INTO cards (id, card_no, product_id, member_id, status, principal_fen, bonus_fen, "
    "sessions, valid_from, opened_at)", "(?, ?, ?, ?, 'active', 0, 0, 0, ?, ?)")
_INSERT_BATCH_MEMBER = Insert(
    "INSERT INTO import_batch_members (batch_id, member_id, created, member_no)",
    "(?, ?, ?, ?)")
_INSERT_BATCH_CARD = Insert("INSERT INTO import_batch_cards (batch_id, card_id)", "(?, ?)")


class ImportCancelled(ClubError):
    """The user cancelled; the transaction was rolled back."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    batch_id: int
    members_created: int
    members_attached: int  # members of the club (or of the file) that got cards or points
    cards_created: int
    ledger_rows: int
    rows_imported: int
    rows_skipped: int
    rows_rejected: int


def commit_members(db: Database, preview: Preview, *, operator: StaffId,
                   now: datetime | None = None, progress: Progress | None = None,
                   should_stop: StopCheck | None = None) -> ImportResult:
    """Write the preview's rows as its actions say, in one transaction."""
    at = now or datetime.now()
    try:
        with db.write() as session:
            require(session, operator, Permission.IMPORT_DATA)
            with _big_cache(session):
                return _Commit(session, preview, at, operator, progress, should_stop).run()
    except IntegrityError:
        raise Conflict(N_("The club's members changed since the preview (a member number "
                          "is now taken); preview the file again.")) from None


class _Commit:
    def __init__(self, session: Session, preview: Preview, at: datetime, operator: StaffId,
                 progress: Progress | None, should_stop: StopCheck | None) -> None:
        self.session = session
        self.connection: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
        self.preview = preview
        self.at, self.stamp, self.operator = at, stored_time(at), operator
        self._progress = progress or (lambda done, total: None)
        self._should_stop = should_stop or (lambda: False)
        self.member_ids: dict[int, int] = {}  # row index -> member id
        self.lines: list[LedgerLine] = []
        self.cards = 0

    def run(self) -> ImportResult:
        rows = self.preview.rows
        batch_id = self._insert_batch()
        _fill_merged_gaps(self.preview)
        created = [i for i, row in enumerate(rows) if row.action is Action.CREATE]
        self._insert_members(batch_id, created)
        attached = self._insert_cards_and_points(batch_id)
        op_id = self._insert_operation(batch_id)
        self._check_stop()
        ids = ledger_db.append_many(self.connection, op_id=op_id, at=self.at,
                                    operator_id=self.operator, lines=self.lines)
        self._link_existing(batch_id, attached)
        result = self._finish(batch_id, op_id, len(created), len(attached), len(ids))
        self._progress(len(rows), len(rows))
        return result

    def _check_stop(self) -> None:
        if self._should_stop():
            raise ImportCancelled(N_("The import was cancelled; nothing was changed."))

    def _insert_batch(self) -> int:
        counts = self.preview.counts()
        cursor = self.connection.execute(
            "INSERT INTO import_batches (kind, file_name, file_hash, sheet, rows_total, "
            "rows_imported, rows_rejected, rows_skipped, members_created, cards_created, "
            "operator_id, at) VALUES ('members', ?, ?, ?, ?, 0, ?, ?, 0, 0, ?, ?)",
            (self.preview.file_name[:260], self.preview.file_hash, self.preview.sheet[:60],
             counts.rows, counts.rejected, counts.skipped, self.operator, self.stamp))
        return int(cursor.lastrowid or 0)

    def _insert_members(self, batch_id: int, created: list[int]) -> None:
        existing = _next_id(self.connection, "members")
        with indexes_after_load(self.connection, "members", len(created) > existing):
            self._insert_member_rows(batch_id, created)

    def _insert_member_rows(self, batch_id: int, created: list[int]) -> None:
        numbers = _Numbering(self.session, self.connection)
        next_id = _next_id(self.connection, "members")
        all_grams: list[tuple[str, int]] = []
        cache = _NameKeys()
        keys: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        total = len(self.preview.rows)
        for start in range(0, len(created), CHUNK):
            self._check_stop()
            members, tags, links = [], [], []
            for index in created[start:start + CHUNK]:
                row = self.preview.rows[index]
                member_id, next_id = next_id, next_id + 1
                self.member_ids[index] = member_id
                number = numbers.take(row.member_no, row.joined_on or self.at.date())
                if row.name not in keys:
                    keys[row.name] = cache.keys_of(row.name)
                initials, pinyin, grams = keys[row.name]
                members.append(_member_values(row, member_id, number, initials, pinyin,
                                              self.at.date(), self.stamp))
                all_grams.extend((gram, member_id) for gram in grams)
                tags.extend((member_id, tag) for tag in row.tags)
                links.append((batch_id, member_id, 1, number))
            for insert, values in ((_INSERT_MEMBER, members), (_INSERT_TAG, tags),
                                   (_INSERT_BATCH_MEMBER, links)):
                insert.run(self.connection, values)
            self._progress(start + len(members), total)
        # In key order: the grams table is clustered on (gram, member_id), and
        # sorted inserts append to its pages instead of splitting them.
        all_grams.sort()
        _insert_lazily(self.connection, _INSERT_GRAM, all_grams)
        numbers.save()

    def _insert_cards_and_points(self, batch_id: int) -> set[int]:
        """Cards of every created or attached row, and the opening lines; returns
        the club's existing members that got something."""
        products = _Products(self.connection, self.preview, self.stamp)
        self._created_ids = set(self.member_ids.values())
        numbers = _CardNumbers(self.session, self.connection)
        next_id = _next_id(self.connection, "cards")
        cards, links, attached = [], [], set()
        for index, row in enumerate(self.preview.rows):
            member_id = self._member_of(index, row)
            if member_id is None:
                continue
            if row.action is Action.ATTACH and member_id not in self._created_ids:
                attached.add(member_id)
            points = row.points  # on the first card's opening row, or a row of its own
            for plan in row.cards:
                card_id, next_id = next_id, next_id + 1
                valid_from = min(self.at.date(), plan.valid_until) if plan.valid_until else None
                cards.append((card_id, numbers.take(), products.id_for(plan), member_id,
                              valid_from.isoformat() if valid_from else None, self.stamp))
                links.append((batch_id, card_id))
                self.lines.append(_opening(plan, card_id, member_id, valid_from, row,
                                           self.preview.file_name, points))
                points = 0
            if points:
                self.lines.append(LedgerLine(LedgerKind.IMPORT_OPENING, None, member_id,
                                             points_delta=points,
                                             reason=_reason(self.preview.file_name, row)))
        self._check_stop()
        _INSERT_CARD.run(self.connection, cards)
        _INSERT_BATCH_CARD.run(self.connection, links)
        numbers.save()
        self.cards = len(cards)
        return attached

    def _member_of(self, index: int, row: ImportRow) -> int | None:
        if row.action is Action.CREATE:
            return self.member_ids[index]
        if row.action is not Action.ATTACH or row.group is None:
            return None
        group = self.preview.groups[row.group]
        if group.existing is not None:
            return group.existing.id
        return self.member_ids.get(group.rows[0])

    def _insert_operation(self, batch_id: int) -> int:
        cursor = self.connection.execute(
            "INSERT INTO operations (key, kind, fingerprint, at, operator_id) "
            "VALUES (?, 'import', ?, ?, ?)",
            (f"import-{batch_id}-{uuid.uuid4().hex[:16]}",
             hashlib.sha256(self.preview.file_hash.encode()).hexdigest()[:32], self.stamp,
             self.operator))
        return int(cursor.lastrowid or 0)

    def _link_existing(self, batch_id: int, attached: set[int]) -> None:
        numbers = dict(self.connection.execute(
            "SELECT id, member_no FROM members WHERE id IN (%s)" % ",".join(
                str(int(m)) for m in attached)).fetchall()) if attached else {}
        _INSERT_BATCH_MEMBER.run(self.connection,
                                 [(batch_id, m, 0, numbers.get(m, "")) for m in attached])

    def _finish(self, batch_id: int, op_id: int, created: int, attached: int,
                ledger_rows: int) -> ImportResult:
        counts = self.preview.counts()
        imported = counts.new + counts.attached
        self.connection.execute(
            "UPDATE import_batches SET rows_imported = ?, members_created = ?, "
            "cards_created = ?, op_id = ? WHERE id = ?",
            (imported, created, self.cards, op_id, batch_id))
        result = ImportResult(batch_id, created, attached, self.cards, ledger_rows, imported,
                              counts.skipped, counts.rejected)
        AuditService.record(self.session, operator=self.operator,
                            action=AuditAction.MEMBERS_IMPORTED,
                            subject=self.preview.file_name,
                            details={"batch": batch_id, "members": created,
                                     "attached": attached, "cards": self.cards,
                                     "skipped": counts.skipped, "rejected": counts.rejected})
        return result


def _insert_lazily(connection: sqlite3.Connection, insert: Insert,
                   rows: list[tuple[Any, ...]]) -> None:
    """`insert.run` for a long list, without a second, flattened copy of it."""
    per = ROWS_PER_STATEMENT
    whole = len(rows) - len(rows) % per
    connection.executemany(insert.statement(per), (
        tuple(value for row in rows[start:start + per] for value in row)
        for start in range(0, whole, per)))
    if whole < len(rows):
        insert.run(connection, rows[whole:])


@contextmanager
def _big_cache(session: Session) -> Iterator[None]:
    """A large page cache while loading, so index inserts stay in memory (as the
    demo generator does); the connection's own size afterwards."""
    connection = session.connection().connection.driver_connection
    assert connection is not None
    size = connection.execute("PRAGMA cache_size").fetchone()[0]
    connection.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.execute(f"PRAGMA cache_size={int(size)}")


def _member_values(row: ImportRow, member_id: int, number: str, initials: str, pinyin: str,
                   today: date, stamp: str) -> tuple[Any, ...]:
    birthday = row.birthday
    return (member_id, number, row.name, initials, pinyin,
            row.phone, row.phone[::-1], row.gender.value,
            birthday.year if birthday else None, birthday.month if birthday else None,
            birthday.day if birthday else None, (row.joined_on or today).isoformat(),
            row.source, row.tier_id, row.notes, stamp, stamp)


def _opening(plan: CardPlan, card_id: int, member_id: int, valid_from: date | None,
             row: ImportRow, file_name: str, points: int) -> LedgerLine:
    days = (plan.valid_until - valid_from).days + 1 if plan.valid_until and valid_from else 0
    return LedgerLine(LedgerKind.IMPORT_OPENING, card_id, member_id,
                      principal_delta=plan.principal_fen, bonus_delta=plan.bonus_fen,
                      sessions_delta=plan.sessions, days_delta=days, points_delta=points,
                      reason=_reason(file_name, row))


def _reason(file_name: str, row: ImportRow) -> str:
    return f"{file_name} #{row.row_no}"


def _fill_merged_gaps(preview: Preview) -> None:
    """A merged group's first row gains what it lacked from the others."""
    for group in preview.groups:
        if group.choice is not Choice.MERGE or group.existing is not None:
            continue
        first = preview.rows[group.rows[0]]
        for index in group.rows[1:]:
            other = preview.rows[index]
            first.birthday = first.birthday or other.birthday
            first.tier_id = first.tier_id or other.tier_id
            first.source = first.source or other.source
            if first.gender.value == "unknown":
                first.gender = other.gender
            if other.joined_on and (first.joined_on is None or other.joined_on < first.joined_on):
                first.joined_on = other.joined_on
            first.tags = tuple(sorted(set(first.tags) | set(other.tags)))


@contextmanager
def indexes_after_load(connection: sqlite3.Connection, table: str,
                        enabled: bool) -> Iterator[None]:
    """Drop a table's secondary indexes for a load bigger than the table and
    build them after it, from their own stored SQL (PERFORMANCE.md: 3x faster
    than inserting into them). On an error the transaction's rollback
    restores them."""
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name", (table,)).fetchall() if enabled else []
    for name, _sql in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.execute(sql)


class _NameKeys:
    """Search keys as the member service stores them. Chinese names go through
    the demo generator's cache (surname and given name read once each, checked
    against `search_keys`); anything else through `search_keys` itself."""

    def __init__(self) -> None:
        self._cache = NameKeyCache()

    def keys_of(self, name: str) -> tuple[str, str, tuple[str, ...]]:
        if len(name) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
            found = self._cache.keys(name[:1], name[1:])
            return found.initials, found.pinyin, found.grams
        keys = name_keys.search_keys(name, "")
        return (keys["name_initials"], keys["name_pinyin"],
                tuple(sorted(name_keys.name_grams(name))))


def _next_id(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


class _Numbering:
    """Member numbers: the file's own when free, otherwise the club's pattern
    (as the member service numbers a new member)."""

    def __init__(self, session: Session, connection: sqlite3.Connection) -> None:
        self._session = session
        self._pattern = read_setting(session, MEMBER_NO_PATTERN)
        self._seq = read_setting(session, MEMBER_NO_NEXT)
        self._taken = {row[0] for row in connection.execute("SELECT member_no FROM members")}
        self._moved = False

    def take(self, wanted: str, joined: date) -> str:
        if wanted and wanted not in self._taken:
            self._taken.add(wanted)
            return wanted
        while (number := format_member_no(self._pattern, self._seq, joined)) in self._taken:
            self._seq += 1
        self._seq += 1
        self._moved = True
        self._taken.add(number)
        return number

    def save(self) -> None:
        if self._moved:
            write_setting(self._session, MEMBER_NO_NEXT, self._seq)


class _CardNumbers:
    def __init__(self, session: Session, connection: sqlite3.Connection) -> None:
        self._session = session
        self._seq = read_setting(session, CARD_NO_NEXT)
        self._taken = {row[0] for row in connection.execute("SELECT card_no FROM cards")}

    def take(self) -> str:
        while (number := f"C{self._seq:07d}") in self._taken:
            self._seq += 1
        self._seq += 1
        return number

    def save(self) -> None:
        write_setting(self._session, CARD_NO_NEXT, self._seq)


class _Products:
    """The product of each card: matched, chosen, or (first time) created."""

    def __init__(self, connection: sqlite3.Connection, preview: Preview, stamp: str) -> None:
        self._connection = connection
        self._defaults = dict(preview.catalogue.defaults)
        self._stamp = stamp

    def id_for(self, plan: CardPlan) -> int:
        if plan.product_id is not None:
            return plan.product_id
        found = self._defaults.get(plan.kind)
        if found is None:
            found = self._defaults[plan.kind] = self._create(plan.kind)
        return found

    def _create(self, kind: ProductKind) -> int:
        name = i18n.translate(DEFAULT_PRODUCT_NAMES[kind])
        row = self._connection.execute(
            "SELECT id FROM card_products WHERE name = ? AND kind = ?", (name, kind.value)
        ).fetchone()
        if row:
            return int(row[0])
        cursor = self._connection.execute(
            "INSERT INTO card_products (name, kind, price_fen, discount_permille, sessions, "
            "valid_days, valid_months, active, created_at) VALUES (?, ?, 0, 1000, 0, 0, 0, 1, ?)",
            (name, kind.value, self._stamp))
        return int(cursor.lastrowid or 0)
