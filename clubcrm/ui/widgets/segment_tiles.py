"""A tile per segment, RFM group, value grade and lifecycle stage: how many
members, their share, their spend and its share. Clicking a tile chooses it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_
from clubcrm.segmentation.explain import GRADE_NAMES, RFM_GROUP_NAMES, SEGMENT_NAMES, STAGE_NAMES
from clubcrm.segmentation.model import Lifecycle, RfmGroup, Segment, ValueGrade
from clubcrm.services.segmentation import Family, Tile

from clubcrm.ui.i18n import tr

TILES_PER_ROW = 5
FAMILY_TITLES = {
    Family.SEGMENT: N_("Segments (each member once, by primary segment)"),
    Family.RFM: N_("RFM groups"),
    Family.GRADE: N_("Value grades"),
    Family.LIFECYCLE: N_("Lifecycle stages"),
}


def tile_name(family: Family, key: str) -> str:
    names = {
        Family.SEGMENT: lambda: SEGMENT_NAMES[Segment(key)],
        Family.RFM: lambda: RFM_GROUP_NAMES[RfmGroup(key)],
        Family.GRADE: lambda: GRADE_NAMES[ValueGrade(key)],
        Family.LIFECYCLE: lambda: STAGE_NAMES[Lifecycle(key)],
    }
    return tr(names[family]())


def percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


class SegmentTiles(QWidget):
    tile_chosen = Signal(object, str)  # Family, key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[tuple[Family, str], QPushButton] = {}
        self._group = QButtonGroup(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_tiles(self, tiles: Sequence[Tile]) -> None:
        chosen = next((key for key, button in self.buttons.items() if button.isChecked()), None)
        self._clear()
        grids: dict[Family, QGridLayout] = {}
        placed: dict[Family, int] = {}
        for tile in tiles:
            if tile.family not in grids:
                grids[tile.family] = self._box(tile.family)
            position = placed[tile.family] = placed.get(tile.family, -1) + 1
            grids[tile.family].addWidget(self._button(tile), position // TILES_PER_ROW,
                                         position % TILES_PER_ROW)
        if chosen in self.buttons:
            self.buttons[chosen].setChecked(True)

    def _box(self, family: Family) -> QGridLayout:
        box = QGroupBox(tr(FAMILY_TITLES[family]))
        self._layout.addWidget(box)
        return QGridLayout(box)

    def _button(self, tile: Tile) -> QPushButton:
        button = QPushButton(tr("{name}\n{members} members · {share}\n{spend} · {spend_share}")
                             .format(name=tile_name(tile.family, tile.key), members=tile.members,
                                     share=percent(tile.members, tile.total_members),
                                     spend=format_money(tile.spend_fen),
                                     spend_share=percent(tile.spend_fen, tile.total_spend_fen)))
        button.setCheckable(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button.setMinimumHeight(button.fontMetrics().height() * 4)
        button.clicked.connect(lambda: self.tile_chosen.emit(tile.family, tile.key))
        self._group.addButton(button)
        self.buttons[(tile.family, tile.key)] = button
        return button

    def _clear(self) -> None:
        for button in self.buttons.values():
            self._group.removeButton(button)
        self.buttons.clear()
        while (item := self._layout.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()

