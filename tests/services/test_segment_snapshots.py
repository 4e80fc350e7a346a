"""Tiles, member lists, snapshots, movement and a member's history, on a demo club."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clubcrm.domain.errors import PermissionDenied, ValidationError
from clubcrm.domain.staff import Role
from clubcrm.segmentation.model import SEGMENTS, Segment
from clubcrm.services.club import Club
from clubcrm.services.segment_export import export_segment, member_records
from clubcrm.services.segmentation import Family
from tests.demo_clubs import build_demo, open_copy

TODAY = date(2026, 10, 20)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory, members=240, months=14, seed=5, today=TODAY)


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Iterator[Club]:
    club = open_copy(demo_path, tmp_path)
    yield club
    club.close()


def test_each_family_of_tiles_splits_every_member_and_all_spend_once(demo: Club) -> None:
    result = demo.segments.compute(TODAY)
    tiles = demo.segments.tiles(result)
    for family in Family:
        mine = [tile for tile in tiles if tile.family is family]
        assert sum(tile.members for tile in mine) == len(result) > 200
        assert sum(tile.spend_fen for tile in mine) == mine[0].total_spend_fen > 0


def test_a_tiles_members_are_the_members_of_its_primary_segment_by_spend(demo: Club) -> None:
    result = demo.segments.compute(TODAY)
    tiles = {(t.family, t.key): t for t in demo.segments.tiles(result)}
    for segment in SEGMENTS:
        rows = demo.segments.members_of(result, Family.SEGMENT, segment.value,
                                        operator=demo.operator)
        assert len(rows) == tiles[(Family.SEGMENT, segment.value)].members
        assert all(row.result.primary is segment for row in rows)
        spends = [row.result.monetary_fen for row in rows]
        assert spends == sorted(spends, reverse=True)


def test_reception_sees_masked_phones_and_may_not_export(demo: Club, tmp_path: Path,
                                                        staff: dict[Role, int]) -> None:
    result = demo.segments.compute(TODAY)
    rows = demo.segments.members_of(result, None, None, operator=staff[Role.RECEPTION])
    assert rows and all("****" in row.phone for row in rows)
    with pytest.raises(PermissionDenied):
        export_segment(demo.segments, demo.db, result, Family.SEGMENT, "dormant",
                       tmp_path / "x.xlsx", operator=staff[Role.RECEPTION])
    assert not (tmp_path / "x.xlsx").exists()


def test_export_writes_the_segment_with_consent_marked(demo: Club, tmp_path: Path) -> None:
    result = demo.segments.compute(TODAY)
    path = tmp_path / "high.xlsx"
    count = export_segment(demo.segments, demo.db, result, Family.SEGMENT, "high_value", path,
                           operator=demo.operator)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == count + 1 and count > 0
    consents = {row[3] for row in rows[1:]}
    assert consents <= {"是", "否——请勿推广", "Yes", "No — do not promote"}
    with pytest.raises(ValidationError):
        export_segment(demo.segments, demo.db, result, Family.SEGMENT, "high_value",
                       tmp_path / "high.csv", operator=demo.operator)


def test_json_records_carry_every_figure_the_issue_names(demo: Club) -> None:
    result = demo.segments.compute(TODAY)
    records = list(member_records(demo.segments, result))
    assert len(records) == len(result)
    for key in ("member_no", "recency_days", "frequency", "monetary_fen", "average_ticket_fen",
                "r", "f", "m", "segments", "primary_segment", "value_grade", "lifecycle"):
        assert key in records[0]
    assert all(record["primary_segment"] in record["segments"] for record in records)


def test_a_future_date_is_refused(demo: Club) -> None:
    with pytest.raises(ValidationError):
        demo.segments.compute(date(2999, 1, 1))


def test_snapshots_keep_the_past_and_give_movement_and_history(demo: Club) -> None:
    snapshots = demo.segment_snapshots
    assert snapshots.ensure_recent(3, today=TODAY) == 3
    assert snapshots.ensure_recent(3, today=TODAY) == 0  # taken once, never again
    result = demo.segments.compute(TODAY)
    movement = snapshots.movement(result)
    assert movement is not None and movement.since_month == "2026-09"
    previous = demo.segments.compute(date(2026, 9, 30))
    assert sum(n for (old, _), n in movement.counts.items() if old is not None) == len(previous)
    assert sum(n for (_, new), n in movement.counts.items() if new is not None) == len(result)
    member = int(result.figures.member_ids[0])
    history = snapshots.member_history(member)
    assert [month.month for month in history] == ["2026-09", "2026-08", "2026-07"]
    september = previous.member(int(previous.index_of(member)))
    assert history[0].primary is september.primary
    assert history[0].monetary_fen == september.monetary_fen


def test_a_snapshot_does_not_change_with_later_thresholds(demo: Club) -> None:
    from clubcrm.services.settings import SEGMENT_THRESHOLDS

    demo.segment_snapshots.ensure_recent(1, today=TODAY)
    member = demo.segments.compute(date(2026, 9, 30)).figures.member_ids[0]
    before = demo.segment_snapshots.member_history(int(member))
    demo.settings.set(SEGMENT_THRESHOLDS, {**demo.settings.get(SEGMENT_THRESHOLDS),
                                           "dormant_days": 1}, operator=demo.operator)
    demo.segment_snapshots.ensure_recent(1, today=TODAY)
    assert demo.segment_snapshots.member_history(int(member)) == before
    after = demo.segments.compute(date(2026, 9, 30))
    assert (after.primary == SEGMENTS.index(Segment.DORMANT)).sum() > 0


def test_a_new_check_in_is_seen_by_the_next_computation(demo: Club) -> None:
    first = demo.segments.compute(TODAY)
    assert demo.segments.compute(TODAY) is first  # nothing changed: the same result
    demo.members.archive(next(iter(demo.segments.member_numbers())),
                         operator=demo.operator)
    second = demo.segments.compute(TODAY)
    assert second is not first and len(second) == len(first) - 1


def test_invalid_thresholds_are_refused(demo: Club) -> None:
    from clubcrm.services.settings import SEGMENT_THRESHOLDS

    good = demo.settings.get(SEGMENT_THRESHOLDS)
    for bad in ({"high_value_pct": 120}, {"recent_months": 0}, {"precedence": ["dormant"]},
                {"grade_vip_pct": 90, "grade_a_pct": 20}):
        with pytest.raises(ValidationError):
            demo.settings.set(SEGMENT_THRESHOLDS, {**good, **bad}, operator=demo.operator)
    assert demo.settings.get(SEGMENT_THRESHOLDS) == good
