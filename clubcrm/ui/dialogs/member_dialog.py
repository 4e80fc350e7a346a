"""Registering and editing a member: a keyboard-only form reception fills in under 30 s.

Name and phone come first; Enter (or Ctrl+Enter, also from the notes) saves,
Esc cancels. The service validates: its error is shown under the form and
the field it names gets the focus; nothing is saved.

A role that sees phones masked gets them read-only with a Reveal button (an
audited reveal); saved unrevealed, the masks mean "unchanged" to the service.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clubcrm.domain.errors import ClubError, DuplicatePhone
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import GENDER_LABELS, Gender, Guardian, Member, MemberDraft
from clubcrm.domain.staff import Permission
from clubcrm.services.club import Club
from clubcrm.services.member_draft import MAX_NAME
from clubcrm.services.settings import MEMBER_NO_NEXT, MEMBER_NO_PATTERN, format_member_no

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr, tr_label
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.member_segments_box import MemberSegmentsBox
from clubcrm.ui.widgets.tags_edit import TagsEdit
from clubcrm.ui.widgets.visit_history import VisitHistoryBox

GENDERS = list(Gender)


def source_channels() -> list[str]:
    """The usual ways members find a club; any other can be typed."""
    return [tr("Walk-in"), tr("Referred by a member"), tr("WeChat"), tr("Douyin"),
            tr("Meituan / Dianping"), tr("Xiaohongshu"), tr("Flyer or street promotion")]


def guardian_relations() -> list[str]:
    return [tr("Mother"), tr("Father"), tr("Grandparent"), tr("Other relative")]


class MemberDialog(RememberedDialog):
    """A new member when `member` is None, otherwise that member's record."""

    member_saved = Signal(object)  # the saved Member
    existing_chosen = Signal(int)  # the id of the record the user chose to open instead

    def __init__(self, club: Club, member: Member | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._club = club
        self._member = member
        self._build_fields()
        self._build_guardian_fields()
        self._build_buttons()
        self._lay_out()
        if member is not None:
            self._fill(member.draft())
            self._hide_phones(not club.current_actor().can(Permission.VIEW_FULL_PHONE))
        self.setWindowTitle(tr("Edit member {member_no}").format(member_no=member.member_no)
                            if member else tr("New member"))
        self.name.setFocus()

    @property
    def member(self) -> Member | None:
        return self._member

    # -- building ------------------------------------------------------------

    def _build_fields(self) -> None:
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(tr("11-digit mobile number"))
        self.reveal_button = QPushButton(tr("Reveal"))
        self.reveal_button.setToolTip(tr("Show the full phone numbers (recorded in the audit log)"))
        self.reveal_button.setAutoDefault(False)  # Enter keeps saving the form
        self.reveal_button.clicked.connect(self.reveal_phones)
        self.reveal_button.hide()
        self.gender = QComboBox()
        self.gender.addItems([tr_label(GENDER_LABELS[g]) for g in GENDERS])
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(tr("1990-05-03, or 05-03 without the year"))
        self.member_no = QLineEdit()
        self.member_no.setPlaceholderText(self._member_no_hint())
        self.tier = QComboBox()
        self.tier.addItem(tr("(none)"), None)
        for tier in self._club.members.tiers():
            self.tier.addItem(tier.name, tier.id)
        self.tier.setCurrentIndex(1 if self.tier.count() > 1 else 0)
        self.source_channel = _editable_combo(source_channels())
        self.tags = TagsEdit(self._club.members.tags())
        self.tags.setPlaceholderText(tr("Separate tags with commas"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.consent = QCheckBox(tr("Agrees to receive promotions (marketing consent)"))

    def _build_guardian_fields(self) -> None:
        self.guardian_box = QGroupBox(tr("Minor (guardian)"))
        self.guardian_box.setCheckable(True)
        self.guardian_box.setChecked(False)
        self.guardian_name = QLineEdit()
        self.guardian_relation = _editable_combo(guardian_relations())
        self.guardian_phone = QLineEdit()
        # Required by the service for a child under 14 (PIPL); ticking it records
        # the consent with the operator and the time.
        self.guardian_consent = QCheckBox(tr("Guardian consents to processing the child's data"))

    def _build_buttons(self) -> None:
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            tr("Save") if self._member else tr("Register"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        for combo in (self.source_channel, self.guardian_relation):
            # An editable combo keeps Enter to itself; here Enter saves, as in every field.
            combo.lineEdit().returnPressed.connect(self.save)

    def _member_no_hint(self) -> str:
        if self._member is not None:
            return ""
        settings = self._club.settings
        example = format_member_no(
            settings.get(MEMBER_NO_PATTERN), settings.get(MEMBER_NO_NEXT), date.today()
        )
        return tr("Leave empty for the next number ({example})").format(example=example)

    def _lay_out(self) -> None:
        basic = QFormLayout()
        basic.addRow(_required(tr("Name")), self.name)
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.reveal_button)
        basic.addRow(_required(tr("Mobile phone")), phone_row)
        basic.addRow(tr("Gender"), self.gender)
        basic.addRow(tr("Birthday"), self.birthday)
        basic.addRow(tr("Member number"), self.member_no)
        basic.addRow(tr("Tier"), self.tier)
        more = QFormLayout()
        more.addRow(tr("Source channel"), self.source_channel)
        more.addRow(tr("Tags"), self.tags)
        more.addRow(tr("Notes"), self.notes)
        more.addRow("", self.consent)
        columns = QHBoxLayout()
        columns.addLayout(basic, 1)
        columns.addSpacing(16)
        columns.addLayout(more, 1)
        guardian = QFormLayout(self.guardian_box)
        guardian.addRow(tr("Guardian's name"), self.guardian_name)
        guardian.addRow(tr("Relation"), self.guardian_relation)
        guardian.addRow(tr("Guardian's phone"), self.guardian_phone)
        guardian.addRow("", self.guardian_consent)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.guardian_box)
        if self._member is not None:
            self.visit_history = VisitHistoryBox(self._club, self._member.id,
                                                 member_no=self._member.member_no)
            self.segments_box = MemberSegmentsBox(self._club, self._member.id)
            layout.addWidget(self.visit_history)
            layout.addWidget(self.segments_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.notes.setFixedHeight(self.name.sizeHint().height() * 3)
        self.setMinimumWidth(760)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.name, self.phone, self.reveal_button, self.gender, self.birthday, self.member_no,
            self.tier,
            self.source_channel, self.tags, self.notes, self.consent, self.guardian_box,
            self.guardian_name, self.guardian_relation, self.guardian_phone,
            self.guardian_consent, self.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill(self, draft: MemberDraft) -> None:
        self.name.setText(draft.name)
        self.phone.setText(draft.phone)
        self.gender.setCurrentIndex(GENDERS.index(draft.gender))
        self.birthday.setText(draft.birthday.removeprefix("--") if draft.birthday else "")
        self.member_no.setText(draft.member_no)
        self.tier.setCurrentIndex(max(self.tier.findData(draft.tier_id), 0))
        self.source_channel.setCurrentText(draft.source_channel)
        self.tags.set_tags(draft.tags)
        self.notes.setPlainText(draft.notes)
        self.consent.setChecked(draft.marketing_consent)
        if draft.guardian is not None:
            self.guardian_box.setChecked(True)
            self.guardian_name.setText(draft.guardian.name)
            self.guardian_relation.setCurrentText(draft.guardian.relation)
            self.guardian_phone.setText(draft.guardian.phone)
            self.guardian_consent.setChecked(draft.guardian_consent)

    # -- masked phones --------------------------------------------------------

    def _hide_phones(self, masked: bool) -> None:
        for field in (self.phone, self.guardian_phone):
            field.setReadOnly(masked)
        self.reveal_button.setVisible(masked)

    def reveal_phones(self) -> None:
        """Show (and make editable) the full phones; the service audits the reveal."""
        assert self._member is not None
        try:
            phones = self._club.members.reveal_phone(self._member.id,
                                                     operator=self._club.operator)
        except ClubError as exc:
            self._show_error(exc)
            return
        self.phone.setText(phones.phone)
        if phones.guardian_phone:
            self.guardian_phone.setText(phones.guardian_phone)
        self._hide_phones(False)
        self.phone.setFocus()

    # -- saving --------------------------------------------------------------

    def draft(self) -> MemberDraft:
        """The form as typed; the service validates and normalises it."""
        return MemberDraft(
            name=self.name.text(),
            phone=self.phone.text(),
            gender=GENDERS[self.gender.currentIndex()],
            birthday=self.birthday.text(),
            member_no=self.member_no.text(),
            source_channel=self.source_channel.currentText(),
            tier_id=self.tier.currentData(),
            tags=self.tags.tags(),
            notes=self.notes.toPlainText(),
            marketing_consent=self.consent.isChecked(),
            guardian=self._guardian(),
            joined_on=self._member.joined_on if self._member else None,
            guardian_consent=self.guardian_box.isChecked() and self.guardian_consent.isChecked(),
        )

    def _guardian(self) -> Guardian | None:
        if not self.guardian_box.isChecked():
            return None
        return Guardian(
            name=self.guardian_name.text(),
            relation=self.guardian_relation.currentText(),
            phone=self.guardian_phone.text(),
        )

    def save(self, *, allow_shared_phone: bool = False) -> None:
        try:
            member = self._write(allow_shared_phone=allow_shared_phone)
        except DuplicatePhone as exc:
            self._offer_existing(exc)
        except ClubError as exc:
            self._show_error(exc)
        else:
            self.member_saved.emit(member)
            self.accept()

    def _write(self, *, allow_shared_phone: bool) -> Member:
        members, operator = self._club.members, self._club.operator
        if self._member is None:
            return members.register(
                self.draft(), operator=operator, allow_shared_phone=allow_shared_phone
            )
        return members.update(
            self._member.id, self.draft(), operator=operator,
            allow_shared_phone=allow_shared_phone,
        )

    def _show_error(self, error: ClubError) -> None:
        self.error_label.show_message(describe(error))
        field = getattr(error, "field", None) or (
            "member_no" if "member_no" in error.params else None
        )
        if field == "guardian":
            self._focus_guardian()
            return
        widget = self._field_widgets().get(field or "")
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def _focus_guardian(self) -> None:
        """A child under 14 needs a guardian: open the group at the first thing missing."""
        self.guardian_box.setChecked(True)
        missing = [w for w in (self.guardian_name, self.guardian_phone) if not w.text().strip()]
        (missing[0] if missing else self.guardian_consent).setFocus()

    def _field_widgets(self) -> dict[str, QLineEdit]:
        return {"name": self.name, "phone": self.phone, "birthday": self.birthday,
                "member_no": self.member_no, "tags": self.tags,
                "guardian_phone": self.guardian_phone}

    # -- a phone already on file ----------------------------------------------

    def _offer_existing(self, error: DuplicatePhone) -> None:
        """Same phone usually means the same person (seed 003): offer that record,
        or let the user say this is someone else sharing the phone."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Phone already registered"),
                          tr("This phone belongs to member {member_no} ({name}). "
                             "Open the existing record instead?").format(**error.params),
                          parent=self)
        box.setInformativeText(tr("Keep both records only if this is a different person "
                                  "sharing the phone, such as a family member."))
        open_button = box.addButton(tr("Open existing"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(tr("Save anyway") if self._member else tr("Register anyway"),
                               QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button: QAbstractButton) -> None:
            if button is open_button:
                self.existing_chosen.emit(MemberId(error.existing_id))
                self.reject()
            elif button is anyway:
                self.save(allow_shared_phone=True)
            else:
                self.phone.setFocus()

        box.buttonClicked.connect(chosen)
        box.open()


def _required(text: str) -> str:
    return f"{text} *"


def _editable_combo(items: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(items)
    combo.setCurrentText("")
    return combo
