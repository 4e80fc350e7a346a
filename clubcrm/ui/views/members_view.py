"""The members screen: the reception search box, the filters and the member list.

While the search box has text, its ranked hits replace the list (Esc brings
the list back). Enter opens the one member a scanned number or a full phone
identifies, or the only hit; otherwise it moves into the hits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import Member, MemberStatus, MemberSummary, MergeResult
from clubcrm.domain.staff import Actor, Permission
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.duplicates_dialog import DuplicatesDialog
from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.dialogs.merge_dialog import MergeDialog
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.models.members_table_model import (
    COL_GENDER,
    COL_JOINED_ON,
    COL_MEMBER_NO,
    COL_NAME,
    COL_PHONE,
    COL_TIER,
    SORT_KEYS,
    MemberRowsModel,
    MembersTableModel,
    SearchHitsTableModel,
)
from clubcrm.ui.privacy_actions import PrivacyActions
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.view_actions import view_action
from clubcrm.ui.widgets.member_filter_bar import MemberFilterBar
from clubcrm.ui.widgets.search_box import SearchBox
from clubcrm.ui.widgets.tables import make_table

SEARCH_DELAY_MS = 150
# Column widths in digit widths (a Chinese character is about two); never less than the title.
COLUMN_WIDTHS = {COL_MEMBER_NO: 13, COL_NAME: 16, COL_PHONE: 15, COL_GENDER: 9, COL_TIER: 12,
                 COL_JOINED_ON: 14}
HEADER_PADDING = 28  # room for the sort arrow


class MembersView(QWidget):
    summary_changed = Signal(str)  # "2,938 members" or "31 matches", for the status bar
    message_posted = Signal(str)

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._actor = club.current_actor()
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(tr(
            "Find a member: last digits of the phone, name, pinyin initials or member number"
        ))
        self.filter_bar = MemberFilterBar()
        self.list_model = MembersTableModel(club, self)
        self.hits_model = SearchHitsTableModel(self)
        self._make_actions()
        self.list_table = self._make_table(self.list_model)
        self.hits_table = self._make_table(self.hits_model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_table)
        self.stack.addWidget(self.hits_table)
        self.summary = ""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._lay_out()
        self._connect()
        self._enable_sorting()
        self.filter_bar.set_choices(club.members.tiers(), club.members.tags())
        self.list_model.set_filter(self.filter_bar.member_filter())

    # -- building ------------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_action = self._action(tr("&New member…"), "F2", self.new_member)
        self.edit_action = self._action(tr("&Edit member…"), "F4", self.edit_current)
        self.find_action = self._action(tr("&Find member"), "F3", self.focus_search)
        self.archive_action = self._action(tr("&Archive"), "", self.toggle_archive)
        self.merge_action = self._action(tr("&Merge into…"), "", self.merge_current)
        self.duplicates_action = self._action(tr("Possible &duplicates…"), "",
                                              self.show_duplicates)
        self.refresh_action = self._action(tr("&Refresh"), "F5", self.refresh)
        self.export_action = self._action(tr("&Export members…"), "", self.export_members)
        self.marketing_export_action = self._action(
            tr("Export &marketing list…"), "", lambda: self.export_members(marketing=True))
        self.privacy = PrivacyActions(self._club, self.current_member, self)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        return view_action(self, text, shortcut, slot)

    def member_actions(self) -> list[QAction | None]:
        """The Members menu, in order (None marks a separator)."""
        return [self.new_action, self.edit_action, self.find_action, None, self.archive_action,
                self.merge_action, self.duplicates_action, None, *self.privacy.actions(), None,
                self.refresh_action]

    def _make_table(self, model: MemberRowsModel) -> QTableView:
        table = make_table(model)
        header = table.horizontalHeader()
        digit = table.fontMetrics().horizontalAdvance("0")
        for column, digits in COLUMN_WIDTHS.items():
            title = model.headerData(column, Qt.Orientation.Horizontal)
            title_width = header.fontMetrics().horizontalAdvance(title) + HEADER_PADDING
            table.setColumnWidth(column, max(digit * digits, title_width))
        table.addActions([self.edit_action, self.archive_action, self.merge_action,
                          *self.privacy.actions()])
        table.activated.connect(self._open_index)
        table.selectionModel().currentRowChanged.connect(self._update_actions)
        return table

    def _lay_out(self) -> None:
        font = self.search_box.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search_box.setFont(font)
        self.search_box.setMinimumHeight(self.search_box.sizeHint().height() + 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.search_box)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.search_box.returnPressed.connect(self._on_search_entered)
        self.search_box.down_pressed.connect(self._focus_results)
        self._debounce.timeout.connect(self.run_search)
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.list_model.total_changed.connect(self._show_summary)
        self.list_model.modelReset.connect(self._update_actions)
        self.hits_model.modelReset.connect(self._update_actions)
        self.stack.currentChanged.connect(self._update_actions)
        self.privacy.member_anonymised.connect(self._show_changed)
        self.privacy.message_posted.connect(self.message_posted)

    def _enable_sorting(self) -> None:
        header = self.list_table.horizontalHeader()
        header.setSortIndicator(self.list_model.sort_column(), self.list_model.sort_order())
        self.list_table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)

    def _keep_indicator_on_sortable(self, column: int, _order: Qt.SortOrder) -> None:
        # Gender, tier and status cannot be ordered by the member service (yet).
        if column not in SORT_KEYS:
            self.list_table.horizontalHeader().setSortIndicator(
                self.list_model.sort_column(), self.list_model.sort_order()
            )

    # -- the list and the search ---------------------------------------------

    def searching(self) -> bool:
        return self.stack.currentWidget() is self.hits_table

    def current_table(self) -> QTableView:
        return self.hits_table if self.searching() else self.list_table

    def current_member(self) -> MemberSummary | None:
        index = self.current_table().currentIndex()
        if not index.isValid():
            return None
        model = self.hits_model if self.searching() else self.list_model
        return model.member_at(index.row())

    def _on_search_text_changed(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()
            self.stack.setCurrentWidget(self.list_table)
            self._show_summary()

    def run_search(self) -> None:
        """Show the ranked hits of the search box's text now."""
        self._debounce.stop()
        text = self.search_box.text()
        if not text.strip():
            return
        statuses = self.list_model.member_filter.statuses
        hits = self._club.search.search(
            text, operator=self._club.operator,
            include_archived=MemberStatus.ARCHIVED in statuses,
        )
        self.hits_model.set_hits(hits)
        self.stack.setCurrentWidget(self.hits_table)
        if hits:
            self.hits_table.selectRow(0)
        self._show_summary()

    def _on_search_entered(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            return
        exact = self._club.search.exact_member(text, operator=self._club.operator)
        self.run_search()
        if exact is None and self.hits_model.rowCount() == 1:
            exact = self.hits_model.member_at(0).id
        if exact is not None:
            self.search_box.selectAll()  # the next scan replaces this one
            self.edit_member(exact)
        elif self.hits_model.rowCount():
            self._focus_results()

    def _focus_results(self) -> None:
        table = self.current_table()
        table.setFocus()
        if not table.currentIndex().isValid() and table.model().rowCount():
            table.selectRow(0)

    def _on_filter_changed(self) -> None:
        self.list_model.set_filter(self.filter_bar.member_filter())
        if self.searching():
            self.run_search()

    def _show_summary(self) -> None:
        if not self.searching():
            text = tr("Members: {count}").format(count=QLocale().toString(self.list_model.total))
        elif self.hits_model.rowCount() >= self._club.search.limit:
            text = tr("The first {count} matches; type more to narrow the search.").format(
                count=self.hits_model.rowCount())
        else:
            text = tr("Matches: {count}").format(count=self.hits_model.rowCount())
        self.summary = text
        self.summary_changed.emit(text)

    def set_actor(self, actor: Actor) -> None:
        """Another operator signed in: show what their role may see and do."""
        self._actor = actor
        self.list_model.reload()
        if self.searching():
            self.run_search()
        self._update_actions()

    def _update_actions(self) -> None:
        """Enable what the selection and the operator's role allow (the services
        refuse the rest anyway)."""
        member = self.current_member()
        editable = member is not None and member.status != MemberStatus.MERGED
        can = self._actor.can
        self.edit_action.setEnabled(editable)
        self.archive_action.setEnabled(editable and can(Permission.ARCHIVE_MEMBERS))
        self.merge_action.setEnabled(editable and can(Permission.MERGE_MEMBERS))
        self.duplicates_action.setEnabled(can(Permission.MERGE_MEMBERS))
        self.export_action.setEnabled(can(Permission.EXPORT_MEMBERS))
        self.marketing_export_action.setEnabled(can(Permission.EXPORT_MEMBERS))
        self.privacy.update(member, self._actor)
        archived = member is not None and member.status == MemberStatus.ARCHIVED
        self.archive_action.setText(tr("&Restore") if archived else tr("&Archive"))

    # -- actions ---------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def refresh(self) -> None:
        """Read everything again: another reception PC may have changed members."""
        self.filter_bar.set_choices(self._club.members.tiers(), self._club.members.tags())
        self.list_model.reload()
        if self.searching():
            self.run_search()

    def new_member(self) -> MemberDialog:
        return self._open_member_dialog(None)

    def edit_current(self) -> None:
        member = self.current_member()
        if member is not None:
            self.edit_member(member.id)

    def edit_member(self, member_id: int) -> MemberDialog | None:
        try:
            member = self._club.members.get(MemberId(member_id), operator=self._club.operator)
        except ClubError as exc:
            show_error(self, exc)
            return None
        return self._open_member_dialog(member)

    def _open_member_dialog(self, member: Member | None) -> MemberDialog:
        dialog = MemberDialog(self._club, member, parent=self)
        dialog.member_saved.connect(self._on_registered if member is None else self._on_updated)
        dialog.existing_chosen.connect(self.edit_member)
        dialog.open()
        return dialog

    def _open_index(self, index: QModelIndex) -> None:
        model = self.hits_model if self.searching() else self.list_model
        self.edit_member(model.member_at(index.row()).id)

    def _on_registered(self, member: Member) -> None:
        """Show the new member as a search hit, ready for the next step (a card, a visit)."""
        self.refresh()
        self.search_box.setText(member.member_no)
        self.run_search()
        self.message_posted.emit(tr("Member {member_no} {name} registered.").format(
            member_no=member.member_no, name=member.name))

    def _on_updated(self, member: Member) -> None:
        self._show_changed(member)
        self.filter_bar.set_choices(self._club.members.tiers(), self._club.members.tags())
        self.message_posted.emit(tr("Member {member_no} {name} saved.").format(
            member_no=member.member_no, name=member.name))

    def _show_changed(self, member: Member) -> None:
        """Update the member's rows in place, or drop them where the member no longer belongs."""
        summary = member.summary()
        if member.status in self.list_model.member_filter.statuses:
            self.list_model.replace_member(summary)
        else:
            self.list_model.remove_member(member.id)
        self.hits_model.replace_member(summary)
        self._update_actions()

    def toggle_archive(self) -> None:
        member = self.current_member()
        if member is None:
            return
        members, operator = self._club.members, self._club.operator
        try:
            if member.status == MemberStatus.ARCHIVED:
                changed = members.restore(member.id, operator=operator)
                message = tr("Member {member_no} {name} restored.")
            else:
                changed = members.archive(member.id, operator=operator)
                message = tr("Member {member_no} {name} archived.")
        except ClubError as exc:
            show_error(self, exc)
            return
        self._show_changed(changed)
        self.message_posted.emit(message.format(member_no=changed.member_no, name=changed.name))

    def merge_current(self) -> MergeDialog | None:
        member = self.current_member()
        if member is None:
            return None
        dialog = MergeDialog(self._club, member.id, parent=self)
        dialog.merged.connect(self._on_merged)
        dialog.open()
        return dialog

    def show_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self._club, parent=self)
        dialog.members_merged.connect(self._on_merged)
        dialog.open()
        return dialog

    def _on_merged(self, result: MergeResult) -> None:
        for model in (self.list_model, self.hits_model):
            model.remove_member(result.merged_id)
        self._show_changed(result.survivor)
        self.message_posted.emit(tr("Merged into member {member_no} {name}.").format(
            member_no=result.survivor.member_no, name=result.survivor.name))

    # -- export ----------------------------------------------------------------

    def export_members(self, *, marketing: bool = False) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = tr("marketing-{date}.xlsx") if marketing else tr("members-{date}.xlsx")
        suggested = Path(folder) / name.format(date=date.today().strftime("%Y%m%d"))
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Export members"), str(suggested), tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.export_to(Path(chosen).with_suffix(".xlsx"), marketing=marketing)

    def export_to(self, path: Path, *, marketing: bool = False) -> BackgroundTask:
        """Write the members of the current filter to `path` in the background; a
        marketing list only those who consented to marketing."""
        # Imported on use: openpyxl costs start-up time every session would pay.
        from clubcrm.services.member_export import MemberExport

        club, member_filter = self._club, self.list_model.member_filter
        exporter, operator = MemberExport(club.db, club.members), club.operator
        task = BackgroundTask(lambda _progress: exporter.export(path, member_filter,
                                                                operator=operator,
                                                                marketing=marketing),
                              label=tr("Exporting members…"), parent=self)
        task.succeeded.connect(lambda count: self.message_posted.emit(
            tr("{count} members exported to {path}.").format(count=count, path=path)))
        task.failed.connect(lambda error: show_error(self, error))
        task.start()
        return task
