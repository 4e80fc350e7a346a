"""Records that are probably one person, each group with a Merge button (seed 003)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.member import MemberSummary
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.dialogs.merge_dialog import MergeDialog
from clubcrm.ui.i18n import tr

COL_BUTTON = 5


class DuplicatesDialog(RememberedDialog):
    members_merged = Signal(object)  # a MergeResult, once per merge

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Possible duplicates"))
        self._club = club
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Member number"), tr("Name"), tr("Mobile phone"),
                                   tr("Birthday"), tr("Joined on"), ""])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(False)
        self.empty_label = QLabel(tr("No likely duplicates found."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Records sharing a phone, or a name and a full birthday, are "
                                   "probably one person. Merging them is your decision.")))
        layout.addWidget(self.tree)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        groups = self._club.members.duplicate_groups(operator=self._club.operator)
        for number, group in enumerate(groups, start=1):
            self._add_group(number, group)
        self.tree.expandAll()
        self.empty_label.setVisible(not groups)

    def _add_group(self, number: int, group: list[MemberSummary]) -> None:
        top = QTreeWidgetItem(self.tree, [tr("Group {number}: {count} records").format(
            number=number, count=len(group))])
        for member in group:
            birthday = member.birthday.iso().removeprefix("--") if member.birthday else ""
            QTreeWidgetItem(top, [member.member_no, member.name, member.phone, birthday,
                                  member.joined_on.isoformat()])
        button = QPushButton(tr("Merge…"))
        button.clicked.connect(lambda: self.merge_group(group))
        self.tree.setItemWidget(top, COL_BUTTON, button)

    def merge_group(self, group: list[MemberSummary]) -> MergeDialog:
        dialog = MergeDialog(self._club, group[0].id, group[1].id, parent=self)
        dialog.merged.connect(self._on_merged)
        dialog.open()
        return dialog

    def _on_merged(self, result: object) -> None:
        self.members_merged.emit(result)
        self.reload()
