"""The member table models: Qt's model contract, paging and sorting."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.modeltest import ModelTester

from PySide6.QtCore import Qt

from clubcrm.domain.member import Member, MemberFilter, MemberStatus
from clubcrm.services.club import Club

from clubcrm.ui.models.members_table_model import (
    COL_MEMBER_NO,
    COL_NAME,
    COL_PHONE,
    COL_STATUS,
    COL_TIER,
    MembersTableModel,
    SearchHitsTableModel,
)


def names(model: MembersTableModel | SearchHitsTableModel) -> list[str]:
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def test_members_model_passes_qt_model_tests(qtmodeltester: ModelTester, club: Club,
                                             people: list[Member]) -> None:
    """The paged member model satisfies Qt's QAbstractItemModel contract with data."""
    model = MembersTableModel(club)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.index(0, COL_MEMBER_NO).data() == "000001"
    assert model.index(0, COL_PHONE).data() == "13800138000"
    assert model.index(0, COL_STATUS).data() == "Active"
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"


def test_hits_model_passes_qt_model_tests(qtmodeltester: ModelTester, club: Club,
                                          people: list[Member]) -> None:
    """The search hit model satisfies Qt's model contract and keeps the ranking order."""
    model = SearchHitsTableModel()
    model.set_hits(club.search.search("zs", operator=club.operator))
    qtmodeltester.check(model)
    assert names(model) == ["张三"]



def test_model_pages_200_rows_at_a_time(crowd: Club) -> None:
    """1,000 members: the model starts with one page and grows by a page per fetchMore."""
    model = MembersTableModel(crowd)
    model.reload()
    total = model.total
    assert total == crowd.members.count(MemberFilter())
    assert model.rowCount() == 200
    model.fetchMore()
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    ids = [model.member_at(row).id for row in range(model.rowCount())]
    assert len(set(ids)) == total


def test_sorting_by_name_follows_pinyin(club: Club, people: list[Member]) -> None:
    """The name column sorts by pinyin, both ways, and restarts from the first page."""
    model = MembersTableModel(club)
    model.reload()
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["阿明", "李四", "王五", "张三"]
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["张三", "王五", "李四", "阿明"]


def test_sorting_a_large_list_starts_again_at_one_page(crowd: Club) -> None:
    """Sorting 1,000 members by name shows the first 200 in order, without loading them all."""
    model = MembersTableModel(crowd)
    model.reload()
    model.fetchMore()
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 200
    assert model.sort_column() == COL_NAME
    first = model.member_at(0)
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    assert model.member_at(model.rowCount() - 1).id == first.id


def test_sort_by_tier_follows_tier_rank(club: Club, add_member: Callable[..., Member]) -> None:
    """Sorting by tier orders by the tier's rank, members without a tier first."""
    regular, silver, gold, _ = club.members.tiers()
    add_member("金一", "13800000001", tier_id=gold.id)
    add_member("普一", "13800000002", tier_id=regular.id)
    add_member("无一", "13800000003")
    add_member("银一", "13800000004", tier_id=silver.id)
    model = MembersTableModel(club)
    model.reload()
    model.sort(COL_TIER, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["无一", "普一", "银一", "金一"]
    model.sort(COL_TIER, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["金一", "银一", "普一", "无一"]
    assert model.sort_column() == COL_TIER


def test_removing_an_archived_member_recounts(club: Club, people: list[Member]) -> None:
    """A member archived elsewhere leaves the live list, and the total follows."""
    model = MembersTableModel(club)
    model.reload()
    club.members.archive(people[0].id, operator=club.operator)
    assert model.remove_member(people[0].id)
    assert model.total == 3
    assert model.rowCount() == 3
    model.set_filter(MemberFilter(statuses=(MemberStatus.ARCHIVED,)))
    assert names(model) == ["张三"]
