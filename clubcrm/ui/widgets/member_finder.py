"""Finding one member at the desk: the reception search with a short hit list.

Typing shows the ranked hits once the user pauses. Enter picks the member a
scanned member number or a full phone identifies, or the only hit; a scanned
card number reports its card; otherwise Enter moves into the hits. Enter is
kept from the dialog around the finder, so picking never confirms the dialog.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from clubcrm.services.club import Club

from clubcrm.ui.widgets.member_picker import member_line
from clubcrm.ui.widgets.search_box import SearchBox

SEARCH_DELAY_MS = 150
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MemberFinder(QWidget):
    member_picked = Signal(int)
    card_scanned = Signal(object)  # the Card whose number was typed or scanned

    def __init__(self, club: Club, *, placeholder: str, exclude: Collection[int] = (),
                 visible_rows: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self.exclude = set(exclude)
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(placeholder)
        self.results = QListWidget()
        self.results.setFixedHeight(self.fontMetrics().lineSpacing() * (visible_rows + 2))
        self.results.hide()  # shown while there are hits to choose from
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results)
        self.setFocusProxy(self.search_box)
        self.search_box.textChanged.connect(self._on_text_changed)
        self.search_box.down_pressed.connect(self.focus_results)
        self._debounce.timeout.connect(self.run_search)
        self.results.itemClicked.connect(self._pick_item)
        self.search_box.installEventFilter(self)
        self.results.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in ENTER_KEYS:
            if watched is self.search_box:
                self.enter()
            else:
                self._pick_item(self.results.currentItem())
            return True  # not the dialog's default button
        if watched is self.results and event.key() == Qt.Key.Key_Up \
                and self.results.currentRow() <= 0:
            self.search_box.setFocus()
            return True
        return False

    def _on_text_changed(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()
            self.results.clear()
            self.results.hide()

    def run_search(self) -> None:
        """Show the hits for the text typed so far, now."""
        self._debounce.stop()
        self.results.clear()
        for hit in self._club.search.search(self.search_box.text(),
                                            operator=self._club.operator):
            if hit.member.id not in self.exclude:
                item = QListWidgetItem(member_line(hit.member))
                item.setData(Qt.ItemDataRole.UserRole, hit.member.id)
                self.results.addItem(item)
        self.results.setVisible(self.results.count() > 0)

    def enter(self) -> None:
        """Enter in the search field: open what a scanner or a full number names."""
        text = self.search_box.text().strip()
        if not text:
            return
        exact = self._club.search.exact_member(text, operator=self._club.operator)
        if exact is not None and exact not in self.exclude:
            self.pick(exact)
            return
        self.run_search()
        if self.results.count() == 1:
            self._pick_item(self.results.item(0))
        elif self.results.count():
            self.focus_results()
        elif (card := self._club.cards.find_card(text)) is not None:
            self._done()
            self.card_scanned.emit(card)

    def focus_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def pick(self, member_id: int) -> None:
        self._done()
        self.member_picked.emit(member_id)

    def _pick_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.pick(item.data(Qt.ItemDataRole.UserRole))

    def _done(self) -> None:
        """The hits go away; the text stays selected, so the next scan replaces it."""
        self._debounce.stop()
        self.results.hide()
        self.search_box.setFocus()
        self.search_box.selectAll()
