"""Segments through the database and the real services: a club's history is
written by selling, consuming, reversing, refunding, checking in, undoing and
importing, each dated; `club.segments.compute(as_of)` must then give the
figures computed by hand from README's definitions.

The clubs start from the money tests' template (`money_world.World`: its
catalogue, staff, and three members who joined on the day the template was
made, after every as-of date used here, so they are never counted)."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from money_world import (  # noqa: F401 (fixture)
    LESSON_FEN,
    SWIM_FEN,
    YOGA_FEN,
    World,
    new_key,
    open_world,
    read_only,
    world_fixture,
)

from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import MemberDraft
from clubcrm.domain.visits import CheckInRequest
from clubcrm.segmentation.model import Lifecycle, MemberSegments, Segment, Thresholds, ValueGrade
from clubcrm.segmentation.rules import Segmentation
from clubcrm.services.club import open_club
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.imports import ImportService
from clubcrm.services.operations import OperationResult
from clubcrm.services.segmentation import SegmentationService
from clubcrm.services.settings import SEGMENT_THRESHOLDS, VISIT_ENTRY_SERVICE_ID
from clubcrm.services.visits import CheckInResult

CASH = PaymentMethod.CASH
_phones = itertools.count(1)


def at(day: date, clock: time = time(10, 0)) -> datetime:
    return datetime.combine(day, clock)


def join(world: World, joined: date, name: str = "会员") -> MemberId:
    draft = MemberDraft(name=name, phone=f"137{next(_phones):08d}", joined_on=joined)
    return world.club.members.register(draft, operator=world.owner).id


def buy(world: World, member: int, service: int, when: datetime, *, card: int | None = None,
        quantity: int = 1) -> OperationResult:
    """A consumption at the till: paid in cash, or from `card`."""
    request = ConsumptionRequest(member, (SaleItem(service, quantity),), card_id=card,
                                 method=None if card else CASH)
    return world.club.cards.consume(request, key=new_key(), operator=world.owner, now=when)


def consumed_row(result: OperationResult) -> int:
    return next(entry.id for entry in result.entries if entry.kind.value == "consume")


def reverse(world: World, ledger_id: int, when: datetime) -> OperationResult:
    return world.club.card_care.reverse(ledger_id, reason="录错了", key=new_key(),
                                        operator=world.manager, now=when)


def sell(world: World, member: int, product: int, when: datetime,
         paid: int | None = None) -> int:
    result = world.club.cards.sell(member, product, method=CASH, paid_fen=paid, key=new_key(),
                                   operator=world.owner, now=when)
    assert result.card_id is not None
    return result.card_id


def check_in(world: World, member: int, when: datetime) -> CheckInResult:
    return world.club.visits.check_in(CheckInRequest(member), key=new_key(),
                                      operator=world.reception, now=when)


def undo(world: World, visit_id: int, when: datetime) -> None:
    world.club.visits.undo(visit_id, reason="刷错卡", key=new_key(), operator=world.manager,
                           now=when)


def import_history(world: World, folder: Path, rows: list[tuple[str, str, str]]) -> int:
    """Import (member number, time as typed, amount as typed) rows; the batch id."""
    path = folder / f"history-{next(_phones)}.csv"
    lines = ["会员卡号,消费时间,金额,项目,支付方式",
             *(f"{number},{when},{amount},游泳,现金" for number, when, amount in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ImportService(world.club.db).history(path, operator=world.owner)
    assert result.imported == len(rows), result.rejected
    assert result.batch_id is not None
    return result.batch_id


def member_no(world: World, member: int) -> str:
    return world.club.members.get(MemberId(member), operator=world.owner).member_no


def result_of(segmentation: Segmentation, member: int) -> MemberSegments:
    index = segmentation.index_of(member)
    assert index is not None, f"member {member} is not counted"
    return segmentation.member(index)


def counted(segmentation: Segmentation, member: int) -> bool:
    return segmentation.index_of(member) is not None


# --- one club, one member for each case (as of README's example date) ---

D = date(2026, 11, 22)
AFTER_D = date(2026, 11, 23)
JOINED = date(2026, 1, 10)


@dataclass(frozen=True, slots=True)
class Town:
    world: World
    ids: dict[str, int]

    def __getitem__(self, name: str) -> int:
        return self.ids[name]


def _people(world: World, folder: Path) -> dict[str, int]:
    ids: dict[str, int] = {}

    def person(name: str, joined: date = JOINED) -> int:
        ids[name] = join(world, joined, name)
        return ids[name]

    swim, lesson, yoga = world.swim, world.lesson, world.yoga
    buy(world, person("one_purchase"), swim, at(date(2026, 10, 1)))
    person("nothing")
    only = buy(world, person("reversed_only"), swim, at(date(2026, 10, 1)))
    reverse(world, consumed_row(only), at(date(2026, 10, 2)))
    buy(world, person("reversed_one"), swim, at(date(2026, 9, 1)))
    second = buy(world, ids["reversed_one"], lesson, at(date(2026, 10, 1)))
    reverse(world, consumed_row(second), at(date(2026, 10, 1), time(15)))
    late = buy(world, person("reversed_later"), swim, at(date(2026, 11, 20)))
    reverse(world, consumed_row(late), at(AFTER_D, time(0, 30)))
    card = sell(world, person("refunded"), world.stored, at(date(2026, 6, 1)), paid=100000)
    buy(world, ids["refunded"], swim, at(date(2026, 6, 2)), card=card)
    world.club.cards.refund(card, method=CASH, key=new_key(), operator=world.owner,
                            now=at(date(2026, 7, 1)))
    buy(world, person("imported"), swim, at(date(2026, 3, 5), time(19)))
    person("imported_old")
    import_history(world, folder, [
        (member_no(world, ids["imported"]), "2025/11/22 14:00", "50"),
        (member_no(world, ids["imported"]), "2025-11-23 09:00", "￥30.00"),
        (member_no(world, ids["imported"]), "2026-03-05 10:30", "120"),
        (member_no(world, ids["imported_old"]), "2025-06-01", "88")])
    sell(world, person("period_visit"), world.period, at(date(2026, 11, 1)))
    check_in(world, ids["period_visit"], at(date(2026, 11, 10), time(18)))
    sell(world, person("undone_visit"), world.period, at(date(2026, 11, 1)))
    visit = check_in(world, ids["undone_visit"], at(date(2026, 11, 5), time(18)))
    undo(world, visit.visit.id, at(date(2026, 11, 5), time(18, 5)))
    sell(world, person("count_visit"), world.count, at(date(2026, 11, 1)))
    check_in(world, ids["count_visit"], at(date(2026, 11, 7), time(18)))
    sell(world, person("count_undone"), world.count, at(date(2026, 11, 1)))
    visit = check_in(world, ids["count_undone"], at(date(2026, 11, 6), time(18)))
    undo(world, visit.visit.id, at(date(2026, 11, 6), time(18, 5)))
    buy(world, person("archived"), swim, at(date(2026, 10, 1)))
    world.club.members.archive(MemberId(ids["archived"]), operator=world.owner)
    buy(world, person("survivor"), lesson, at(date(2026, 10, 5)))
    buy(world, person("duplicate", date(2026, 2, 1)), swim, at(date(2026, 10, 1)))
    sell(world, ids["duplicate"], world.period, at(date(2026, 11, 1)))
    check_in(world, ids["duplicate"], at(date(2026, 11, 3), time(18)))
    world.club.members.merge(MemberId(ids["survivor"]), MemberId(ids["duplicate"]),
                             operator=world.owner, reason="同一人")
    person("joined_after", AFTER_D)
    buy(world, person("joined_on_d", D), swim, at(D, time(23, 59, 59)))
    buy(world, ids["joined_on_d"], yoga, at(AFTER_D, time(0, 0, 1)))
    buy(world, person("last_180", date(2025, 1, 1)), swim, at(date(2026, 5, 26), time(0, 5)))
    buy(world, person("last_181", date(2025, 1, 1)), swim, at(date(2026, 5, 25), time(23, 59)))
    edge = person("window_edge", date(2025, 1, 1))
    buy(world, edge, swim, at(date(2025, 11, 22), time(23, 59, 59)))
    buy(world, edge, yoga, at(date(2025, 11, 23), time(0, 0)))
    family = sell(world, person("family_owner"), world.stored, at(date(2026, 6, 1)),
                  paid=100000)
    world.club.card_care.share(family, person("family_child"), add=True, operator=world.owner)
    buy(world, ids["family_child"], swim, at(date(2026, 10, 1)), card=family)
    return ids


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Town]:
    """The club of every case, built once for the module's read-only tests."""
    folder = tmp_path_factory.mktemp("town")
    world = open_world(folder)
    try:
        yield Town(world, _people(world, folder))
    finally:
        world.club.close()


@pytest.fixture(scope="module")
def as_of_d(town: Town) -> Segmentation:
    return town.world.club.segments.compute(D)


def figures(result: MemberSegments) -> tuple[int, int, int | None, int | None]:
    """(F, M, recency, ticket)."""
    return result.frequency, result.monetary_fen, result.recency_days, result.ticket_fen


@pytest.mark.parametrize(("name", "expected"), [
    ("one_purchase", (1, SWIM_FEN, 52, SWIM_FEN)),
    ("nothing", (0, 0, None, None)),
    # The only consumption was reversed (before D): never active.
    ("reversed_only", (0, 0, None, None)),
    ("reversed_one", (1, SWIM_FEN, 82, SWIM_FEN)),
    # Reversed on the day after D: as of D it still counts.
    ("reversed_later", (1, SWIM_FEN, 2, SWIM_FEN)),
    # The sale and the refund are not consumption; the swim from the card (9折) is.
    ("refunded", (1, SWIM_FEN * 9 // 10, 173, SWIM_FEN * 9 // 10)),
    # History on 2025-11-22 is before the window; on 2026-03-05 beside a ledger swim.
    ("imported", (2, 3000 + 12000 + SWIM_FEN, 262, None)),
    ("imported_old", (0, 0, 539, None)),
    # A period-card check-in writes no ledger row: an activity day with no spend.
    ("period_visit", (1, 0, 12, 0)),
    ("undone_visit", (0, 0, None, None)),
    # A count-card session is consumption at its service's list price.
    ("count_visit", (1, SWIM_FEN, 15, SWIM_FEN)),
    ("count_undone", (0, 0, None, None)),
    # Paid on D at 23:59:59 counts; the yoga a second after midnight does not.
    ("joined_on_d", (1, SWIM_FEN, 0, SWIM_FEN)),
    ("last_180", (1, SWIM_FEN, 180, SWIM_FEN)),
    ("last_181", (1, SWIM_FEN, 181, SWIM_FEN)),
    ("window_edge", (1, YOGA_FEN, 364, None)),
    # A family card's consumption counts for the card owner, not the member served.
    ("family_owner", (1, SWIM_FEN * 9 // 10, 52, SWIM_FEN * 9 // 10)),
    ("family_child", (0, 0, None, None)),
])
def test_figures_as_of_d(town: Town, as_of_d: Segmentation, name: str,
                         expected: tuple[int, int, int | None, int | None]) -> None:
    """F, M, recency and average ticket of each case, computed by hand."""
    assert figures(result_of(as_of_d, town[name])) == expected


def test_a_reversal_counts_from_its_own_date(town: Town) -> None:
    """As of the day after D, the swim reversed on that day no longer counts."""
    result = result_of(town.world.club.segments.compute(AFTER_D), town["reversed_later"])
    assert figures(result) == (0, 0, None, None)


@pytest.mark.parametrize("name", ["archived", "duplicate", "joined_after"])
def test_members_not_counted(town: Town, as_of_d: Segmentation, name: str) -> None:
    """Archived and merged records, and members who joined after D, are not counted."""
    assert not counted(as_of_d, town[name])
    assert town.world.club.segments.explain(as_of_d, town[name]) is None


def test_the_three_template_members_joined_after_d(town: Town, as_of_d: Segmentation) -> None:
    """Only this module's members are counted as of D (the template's joined later)."""
    expected = {member for name, member in town.ids.items()
                if name not in ("archived", "duplicate", "joined_after")}
    assert set(as_of_d.figures.member_ids.tolist()) == expected


def test_a_merged_duplicates_history_counts_for_the_survivor(town: Town,
                                                            as_of_d: Segmentation) -> None:
    """A merge moves the duplicate's ledger and visits to the survivor (DESIGN §3; the
    member's ledger reads follow `merged_into_id`): the survivor's own lesson, the
    duplicate's swim and the duplicate's period-card check-in are all the survivor's."""
    result = result_of(as_of_d, town["survivor"])
    assert (result.frequency, result.monetary_fen) == (3, LESSON_FEN + SWIM_FEN)
    assert result.recency_days == (D - date(2026, 11, 3)).days


@pytest.mark.parametrize(("name", "dormant"), [
    ("last_180", False), ("last_181", True), ("nothing", True), ("reversed_only", True),
    ("imported", True), ("one_purchase", False), ("window_edge", True),
])
def test_dormant_as_of_d(town: Town, as_of_d: Segmentation, name: str, dormant: bool) -> None:
    """More than 180 days without activity (since joining, if never active)."""
    assert result_of(as_of_d, town[name]).meets(Segment.DORMANT) is dormant


@pytest.mark.parametrize(("name", "stage"), [
    ("nothing", Lifecycle.PROSPECT),  # never active, never had a card
    ("reversed_only", Lifecycle.PROSPECT),
    ("undone_visit", Lifecycle.AT_RISK),  # has a card: dormant since joining
    ("imported_old", Lifecycle.CHURNED),  # last active 539 days before D
    ("joined_on_d", Lifecycle.NEW),
    ("last_181", Lifecycle.AT_RISK),
    ("one_purchase", Lifecycle.GROWING),
])
def test_lifecycle_as_of_d(town: Town, as_of_d: Segmentation, name: str,
                           stage: Lifecycle) -> None:
    """The lifecycle stage of each case."""
    assert result_of(as_of_d, town[name]).lifecycle is stage


def test_new_member_as_of_d(town: Town, as_of_d: Segmentation) -> None:
    """Joined on D: new, and new comes before the value segments."""
    result = result_of(as_of_d, town["joined_on_d"])
    assert result.meets(Segment.NEW) and result.primary is Segment.NEW


# --- explanations ---


def test_explain_a_dormant_member(town: Town, as_of_d: Segmentation) -> None:
    """The dormant sentence carries the last activity day, the days since and the limit."""
    explanation = town.world.club.segments.explain(as_of_d, town["last_181"])
    assert explanation is not None and explanation.as_of == D
    dormant = next(r for r in explanation.reasons if r.segment is Segment.DORMANT)
    assert dormant.params == {"last": "2026-05-25", "days": 181, "limit": 180}
    assert explanation.result.monetary_fen == SWIM_FEN


def test_explain_a_member_never_active(town: Town, as_of_d: Segmentation) -> None:
    """Never active: dormant counted from the join date."""
    explanation = town.world.club.segments.explain(as_of_d, town["nothing"])
    assert explanation is not None
    assert [(r.segment, r.params) for r in explanation.reasons] == [
        (Segment.DORMANT, {"joined": "2026-01-10", "days": (D - JOINED).days, "limit": 180})]


# --- determinism ---

COLUMNS = ("segments", "primary", "grade", "lifecycle", "r", "f", "m", "rfm_group")


def assert_same(one: Segmentation, other: Segmentation) -> None:
    assert one.figures.member_ids.tolist() == other.figures.member_ids.tolist()
    for name in COLUMNS:
        assert getattr(one, name).tolist() == getattr(other, name).tolist(), name
    assert one.cutoffs == other.cutoffs
    assert [one.member(n) for n in range(len(one))] == [other.member(n) for n in range(len(other))]


def test_same_data_same_result(town: Town, as_of_d: Segmentation) -> None:
    """Computed again from scratch by another service, the result is identical."""
    again = SegmentationService(town.world.club.db).compute(D)
    assert again is not as_of_d
    assert_same(as_of_d, again)


def test_a_copy_of_the_file_gives_the_same_result(town: Town, as_of_d: Segmentation,
                                                  tmp_path: Path) -> None:
    """The data alone decides: a copy of the database file segments identically."""
    copy = tmp_path / "copy.sqlite"
    source, target = sqlite3.connect(town.world.path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    club = open_club(copy)
    try:
        assert_same(as_of_d, club.segments.compute(D))
    finally:
        club.close()


# --- a small club whose cut-offs are computed by hand ---


@pytest.fixture
def trio(world: World) -> dict[str, int]:
    """Spend 69700 (two days, 14 apart), 10000 and 8800: 88500 in all."""
    ids = {name: join(world, JOINED, name) for name in ("big", "middle", "small")}
    buy(world, ids["big"], world.massage, at(date(2026, 11, 1)), quantity=3)
    buy(world, ids["big"], world.lesson, at(date(2026, 11, 15)))
    buy(world, ids["middle"], world.lesson, at(date(2026, 10, 20)))
    buy(world, ids["small"], world.swim, at(date(2026, 10, 25)))
    return ids


def test_cutoffs_grades_and_segments_of_a_small_club(world: World,
                                                     trio: dict[str, int]) -> None:
    """n = 3: the top 15 % is the top one, the top half the top two; grades by the
    revenue before each: 0 % VIP, 78.8 % A, 90.1 % B."""
    seg = world.club.segments.compute(D)
    big, middle, small = (result_of(seg, trio[name]) for name in ("big", "middle", "small"))
    assert (big.monetary_fen, big.frequency, big.ticket_fen, big.median_gap) == \
        (69700, 2, 34850, 14.0)
    assert (seg.cutoffs.high_value_fen, seg.cutoffs.high_ticket_fen,
            seg.cutoffs.loyalty_spend_fen) == (69700, 34850, 10000)
    assert [big.grade, middle.grade, small.grade] == [ValueGrade.VIP, ValueGrade.A, ValueGrade.B]
    assert big.segments == (Segment.HIGH_VALUE, Segment.HIGH_UNIT_PRICE, Segment.HIGH_LOYALTY)
    assert middle.segments == (Segment.REGULAR,)
    assert small.segments == (Segment.LOW_PRICE_LOW_FREQUENCY,)


def test_explanations_carry_the_members_figures(world: World, trio: dict[str, int]) -> None:
    """Each sentence names the member's figure and the cut-off it met."""
    service = world.club.segments
    seg = service.compute(D)
    explanation = service.explain(seg, trio["big"])
    assert explanation is not None
    assert {r.segment: r.params for r in explanation.reasons} == {
        Segment.HIGH_VALUE: {"spend": "¥697.00", "months": 12, "cutoff": "¥697.00", "pct": 15},
        Segment.HIGH_UNIT_PRICE: {"ticket": "¥348.50", "days": 2, "months": 6,
                                  "cutoff": "¥348.50", "pct": 15},
        Segment.HIGH_LOYALTY: {"spend": "¥697.00", "cutoff": "¥100.00", "pct": 50,
                               "gap": "14", "limit": 30},
    }
    small = service.explain(seg, trio["small"])
    assert small is not None and [r.params for r in small.reasons] == [
        {"ticket": "¥88.00", "ticket_cutoff": "¥88.00", "days": 1, "months": 12, "cutoff": 1,
         "pct": 15}]


def test_tiles_count_each_member_once(world: World, trio: dict[str, int]) -> None:
    """Segment tiles by primary segment, grade tiles by grade, with their spend."""
    service = world.club.segments
    tiles = {(t.family.value, t.key): (t.members, t.spend_fen)
             for t in service.tiles(service.compute(D))}
    assert tiles[("segment", "high_value")] == (1, 69700)
    assert tiles[("segment", "regular")] == (1, 10000)
    assert tiles[("segment", "low_price_low_frequency")] == (1, 8800)
    assert tiles[("segment", "dormant")] == (0, 0)
    assert [tiles[("grade", g)] for g in ("VIP", "A", "B", "C")] == \
        [(1, 69700), (1, 10000), (1, 8800), (0, 0)]


def test_a_changed_threshold_recomputes(world: World, trio: dict[str, int]) -> None:
    """With the top 40 % high-value (⌈1.2⌉ = 2), the middle member is high-value too."""
    service = world.club.segments
    assert not result_of(service.compute(D), trio["middle"]).meets(Segment.HIGH_VALUE)
    world.club.settings.set(SEGMENT_THRESHOLDS, replace(Thresholds(), high_value_pct=40)
                            .as_dict(), operator=world.owner)
    assert result_of(service.compute(D), trio["middle"]).meets(Segment.HIGH_VALUE)


# --- the data changing after a computation ---


def test_a_reversal_after_a_computation_is_seen(world: World, trio: dict[str, int]) -> None:
    """A consumption reversed after the tiles were computed no longer counts."""
    service = world.club.segments
    assert result_of(service.compute(D), trio["small"]).monetary_fen == SWIM_FEN
    with read_only(world.path) as connection:
        row = connection.execute("SELECT id FROM ledger WHERE member_id = ? AND kind = 'consume'",
                                 (trio["small"],)).fetchone()[0]
    reverse(world, row, at(date(2026, 11, 1)))
    assert result_of(service.compute(D), trio["small"]).monetary_fen == 0


def test_undoing_a_history_import_is_seen(world: World, tmp_path: Path) -> None:
    """Imported history counts; once its batch is undone, it no longer does."""
    member = join(world, JOINED)
    batch = import_history(world, tmp_path, [(member_no(world, member), "2026-10-01", "100")])
    service = world.club.segments
    assert figures(result_of(service.compute(D), member)) == (1, 10000, 52, 10000)
    ImportService(world.club.db).undo(batch, operator=world.owner)
    assert figures(result_of(service.compute(D), member)) == (0, 0, None, None)


def test_ticket_window_longer_than_the_main_window_is_refused() -> None:
    """The ticket is counted within what is read (the main window): a longer
    ticket window is not a valid setting."""
    assert replace(Thresholds(), ticket_months=18).invalid_field() == "ticket_months"
    assert replace(Thresholds(), ticket_months=12).invalid_field() is None


def test_an_undone_walk_in_beside_a_reversal(world: World) -> None:
    """A walk-in's single entry (a consumption of nobody) undone at the desk, and a
    member's reversed consumption: the segmentation still computes, and neither counts."""
    world.club.settings.set(VISIT_ENTRY_SERVICE_ID, world.swim, operator=world.owner)
    walk_in = world.club.visits.check_in(
        CheckInRequest(None, single_entry=True, method=CASH), key=new_key(),
        operator=world.reception, now=at(date(2026, 10, 1)))
    undo(world, walk_in.visit.id, at(date(2026, 10, 1), time(10, 5)))
    member = join(world, JOINED)
    buy(world, member, world.swim, at(date(2026, 10, 2)))
    kept = buy(world, member, world.lesson, at(date(2026, 10, 3)))
    reverse(world, consumed_row(kept), at(date(2026, 10, 4)))
    result = result_of(world.club.segments.compute(D), member)
    assert figures(result) == (1, SWIM_FEN, (D - date(2026, 10, 2)).days, SWIM_FEN)
