"""The pages of the import wizard: the file, the column mapping, the preview
with its duplicate groups, and the result. The pages show and collect; the
wizard runs the jobs (reading, preview, commit) off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from clubcrm.domain.cards import ProductKind
from clubcrm.domain.import_values import as_text
from clubcrm.services.import_mapping import FIELD_LABELS, MEMBER_FIELDS, Field, Mapping
from clubcrm.services.import_preview import CHOICE_LABELS, Choice, Preview
from clubcrm.services.imports import Layout

from clubcrm.ui.i18n import tr, tr_label
from clubcrm.ui.models.import_preview_model import ImportPreviewTableModel

ENCODINGS = (("utf-8-sig", "UTF-8"), ("gb18030", "GBK / GB18030"), ("utf-16", "UTF-16"))
COL_HEADER, COL_SAMPLE, COL_FIELD = range(3)
KIND_MEMBERS, KIND_HISTORY = "members", "history"
(COL_GROUP_ROWS, COL_GROUP_NAMES, COL_GROUP_EXISTING, COL_GROUP_CHOICE) = range(4)


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Choose the file"))
        self.setSubTitle(tr("A member list or consumption history from the previous system or "
                            "a hand-kept sheet: .xlsx, .xls or .csv. Nothing is written until "
                            "you confirm."))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(tr("A member list (balances, sessions, points)"), KIND_MEMBERS)
        self.kind_combo.addItem(tr("Consumption history (does not change balances)"),
                                KIND_HISTORY)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(tr("File to import"))
        self.browse_button = QPushButton(tr("Browse…"))
        self.sheet_combo = QComboBox()
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(tr("Detect automatically"), "")
        for value, label in ENCODINGS:
            self.encoding_combo.addItem(label, value)
        self.template_button = QPushButton(tr("Save the import template…"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.form = form = QFormLayout(self)
        form.addRow(tr("The file holds:"), self.kind_combo)
        form.addRow(tr("File:"), row)
        form.addRow(tr("Sheet:"), self.sheet_combo)
        form.addRow(tr("Encoding (CSV):"), self.encoding_combo)
        form.addRow("", self.template_button)
        form.addRow(self.error_label)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(lambda _text: self.completeChanged.emit())

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose the file"), "", tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def sheet(self) -> str | None:
        return self.sheet_combo.currentText() or None

    def encoding(self) -> str | None:
        return self.encoding_combo.currentData() or None

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())


class MappingPage(QWizardPage):
    def __init__(self, products: list[tuple[int, str, ProductKind]]) -> None:
        super().__init__()
        self.setTitle(tr("Match the columns"))
        self.setSubTitle(tr("Each column of the file and what it holds; change any that was "
                            "guessed wrong, or choose \"Not imported\"."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Column"), tr("Example values"),
                                              tr("Imported as")])
        self.table.horizontalHeader().setSectionResizeMode(COL_SAMPLE,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.remember_box = QCheckBox(tr("Remember this mapping for files with the same columns"))
        self.consent_box = QCheckBox(tr("The guardians of the members under 14 in this file "
                                        "have consented to their data being kept (recorded "
                                        "with your name)"))
        self.product_combos = {kind: _product_combo(products, kind) for kind in ProductKind}
        self.member_options = QWidget()
        form = QFormLayout(self.member_options)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.remember_box)
        form.addRow(self.consent_box)
        form.addRow(tr("Balances become cards of:"), self.product_combos[ProductKind.STORED_VALUE])
        form.addRow(tr("Sessions become cards of:"), self.product_combos[ProductKind.COUNT])
        form.addRow(tr("An expiry date alone becomes a card of:"),
                    self.product_combos[ProductKind.PERIOD])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.member_options)

    def show_layout(self, layout: Layout, fields: Sequence[Field] = MEMBER_FIELDS) -> None:
        """The file's columns with a choice among `fields` (a member list's or
        a history file's); the member options only for a member list."""
        self.member_options.setVisible(fields is MEMBER_FIELDS)
        headers = layout.headers
        self.table.setRowCount(len(headers))
        for column, header in enumerate(headers):
            self.table.setItem(column, COL_HEADER, QTableWidgetItem(as_text(header)))
            samples = ", ".join(as_text(cell) for cell in layout.samples(column) if cell != "")
            self.table.setItem(column, COL_SAMPLE, QTableWidgetItem(samples))
            combo = QComboBox()
            combo.addItem(tr("Not imported"), None)
            for field in fields:
                combo.addItem(tr_label(FIELD_LABELS[field]), field.value)
            chosen = layout.mapping.get(column)
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            self.table.setCellWidget(column, COL_FIELD, combo)
        self.remember_box.setChecked(False)

    def field_combo(self, column: int) -> QComboBox:
        combo = self.table.cellWidget(column, COL_FIELD)
        assert isinstance(combo, QComboBox)
        return combo

    def mapping(self) -> Mapping:
        chosen: Mapping = {}
        for column in range(self.table.rowCount()):
            value = self.field_combo(column).currentData()
            if value and Field(value) not in chosen.values():
                chosen[column] = Field(value)
        return chosen

    def products(self) -> dict[ProductKind, int | None]:
        return {kind: combo.currentData() for kind, combo in self.product_combos.items()}


def _product_combo(products: list[tuple[int, str, ProductKind]], kind: ProductKind) -> QComboBox:
    combo = QComboBox()
    for product_id, name, product_kind in products:
        if product_kind is kind:
            combo.addItem(name, product_id)
    combo.addItem(tr("A new product named after the import"), None)
    return combo


class PreviewPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Check the preview"))
        self.setSubTitle(tr("Every row as it will be imported. Rejected rows are left out and "
                            "can be saved to a file with the reason; choose what to do with "
                            "each group of duplicates."))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.model = ImportPreviewTableModel(parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.groups = QTableWidget(0, 4)
        self.groups.setHorizontalHeaderLabels([tr("Rows"), tr("Names"), tr("Already a member"),
                                               tr("What to do")])
        self.groups.horizontalHeader().setStretchLastSection(True)
        self.groups.verticalHeader().setVisible(False)
        self.save_rejected_button = QPushButton(tr("Save the rejected rows…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 3)
        layout.addWidget(QLabel(tr("Duplicates:")))
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.save_rejected_button)
        self._preview: Preview | None = None

    def show_preview(self, preview: Preview) -> None:
        self._preview = preview
        self.model.set_preview(preview)
        self.groups.setRowCount(len(preview.groups))
        for group in preview.groups:
            rows = [preview.rows[i] for i in group.rows]
            self.groups.setItem(group.id, COL_GROUP_ROWS, QTableWidgetItem(
                ", ".join(str(row.row_no) for row in rows)))
            self.groups.setItem(group.id, COL_GROUP_NAMES, QTableWidgetItem(
                ", ".join(f"{row.name} {row.phone}" for row in rows)))
            existing = group.existing
            self.groups.setItem(group.id, COL_GROUP_EXISTING, QTableWidgetItem(
                f"{existing.member_no} {existing.name} {existing.phone}" if existing else ""))
            combo = QComboBox()
            for choice in Choice:
                combo.addItem(tr_label(CHOICE_LABELS[choice]), choice.value)
            combo.setCurrentIndex(combo.findData(group.choice.value))
            combo.currentIndexChanged.connect(
                lambda _i, g=group.id, c=combo: self._choose(g, Choice(c.currentData())))
            self.groups.setCellWidget(group.id, COL_GROUP_CHOICE, combo)
        self.groups.resizeColumnsToContents()
        self._show_summary()

    def choice_combo(self, group_id: int) -> QComboBox:
        combo = self.groups.cellWidget(group_id, COL_GROUP_CHOICE)
        assert isinstance(combo, QComboBox)
        return combo

    def _choose(self, group_id: int, choice: Choice) -> None:
        assert self._preview is not None
        self._preview.choose(group_id, choice)
        self.model.refresh()
        self._show_summary()

    def _show_summary(self) -> None:
        assert self._preview is not None
        counts = self._preview.counts()
        text = tr("{rows} rows: {new} new members, {merged} merged into another, {skipped} "
                  "duplicates skipped, {rejected} rejected, {warnings} with warnings; {cards} "
                  "cards will be opened.").format(
            rows=counts.rows, new=counts.new, merged=counts.attached, skipped=counts.skipped,
            rejected=counts.rejected, warnings=counts.warnings, cards=counts.cards)
        if self._preview.imported_before:
            text += " " + tr("This file was imported before (batch {batches}).").format(
                batches=", ".join(str(b) for b in self._preview.imported_before))
        unmapped = self._preview.unmapped_tiers()
        if unmapped:
            text += " " + tr("Tiers not mapped (imported without a tier): {tiers}.").format(
                tiers=", ".join(f"{name} ({rows})" for name, rows in unmapped.items()))
        if not self._preview.has_work():
            text += " " + tr("Nothing to import: every row is a duplicate that is skipped, or "
                             "rejected.")
        self.summary_label.setText(text)
        self.save_rejected_button.setEnabled(counts.rejected > 0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._preview is not None and self._preview.has_work()


class ResultPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Imported"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
