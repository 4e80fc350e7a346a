"""A family card (亲情卡): one payer, and the family members who may use it.

Not a money operation: each change is applied at once (and audited), so the
dialog is a list with Add (find the member) and Remove.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.cards import Card
from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import MemberId
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.widgets.card_texts import card_title
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.member_finder import MemberFinder


def member_names(club: Club, member_ids: Iterable[int]) -> dict[int, str]:
    """Display names of a few members (a card's family), as the operator may see them."""
    names = {}
    for member_id in member_ids:
        try:
            member = club.members.get(MemberId(member_id), operator=club.operator)
        except ClubError:
            continue  # merged away or gone: the id stays, without a name
        names[member_id] = f"{member.name} ({member.member_no})"
    return names


class ShareDialog(RememberedDialog):
    card_changed = Signal(object)  # the Card with its new family

    def __init__(self, club: Club, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Share with family"))
        self._club = club
        self.card = card
        self.subject = QLabel(tr("Who besides {name} may use card {card}").format(
            name=card.member_name, card=card_title(card)))
        self.holders = QListWidget()
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.setAutoDefault(False)
        self.finder = MemberFinder(club, visible_rows=5, placeholder=tr(
            "Add a family member: phone, name, pinyin initials or member number"))
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        self.finder.member_picked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.rejected.connect(self.reject)
        self._show_holders()
        self.finder.setFocus()

    def _lay_out(self) -> None:
        self.subject.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.holders, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(row)
        layout.addWidget(self.finder)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _show_holders(self) -> None:
        self.holders.clear()
        for member_id, name in member_names(self._club, self.card.holders).items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            self.holders.addItem(item)
        self.finder.exclude = {self.card.member_id, *self.card.holders}
        self.remove_button.setEnabled(self.holders.count() > 0)
        if self.holders.count():
            self.holders.setCurrentRow(0)

    def add(self, member_id: int) -> None:
        self._share(member_id, add=True)

    def remove_selected(self) -> None:
        item = self.holders.currentItem()
        if item is not None:
            self._share(item.data(Qt.ItemDataRole.UserRole), add=False)

    def _share(self, member_id: int, *, add: bool) -> None:
        self.error_label.clear_message()
        try:
            self.card = self._club.card_care.share(self.card.id, member_id, add=add,
                                                   operator=self._club.operator)
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self._show_holders()
        self.card_changed.emit(self.card)
