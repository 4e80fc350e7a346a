"""The segments view as the owner uses it: the tiles appear for today, a click
lists the tile's members, a header click sorts them, the list exports; the
thresholds dialog recomputes; the movement tab has last month's table; the
member page says why a member is where they are."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from clubcrm.domain.ids import MemberId
from clubcrm.domain.staff import Role
from clubcrm.services.club import Club
from clubcrm.services.segmentation import Family
from tests.demo_clubs import build_demo, open_copy

from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.views.segments_view import SegmentsView


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory, members=200, months=13, seed=4, today=date.today())


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Iterator[Club]:
    club = open_copy(demo_path, tmp_path)
    yield club
    club.close()


@pytest.fixture
def view(qtbot: QtBot, demo: Club) -> SegmentsView:
    view = SegmentsView(demo)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    with qtbot.waitSignal(view.computed, timeout=30_000):
        view.show()
    return view


def test_a_tile_click_lists_its_members(qtbot: QtBot, view: SegmentsView, demo: Club) -> None:
    tiles = {(t.family, t.key): t for t in demo.segments.tiles(view.result)}
    button = view.tiles.buttons[(Family.SEGMENT, "high_value")]
    assert "High-value" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    expected = tiles[(Family.SEGMENT, "high_value")].members
    assert view.members_model.rowCount() == expected > 0
    assert f"{expected} members" in view.list_title.text()
    header = view.members_table.horizontalHeader()
    spend_column = view.members_model.columnCount() - 2
    for _ in range(2):  # a click on the header sorts; a second one reverses
        x = header.sectionViewportPosition(spend_column) + header.sectionSize(spend_column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        spends = [view.members_model.row_at(r).result.monetary_fen
                  for r in range(view.members_model.rowCount())]
        ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        assert spends == sorted(spends, reverse=not ascending)


def test_the_list_exports_to_excel(qtbot: QtBot, view: SegmentsView, tmp_path: Path) -> None:
    qtbot.mouseClick(view.tiles.buttons[(Family.GRADE, "VIP")], Qt.MouseButton.LeftButton)
    assert view.export_button.isEnabled()
    path = tmp_path / "vip.xlsx"
    with qtbot.waitSignal(view.message_posted, timeout=20_000) as posted:
        view.export_to(path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) - 1 == view.members_model.rowCount()
    assert str(path) in posted.args[0]


def test_reception_cannot_export_or_change_thresholds(view: SegmentsView, demo: Club,
                                                      staff: dict[Role, int]) -> None:
    view.set_actor(demo.staff.actor(staff[Role.RECEPTION]))
    assert not view.export_button.isEnabled()
    assert not view.thresholds_button.isEnabled()


def test_saving_thresholds_recomputes(qtbot: QtBot, view: SegmentsView) -> None:
    before = view.result
    dialog = view.open_thresholds()
    dialog.spins["dormant_days"].setValue(20)
    with qtbot.waitSignal(view.computed, timeout=30_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert view.result is not before
    assert view.result.thresholds.dormant_days == 20
    dormant = view.tiles.buttons[(Family.SEGMENT, "dormant")].text()
    assert dormant != "" and view.result is not None


def test_an_invalid_threshold_is_refused_in_the_dialog(qtbot: QtBot, view: SegmentsView) -> None:
    dialog = view.open_thresholds()
    dialog.spins["high_value_pct"].setValue(150)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "high_value_pct" in dialog.error.text()


def test_movement_tab_shows_last_months_table(view: SegmentsView) -> None:
    view.tabs.setCurrentIndex(1)
    assert "(rows)" in view.movement.caption.text()
    total = sum(int(view.movement.table.item(r, c).text() or 0)
                for r in range(view.movement.table.rowCount())
                for c in range(view.movement.table.columnCount() - 1))
    assert total == len(view.result)


def test_the_member_page_explains_the_segment(qtbot: QtBot, demo: Club, view: SegmentsView
                                              ) -> None:
    rows = view.show_members(Family.SEGMENT, "high_value")
    member = demo.members.get(MemberId(rows[0].result.member_id), operator=demo.operator)
    dialog = MemberDialog(demo, member)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "High-value:" in dialog.segments_box.summary.text(), timeout=20_000)
    assert "the top 15%" in dialog.segments_box.summary.text()
    assert dialog.segments_box.history.rowCount() >= 1
