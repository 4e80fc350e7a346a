"""Choosing one member with the reception search (merge, later: family cards)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import MemberSummary
from clubcrm.services.club import Club

from clubcrm.ui.i18n import tr
from clubcrm.ui.widgets.search_box import SearchBox

VISIBLE_ROWS = 6


def member_line(member: MemberSummary) -> str:
    return f"{member.member_no}    {member.name}    {member.phone}"


class MemberPicker(QWidget):
    """A search field over a short hit list; choosing a hit emits its id."""

    member_picked = Signal(int)

    def __init__(self, club: Club, *, exclude: MemberId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._exclude = exclude
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(
            tr("Find the other record: phone, name, pinyin initials or member number")
        )
        self.results = QListWidget()
        self.results.setFixedHeight(self.fontMetrics().lineSpacing() * (VISIBLE_ROWS + 2))
        self.results.hide()  # shown once there are hits
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results)
        self.search_box.textChanged.connect(self._show_hits)
        self.search_box.returnPressed.connect(self._pick_first)
        self.search_box.down_pressed.connect(self.results.setFocus)
        self.results.currentItemChanged.connect(self._pick)

    def _show_hits(self, text: str) -> None:
        # The search is one indexed lookup per kind of match: fast enough for every key.
        self.results.clear()
        for hit in self._club.search.search(text, operator=self._club.operator):
            if hit.member.id != self._exclude:
                item = QListWidgetItem(member_line(hit.member))
                item.setData(Qt.ItemDataRole.UserRole, hit.member.id)
                self.results.addItem(item)
        self.results.setVisible(self.results.count() > 0)

    def _pick_first(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.member_picked.emit(item.data(Qt.ItemDataRole.UserRole))
