"""The settings dialog's backup group: where backups go, how many stay, and when
the status bar warns that the last one is old."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from clubcrm.services.backup import folder_from
from clubcrm.services.club import Club
from clubcrm.services.settings import (
    BACKUP_FOLDER,
    BACKUP_WARN_DAYS,
    BACKUPS_TO_KEEP,
    Setting,
)

from clubcrm.ui.i18n import tr

MAX_KEEP = 999
MAX_WARN_DAYS = 365


class BackupSettingsBox(QGroupBox):
    def __init__(self, club: Club, parent: QWidget | None = None) -> None:
        super().__init__(tr("Backups"), parent)
        self.folder = QLineEdit(club.settings.get(BACKUP_FOLDER))
        # Empty means the default folder, shown greyed as the placeholder.
        self.folder.setPlaceholderText(str(folder_from("", club.db.path)))
        self.browse_button = QPushButton(tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(club.settings.get(BACKUPS_TO_KEEP))
        self.warn_days = QSpinBox()
        self.warn_days.setRange(1, MAX_WARN_DAYS)
        self.warn_days.setValue(club.settings.get(BACKUP_WARN_DAYS))
        self._lay_out()

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        hint = QLabel(tr("A backup is made every day and when the program closes. A USB drive "
                         "is a good place for them: they then survive a broken computer."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn in the palette's muted text colour
        form = QFormLayout(self)
        form.addRow(tr("Backup folder"), folder_row)
        form.addRow(tr("Backups to keep"), self.keep)
        form.addRow(tr("Warn when the last backup is older than (days)"), self.warn_days)
        form.addRow(hint)

    def browse(self) -> None:
        start = self.folder.text() or self.folder.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def values(self) -> list[tuple[Setting[Any], Any]]:
        """The settings as entered, for the dialog to save."""
        return [(BACKUP_FOLDER, self.folder.text().strip()),
                (BACKUPS_TO_KEEP, self.keep.value()),
                (BACKUP_WARN_DAYS, self.warn_days.value())]
