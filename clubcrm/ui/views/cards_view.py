"""The cards screen (会员卡/充值): find a member, see their cards and ledger,
and run every card operation from buttons or function keys.

The reception search sits on top (a scanned member or card number and Enter
open the member at once). Below: the member's header, their cards with the
operations, and their ledger, newest first, read a page at a time (a member
with thousands of rows opens as fast as a new one).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.cards import Card
from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.ledger import LedgerEntry
from clubcrm.domain.member import Member
from clubcrm.domain.staff import Actor
from clubcrm.services.club import Club
from clubcrm.services.operations import OperationResult

from clubcrm.ui.dialogs.card_actions import CardActions, Selection
from clubcrm.ui.dialogs.card_share_dialog import member_names
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.models.cards_table_model import CardsTableModel
from clubcrm.ui.models.ledger_table_model import LedgerTableModel
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.view_actions import view_action
from clubcrm.ui.widgets.ledger_filter_bar import LedgerFilterBar
from clubcrm.ui.widgets.member_finder import MemberFinder
from clubcrm.ui.widgets.member_header import MemberHeader
from clubcrm.ui.widgets.tables import make_table

PAGE_HINT, PAGE_MEMBER = 0, 1
SEARCH_SCALE = 1.25


class ActionButton(QToolButton):
    """A button for a card action; a function key is written on it (充值 F7), as
    on the tills reception knows. Longer shortcuts stay in the tooltip."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDefaultAction(action)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # After the button's own update from the action (Qt sends that first).
        action.changed.connect(self._show_key)
        self._show_key()

    def _show_key(self) -> None:
        action = self.defaultAction()
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        function_key = key.startswith("F") and key[1:].isdigit()
        self.setText(f"{action.iconText()}  {key}" if function_key else action.iconText())



class CardsView(QWidget):
    message_posted = Signal(str)

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._actor = club.current_actor()
        self.member: Member | None = None
        self.points = 0
        self._ledger_sized = False
        self.finder = MemberFinder(club, visible_rows=8, placeholder=tr(
            "Find a member: last digits of the phone, name, pinyin initials, member number "
            "or card number"))
        self.card_actions = CardActions(club, self)
        self.find_action = view_action(self, tr("&Find member"), "F3", self.focus_search)
        self.refresh_action = view_action(self, tr("&Refresh"), "F5", self.reload)
        self.header = MemberHeader()
        self.cards_model = CardsTableModel(self)
        self.cards_table = make_table(self.cards_model)
        self.ledger_model = LedgerTableModel(club, self)
        self.ledger_table = make_table(self.ledger_model)
        self.ledger_filters = LedgerFilterBar()
        self.ledger_summary = QLabel()
        self.export_button = QPushButton(tr("E&xport to Excel…"))
        self.hint = QLabel(tr("Find a member above: their cards, the card operations and "
                              "their ledger appear here."))
        self.pages = QStackedWidget()
        self._lay_out()
        self._connect()
        self._update_actions()

    # -- building ------------------------------------------------------------

    def _lay_out(self) -> None:
        font = self.finder.search_box.font()
        font.setPointSizeF(font.pointSizeF() * SEARCH_SCALE)
        self.finder.search_box.setFont(font)
        self.finder.search_box.setMinimumHeight(self.finder.search_box.sizeHint().height() + 8)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)  # drawn in the palette's muted text colour
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self._member_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.finder)
        layout.addWidget(self.pages, 1)
        self.setFocusProxy(self.finder)

    def _member_page(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for action in self.card_actions.buttons():
            buttons.addWidget(ActionButton(action))
        buttons.addStretch(1)
        self.cards_table.addActions(self.card_actions.card_menu())
        self.ledger_table.addAction(self.card_actions.reverse)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.cards_table)
        splitter.addWidget(self._ledger_box())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return page

    def _ledger_box(self) -> QWidget:
        title = QLabel(tr("Ledger"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        reverse = QToolButton()
        reverse.setDefaultAction(self.card_actions.reverse)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.ledger_summary)
        top.addStretch(1)
        top.addWidget(reverse)
        top.addWidget(self.export_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.ledger_filters)
        layout.addWidget(self.ledger_table, 1)
        return box

    def _connect(self) -> None:
        self.finder.member_picked.connect(self.show_member)
        self.finder.card_scanned.connect(lambda card: self.show_member(card.member_id, card.id))
        self.card_actions.operation_done.connect(self._on_operation_done)
        self.card_actions.card_changed.connect(lambda card: self.reload(card.id))
        self.cards_table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.ledger_table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.ledger_model.modelReset.connect(self._update_actions)
        self.ledger_model.total_changed.connect(self._show_ledger_total)
        self.ledger_filters.filter_changed.connect(self._reload_ledger)
        self.export_button.clicked.connect(self.export_ledger)

    # -- the member ----------------------------------------------------------

    def show_member(self, member_id: int, card_id: int | None = None) -> bool:
        """Open a member (from the search, a scan, another view); False if they
        cannot be shown (the user was told why)."""
        self.ledger_filters.reset()  # a new member starts with their whole ledger
        if not self._read_member(member_id):
            return False
        self._load_cards(card_id)
        self._reload_ledger()
        if not self._ledger_sized and self.ledger_model.rowCount():
            # Once: measuring every column of a page costs more than the page.
            self.ledger_table.resizeColumnsToContents()
            self._ledger_sized = True
        self.pages.setCurrentIndex(PAGE_MEMBER)
        return True

    def reload(self, card_id: int | None = None) -> None:
        """Read the member, their cards and ledger again (after an operation, or
        another operator's sign-in), keeping the ledger filters."""
        if self.member is None or not self._read_member(self.member.id):
            return
        card = self.current_card()
        self._load_cards(card_id if card_id is not None else card.id if card else None)
        self._reload_ledger()

    def _read_member(self, member_id: int) -> bool:
        try:
            self.member = self._club.members.get(MemberId(member_id),
                                                 operator=self._club.operator)
        except ClubError as exc:
            show_error(self, exc)
            return False
        return True

    def _load_cards(self, card_id: int | None) -> None:
        member = self.member
        assert member is not None
        cards = self._club.cards.cards_of(member.id)
        names = member_names(self._club, {holder for card in cards for holder in card.holders})
        self.cards_model.set_cards(cards, member_id=member.id, names=names)
        self.cards_table.resizeColumnsToContents()
        self.points = self._club.cards.points_of(member.id)
        self.header.show_member(member, self.points)
        self.ledger_filters.set_cards(cards)
        row = self.cards_model.row_of(card_id) if card_id is not None else None
        if row is None and cards:
            row = 0
        if row is not None:
            self.cards_table.selectRow(row)
        self._update_actions()

    def _reload_ledger(self) -> None:
        member_id = self.member.id if self.member is not None else None
        self.ledger_model.set_member(member_id, self.ledger_filters.ledger_filter())

    def _show_ledger_total(self, total: int) -> None:
        self.ledger_summary.setText(tr("{count} rows").format(count=f"{total:,}"))

    def current_card(self) -> Card | None:
        index = self.cards_table.currentIndex()
        return self.cards_model.card_at(index.row()) if index.isValid() else None

    def current_entry(self) -> LedgerEntry | None:
        index = self.ledger_table.currentIndex()
        return self.ledger_model.entry_at(index.row()) if index.isValid() else None

    # -- operator and actions -------------------------------------------------

    def set_actor(self, actor: Actor) -> None:
        """Another operator signed in: phones masked for their role, their actions."""
        self._actor = actor
        self.reload()
        self._update_actions()

    def _update_actions(self) -> None:
        self.card_actions.update(Selection(
            self._actor, self.member, tuple(self.cards_model.cards()), self.current_card(),
            self.current_entry(), self.points))

    def _on_operation_done(self, result: OperationResult) -> None:
        self.reload(result.card_id)
        self.message_posted.emit(tr("Operation {number} done.").format(number=result.number))

    def focus_search(self) -> None:
        self.finder.setFocus()
        self.finder.search_box.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_search()  # keyboard first: a scan works as soon as the view shows

    # -- export ----------------------------------------------------------------

    def export_ledger(self) -> None:
        if self.member is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = tr("ledger-{member_no}-{date}.xlsx").format(
            member_no=self.member.member_no, date=date.today().strftime("%Y%m%d"))
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export the ledger"),
                                                str(Path(folder) / name),
                                                tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.export_to(Path(chosen).with_suffix(".xlsx"))

    def export_to(self, path: Path) -> BackgroundTask:
        """Write the member's ledger, as filtered, to `path` in the background."""
        assert self.member is not None
        ledger, member_id = self._club.ledger, self.member.id
        ledger_filter, operator = self.ledger_filters.ledger_filter(), self._club.operator
        task = BackgroundTask(lambda _progress: ledger.export(path, member_id, ledger_filter,
                                                              operator=operator),
                              label=tr("Exporting the ledger…"), parent=self)
        task.succeeded.connect(lambda count: self.message_posted.emit(
            tr("{count} ledger rows exported to {path}.").format(count=count, path=path)))
        task.failed.connect(lambda error: show_error(self, error))
        task.start()
        return task
