"""Merging two records of one person: find the other, compare, keep one, say why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import GENDER_LABELS, STATUS_LABELS, Member
from clubcrm.services.club import Club

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.member_picker import MemberPicker

EMPTY = "—"


def compared_fields() -> list[tuple[str, Callable[[Member], str]]]:
    """What the user compares before deciding which record survives."""
    return [
        (tr("Member number"), lambda m: m.member_no),
        (tr("Name"), lambda m: m.name),
        (tr("Mobile phone"), lambda m: m.phone),
        (tr("Gender"), lambda m: tr_label(GENDER_LABELS[m.gender])),
        (tr("Birthday"), lambda m: m.birthday.iso().removeprefix("--") if m.birthday else ""),
        (tr("Tier"), lambda m: m.tier_name),
        (tr("Joined on"), lambda m: m.joined_on.isoformat()),
        (tr("Status"), lambda m: tr_label(STATUS_LABELS[m.status])),
        (tr("Source channel"), lambda m: m.source_channel),
        (tr("Tags"), lambda m: ", ".join(m.tags)),
        (tr("Guardian"), lambda m: m.guardian.name if m.guardian else ""),
        (tr("Notes"), lambda m: m.notes),
    ]


class MergeDialog(RememberedDialog):
    merged = Signal(object)  # the MergeResult

    def __init__(self, club: Club, first: MemberId, other: MemberId | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Merge duplicate records"))
        self._club = club
        self._members: list[Member | None] = [club.members.get(first, operator=club.operator),
                                              None]
        self._fields = compared_fields()
        self.picker = MemberPicker(club, exclude=first)
        self.keep = [QRadioButton(), QRadioButton()]
        self._keep_group = QButtonGroup(self)
        self._values = [[QLabel() for _ in self._fields] for _side in range(2)]
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Why these are one person, e.g. registered twice"))
        self.consequence = QLabel()
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._lay_out()
        self.picker.member_picked.connect(self.choose_other)
        self._keep_group.idToggled.connect(self._show_consequence)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        if other is not None:
            self.choose_other(other)
        else:
            self._show_members()
            self.picker.search_box.setFocus()

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for side, radio in enumerate(self.keep):
            self._keep_group.addButton(radio, side)
            grid.addWidget(radio, 0, side + 1)
        for row, (title, _) in enumerate(self._fields, start=1):
            grid.addWidget(QLabel(title), row, 0)
            for side in range(2):
                label = self._values[side][row - 1]
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, side + 1)
        compare = QGroupBox(tr("Compare and choose the record to keep"))
        compare.setLayout(grid)
        self.consequence.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(compare)
        layout.addWidget(QLabel(tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.consequence)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)

    def choose_other(self, member_id: int) -> None:
        """Put the other record beside the first one; the older record is kept by default."""
        self._members[1] = self._club.members.get(MemberId(member_id),
                                                  operator=self._club.operator)
        first, other = self._members
        assert first is not None and other is not None
        keep_other = (other.joined_on, other.id) < (first.joined_on, first.id)
        self.keep[1 if keep_other else 0].setChecked(True)
        self._show_members()
        self.reason.setFocus()

    def _show_members(self) -> None:
        for side, member in enumerate(self._members):
            self.keep[side].setEnabled(member is not None)
            self.keep[side].setText(
                tr("Keep {member_no}").format(member_no=member.member_no) if member else EMPTY
            )
            for label, (_, value) in zip(self._values[side], self._fields, strict=True):
                label.setText(value(member) if member else EMPTY)
        self._mark_differences()
        self._show_consequence()

    def _mark_differences(self) -> None:
        for first, other in zip(*self._values, strict=True):
            differ = self._members[1] is not None and first.text() != other.text()
            for label in (first, other):
                font = label.font()
                font.setBold(differ)
                label.setFont(font)

    def _pair(self) -> tuple[Member, Member] | None:
        """(survivor, duplicate) as chosen, once both records are known."""
        first, other = self._members
        if first is None or other is None:
            return None
        return (other, first) if self.keep[1].isChecked() else (first, other)

    def _show_consequence(self) -> None:
        pair = self._pair()
        self.merge_button.setEnabled(pair is not None)
        if pair is None:
            self.consequence.setText(tr("Find the duplicate record above."))
            return
        survivor, duplicate = pair
        self.consequence.setText(tr(
            "{duplicate} will be merged into {survivor}: its tags, notes and missing details "
            "move over, and it stays only as a pointer to {survivor}. This cannot be undone."
        ).format(duplicate=f"{duplicate.member_no} {duplicate.name}",
                 survivor=f"{survivor.member_no} {survivor.name}"))

    def merge(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        if not self.reason.text().strip():
            self.error_label.show_message(
                tr("Give a reason for the merge; it is kept in the audit log.")
            )
            self.reason.setFocus()
            return
        survivor, duplicate = pair
        try:
            result = self._club.members.merge(
                survivor.id, duplicate.id, operator=self._club.operator, reason=self.reason.text()
            )
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        self.merged.emit(result)
        self.accept()
