"""A member's privacy requests as the members view offers them (owner only):
Members › Export member's data… and Anonymise…, also in the list's context menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import Member, MemberStatus, MemberSummary
from clubcrm.domain.staff import Actor, Permission
from clubcrm.services.club import Club

from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import tr
from clubcrm.ui.tasks import run_in_foreground


class PrivacyActions(QObject):
    """`member_anonymised(member)`: the view shows the anonymised record;
    `message_posted(text)` goes to the status bar."""

    member_anonymised = Signal(object)
    message_posted = Signal(str)

    def __init__(self, club: Club, current_member: Callable[[], MemberSummary | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._club = club
        self._current_member = current_member
        self._parent = parent
        self.export_action = QAction(tr("Export member's &data…"), parent)
        self.export_action.triggered.connect(self.export_current)
        self.anonymise_action = QAction(tr("A&nonymise…"), parent)
        self.anonymise_action.triggered.connect(self.anonymise_current)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.anonymise_action]

    def update(self, member: MemberSummary | None, actor: Actor) -> None:
        """Only the owner answers privacy requests (the services refuse others too)."""
        self.export_action.setEnabled(member is not None
                                      and actor.can(Permission.EXPORT_PERSONAL_DATA))
        self.anonymise_action.setEnabled(member is not None
                                         and member.status != MemberStatus.ANONYMISED
                                         and actor.can(Permission.ANONYMISE_MEMBERS))

    def export_current(self) -> None:
        member = self._current_member()
        if member is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / tr("member-{member_no}-{date}.xlsx").format(
            member_no=member.member_no, date=date.today().strftime("%Y%m%d"))
        chosen, _ = QFileDialog.getSaveFileName(self._parent, tr("Export member's data"),
                                                str(suggested), tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.export_to(member.id, Path(chosen).with_suffix(".xlsx"))

    def export_to(self, member_id: MemberId, path: Path) -> Path | None:
        """Everything held about the member to `path`; one member is quick enough to wait for."""
        privacy, operator = self._club.privacy, self._club.operator
        try:
            written = run_in_foreground(
                lambda _progress: privacy.export_member_data(member_id, path, operator=operator),
                label=tr("Exporting the member's data…"), parent=self._parent)
        except ClubError as exc:
            show_error(self._parent, exc)
            return None
        self.message_posted.emit(tr("Member's data exported to {path}.").format(path=written))
        return written

    def anonymise_current(self) -> None:
        member = self._current_member()
        if member is None:
            return
        reason, confirmed = QInputDialog.getText(
            self._parent, tr("Anonymise member"),
            tr("Anonymising removes {name}'s name, phone, birthday, notes, tags and guardian "
               "for good; the member number and the ledger stay. It cannot be undone.\n\n"
               "Type the reason (for example the member's request):").format(name=member.name))
        if confirmed:
            self.anonymise(member.id, reason)

    def anonymise(self, member_id: MemberId, reason: str) -> Member | None:
        """Anonymise in the foreground: the file is rewritten, nothing else may run meanwhile."""
        privacy, operator = self._club.privacy, self._club.operator
        try:
            member = run_in_foreground(
                lambda _progress: privacy.anonymise(member_id, operator=operator, reason=reason),
                label=tr("Anonymising…"), parent=self._parent)
        except ClubError as exc:
            show_error(self._parent, exc)
            return None
        self.member_anonymised.emit(member)
        self.message_posted.emit(tr("Member {member_no} anonymised.").format(
            member_no=member.member_no))
        return member
