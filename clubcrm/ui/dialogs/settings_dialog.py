"""The app's settings: interface language (this PC); club name and member numbers,
sign-in and lockout (the club: only for roles that may change them)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clubcrm import preferences
from clubcrm.domain.errors import ClubError
from clubcrm.services.club import Club
from clubcrm.services.settings import (
    BACKUP_FOLDER,
    CLUB_NAME,
    IDLE_LOCK_MINUTES,
    LOGIN_LOCK_MINUTES,
    LOGIN_MAX_FAILURES,
    MEMBER_NO_NEXT,
    MEMBER_NO_PATTERN,
    VISIT_REPEAT_MINUTES,
    Setting,
    format_member_no,
)

from clubcrm.ui.dialogs.base import RememberedDialog
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.widgets.backup_settings import BackupSettingsBox
from clubcrm.ui.widgets.error_label import ErrorLabel
from clubcrm.ui.widgets.visit_settings import VisitSettingsBox

# Each language is named in itself, so anyone can find theirs: never translated.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
MAX_MINUTES = 24 * 60
MAX_FAILURES = 20


class SettingsDialog(RememberedDialog):
    settings_saved = Signal()

    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Settings"))
        self._club = club
        self.language = QComboBox()
        for code in preferences.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(self.language.findData(preferences.load().language))
        self.club_name = QLineEdit(club.settings.get(CLUB_NAME))
        self.pattern = QLineEdit(club.settings.get(MEMBER_NO_PATTERN))
        self.idle_minutes = _spin(club.settings.get(IDLE_LOCK_MINUTES), MAX_MINUTES)
        self.max_failures = _spin(club.settings.get(LOGIN_MAX_FAILURES), MAX_FAILURES)
        self.lock_minutes = _spin(club.settings.get(LOGIN_LOCK_MINUTES), MAX_MINUTES)
        self.backup_box = BackupSettingsBox(club)
        self.visit_box = VisitSettingsBox(club)
        self.preview = QLabel()
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self.pattern.textChanged.connect(self.check_pattern)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.check_pattern()

    def _lay_out(self) -> None:
        this_pc = QGroupBox(tr("This computer"))
        pc_form = QFormLayout(this_pc)
        pc_form.addRow(tr("Language"), self.language)
        pc_form.addRow(_hint(tr("A new language applies the next time the program starts.")))
        club = QGroupBox(tr("Club"))
        club_form = QFormLayout(club)
        club_form.addRow(tr("Club name"), self.club_name)
        club_form.addRow(tr("Member number pattern"), self.pattern)
        club_form.addRow(tr("Next number"), self.preview)
        club_form.addRow(_hint(tr(
            "{seq} is the running number with 6 digits; {yyyy}, {yy} and {mm} are "
            "the year and month of registration. Example: {example}"
        ).format(seq="{seq:06d}", yyyy="{yyyy}", yy="{yy}", mm="{mm}",
                 example="VIP{yy}{seq:04d}")))
        sign_in = QGroupBox(tr("Sign-in"))
        sign_in_form = QFormLayout(sign_in)
        sign_in_form.addRow(tr("Lock the window after idle minutes"), self.idle_minutes)
        sign_in_form.addRow(tr("Wrong passwords before an account locks"), self.max_failures)
        sign_in_form.addRow(tr("Minutes an account stays locked"), self.lock_minutes)
        actor = self._club.current_actor()
        for group, setting in ((club, CLUB_NAME), (sign_in, IDLE_LOCK_MINUTES),
                               (self.backup_box, BACKUP_FOLDER),
                               (self.visit_box, VISIT_REPEAT_MINUTES)):
            group.setEnabled(actor.can(setting.permission))
        layout = QVBoxLayout(self)
        layout.addWidget(this_pc)
        layout.addWidget(club)
        layout.addWidget(sign_in)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.visit_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        # Wrapped hints need their full height at this width (Qt does not grow a
        # dialog for a label's height-for-width by itself).
        self.resize(640, layout.totalHeightForWidth(640))

    def check_pattern(self) -> bool:
        """Preview the next member number, or say why the pattern cannot work."""
        pattern = self.pattern.text().strip()
        try:
            MEMBER_NO_PATTERN.check(pattern)
        except ClubError as exc:
            self.preview.clear()
            self.error_label.show_message(describe(exc))
            return False
        self.error_label.clear_message()
        next_seq = self._club.settings.get(MEMBER_NO_NEXT)
        self.preview.setText(format_member_no(pattern, next_seq, date.today()))
        return True

    def save(self) -> None:
        if not self.check_pattern():
            self.pattern.setFocus()
            return
        try:
            self._save_club_settings()
        except ClubError as exc:
            self.error_label.show_message(describe(exc))
            return
        prefs = preferences.load()
        prefs.language = self.language.currentData()
        preferences.save(prefs)
        self.settings_saved.emit()
        self.accept()


    def _save_club_settings(self) -> None:
        """Those the operator's role may change (the others are shown disabled)."""
        club, actor = self._club, self._club.current_actor()
        values: list[tuple[Setting[Any], Any]] = [
            (MEMBER_NO_PATTERN, self.pattern.text().strip()),
            (CLUB_NAME, self.club_name.text().strip()),
            (IDLE_LOCK_MINUTES, self.idle_minutes.value()),
            (LOGIN_MAX_FAILURES, self.max_failures.value()),
            (LOGIN_LOCK_MINUTES, self.lock_minutes.value()),
            *self.backup_box.values(),
            *self.visit_box.values(),
        ]
        for setting, value in values:
            if actor.can(setting.permission):
                club.settings.set(setting, value, operator=club.operator)


def _spin(value: int, maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, maximum)
    spin.setValue(value)
    return spin


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)  # drawn in the palette's muted text colour
    return label
