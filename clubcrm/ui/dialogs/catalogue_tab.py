"""What the services, card products and tiers tabs share: a list on the left,
the chosen entry's form on the right, New / Save / Retire below it.

The form is disabled, with a note saying why, when the operator's role may
not change the catalogue or when the entry's terms are fixed (a product with
cards sold). The services refuse such changes anyway; whatever they refuse
is said under the form and the field at fault gets the cursor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.staff import DENIED_MESSAGES, Permission
from clubcrm.services.club import Club

from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.widgets.error_label import ErrorLabel


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


Entry = TypeVar("Entry", bound=_HasId)
ENTRY_ID = Qt.ItemDataRole.UserRole
SIDE_WIDTH = 460


class CatalogueTab(QWidget, Generic[Entry]):
    """Subclasses say how to load, show, fill and write their entries."""

    entries_changed = Signal()  # something was saved, retired or brought back

    def __init__(self, club: Club, *, titles: Sequence[str], retirable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._club = club
        self._entries: list[Entry] = []
        self._editing: Entry | None = None  # None: the form makes a new entry
        self.may_edit = club.current_actor().can(Permission.EDIT_PRODUCTS_AND_PRICES)
        self.tree = _entry_tree(titles)
        self.form_box = QGroupBox()
        self.note = _note_label()
        self.error_label = ErrorLabel()
        self.new_button = QPushButton(tr("New"))
        self.new_button.setToolTip(tr("Start a new entry (Ctrl+N)"))
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setToolTip(tr("Save the form (Enter or Ctrl+S)"))
        self.active_button = QPushButton(tr("Retire"))
        self._retirable = retirable
        self.tree.currentItemChanged.connect(lambda *_: self._show(self.selected()))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)

    # -- for subclasses ----------------------------------------------------------

    def _load(self) -> list[Entry]:
        raise NotImplementedError

    def _row(self, entry: Entry) -> list[str]:
        raise NotImplementedError

    def _fill(self, entry: Entry | None) -> None:
        """Put `entry` (None: an empty new one) in the form."""
        raise NotImplementedError

    def _write(self, entry_id: int | None) -> int:
        """Save the form through the service; the entry's id."""
        raise NotImplementedError

    def _set_active(self, entry_id: int, active: bool) -> None:
        raise NotImplementedError

    def _field_widgets(self) -> dict[str, QWidget]:
        """The widget of each field name the services put in their errors."""
        raise NotImplementedError

    def _form_title(self, entry: Entry | None) -> str:
        raise NotImplementedError

    def _locked_note(self, entry: Entry) -> str:
        """Why this entry's terms cannot change; "" when they can."""
        return ""

    def _is_active(self, entry: Entry) -> bool:
        return bool(getattr(entry, "active", True))

    def _lay_out(self, extra_buttons: Sequence[QPushButton] = ()) -> None:
        """Call once the subclass has built its form inside `form_box`."""
        actions = QHBoxLayout()
        for button in (self.new_button, *extra_buttons, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        side = QVBoxLayout()
        side.addWidget(self.form_box)
        side.addWidget(self.note)
        side.addWidget(self.error_label)
        side.addStretch(1)
        side.addLayout(actions)
        layout = QHBoxLayout(self)
        self.form_box.setMinimumWidth(SIDE_WIDTH)
        layout.addWidget(self.tree, 3)
        layout.addLayout(side, 2)
        self.active_button.setVisible(self._retirable)  # once it has a parent: not a window
        self.reload()

    # -- showing ---------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the entries again; keep (or move to) the entry with id `select`."""
        current = self.selected()
        wanted = select if select is not None else (current.id if current else None)
        self._entries = self._load()
        self.tree.blockSignals(True)
        self.tree.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        first: QTreeWidgetItem | None = None
        for entry in self._entries:
            texts = self._row(entry)
            item = QTreeWidgetItem(self.tree, texts)
            first = first or item
            for column, text in enumerate(texts):
                item.setToolTip(column, text)  # the terms may be longer than the column
            item.setData(0, ENTRY_ID, entry.id)
            if not self._is_active(entry):
                for column in range(self.tree.columnCount()):
                    item.setForeground(column, muted)
            if entry.id == wanted:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.blockSignals(False)
        self._show(self.selected())

    def selected(self) -> Entry | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        entry_id = item.data(0, ENTRY_ID)
        return next((e for e in self._entries if e.id == entry_id), None)

    def _show(self, entry: Entry | None) -> None:
        self._editing = entry
        self.error_label.clear_message()
        self._fill(entry)
        self.form_box.setTitle(self._form_title(entry))
        locked = self._locked_note(entry) if entry is not None else ""
        self._set_editable(self.may_edit and not locked)
        self._show_note(locked)
        self.active_button.setEnabled(self.may_edit and entry is not None)
        active = entry is None or self._is_active(entry)
        self.active_button.setText(tr("Retire") if active else tr("Bring back"))
        self.new_button.setEnabled(self.may_edit)

    def _set_editable(self, editable: bool) -> None:
        self.form_box.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def _show_note(self, locked: str) -> None:
        text = locked or ("" if self.may_edit else tr_label(
            DENIED_MESSAGES[Permission.EDIT_PRODUCTS_AND_PRICES]))
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- actions ---------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form for a new entry, the cursor in its first field."""
        self.tree.setCurrentIndex(QModelIndex())
        self._show(None)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        first = next(iter(self._field_widgets().values()), None)
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        editing_id = self._editing.id if self._editing is not None else None
        self._run(lambda: self._write(editing_id), select=editing_id)

    def toggle_active(self) -> None:
        """Retire the chosen entry (kept, greyed, no new use) or bring it back."""
        entry = self.selected()
        if entry is not None:
            entry_id = entry.id
            self._run(lambda: self._set_active(entry_id, not self._is_active(entry)),
                      select=entry_id)

    def _run(self, change: Callable[[], Any], *, select: int | None) -> None:
        """Run one change; what the service refuses is said under the form."""
        try:
            result = change()
        except ClubError as exc:
            self.show_error(exc)
            return
        self.reload(select=result if isinstance(result, int) else select)
        self.entries_changed.emit()

    def show_error(self, error: ClubError) -> None:
        self.error_label.show_message(describe(error))
        widget = self._field_widgets().get(getattr(error, "field", None) or "")
        if widget is None:
            return
        widget.setFocus()
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            widget.selectAll()


def _entry_tree(titles: Sequence[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(list(titles))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


def _note_label() -> QLabel:
    """A muted yellow band saying why the form cannot be changed."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("background: #fff6d5; border: 1px solid #e6d28a; border-radius: 3px;"
                        " padding: 6px; color: #5c4a00;")
    label.hide()
    return label

