"""Consumption history from the previous system: rows of member (number or
phone), date and time, amount, item and payment, kept in `history_consumption`
for segmentation and reports. Balances are not touched: they come from the
ledger alone. A million-row CSV is streamed, never held in memory, and
inserted in chunks inside one transaction (one import batch)."""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from clubcrm.db.bulk_load import indexes_after_load
from clubcrm.db.database import Database
from clubcrm.domain import import_values as values
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.errors import Conflict
from clubcrm.domain.ids import StaffId
from clubcrm.domain.import_values import Cell, ValueProblem, as_text, is_blank
from clubcrm.domain.ledger import stored_time
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.io.table_reader import ReadLimits, Table, TableError, stream_rows
from clubcrm.services.audit import AuditService
from clubcrm.services.demo_bulk import Insert
from clubcrm.services.import_commit import ImportCancelled, Progress, StopCheck
from clubcrm.services.import_header import locate_header
from clubcrm.services.import_mapping import (
    HEADER_SEARCH_ROWS,
    HISTORY_FIELDS,
    Field,
    Mapping,
    auto_mapping,
    mapping_from_names,
)
from clubcrm.services.permissions import require

HISTORY_LIMITS = ReadLimits(max_rows=2_000_000)
CHUNK = 20_000
REBUILD_BELOW = 500_000  # existing history rows under which indexes are rebuilt after a load
MAX_ITEM = 60
SAMPLE_ROWS = 200
_INSERT = Insert("INSERT INTO history_consumption (member_id, at, amount_fen, item, payment, "
                 "batch_id)", "(?, ?, ?, ?, ?, ?)")
# Data: how payment methods are written in old systems' exports.
PAYMENT_WORDS = {
    "现金": PaymentMethod.CASH, "cash": PaymentMethod.CASH,
    "微信": PaymentMethod.WECHAT, "微信支付": PaymentMethod.WECHAT, "wechat": PaymentMethod.WECHAT,
    "wechatpay": PaymentMethod.WECHAT,
    "支付宝": PaymentMethod.ALIPAY, "alipay": PaymentMethod.ALIPAY,
    "银行卡": PaymentMethod.BANK_CARD, "刷卡": PaymentMethod.BANK_CARD,
    "银联": PaymentMethod.BANK_CARD, "bankcard": PaymentMethod.BANK_CARD,
    "会员卡": PaymentMethod.CARD, "储值卡": PaymentMethod.CARD, "卡": PaymentMethod.CARD,
    "余额": PaymentMethod.CARD, "card": PaymentMethod.CARD,
}


@dataclass(frozen=True, slots=True)
class RejectedRow:
    row_no: int
    code: str
    template: str
    params: dict[str, object]
    cells: list[Cell]


@dataclass(frozen=True, slots=True)
class HistorySample:
    """A row as it will be recorded (the first rows, for the preview)."""

    row_no: int
    member: str  # the member number or phone as the file gives it
    at: str
    amount_fen: int
    item: str
    payment: str


@dataclass(slots=True)
class HistoryResult:
    batch_id: int | None  # None for a dry run, or when no row could be imported
    rows: int = 0
    imported: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    headers: list[Cell] = field(default_factory=list)
    sample: list[HistorySample] = field(default_factory=list)


def import_history(db: Database, path: Path, *, operator: StaffId, sheet: str | None = None,
                   encoding: str | None = None, mapping_names: dict[str, str] | None = None,
                   dry_run: bool = False, limits: ReadLimits = HISTORY_LIMITS,
                   progress: Progress | None = None,
                   should_stop: StopCheck | None = None) -> HistoryResult:
    """Read, check and (unless `dry_run`) record the history rows of `path`."""
    path = Path(path)
    file_hash = file_digest(path)
    rows = stream_rows(path, sheet=sheet, encoding=encoding, limits=limits)
    headers, mapping, body = _header_and_body(rows, mapping_names)
    with db.write(bulk=True) as session:
        require(session, operator, Permission.IMPORT_DATA)
        connection: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
        _refuse_repeat(connection, file_hash)
        resolver = _Members(connection)
        batch_id = None if dry_run else _insert_batch(connection, path, file_hash, operator)
        result = HistoryResult(batch_id, headers=headers)
        columns = _Columns(mapping)
        chunk: list[tuple[object, ...]] = []
        with indexes_after_load(connection, ["history_consumption"] if _small(connection) else []):
            for row_no, cells in body:
                result.rows += 1
                record = _record(row_no, cells, columns, resolver, result)
                if record is not None:
                    chunk.append((*record, batch_id))
                    if len(result.sample) < SAMPLE_ROWS:
                        result.sample.append(_sample(row_no, cells, columns, record))
                if len(chunk) >= CHUNK:
                    _flush(connection, chunk, result, dry_run, progress, should_stop)
                    chunk = []
            _flush(connection, chunk, result, dry_run, progress, should_stop)
        if dry_run or not result.imported:  # no empty batch: nothing to undo
            session.rollback()
            result.batch_id = None
            return result
        _finish(connection, result)
        AuditService.record(session, operator=operator, action=AuditAction.HISTORY_IMPORTED,
                            subject=path.name, details={"batch": batch_id, "rows": result.rows,
                                                        "imported": result.imported,
                                                        "rejected": len(result.rejected)})
        return result


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _header_and_body(rows: Iterator[tuple[int, list[Cell]]],
                     names: dict[str, str] | None) -> tuple[list[Cell], Mapping, Iterator]:
    head = [row for _, row in zip(range(HEADER_SEARCH_ROWS), rows)]
    numbers = [number for number, _ in head]
    table = Table("", [cells for _, cells in head], numbers[0] if numbers else 1)
    header = locate_header(table, HISTORY_FIELDS)
    headers = header.names
    mapping = mapping_from_names(headers, names) if names else auto_mapping(headers,
                                                                           HISTORY_FIELDS)
    fields = set(mapping.values())
    if not fields & {Field.MEMBER_NO, Field.PHONE} or not {Field.AT, Field.AMOUNT} <= fields:
        raise TableError("mapping_incomplete", N_("A history file needs a member number or "
                                                  "phone column, a date and an amount."))

    def body() -> Iterator[tuple[int, list[Cell]]]:
        yield from head[header.body_start:]
        yield from rows

    return headers, mapping, body()


class _Members:
    """Member ids by number and by phone (a phone shared by two members is
    ambiguous and rejected rather than guessed)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.by_no: dict[str, int] = {}
        self.by_phone: dict[str, int | None] = {}
        for member_id, number, phone in connection.execute(
                "SELECT id, member_no, phone FROM members WHERE status != 'merged'"):
            self.by_no[number] = member_id
            self.by_phone[phone] = None if phone in self.by_phone else member_id


def _record(row_no: int, cells: list[Cell], columns: _Columns, members: _Members,
            result: HistoryResult) -> tuple[object, ...] | None:
    if all(cell == "" or cell is None for cell in cells):
        result.rows -= 1
        return None
    try:
        member_id = _member(columns.get(cells, Field.MEMBER_NO),
                            columns.get(cells, Field.PHONE), members)
        at = values.moment(columns.get(cells, Field.AT))
        amount = values.money_fen(columns.get(cells, Field.AMOUNT))
    except ValueProblem as problem:
        result.rejected.append(RejectedRow(row_no, problem.code, problem.template,
                                           problem.params, cells))
        return None
    return (member_id, stored_time(at), amount,
            as_text(columns.get(cells, Field.ITEM))[:MAX_ITEM],
            columns.payment(columns.get(cells, Field.PAYMENT)))


class _Columns:
    """Where each field is in a row, and the payment spellings seen so far."""

    def __init__(self, mapping: Mapping) -> None:
        self._index = {field_: index for index, field_ in mapping.items()}
        self._payments: dict[Cell, str] = {}

    def get(self, cells: list[Cell], field_: Field) -> Cell:
        index = self._index.get(field_)
        return cells[index] if index is not None and index < len(cells) else ""

    def payment(self, cell: Cell) -> str:
        if cell not in self._payments:
            self._payments[cell] = payment(cell)
        return self._payments[cell]


def _sample(row_no: int, cells: list[Cell], columns: _Columns,
            record: tuple[object, ...]) -> HistorySample:
    member = as_text(columns.get(cells, Field.MEMBER_NO)) or as_text(
        columns.get(cells, Field.PHONE))
    _member_id, at, amount, item, method = record
    assert isinstance(amount, int)
    return HistorySample(row_no, member, str(at)[:16], amount, str(item), str(method))


def _member(number_cell: Cell, phone_cell: Cell, members: _Members) -> int:
    number = as_text(number_cell).upper()
    if number and number in members.by_no:
        return members.by_no[number]
    if not is_blank(phone_cell):
        phone = values.phone(phone_cell)
        if phone in members.by_phone:
            found = members.by_phone[phone]
            if found is None:
                raise ValueProblem("phone_ambiguous", N_("Several members have the phone "
                                                         "{text}; give the member number"),
                                   text=phone)
            return found
    raise ValueProblem("member_unknown", N_("No member with number or phone {text}"),
                       text=number or as_text(phone_cell))


def payment(cell: Cell) -> str:
    """A payment method's code when it is a known spelling, else the text as given."""
    text = unicodedata.normalize("NFKC", as_text(cell)).strip()
    known = PAYMENT_WORDS.get(text.lower().replace(" ", ""))
    return known.value if known else text[:20]


def _flush(connection: sqlite3.Connection, chunk: list[tuple[object, ...]],
           result: HistoryResult, dry_run: bool, progress: Progress | None,
           should_stop: StopCheck | None) -> None:
    if should_stop and should_stop():
        raise ImportCancelled(N_("The import was cancelled; nothing was changed."))
    if chunk and not dry_run:
        _INSERT.run(connection, chunk)
    result.imported += len(chunk)
    if progress:
        progress(result.rows, 0)


def _small(connection: sqlite3.Connection) -> bool:
    """Few history rows yet: indexing after the load is cheaper than into it."""
    return connection.execute("SELECT count(*) FROM (SELECT 1 FROM history_consumption "
                              f"LIMIT {REBUILD_BELOW})").fetchone()[0] < REBUILD_BELOW


def _refuse_repeat(connection: sqlite3.Connection, file_hash: str) -> None:
    row = connection.execute(
        "SELECT id FROM import_batches WHERE kind = 'history' AND file_hash = ? "
        "AND undone_at IS NULL", (file_hash,)).fetchone()
    if row:
        raise Conflict(N_("This file was already imported as batch {batch}; undo that batch "
                          "first to import it again."), batch=row[0])


def _insert_batch(connection: sqlite3.Connection, path: Path, file_hash: str,
                  operator: StaffId) -> int:
    cursor = connection.execute(
        "INSERT INTO import_batches (kind, file_name, file_hash, sheet, rows_total, "
        "rows_imported, rows_rejected, rows_skipped, members_created, cards_created, "
        "operator_id, at) VALUES ('history', ?, ?, '', 0, 0, 0, 0, 0, 0, ?, ?)",
        (path.name[:260], file_hash, operator, stored_time(datetime.now())))
    return int(cursor.lastrowid or 0)


def _finish(connection: sqlite3.Connection, result: HistoryResult) -> None:
    connection.execute(
        "UPDATE import_batches SET rows_total = ?, rows_imported = ?, rows_rejected = ? "
        "WHERE id = ?", (result.rows, result.imported, len(result.rejected), result.batch_id))
