"""Reviewing member tiers: who would move up or down under the tier rules
today, each with the figures that decide it; the ticked ones are applied.

The review reads every active member's consumption, which takes seconds in a
large club, so it runs in the background while the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.staff import Permission
from clubcrm.services.club import Club
from clubcrm.services.tiers import TierProposal

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.tasks import BackgroundTask
from clubcrm.ui.widgets.error_label import ErrorLabel

COL_MEMBER, COL_CURRENT, COL_PROPOSED, COL_CHANGE, COL_REASON = range(5)


def is_upgrade(proposal: TierProposal) -> bool:
    return proposal.current is None or proposal.proposed.rank > proposal.current.rank


class TierReviewDialog(RememberedDialog):
    tiers_applied = Signal(int)  # how many members changed tier

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Review tiers"))
        self._club = club
        self._proposals: list[TierProposal] = []
        self._items: list[QTreeWidgetItem] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Member"), tr("Current tier"), tr("Proposed tier"),
                                   tr("Change"), tr("Reason")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(tr("Reviewing the consumption of every member…"))
        self.error_label = ErrorLabel()
        self.all_button = QPushButton(tr("Tick all"))
        self.none_button = QPushButton(tr("Tick none"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(tr("Apply ticked changes"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self._lay_out()
        self._start_review()

    def _lay_out(self) -> None:
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(820, 480)

    def _start_review(self) -> None:
        task = BackgroundTask(lambda _progress: self._club.catalogue.review_tiers(),
                              label=None, parent=self)
        task.succeeded.connect(self.show_proposals)
        task.failed.connect(lambda error: show_error(self, error))
        task.start()

    def show_proposals(self, proposals: list[TierProposal]) -> None:
        """List the proposals, all ticked: the review is the owner's check of them."""
        self._proposals = proposals
        self.tree.clear()
        self._items = [QTreeWidgetItem(self.tree, [
            proposal.member_name, proposal.current.name if proposal.current else "",
            proposal.proposed.name, tr("Up") if is_upgrade(proposal) else tr("Down"),
            proposal.reason]) for proposal in proposals]
        self._tick_all(Qt.CheckState.Checked)
        self.status.setText(
            tr("{count} members would change tier. Untick those to leave as they are.")
            .format(count=len(proposals)) if proposals
            else tr("Every member is in the tier their consumption qualifies for."))
        may_apply = self._club.current_actor().can(Permission.EDIT_PRODUCTS_AND_PRICES)
        self.apply_button.setEnabled(bool(proposals) and may_apply)
        if self._items:
            self.tree.setCurrentItem(self._items[0])
            self.tree.setFocus()

    def ticked(self) -> list[TierProposal]:
        return [proposal for proposal, item in zip(self._proposals, self._items, strict=True)
                if item.checkState(COL_MEMBER) == Qt.CheckState.Checked]

    def _tick_all(self, state: Qt.CheckState) -> None:
        for item in self._items:
            item.setCheckState(COL_MEMBER, state)

    def apply(self) -> None:
        chosen = self.ticked()
        try:
            changed = self._club.catalogue.apply_tier_review(chosen,
                                                             operator=self._club.operator)
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self.tiers_applied.emit(changed)
        self.accept()
