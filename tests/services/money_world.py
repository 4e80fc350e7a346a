"""A small club with a catalogue, members and staff, shared by the money tests
(the stateful, crash, race, rules, tamper and permission tests).

The club is built once per test run in a template file and copied for each
test (building it costs ~0.5 s; a copy costs ~15 ms). Subprocess workers
(crash and race tests) import this module too, to reopen a copy by path.

Also here: reading a club file with plain sqlite3 the way the tests check it,
independently of the services under test.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from clubcrm.domain.cards import BonusRule, ProductKind
from clubcrm.domain.ids import MemberId, StaffId, TierId
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.staff import Role
from clubcrm.services.catalogue import ProductDraft, ServiceDraft, TierDraft
from clubcrm.services.club import Club, open_club

PASSWORD = "secret-123"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# Prices in fen.
SWIM_FEN, YOGA_FEN, MASSAGE_FEN, LESSON_FEN = 8800, 12000, 19900, 10000
COUNT_PRICE_FEN, COUNT_SESSIONS, COUNT_DAYS = 80000, 10, 90
PERIOD_PRICE_FEN, PERIOD_MONTHS = 50000, 1
STORED_DISCOUNT, STORED_BONUS = 900, (BonusRule(50000, 5000), BonusRule(100000, 20000))
SEASON_DAYS, SEASON_BONUS = 90, (BonusRule(20000, 2000),)
# Tiers of the members (no upgrade rules: a member's tier stays put).
REGULAR_POINTS_PER_YUAN = 10
SILVER_DISCOUNT, SILVER_POINTS_PER_YUAN = 950, 20


@dataclass(frozen=True, slots=True)
class World:
    """The ids of everything the template club holds."""

    club: Club
    path: Path
    owner: StaffId
    manager: StaffId
    reception: StaffId
    swim: int  # ¥88.00, covered by the count card
    yoga: int  # ¥120.00, covered by the count card
    massage: int  # ¥199.00, not covered by the count card
    lesson: int  # ¥100.00 flat, not covered
    stored: int  # stored value, 9折 on consumption, 充500送50 / 充1000送200, no end date
    season: int  # stored value, full price, 充200送20, valid 90 days
    count: int  # 10 sessions of swim or yoga, ¥800, valid 90 days
    period: int  # a month card, ¥500
    members: tuple[MemberId, ...]  # two Regular members and one Silver member
    regular_tier: int
    silver_tier: int

    @property
    def staff(self) -> dict[Role, StaffId]:
        return {Role.OWNER: self.owner, Role.MANAGER: self.manager,
                Role.RECEPTION: self.reception}


@pytest.fixture(name="world")
def world_fixture(tmp_path: Path) -> Iterator[World]:
    """A copy of the template club for one test (import it as `world_fixture`)."""
    world = open_world(tmp_path / "club")
    yield world
    world.club.close()


def worker_env() -> dict[str, str]:
    """The environment of a worker subprocess: it imports clubcrm and this module."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])}


def new_key() -> str:
    """A fresh idempotency key, as a dialog makes one when it opens."""
    return uuid.uuid4().hex


def open_world(folder: Path) -> World:
    """A copy of the template club in `folder` (club.sqlite), opened."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "club.sqlite"
    shutil.copy(_template(), path)
    return reopen_world(path)


def reopen_world(path: Path) -> World:
    """Open a copy of the template club at `path` (in another process, too)."""
    ids = _ids_in(path)
    return World(club=open_club(path), path=path, **ids)


def _ids_in(path: Path) -> dict[str, Any]:
    with read_only(path) as connection:
        def one(sql: str, *args: object) -> int:
            return int(connection.execute(sql, args).fetchone()[0])

        service = "SELECT id FROM service_items WHERE name = ?"
        product = "SELECT id FROM card_products WHERE name = ?"
        members = [row[0] for row in connection.execute("SELECT id FROM members ORDER BY id")]
        return {
            "owner": StaffId(one("SELECT id FROM staff WHERE role = 'owner'")),
            "manager": StaffId(one("SELECT id FROM staff WHERE role = 'manager'")),
            "reception": StaffId(one("SELECT id FROM staff WHERE role = 'reception'")),
            "swim": one(service, "游泳"), "yoga": one(service, "瑜伽"),
            "massage": one(service, "按摩"), "lesson": one(service, "私教课"),
            "stored": one(product, "储值卡"), "season": one(product, "季度储值卡"),
            "count": one(product, "十次卡"), "period": one(product, "月卡"),
            "members": tuple(MemberId(member) for member in members),
            "regular_tier": one("SELECT id FROM tiers ORDER BY rank LIMIT 1"),
            "silver_tier": one("SELECT id FROM tiers ORDER BY rank LIMIT 1 OFFSET 1"),
        }


@functools.cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="clubcrm-money-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "template.sqlite"
    club = open_club(path)
    try:
        _build(club)
    finally:
        club.close()
    return path


def _build(club: Club) -> None:
    owner = club.operator
    for role, username in ((Role.MANAGER, "wangjl"), (Role.RECEPTION, "xiaoli")):
        club.staff.add(operator=owner, username=username, display_name=username.title(),
                       role=role, password=PASSWORD)
    catalogue = club.catalogue
    services = {name: catalogue.save_service(ServiceDraft(name, category, price), operator=owner)
                for name, category, price in (("游泳", "泳池", SWIM_FEN), ("瑜伽", "课程", YOGA_FEN),
                                              ("按摩", "理疗", MASSAGE_FEN),
                                              ("私教课", "课程", LESSON_FEN))}
    for draft in (
        ProductDraft("储值卡", ProductKind.STORED_VALUE, discount_permille=STORED_DISCOUNT,
                     bonus_rules=STORED_BONUS),
        ProductDraft("季度储值卡", ProductKind.STORED_VALUE, valid_days=SEASON_DAYS,
                     bonus_rules=SEASON_BONUS),
        ProductDraft("十次卡", ProductKind.COUNT, price_fen=COUNT_PRICE_FEN,
                     sessions=COUNT_SESSIONS, valid_days=COUNT_DAYS,
                     service_ids=(services["游泳"], services["瑜伽"])),
        ProductDraft("月卡", ProductKind.PERIOD, price_fen=PERIOD_PRICE_FEN,
                     valid_months=PERIOD_MONTHS),
    ):
        catalogue.save_product(draft, operator=owner)
    regular, silver = catalogue.tiers()[:2]
    catalogue.save_tier(TierDraft(regular.name, points_per_yuan=REGULAR_POINTS_PER_YUAN),
                        tier_id=regular.id, operator=owner)
    catalogue.save_tier(TierDraft(silver.name, discount_permille=SILVER_DISCOUNT,
                                  points_per_yuan=SILVER_POINTS_PER_YUAN),
                        tier_id=silver.id, operator=owner)
    for name, phone, tier in (("张伟", "13800138000", regular.id), ("李娜", "13900139000", regular.id),
                              ("王芳", "13700137000", silver.id)):
        club.members.register(MemberDraft(name=name, phone=phone, tier_id=TierId(tier)),
                              operator=owner)


# --- reading a club file the way the tests check it ---

def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that does not write (`query_only`, not `mode=ro`,
    which would leave the -wal and -shm files behind); it sees committed data only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                                 isolation_level=None, timeout=10)
    connection.execute("PRAGMA query_only=ON")
    return connection


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """`connect_read_only`, closed at the end of the block."""
    connection = connect_read_only(path)
    try:
        yield connection
    finally:
        connection.close()


@dataclass(frozen=True, slots=True)
class CardFigures:
    status: str
    principal_fen: int
    bonus_fen: int
    sessions: int
    valid_from: str | None
    valid_until: str | None
    frozen_on: str | None


def card_figures(connection: sqlite3.Connection) -> dict[int, CardFigures]:
    return {row[0]: CardFigures(*row[1:]) for row in connection.execute(
        "SELECT id, status, principal_fen, bonus_fen, sessions, valid_from, valid_until, "
        "frozen_on FROM cards ORDER BY id")}


def points_figures(connection: sqlite3.Connection) -> dict[int, int]:
    """Each member's points (0 without a points account)."""
    return dict(connection.execute(
        "SELECT m.id, coalesce(a.points, 0) FROM members m "
        "LEFT JOIN points_accounts a ON a.member_id = m.id ORDER BY m.id").fetchall())


def money_state(connection: sqlite3.Connection) -> tuple[object, ...]:
    """Everything a money operation can change, to compare before and after a refusal."""
    counts = tuple(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                   for table in ("ledger", "operations", "audit_log", "tier_changes",
                                 "card_holders", "settings"))
    return counts, card_figures(connection), points_figures(connection)


def ledger_problems(connection: sqlite3.Connection) -> list[str]:
    """Cards and points that differ from the sums of their ledger rows, and
    anything negative (computed here, not with the SQL `verify` uses)."""
    problems = []
    sums = {row[0]: row[1:] for row in connection.execute(
        "SELECT card_id, sum(principal_delta), sum(bonus_delta), sum(sessions_delta) "
        "FROM ledger WHERE card_id IS NOT NULL GROUP BY card_id")}
    for card_id, figures in card_figures(connection).items():
        held = (figures.principal_fen, figures.bonus_fen, figures.sessions)
        if held != tuple(sums.get(card_id, (0, 0, 0))):
            problems.append(f"card {card_id} holds {held}, its ledger sums to "
                            f"{sums.get(card_id)}")
        if min(held) < 0:
            problems.append(f"card {card_id} is negative: {held}")
    points = dict(connection.execute("SELECT member_id, sum(points_delta) FROM ledger "
                                     "WHERE member_id IS NOT NULL GROUP BY member_id"))
    for member_id, held_points in points_figures(connection).items():
        if held_points != points.get(member_id, 0) or held_points < 0:
            problems.append(f"member {member_id} has {held_points} points, the ledger says "
                            f"{points.get(member_id, 0)}")
    return problems


def dump(path: Path) -> list[str]:
    """Every row of every table, as SQL text (for "nothing was written")."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
