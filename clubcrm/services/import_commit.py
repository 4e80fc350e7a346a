"""Committing a previewed member import: one write transaction, one import
batch. Members, their search keys, cards and links are bulk-inserted with
`executemany`; balances, sessions, validity and points enter the ledger as
`import_opening` rows, hash-chained by `ledger.chained_rows` and applied to
the cards by `ledger.apply_operation`, as `ledger.append_many` does for any
bulk operation. Any error or a cancel rolls everything back.

The tables the import at least doubles (in a new club: members, cards and the
ledger) get their indexes after the load. Everything runs on the calling
thread: a writer thread that inserted while this one prepared rows was no
faster on the shared 2-core machines, and under load it cost up to 2 s more
CPU in GIL hand-offs (bench/RESULTS.md, "Legacy import, session 5")."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clubcrm.db import ledger as ledger_db
from clubcrm.db.bulk_load import indexes_after_load, outgrown
from clubcrm.db.database import Database
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import ClubError, Conflict
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import LedgerKind, LedgerLine, stored_time
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services.audit import AuditService
from clubcrm.services.demo_bulk import Batch, Insert
from clubcrm.services.demo_ledger import INSERT_LEDGER
from clubcrm.services.import_bulk import (
    CardNumbers,
    NameKeys,
    Numbering,
    Products,
    big_cache,
    first_id,
)
from clubcrm.services.import_preview import Choice, Preview
from clubcrm.services.import_rows import Action, CardPlan, ImportRow
from clubcrm.services.permissions import require

Progress = Callable[[int, int], None]
StopCheck = Callable[[], bool]
CHUNK = 5_000

_INSERT_MEMBER = Insert(
    "INSERT INTO members (id, member_no, name, name_initials, name_pinyin, phone, phone_rev, "
    "gender, birth_year, birth_month, birth_day, joined_on, source_channel, tier_id, notes, "
    "guardian_name, guardian_relation, guardian_phone, marketing_consent, status, created_at, "
    "updated_at)",
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'active', ?, ?)")
_INSERT_GRAM = Insert("INSERT INTO member_name_grams (gram, member_id)", "(?, ?)")
_INSERT_TAG = Insert("INSERT INTO member_tags (member_id, tag)", "(?, ?)")
_INSERT_CARD = Insert(
    "INSERT INTO cards (id, card_no, product_id, member_id, status, principal_fen, bonus_fen, "
    "sessions, valid_from, opened_at)", "(?, ?, ?, ?, 'active', 0, 0, 0, ?, ?)")
_INSERT_BATCH_MEMBER = Insert(
    "INSERT INTO import_batch_members (batch_id, member_id, created, member_no)",
    "(?, ?, ?, ?)")
_INSERT_BATCH_CARD = Insert("INSERT INTO import_batch_cards (batch_id, card_id)", "(?, ?)")
_INSERT_CONSENT = Insert("INSERT INTO guardian_consents (member_id, guardian_name, relation, "
                         "consented_at, operator_id)", "(?, ?, ?, ?, ?)")


class ImportCancelled(ClubError):
    """The user cancelled; the transaction was rolled back."""


class NothingToImport(ClubError):
    """No row would create or change anything: no empty batch is made."""


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
    if not preview.has_work():
        raise NothingToImport(N_("Nothing to import: every row is a duplicate that is "
                                 "skipped, or rejected. No import batch was made."))
    try:
        with db.write(bulk=True) as session:
            require(session, operator, Permission.IMPORT_DATA)
            with big_cache(session):
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
        self.counts = preview.counts()  # read once: it walks every row
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
        member_numbers = Numbering(self.session, self.connection)
        card_numbers = CardNumbers(self.session, self.connection)
        products = Products(self.connection, self.preview, self.stamp)
        first_member, first_card = (first_id(self.connection, table)
                                    for table in ("members", "cards"))
        op_id = self._insert_operation(batch_id)
        last = ledger_db.last_row(self.connection)
        with indexes_after_load(self.connection, outgrown(self.connection, self._loads(created))):
            self._insert_members(batch_id, created, member_numbers, first_member)
            attached = self._insert_cards_and_points(batch_id, card_numbers, products,
                                                     first_card)
            ledger_rows = self._insert_ledger(op_id, last)
            self._check_stop()
            # Before the cards' indexes are rebuilt: the balances and validity it
            # writes then go into them once.
            ledger_db.apply_operation(self.connection, op_id=op_id)
        member_numbers.save()
        card_numbers.save()
        self._link_existing(batch_id, attached)
        result = self._finish(batch_id, op_id, len(created), len(attached), ledger_rows)
        self._progress(len(rows), len(rows))
        return result

    def _loads(self, created: list[int]) -> dict[str, int]:
        """The rows each big table is about to get (each card has its opening row)."""
        cards = self.counts.cards
        return {"members": len(created), "cards": cards, "ledger": cards}

    def _write(self, batch: Batch) -> None:
        for insert, rows in batch:
            insert.run(self.connection, rows)

    def _check_stop(self) -> None:
        if self._should_stop():
            raise ImportCancelled(N_("The import was cancelled; nothing was changed."))

    def _insert_batch(self) -> int:
        counts = self.counts
        cursor = self.connection.execute(
            "INSERT INTO import_batches (kind, file_name, file_hash, sheet, rows_total, "
            "rows_imported, rows_rejected, rows_skipped, members_created, cards_created, "
            "operator_id, at) VALUES ('members', ?, ?, ?, ?, 0, ?, ?, 0, 0, ?, ?)",
            (self.preview.file_name[:260], self.preview.file_hash, self.preview.sheet[:60],
             counts.rows, counts.rejected, counts.skipped, self.operator, self.stamp))
        return int(cursor.lastrowid or 0)

    def _insert_members(self, batch_id: int, created: list[int],
                        numbers: Numbering, next_member: int) -> None:
        cache = NameKeys()
        keys: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        named: dict[str, list[int]] = {}  # name -> its members, for the grams
        total = len(self.preview.rows)
        today = self.at.date()
        for start in range(0, len(created), CHUNK):
            self._check_stop()
            members: list[tuple[Any, ...]] = []
            tags: list[tuple[int, str]] = []
            links: list[tuple[int, int, int, str]] = []
            consents: list[tuple[int, str, str, str, int]] = []
            for index in created[start:start + CHUNK]:
                row = self.preview.rows[index]
                member_id, next_member = next_member, next_member + 1
                self.member_ids[index] = member_id
                number = numbers.take(row.member_no, row.joined_on or today)
                if row.name not in keys:
                    keys[row.name] = cache.keys_of(row.name)
                initials, pinyin, _grams = keys[row.name]
                members.append(_member_values(row, member_id, number, initials, pinyin,
                                              today, self.stamp))
                named.setdefault(row.name, []).append(member_id)
                if row.tags:
                    tags.extend((member_id, tag) for tag in row.tags)
                links.append((batch_id, member_id, 1, number))
                if row.minor:
                    consents.append((member_id, row.guardian_name, row.guardian_relation,
                                     self.stamp, self.operator))
            self._write([(_INSERT_MEMBER, members), (_INSERT_TAG, tags),
                         (_INSERT_BATCH_MEMBER, links), (_INSERT_CONSENT, consents)])
            self._progress(start + len(members), total)
        _INSERT_GRAM.run(self.connection, _gram_rows(named, keys))

    def _insert_cards_and_points(self, batch_id: int, numbers: CardNumbers,
                                 products: Products, next_card: int) -> set[int]:
        """Cards of every created or attached row, and the opening lines; returns
        the club's existing members that got something."""
        self._created_ids = set(self.member_ids.values())
        cards, links, attached = [], [], set()
        for index, row in enumerate(self.preview.rows):
            member_id = self._member_of(index, row)
            if member_id is None:
                continue
            if row.action is Action.ATTACH and member_id not in self._created_ids:
                attached.add(member_id)
            points = row.points  # on the first card's opening row, or a row of its own
            for plan in row.cards:
                card_id, next_card = next_card, next_card + 1
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
        self._write([(_INSERT_CARD, cards), (_INSERT_BATCH_CARD, links)])
        self.cards = len(cards)
        return attached

    def _insert_ledger(self, op_id: int, last: tuple[int, bytes]) -> int:
        """The opening rows, hashed and inserted a chunk at a time (the chain
        runs on across chunks): no second copy of every row."""
        lines, self.lines = self.lines, []
        for start in range(0, len(lines), CHUNK):
            rows = ledger_db.chained_rows(last, op_id=op_id, at=self.at,
                                          operator_id=self.operator,
                                          lines=lines[start:start + CHUNK], first_line=start)
            last = rows[-1][0], rows[-1][-1]
            INSERT_LEDGER.run(self.connection, rows)
        return len(lines)

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
        ids = ",".join(str(int(m)) for m in attached)
        numbers = dict(self.connection.execute(
            f"SELECT id, member_no FROM members WHERE id IN ({ids})").fetchall()) \
            if attached else {}
        _INSERT_BATCH_MEMBER.run(self.connection,
                                 [(batch_id, m, 0, numbers.get(m, "")) for m in attached])

    def _finish(self, batch_id: int, op_id: int, created: int, attached: int,
                ledger_rows: int) -> ImportResult:
        counts = self.counts
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


def _member_values(row: ImportRow, member_id: int, number: str, initials: str, pinyin: str,
                   today: date, stamp: str) -> tuple[Any, ...]:
    birthday = row.birthday
    return (member_id, number, row.name, initials, pinyin,
            row.phone, row.phone[::-1], row.gender.value,
            birthday.year if birthday else None, birthday.month if birthday else None,
            birthday.day if birthday else None, (row.joined_on or today).isoformat(),
            row.source, row.tier_id, row.notes, row.guardian_name or None,
            row.guardian_relation or None, row.guardian_phone or None, stamp, stamp)


def _gram_rows(named: dict[str, list[int]],
               keys: dict[str, tuple[str, str, tuple[str, ...]]]) -> list[tuple[str, int]]:
    """(gram, member id) rows in the grams table's key order: it is clustered on
    (gram, member_id), and sorted inserts append to its pages instead of
    splitting them. Grouped by gram first, so only the distinct grams are
    sorted, not the 200,000-odd (gram, member) tuples of a big file."""
    by_gram: dict[str, list[int]] = defaultdict(list)
    for name, member_ids in named.items():
        for gram in keys[name][2]:
            by_gram[gram].extend(member_ids)
    return [(gram, member_id) for gram in sorted(by_gram)
            for member_id in sorted(by_gram[gram])]


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


