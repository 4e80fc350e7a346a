"""The main window: navigation on the left, the current view, menus and the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from clubcrm import __version__
from clubcrm.services.club import Club
from clubcrm.services.restore import RestoreInfo
from clubcrm.services.settings import CLUB_NAME

from clubcrm.ui.backup_actions import BackupActions
from clubcrm.ui.desk_session import DeskSession
from clubcrm.ui.dialogs.settings_dialog import SettingsDialog
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.state import ui_settings
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.views.cards_view import CardsView
from clubcrm.ui.views.care_view import CareView
from clubcrm.ui.views.lazy_view import LazyView
from clubcrm.ui.views.members_view import MembersView
from clubcrm.ui.views.reports_view import ReportsView
from clubcrm.ui.views.visit_view import VisitView

if TYPE_CHECKING:
    from clubcrm.ui.views.segments_view import SegmentsView

DEMO_MEMBERS = 2_000
DEMO_MONTHS = 12
DEMO_SEED = 1
NAVIGATION_WIDTH = 150
DEFAULT_SIZE = (1400, 860)
SCREEN_SHARE = 0.9


class MainWindow(QMainWindow):
    def __init__(self, club: Club, *, db_path: Path) -> None:
        super().__init__()
        self._club = club
        self.care_view = CareView(club)  # the home screen
        self.members_view = MembersView(club)
        self.cards_view = CardsView(club)
        self.visit_view = VisitView(club)
        self.segments_page = LazyView(self._make_segments_view)
        self.reports_view = ReportsView(club)
        self.navigation = QListWidget()
        self.views = QStackedWidget()
        self.add_view(tr("Care tasks"), self.care_view)
        self.add_view(tr("Members"), self.members_view)
        self.add_view(tr("Cards"), self.cards_view)
        self.add_view(tr("Check-in"), self.visit_view)
        self.add_view(tr("Segments"), self.segments_page)
        self.add_view(tr("Reports"), self.reports_view)
        self._lay_out()
        self.desk = DeskSession(club, self)  # the operator, switching, idle lock
        self.desk.actor_changed.connect(self.care_view.set_actor)
        self.desk.actor_changed.connect(self.members_view.set_actor)
        self.desk.actor_changed.connect(self.cards_view.set_actor)
        self.desk.actor_changed.connect(self.visit_view.set_actor)
        self.desk.actor_changed.connect(self.reports_view.set_actor)
        self.backups = BackupActions(club, window=self)
        self.backups.club_restored.connect(self._start_over)
        self.successor: MainWindow | None = None  # the window on a restored database
        self._make_menus()
        self._make_status_bar(db_path)
        self.members_view.summary_changed.connect(self.summary_label.setText)
        self.care_view.message_posted.connect(self.statusBar().showMessage)
        self.members_view.message_posted.connect(self.statusBar().showMessage)
        self.cards_view.message_posted.connect(self.statusBar().showMessage)
        self.visit_view.message_posted.connect(self.statusBar().showMessage)
        self.reports_view.message_posted.connect(self.statusBar().showMessage)
        self.summary_label.setText(self.members_view.summary)
        self.update_title()
        self._restore_geometry()

    @property
    def segments_view(self) -> SegmentsView:
        return cast("SegmentsView", self.segments_page.view())

    def _make_segments_view(self) -> SegmentsView:
        # Imported on first use: numpy and the segmentation stay out of start-up.
        from clubcrm.ui.views.segments_view import SegmentsView

        view = SegmentsView(self._club)
        view.set_actor(self.desk.actor)
        self.desk.actor_changed.connect(view.set_actor)
        view.message_posted.connect(self.statusBar().showMessage)
        view.member_chosen.connect(self.members_view.edit_member)
        return view

    def add_view(self, title: str, view: QWidget) -> None:
        self.navigation.addItem(title)
        self.views.addWidget(view)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def _lay_out(self) -> None:
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(
            "#navigation { border: none; font-size: 11pt; }"
            "#navigation::item { padding: 10px 14px; }"
        )
        self.navigation.currentRowChanged.connect(self.views.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.views, 1)
        self.setCentralWidget(central)

    def _make_menus(self) -> None:
        view = self.members_view
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addAction(view.export_action)
        file_menu.addAction(view.marketing_export_action)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(tr("&Import members or history…"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.import_batches_action = file_menu.addAction(tr("Import &batches…"))
        self.import_batches_action.triggered.connect(lambda: self.open_import_batches())
        file_menu.addSeparator()
        file_menu.addAction(self.backups.backup_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addSeparator()
        self.settings_action = file_menu.addAction(tr("&Settings…"))
        self.settings_action.triggered.connect(lambda: self.open_settings())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        _fill_menu(self.menuBar().addMenu(tr("&Members")), view.member_actions())
        cards_menu = self.menuBar().addMenu(tr("&Cards"))
        self.catalogue_action = cards_menu.addAction(tr("Card products and services…"))
        self.catalogue_action.triggered.connect(lambda: self.open_catalogue())
        _fill_menu(self.menuBar().addMenu(tr("S&taff")), self.desk.menu_actions())
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(tr("&About")).triggered.connect(self.show_about)

    def _make_status_bar(self, db_path: Path) -> None:
        self.summary_label = QLabel()
        self.path_label = QLabel(tr("Database: {path}").format(path=db_path))
        self.path_label.setToolTip(str(db_path))
        self.statusBar().addPermanentWidget(self.backups.warning_label)
        self.statusBar().addPermanentWidget(self.desk.operator_label)
        self.statusBar().addPermanentWidget(self.summary_label)
        self.statusBar().addPermanentWidget(self.path_label)

    def update_title(self) -> None:
        name = self._club.settings.get(CLUB_NAME)
        product = tr("Membership CRM")
        self.setWindowTitle(f"{name} — {product}" if name else product)

    # -- window state ----------------------------------------------------------

    def _restore_geometry(self) -> None:
        """Where the user left the window; the first time, most of the screen (1366x768 too)."""
        saved = ui_settings().value("geometry/MainWindow")
        if saved is None or not self.restoreGeometry(saved):
            screen = self.screen().availableGeometry()
            self.resize(min(DEFAULT_SIZE[0], int(screen.width() * SCREEN_SHARE)),
                        min(DEFAULT_SIZE[1], int(screen.height() * SCREEN_SHARE)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.backups.on_close()
        self.care_view.wait()
        ui_settings().setValue("geometry/MainWindow", self.saveGeometry())
        self._club.close()
        super().closeEvent(event)

    def _start_over(self, club: Club, info: RestoreInfo) -> None:
        """After a restore every view would hold data of the replaced database: a new
        window on the restored club takes this one's place."""
        successor = self.successor = MainWindow(club, db_path=club.db.path)
        successor.restoreGeometry(self.saveGeometry())
        successor.show()
        if self.backups.automatic:
            successor.backups.start_automatic(check_integrity=False)
        successor.statusBar().showMessage(tr(
            "Restored the backup {backup}; the data it replaced is kept in {copy}."
        ).format(backup=info.restored_from.name, copy=info.safety_copy))
        self.close()

    # -- dialogs ---------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._club, parent=self)
        dialog.settings_saved.connect(self.update_title)
        dialog.settings_saved.connect(self.backups.update_warning)
        dialog.settings_saved.connect(self.desk.watch_idle)
        dialog.open()
        return dialog

    def open_catalogue(self) -> QDialog:
        # Imported on use: the owner opens it rarely, and start-up stays lean.
        from clubcrm.ui.dialogs.catalogue_dialog import CatalogueDialog

        dialog = CatalogueDialog(self._club, self)
        dialog.open()
        return dialog

    def open_import(self) -> QDialog:
        # Imported on use: the wizard pulls in the import services.
        from clubcrm.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self._club, operator=self._club.operator, parent=self)
        wizard.imported.connect(lambda _result: self.members_view.refresh())
        wizard.open()
        return wizard

    def open_import_batches(self) -> QDialog:
        from clubcrm.ui.dialogs.import_batches_dialog import ImportBatchesDialog

        dialog = ImportBatchesDialog(self._club, operator=self._club.operator, parent=self)
        dialog.batch_undone.connect(lambda _batch: self.members_view.refresh())
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, tr("About"), tr(
            "Membership CRM {version}\n\nMembership management for one club, "
            "kept on this computer."
        ).format(version=__version__))

    # -- a new, empty club -----------------------------------------------------

    def offer_demo(self) -> None:
        """A new database is empty; a demo club lets a new owner try everything first."""
        answer = QMessageBox.question(self, tr("New club database"), tr(
            "This club database is new and empty. Load a demo club with {count} members "
            "to try the program? (Use a separate database for your real members.)"
        ).format(count=QLocale().toString(DEMO_MEMBERS)))
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def load_demo(self, *, members: int = DEMO_MEMBERS) -> BackgroundTask:
        # Imported on use: the demo generator pulls in pypinyin (~0.4 s) and the
        # code of every service, which start-up must not pay for.
        from clubcrm.services.demo import generate_demo

        club = self._club
        task = BackgroundTask(
            lambda progress: generate_demo(club, members=members, months=DEMO_MONTHS,
                                           seed=DEMO_SEED, progress=progress),
            label=tr("Creating the demo club…"), parent=self,
        )
        task.succeeded.connect(self._on_demo_loaded)
        task.failed.connect(lambda error: show_error(self, error))
        task.start()
        return task

    def _on_demo_loaded(self, _summary: object) -> None:
        self.care_view.refresh()
        self.members_view.refresh()
        self.update_title()
        self.statusBar().showMessage(tr("The demo club is ready."))


def _fill_menu(menu: QMenu, actions: list[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
