"""Writing the demo's money history: operations and ledger rows numbered,
timed, hash-chained and batched to the writer, new cards numbered as
the card service numbers them, and the ledger's indexes built after the load.

Rows arrive in time order (the simulation pops its events by time), so ids
follow time and each row's hash is chained to the one written just before,
exactly as `clubcrm.db.ledger.append_lines` chains a live operation.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from heapq import heappop, heappush
from typing import NamedTuple

from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.ledger import GENESIS_HASH, HASHED_COLUMNS, LedgerKind, chain_rows
from clubcrm.services.demo_bulk import (
    OPEN_SECONDS,
    OPENS_AT,
    Insert,
    Rows,
    time_of_day,
    write_setting,
)
from clubcrm.services.settings import CARD_NO_NEXT, read_setting

BATCH_ROWS = 5_000
FINGERPRINT = "demo"  # no request to compare: demo keys are never sent again

_INSERT_CARD = Insert(
    "INSERT INTO cards (id, card_no, product_id, member_id, status, principal_fen, bonus_fen, "
    "sessions, valid_from, valid_until, frozen_on, replaced_by_id, opened_at)",
    "(?, ?, ?, ?, 'active', 0, 0, 0, ?, NULL, NULL, NULL, ?)")
_INSERT_HOLDER = Insert("INSERT INTO card_holders (card_id, member_id)", "(?, ?)")
_INSERT_OPERATION = Insert(
    "INSERT INTO operations (id, key, kind, fingerprint, at, operator_id, approved_by_id)",
    "(?, ?, ?, ?, ?, ?, NULL)")
# A visit is the first consumption of each time a member comes (what the
# check-in desk would have charged), or a bare check-in on a period card
# (`LedgerSink.check_in`); the desk's options stay empty.
_INSERT_VISIT = Insert(
    "INSERT INTO visits (op_id, at, member_id, card_id, service_id, charge_fen, sessions, "
    "method, guests, locker, staff_id, operator_id)",
    "(?, ?, ?, ?, ?, ?, ?, ?, 0, '', NULL, ?)")
INSERT_LEDGER = Insert(f"INSERT INTO ledger ({', '.join(HASHED_COLUMNS)}, hash)",
                        f"({', '.join('?' * (len(HASHED_COLUMNS) + 1))})")
# Balances and state as the simulation ended, written once per card at the end
# (a card's row is inserted when it is sold, before the rows that name it).
_UPDATE_CARD = (
    "UPDATE cards SET status = ?, principal_fen = ?, bonus_fen = ?, sessions = ?, "
    "valid_until = ?, frozen_on = ? WHERE id = ?"
)
_INSERT_POINTS = "INSERT INTO points_accounts (member_id, points) VALUES (?, ?)"


class Kind:
    """Ledger kinds as stored text: sqlite3 binds an enum member ~1.5 µs slower
    than a plain str, and the demo binds millions."""

    OPEN = LedgerKind.OPEN.value
    RECHARGE = LedgerKind.RECHARGE.value
    CONSUME = LedgerKind.CONSUME.value
    REFUND = LedgerKind.REFUND.value
    FREEZE = LedgerKind.FREEZE.value
    UNFREEZE = LedgerKind.UNFREEZE.value
    EXPIRE = LedgerKind.EXPIRE.value
    REDEEM = LedgerKind.REDEEM.value
    REVERSAL = LedgerKind.REVERSAL.value


class Method:
    """Payment methods as stored text (see `Kind`)."""

    CARD = PaymentMethod.CARD.value
    POINTS = PaymentMethod.POINTS.value


class Line(NamedTuple):
    """A ledger row before the sink numbers, times and hashes it: the fields of
    `domain.ledger.LedgerLine` in `HASHED_COLUMNS` order, kinds and methods as
    their stored text. A tuple because the demo makes millions: building a
    frozen dataclass costs ~6 µs here, a third of the budget of a row."""

    kind: str
    card_id: int | None
    member_id: int | None
    served_member_id: int | None = None
    principal_delta: int = 0
    bonus_delta: int = 0
    sessions_delta: int = 0
    days_delta: int = 0
    points_delta: int = 0
    paid_fen: int = 0
    method: str | None = None
    list_fen: int = 0
    discount_fen: int = 0
    service_id: int | None = None
    quantity: int = 0
    reverses_id: int | None = None  # after operator_id in HASHED_COLUMNS
    reason: str = ""


_BEFORE_OPERATOR = HASHED_COLUMNS.index("operator_id") - HASHED_COLUMNS.index("kind")
_CARD_BITS = 32  # a planned check-in as one int: its tick, then its card
_CARD_MASK = (1 << _CARD_BITS) - 1


def tick_of(day: date, open_second: int) -> int:
    """A moment as one number that orders like time: seconds of opening hours
    counted from day one (the simulation's clock never leaves opening hours)."""
    return day.toordinal() * OPEN_SECONDS + open_second


@dataclass(frozen=True)
class SinkStart:
    """Where the demo's ledger continues: read from the club before the
    simulation starts, which runs in a process of its own and cannot see the
    load's uncommitted transaction."""

    operators: tuple[int, ...]
    owner: int  # refunds and reversals are manager-only: the owner makes them
    next_row: int
    prev_hash: bytes
    not_before: int  # a club that has a ledger: continue after its last row
    next_op: int
    next_card: int
    card_seq: int
    card_nos_taken: frozenset[str]

    @classmethod
    def read(cls, connection: sqlite3.Connection) -> SinkStart:
        last = connection.execute("SELECT id, hash, at FROM ledger ORDER BY id DESC LIMIT 1")\
            .fetchone()
        return cls(
            operators=tuple(row[0] for row in connection.execute(
                "SELECT id FROM staff WHERE active ORDER BY id")),
            owner=connection.execute(
                "SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1").fetchone()[0],
            next_row=last[0] + 1 if last else 1,
            prev_hash=bytes(last[1]) if last else GENESIS_HASH,
            not_before=_tick_after(last[2]) if last else 0,
            next_op=_next_id(connection, "operations"),
            next_card=_next_id(connection, "cards"),
            card_seq=read_setting(connection, CARD_NO_NEXT),
            card_nos_taken=frozenset(row[0] for row in connection.execute(
                "SELECT card_no FROM cards")))


class Batch(NamedTuple):
    """Rows for the writer: cards, holders and operations to insert, and ledger
    rows (in `HASHED_COLUMNS` order) that the writer chains and inserts."""

    inserts: list[tuple[Insert, Rows]]
    ledger: Rows


class LedgerSink:
    """Numbers, times and hashes the operations of the simulation, in time
    order, and hands them on in batches (`put`: to the writer)."""

    def __init__(self, start: SinkStart, put: Callable[[Batch], None], *,
                 rng: random.Random) -> None:
        self._put = put
        self._rng = rng
        self._operators = start.operators
        self._owner = start.owner
        self._next_row = start.next_row
        self.not_before = start.not_before
        self._next_op = start.next_op
        self._next_card = start.next_card
        self.card_seq = start.card_seq
        self._card_nos_taken = start.card_nos_taken
        self._day: tuple[int, str] = (-1, "")  # ticks come in time order: one day at a time
        self._times: dict[int, str] = {}
        self._cards: Rows = []
        self._holders: Rows = []
        self._operations: Rows = []
        self._rows: Rows = []
        self._visits: Rows = []
        self.visiting: int | None = None  # the member whose visit has no row yet
        self._check_ins: list[int] = []  # a heap: tick << _CARD_BITS | card
        self._owners: dict[int, int] = {}  # card: member
        self.operations = self.rows = self.cards = self.visits = 0

    def new_card(self, *, product_id: int, member_id: int, valid_from: date | None,
                 tick: int) -> int:
        """A card sold at `tick`, numbered like the card service's next number."""
        card_id = self._next_card
        self._next_card += 1
        self._owners[card_id] = member_id
        self._cards.append((card_id, self._card_no(), product_id, member_id,
                            valid_from.isoformat() if valid_from else None, self._text(tick)))
        self.cards += 1
        return card_id

    def share(self, card_id: int, member_ids: Sequence[int]) -> None:
        self._holders.extend((card_id, member_id) for member_id in member_ids)

    def post(self, kind: str, tick: int, lines: Sequence[Line], *, by_owner: bool = False) -> int:
        """One operation of `kind` with its rows at `tick`; the id of its first row.
        (Runs for every row of the demo: locals, not attributes, in the loop.)"""
        if self._check_ins and self._check_ins[0] >> _CARD_BITS < tick:
            self._write_check_ins(before=tick)
        at, op_id = self._text(tick), self._next_op
        operator = self._owner if by_owner else self._operators[
            int(self._rng.random() * len(self._operators))]
        self._next_op = op_id + 1
        self._operations.append((op_id, f"demo-{op_id:010d}", kind, FINGERPRINT, at, operator))
        if self.visiting is not None and kind == "consume":
            self._visits.append(_visit_row(op_id, at, self.visiting, lines, operator))
            self.visiting = None
        first = row_id = self._next_row
        rows = self._rows
        for number, line in enumerate(lines):
            rows.append((row_id, op_id, number, at) + line[:_BEFORE_OPERATOR] + (operator,)
                        + line[_BEFORE_OPERATOR:])
            row_id += 1
        self._next_row = row_id
        if len(rows) >= BATCH_ROWS:
            self.flush()
        return first

    def plan_check_in(self, tick: int, card_id: int) -> None:
        """A check-in by the holder of a card that charges nothing (a period card),
        written when the stream reaches `tick`: its operation and visit, no ledger
        row, as `services/visits.py` writes one. Planned ahead and merged here in
        time order, on a heap of plain ints like the calendar's, each costs a
        fraction of a calendar event."""
        heappush(self._check_ins, (tick << _CARD_BITS) | card_id)

    def _write_check_ins(self, before: int) -> None:
        check_ins, operations, visits = self._check_ins, self._operations, self._visits
        operators, owners, text, draw = self._operators, self._owners, self._text, \
            self._rng.random
        last, op_id = before << _CARD_BITS, self._next_op
        while check_ins and check_ins[0] < last:
            key = heappop(check_ins)
            card_id = key & _CARD_MASK
            at = text(key >> _CARD_BITS)
            operator = operators[int(draw() * len(operators))]
            operations.append((op_id, f"demo-{op_id:010d}", "checkin", FINGERPRINT, at,
                               operator))
            visits.append((op_id, at, owners[card_id], card_id, None, 0, 0, None, operator))
            op_id += 1
        self._next_op = op_id

    def close(self) -> None:
        """The check-ins still planned (none beyond the members' last day), then the
        last batch."""
        self._write_check_ins(before=1 << 62)
        self.flush()

    def flush(self) -> None:
        self.operations += len(self._operations)
        self.rows += len(self._rows)
        self.visits += len(self._visits)
        self._put(Batch([(_INSERT_CARD, self._cards), (_INSERT_HOLDER, self._holders),
                         (_INSERT_OPERATION, self._operations), (_INSERT_VISIT, self._visits)],
                        self._rows))
        self._cards, self._holders, self._operations, self._rows = [], [], [], []
        self._visits = []

    def _card_no(self) -> str:
        while (number := f"C{self.card_seq:07d}") in self._card_nos_taken:
            self.card_seq += 1
        self.card_seq += 1
        return number

    def _text(self, tick: int) -> str:
        """`stored_at` of the tick, from cached parts (it is needed for every operation)."""
        day, second = divmod(tick, OPEN_SECONDS)
        if self._day[0] != day:
            self._day = (day, date.fromordinal(day).isoformat() + " ")
        if second not in self._times:
            self._times[second] = time_of_day(second)
        return self._day[1] + self._times[second]


def _visit_row(op_id: int, at: str, member_id: int, lines: Sequence[Line],
               operator: int) -> tuple[object, ...]:
    """The visit of the consumption `op_id`: its card and first service, the money
    it took (from the card and in cash or QR pay) and the sessions it used."""
    first = lines[0]
    charge = sum(line.paid_fen - line.principal_delta - line.bonus_delta for line in lines)
    sessions = -sum(line.sessions_delta for line in lines)
    return (op_id, at, member_id, first.card_id, first.service_id, charge, sessions,
            first.method, operator)


class LedgerWriter:
    """Writes the batches in the order they come, each ledger row with its hash
    chained to the row before. Hashing here, in the loading process, rather
    than in the simulation's shares the work out: the simulation is the
    slower of the two."""

    def __init__(self, connection: sqlite3.Connection, prev_hash: bytes) -> None:
        self._connection = connection
        self._prev_hash = prev_hash
        self.rows = 0

    def write(self, batch: Batch) -> None:
        for insert, rows in batch.inserts:
            insert.run(self._connection, rows)
        hashed, self._prev_hash = chain_rows(self._prev_hash, batch.ledger)
        INSERT_LEDGER.run(self._connection, hashed)
        self.rows += len(hashed)


def write_final_state(connection: sqlite3.Connection, *, cards: Rows, points: Rows,
                      card_seq: int) -> None:
    """Cards as `_UPDATE_CARD` rows, points accounts as (member_id, points), and
    CARD_NO_NEXT moved past the demo's cards."""
    connection.executemany(_UPDATE_CARD, cards)
    connection.executemany(_INSERT_POINTS, points)
    write_setting(connection, CARD_NO_NEXT, card_seq)


# Kept up during the load: their keys arrive in order (time, operation, the
# reversed row a few minutes back), so each row appends at the end of the
# index, or they index few rows (one in twelve). Maintaining them costs the
# loading process little while it waits for the simulation, and building them
# afterwards would cost a scan of the table each, after the simulation has
# ended. (Bench club: the build after the load 22 s -> 12 s, the writes unchanged.)
_MAINTAINED_DURING_LOAD = frozenset({
    "ix_ledger_at", "ix_ledger_op_line", "ix_ledger_reverses", "ix_ledger_card_events",
    "ix_visits_at"})


@contextmanager
def indexes_after_load(connection: sqlite3.Connection,
                       tables: Sequence[str] = ("ledger", "visits")) -> Iterator[None]:
    """Drop the secondary indexes of the ledger and the visits whose keys arrive
    in random order (by member, by card) for the load and build them after it:
    3× faster than inserting into them (PERFORMANCE.md; measured here too).
    They are recreated from their own stored SQL, so the schema stays exactly
    the migration's. On an error nothing is rebuilt: the caller's rollback
    restores them."""
    marks = ", ".join("?" * len(tables))
    indexes = [(name, sql) for name, sql in connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        f"AND tbl_name IN ({marks}) AND sql IS NOT NULL ORDER BY name", tuple(tables))
        if name not in _MAINTAINED_DURING_LOAD]
    for name, _sql in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.execute(sql)


def _next_id(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _tick_after(at: str) -> int:
    """The first tick not earlier than the stored time `at`: a demo added to a
    club with a ledger continues after its last row, so ids still follow time."""
    moment = datetime.fromisoformat(at)
    opening = moment.replace(hour=OPENS_AT, minute=0, second=0, microsecond=0)
    seconds = (moment - opening).total_seconds()
    if seconds < 0:
        return tick_of(moment.date(), 0)
    if seconds >= OPEN_SECONDS - 1:
        return tick_of(moment.date(), 0) + OPEN_SECONDS
    return tick_of(moment.date(), int(seconds) + 1)
