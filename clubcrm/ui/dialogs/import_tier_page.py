"""The tier step of the import wizard: each tier name found in the file, how
many rows have it, and the club's tier it becomes (matched by name when the
club has it). A name left unmapped is imported without a tier and reported
on its rows; "No tier" says so on purpose."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from clubcrm.services.import_rows import name_key

from clubcrm.ui.i18n import tr

COL_FILE_TIER, COL_ROWS, COL_CLUB_TIER = range(3)
UNMAPPED, NO_TIER = "unmapped", "none"


class TierPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Match the tiers"))
        self.setSubTitle(tr("The tiers named in the file and the club's tier each becomes. "
                            "A tier left unmapped is imported without a tier and reported on "
                            "its rows."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Tier in the file"), tr("Rows"),
                                              tr("Imported as")])
        self.table.horizontalHeader().setSectionResizeMode(COL_CLUB_TIER,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.unmapped_label = QLabel()
        self.unmapped_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmapped_label)
        self._names: list[str] = []

    def show_tiers(self, found: Counter[str], tiers: list[tuple[int, str]]) -> None:
        """One row per tier name of the file, most frequent first."""
        by_key = {name_key(name): tier_id for tier_id, name in tiers}
        self._names = [name for name, _rows in found.most_common()]
        self.table.setRowCount(len(self._names))
        for row, (name, rows) in enumerate(found.most_common()):
            self.table.setItem(row, COL_FILE_TIER, QTableWidgetItem(name))
            self.table.setItem(row, COL_ROWS, QTableWidgetItem(str(rows)))
            combo = QComboBox()
            combo.addItem(tr("Leave unmapped (reported)"), UNMAPPED)
            combo.addItem(tr("No tier"), NO_TIER)
            for tier_id, tier_name in tiers:
                combo.addItem(tier_name, tier_id)
            matched = by_key.get(name_key(name))
            combo.setCurrentIndex(combo.findData(matched) if matched is not None else 0)
            combo.currentIndexChanged.connect(self._show_unmapped)
            self.table.setCellWidget(row, COL_CLUB_TIER, combo)
        self._show_unmapped()

    def tier_combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, COL_CLUB_TIER)
        assert isinstance(combo, QComboBox)
        return combo

    def tiers(self) -> dict[str, int | None]:
        """{file tier name: club tier id, or None for no tier}; unmapped left out."""
        chosen: dict[str, int | None] = {}
        for row, name in enumerate(self._names):
            value = self.tier_combo(row).currentData()
            if value != UNMAPPED:
                chosen[name] = None if value == NO_TIER else int(value)
        return chosen

    def _show_unmapped(self) -> None:
        unmapped = [name for row, name in enumerate(self._names)
                    if self.tier_combo(row).currentData() == UNMAPPED]
        self.unmapped_label.setText(tr("Unmapped: {tiers}").format(tiers=", ".join(unmapped))
                                    if unmapped else "")
