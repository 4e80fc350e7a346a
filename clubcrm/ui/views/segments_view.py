"""The segments view (客群): the club's members by segment, RFM group, value
grade and lifecycle stage as of a date; a tile's members with the figures
that put them there, exported to Excel; the movement since last month.

A computation reads the whole club (seconds on a large one), so it runs in
the background; the tiles, the lists and the member pages then share its
result (`SegmentationService` keeps it while the data does not change).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.staff import Actor, Permission
from clubcrm.segmentation.rules import Segmentation
from clubcrm.services.club import Club
from clubcrm.services.segment_snapshots import Movement
from clubcrm.services.segmentation import Family, SegmentMember

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.models.segment_members_model import SegmentMembersTableModel
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.widgets.segment_movement import MovementBox
from clubcrm.ui.widgets.segment_tiles import SegmentTiles, tile_name
from clubcrm.ui.widgets.tables import make_table


class SegmentsView(QWidget):
    message_posted = Signal(str)
    member_chosen = Signal(int)  # a member id, to open their page
    computed = Signal()

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._actor = club.current_actor()
        self.result: Segmentation | None = None
        self.chosen: tuple[Family, str] | None = None
        self.task: BackgroundTask | None = None
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setMaximumDate(QDate.currentDate())
        self.as_of.dateChanged.connect(lambda _day: self.compute())
        self.status = QLabel()
        self.thresholds_button = QPushButton(tr("&Thresholds…"))
        self.thresholds_button.clicked.connect(lambda: self.open_thresholds())
        self.tier_review_button = QPushButton(tr("&Tier review…"))
        self.tier_review_button.clicked.connect(lambda: self.open_tier_review())
        self.tiles = SegmentTiles()
        self.tiles.tile_chosen.connect(self.show_members)
        self.list_title = QLabel(tr("Click a tile to list its members."))
        self.members_model = SegmentMembersTableModel(self)
        self.members_table = make_table(self.members_model)
        self.members_table.setSortingEnabled(True)
        self.members_table.doubleClicked.connect(
            lambda index: self.member_chosen.emit(
                self.members_model.row_at(index.row()).result.member_id))
        self.export_button = QPushButton(tr("E&xport to Excel…"))
        self.export_button.clicked.connect(lambda: self.choose_export_file())
        self.movement = MovementBox()
        self.tabs = QTabWidget()
        self._lay_out()
        self.set_actor(self._actor)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("As of")))
        top.addWidget(self.as_of)
        top.addWidget(self.status, 1)
        top.addWidget(self.tier_review_button)
        top.addWidget(self.thresholds_button)
        tiles = QScrollArea()
        tiles.setWidgetResizable(True)
        tiles.setWidget(self.tiles)
        members = QWidget()
        list_bar = QHBoxLayout()
        list_bar.addWidget(self.list_title, 1)
        list_bar.addWidget(self.export_button)
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addLayout(list_bar)
        members_layout.addWidget(self.members_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(tiles)
        split.addWidget(members)
        split.setSizes([420, 360])
        self.tabs.addTab(split, tr("Segments"))
        self.tabs.addTab(self.movement, tr("Movement since last month"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.export_button.setEnabled(actor.can(Permission.EXPORT_MEMBERS) and bool(self.chosen))
        self.thresholds_button.setEnabled(actor.can(Permission.EDIT_SETTINGS))
        self.tier_review_button.setEnabled(actor.can(Permission.EDIT_PRODUCTS_AND_PRICES))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.result is None and self.task is None:
            self.compute()

    # -- computing -------------------------------------------------------------

    def compute(self) -> BackgroundTask:
        """Segments as of the chosen date, and the movement, off the GUI thread."""
        day = self.as_of.date().toPython()
        segments, snapshots = self._club.segments, self._club.segment_snapshots
        self.status.setText(tr("Computing the segments as of {date}…").format(date=day))

        def job(_progress: object) -> tuple[Segmentation, Movement | None]:
            result = segments.compute(day)
            return result, snapshots.movement(result)

        task = self.task = BackgroundTask(job, label=None, parent=self)
        task.succeeded.connect(self._show_result)
        task.failed.connect(self._on_failed)
        task.start()
        return task

    def _show_result(self, outcome: tuple[Segmentation, Movement | None]) -> None:
        self.task = None
        self.result, movement = outcome
        as_of = self.result.windows.as_of
        self.status.setText(tr("{members} members as of {date}").format(
            members=len(self.result), date=as_of.isoformat()))
        self.tiles.set_tiles(self._club.segments.tiles(self.result))
        self.movement.set_movement(movement)
        if self.chosen is not None:
            self.show_members(*self.chosen)
        self.computed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.task = None
        self.status.setText(tr("The segments could not be computed."))
        show_error(self, error)

    # -- a tile's members --------------------------------------------------------

    def show_members(self, family: Family, key: str) -> Sequence[SegmentMember]:
        if self.result is None:
            return ()
        self.chosen = (family, key)
        rows = self._club.segments.members_of(self.result, family, key,
                                              operator=self._club.operator)
        self.members_model.set_rows(rows)
        self.members_table.horizontalHeader().setSortIndicatorShown(False)
        self.list_title.setText(tr("{tile}: {count} members, by spend").format(
            tile=tile_name(family, key), count=len(rows)))
        self.set_actor(self._actor)
        return rows

    def choose_export_file(self) -> BackgroundTask | None:
        if self.result is None or self.chosen is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{tile_name(*self.chosen)}-{self.result.windows.as_of.isoformat()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export the segment"),
                                                str(Path(folder) / name),
                                                tr("Excel workbook (*.xlsx)"))
        return self.export_to(Path(chosen).with_suffix(".xlsx")) if chosen else None

    def export_to(self, path: Path) -> BackgroundTask | None:
        from clubcrm.services.segment_export import export_segment

        if self.result is None or self.chosen is None:
            return None
        club, result, (family, key) = self._club, self.result, self.chosen
        task = BackgroundTask(
            lambda _progress: export_segment(club.segments, club.db, result, family, key, path,
                                             operator=club.operator),
            label=tr("Exporting the segment…"), parent=self)
        task.succeeded.connect(lambda count: self.message_posted.emit(
            tr("{count} members exported to {path}.").format(count=count, path=path)))
        task.failed.connect(lambda error: show_error(self, error))
        task.start()
        return task

    # -- dialogs -----------------------------------------------------------------

    def open_thresholds(self) -> QWidget:
        from clubcrm.ui.dialogs.segment_thresholds_dialog import SegmentThresholdsDialog

        dialog = SegmentThresholdsDialog(self._club, self)
        dialog.thresholds_saved.connect(lambda: self.compute())
        dialog.open()
        return dialog

    def open_tier_review(self) -> QWidget:
        from clubcrm.ui.dialogs.catalogue_tier_review import TierReviewDialog

        dialog = TierReviewDialog(self._club, parent=self)
        dialog.open()
        return dialog

    def as_of_date(self) -> date:
        return self.as_of.date().toPython()
