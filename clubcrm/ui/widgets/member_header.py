"""Who the cards on screen belong to: name, member number, phone (masked for
roles that do not need it), tier and points, in one line reception can read
out to the member."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from clubcrm.domain.member import STATUS_LABELS, Member, MemberStatus

from clubcrm.ui.i18n import tr, tr_label

NAME_SCALE = 1.5


class MemberHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberHeader")
        self.setStyleSheet("#memberHeader { background: palette(base); border-radius: 4px; }")
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * NAME_SCALE)
        font.setBold(True)
        self.name.setFont(font)
        self.details = QLabel()
        self.status = QLabel()
        self.status.setStyleSheet("color: #c0392b; font-weight: bold;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(18)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def show_member(self, member: Member, points: int) -> None:
        self.name.setText(member.name)
        self.details.setText("    ".join([
            tr("Member number {member_no}").format(member_no=member.member_no),
            tr("Mobile {phone}").format(phone=member.phone),
            tr("Tier {tier}").format(tier=member.tier_name or "—"),
            tr("Points {points}").format(points=f"{points:,}"),
        ]))
        inactive = member.status is not MemberStatus.ACTIVE
        self.status.setText(tr_label(STATUS_LABELS[member.status]) if inactive else "")

    def text(self) -> str:
        """Everything the header says, as one string."""
        return " ".join(label.text() for label in (self.name, self.details, self.status))
