"""The report's segments section and its dormant and churned members are the
segmentation's own figures as of the period's last day (today, for a month not
over yet), computed once; the movement is the snapshots' movement; a month
that is over keeps its snapshot."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from clubcrm.domain.reports import Report, month_period
from clubcrm.segmentation.model import SEGMENTS, Lifecycle, Segment
from clubcrm.services import report_segment_figures
from clubcrm.services.club import Club, open_club
from clubcrm.services.reports import ReportService
from clubcrm.services.segmentation import Family
from tests.demo_clubs import build_demo

TODAY = date(2026, 6, 15)
FAMILIES = (Family.SEGMENT, Family.GRADE, Family.LIFECYCLE)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory, members=300, months=14, seed=11, today=TODAY)


@pytest.fixture
def demo(demo_file: Path) -> Club:
    club = open_club(demo_file)
    yield club
    club.close()


def _report(club: Club, month: str) -> Report:
    return ReportService(club.db, club.segments).monthly(month_period(month),
                                                         operator=club.operator, today=TODAY)


@pytest.mark.parametrize("month", ["2026-02", "2026-04"])
def test_the_distribution_is_the_segmentation_s_tiles_at_the_month_end(demo: Club,
                                                                         month: str) -> None:
    """Members and spend per primary segment, value grade and lifecycle stage equal
    `tiles()` of the segmentation as of the month's last day, every member once."""
    report = _report(demo, month)
    result = demo.segments.compute(report.period.last)
    tiles = demo.segments.tiles(result)
    tables = report.section("segments").tables
    for table, family in zip(tables, FAMILIES, strict=False):
        assert [(row[1], row[3]) for row in table.rows] == [
            (tile.members, tile.spend_fen) for tile in tiles if tile.family == family]
        assert table.total is not None and table.total[1] == len(result) > 0
        assert report.period.last.isoformat() in table.title


def test_dormant_and_churned_members_are_the_segmentation_s(demo: Club) -> None:
    """Dormant: members meeting the dormant segment (whatever their primary one);
    churned: members at the churned lifecycle stage; both as of the month's end."""
    report = _report(demo, "2026-05")
    rows = {row[0]: row for row in report.section("members").tables[0].rows}
    result = demo.segments.compute(date(2026, 5, 31))
    members = [result.member(index) for index in range(len(result))]
    dormant = sum(1 for member in members if Segment.DORMANT in member.segments)
    churned = sum(1 for member in members if member.lifecycle is Lifecycle.CHURNED)
    assert rows["Dormant members"][1] == dormant > 0
    assert rows["Churned members"][1] == churned
    notes = " ".join(report.section("members").notes)
    assert "Dormant members:" in notes and "Churned members:" in notes and "2026-05-31" in notes


def test_the_movement_is_the_snapshots_movement_since_the_month_before(demo: Club) -> None:
    """Moved in and out per segment as the snapshots count them; before + in − out = now."""
    report = _report(demo, "2026-03")
    result = demo.segments.compute(date(2026, 3, 31))
    movement = demo.segment_snapshots.movement(result)
    assert movement is not None and movement.since_month == "2026-02"
    table = report.section("segments").tables[3]
    for row, segment in zip(table.rows, SEGMENTS, strict=True):
        assert (row[2], row[3]) == (movement.moved_in(segment), movement.moved_out(segment))
        assert row[1] + row[2] - row[3] == row[4] and row[5] == row[4] - row[1]
    assert table.total is not None and table.total[4] == len(result)
    chart = report.section("segments").charts[0]
    assert [len(values) for _name, values in chart.series] == [len(SEGMENTS)] * 2


def test_a_month_that_is_over_keeps_its_snapshot_and_this_month_is_as_of_today(
        demo: Club, demo_file: Path) -> None:
    """Reporting a past month stores its snapshot (next month's movement reads it);
    the month not over yet is segmented as of today and stores nothing."""
    _report(demo, "2026-01")
    current = _report(demo, "2026-06")
    connection = sqlite3.connect(demo_file)
    months = {row[0]: row[1] for row in connection.execute(
        "SELECT s.month, COUNT(*) FROM segment_snapshots s "
        "JOIN segment_snapshot_members m ON m.snapshot_id = s.id GROUP BY 1")}
    connection.close()
    assert months["2026-01"] == len(demo.segments.compute(date(2026, 1, 31)))
    assert "2026-06" not in months
    assert TODAY.isoformat() in current.section("segments").tables[0].title


def test_a_month_that_is_over_is_printed_from_its_snapshot_without_computing(
        demo: Club, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a month's snapshot is kept, its report reads the snapshot: the same
    tables (tiles, movement, dormant and churned members), no segmentation."""
    first = _report(demo, "2026-04")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a segmentation was computed")

    monkeypatch.setattr(demo.segments, "compute", refuse)
    again = _report(demo, "2026-04")
    for key in ("segments", "members"):
        assert again.section(key).tables == first.section(key).tables
    assert again.section("members").notes == first.section("members").notes
    assert again.section("segments").charts == first.section("segments").charts
    assert any("As kept when the month was over" in note
               for note in again.section("segments").notes)
    with pytest.raises(AssertionError, match="computed"):
        _report(demo, "2026-06")  # not over: computed as of today


def test_a_kept_month_does_not_change_when_the_data_does_afterwards(
        demo_file: Path, tmp_path: Path) -> None:
    """A member archived after the month's snapshot still counts in that month's
    report (what the owner saw then), not in a month computed afresh."""
    copy = tmp_path / "club.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    club = open_club(copy)
    try:
        kept = _report(club, "2026-03").section("segments").tables[0].total
        connection = sqlite3.connect(copy)
        with connection:
            connection.execute("UPDATE members SET status = 'archived' WHERE id = (SELECT "
                               "min(member_id) FROM segment_snapshot_members)")
        connection.close()
        assert _report(club, "2026-03").section("segments").tables[0].total == kept
        assert kept is not None
        assert len(club.segments.compute(date(2026, 3, 31))) == kept[1] - 1  # afresh: one less
    finally:
        club.close()


def test_a_report_without_the_segment_sections_computes_no_segmentation(
        club: Club, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily close starts no segmentation (none of its sections prints one)."""
    def refuse(*_args: object) -> None:
        raise AssertionError("a segmentation was started")

    monkeypatch.setattr(report_segment_figures, "PendingSegments", refuse)
    report = ReportService(club.db).daily_close(TODAY, operator=club.operator, today=TODAY)
    assert [section.key for section in report.sections] == ["daily_close"]
