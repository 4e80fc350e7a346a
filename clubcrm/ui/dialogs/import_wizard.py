"""The import wizard: file, mapping, tiers, preview, result, for a member list
or for consumption history. Reading the file, the preview and the commit run
off the GUI thread with progress; the commit can be cancelled, which rolls it
back. Nothing is written before "Import"."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget, QWizard

from clubcrm.domain.errors import ClubError
from clubcrm.domain.ids import StaffId
from clubcrm.services.club import Club
from clubcrm.services.import_commit import ImportCancelled, ImportResult
from clubcrm.services.import_files import write_history_rejected
from clubcrm.services.import_history import HistoryResult
from clubcrm.services.import_mapping import HISTORY_FIELDS, Field, names_of
from clubcrm.services.import_preview import Preview
from clubcrm.services.imports import ImportOptions, ImportService, Layout

from clubcrm.ui.dialogs.import_history_page import HistoryPreviewPage
from clubcrm.ui.dialogs.import_pages import (
    KIND_HISTORY,
    FilePage,
    MappingPage,
    PreviewPage,
    ResultPage,
)
from clubcrm.ui.dialogs.import_tier_page import TierPage
from clubcrm.ui.errors import show_error
from clubcrm.ui.i18n import describe, tr
from clubcrm.ui.tasks import BackgroundTask

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT, PAGE_TIERS, PAGE_HISTORY = range(6)


class ImportWizard(QWizard):
    """`imported(result)` after a commit, so the views can refresh."""

    imported = Signal(object)  # ImportResult or HistoryResult

    def __init__(self, club: Club, *, operator: StaffId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import members or history"))
        self._club = club
        self._operator = operator
        self.service = ImportService(club.db)
        self.layout_: Layout | None = None
        self.preview: Preview | None = None
        self.outcome: ImportResult | HistoryResult | None = None  # not `result`: QDialog's
        self.history: HistoryResult | None = None
        self.task: BackgroundTask | None = None
        self._stop = threading.Event()
        self._passed: set[int] = set()
        self.file_page = FilePage()
        self.mapping_page = MappingPage(self.service.products())
        self.tier_page = TierPage()
        self.preview_page = PreviewPage()
        self.history_page = HistoryPreviewPage()
        self.result_page = ResultPage()
        for page_id, page in ((PAGE_FILE, self.file_page), (PAGE_MAPPING, self.mapping_page),
                              (PAGE_TIERS, self.tier_page), (PAGE_PREVIEW, self.preview_page),
                              (PAGE_HISTORY, self.history_page), (PAGE_RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import"))
        self.preview_page.setCommitPage(True)
        self.history_page.setCommitPage(True)
        self.status_label = QLabel()
        self.file_page.form.addRow(self.status_label)
        self.file_page.path_edit.editingFinished.connect(self._fill_sheets)
        self.file_page.template_button.clicked.connect(self._ask_template)
        self.preview_page.save_rejected_button.clicked.connect(self._ask_rejected)
        self.history_page.save_rejected_button.clicked.connect(self._ask_rejected)
        self.resize(1000, 680)

    # -- moving between pages: each step's job runs first, then the wizard moves on --

    def _history(self) -> bool:
        return self.file_page.kind() == KIND_HISTORY

    def nextId(self) -> int:
        page = self.currentId()
        if page == PAGE_MAPPING:
            return PAGE_HISTORY if self._history() else (
                PAGE_TIERS if self._tiers_found() else PAGE_PREVIEW)
        if page == PAGE_TIERS:
            return PAGE_PREVIEW
        if page in (PAGE_PREVIEW, PAGE_HISTORY):
            return PAGE_RESULT
        return super().nextId()

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page in self._passed:
            self._passed.discard(page)
            return True
        if page == PAGE_FILE:
            self._run(self._read_job(), tr("Reading the file…"), self._on_read)
            return False
        if page == PAGE_MAPPING and self._history():
            self._run(self._history_job(dry_run=True), tr("Checking every row…"),
                      self._on_history_checked)
            return False
        if page == PAGE_MAPPING and self._tiers_found():
            self.tier_page.show_tiers(self._tier_names(), self.service.tiers())
            return True
        if page in (PAGE_MAPPING, PAGE_TIERS):
            self._run(self._preview_job(), tr("Checking every row…"), self._on_previewed)
            return False
        if page in (PAGE_PREVIEW, PAGE_HISTORY):
            self._stop.clear()
            job = self._commit_job() if page == PAGE_PREVIEW else self._history_job(
                dry_run=False)
            done = self._on_committed if page == PAGE_PREVIEW else self._on_history_imported
            self._run(job, tr("Importing…"), done, cancellable=True)
            return False
        return True

    def _tier_names(self) -> Any:
        assert self.layout_ is not None
        return self.layout_.distinct(Field.TIER, self.mapping_page.mapping())

    def _tiers_found(self) -> bool:
        return self.layout_ is not None and not self._history() and bool(self._tier_names())

    def _advance(self, page: int) -> None:
        self._passed.add(page)
        self.next()

    def _run(self, job: Any, label: str, done: Any, *, cancellable: bool = False) -> None:
        self.file_page.error_label.clear()
        self.task = BackgroundTask(job, label=label, parent=self,
                                   on_cancel=self._stop.set if cancellable else None)
        self.task.succeeded.connect(done)
        self.task.failed.connect(self._on_failed)
        self.task.start()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            page = self.history_page if self._history() else self.preview_page
            page.summary_label.setText(describe(error))
        elif isinstance(error, ClubError) and self.currentId() == PAGE_FILE:
            self.file_page.error_label.setText(describe(error))
        else:
            show_error(self, error)

    # -- the jobs (run on the worker thread: no widget is touched there) --

    def _read_job(self) -> Any:
        page = self.file_page
        path, sheet, encoding = page.path(), page.sheet(), page.encoding()
        read = self.service.open_history if self._history() else self.service.open
        return lambda _progress: read(path, sheet=sheet, encoding=encoding)

    def _preview_job(self) -> Any:
        assert self.layout_ is not None
        layout, mapping = self.layout_, self.mapping_page.mapping()
        if self.mapping_page.remember_box.isChecked():
            self.service.mappings.save(layout.headers, mapping)
        layout.mapping = mapping
        options = ImportOptions(products=self.mapping_page.products(),
                                tiers=self.tier_page.tiers() if self._tiers_found() else {},
                                guardian_consent=self.mapping_page.consent_box.isChecked())
        operator = self._operator
        return lambda progress: self.service.preview(layout, options=options, operator=operator,
                                                     progress=progress)

    def _history_job(self, *, dry_run: bool) -> Any:
        assert self.layout_ is not None
        layout, page, stop = self.layout_, self.file_page, self._stop
        names = names_of(layout.headers, self.mapping_page.mapping())
        path, sheet, encoding, operator = page.path(), page.sheet(), page.encoding(), \
            self._operator
        return lambda progress: self.service.history(
            path, operator=operator, sheet=sheet, encoding=encoding, mapping_names=names,
            dry_run=dry_run, progress=progress, should_stop=stop.is_set)

    def _commit_job(self) -> Any:
        preview, operator, stop = self.preview, self._operator, self._stop
        assert preview is not None
        return lambda progress: self.service.commit(preview, operator=operator,
                                                    progress=progress, should_stop=stop.is_set)

    # -- results, on the GUI thread --

    def _on_read(self, layout: Layout) -> None:
        self.layout_ = layout
        if self._history():
            self.mapping_page.show_layout(layout, HISTORY_FIELDS)
        else:
            self.mapping_page.show_layout(layout)
        self._advance(PAGE_FILE)

    def _on_history_checked(self, result: HistoryResult) -> None:
        self.history = result
        self.history_page.show_result(result)
        self._advance(PAGE_MAPPING)

    def _on_history_imported(self, result: HistoryResult) -> None:
        self.outcome = result
        self.result_page.result_label.setText(tr(
            "History batch {batch}: {imported} of {rows} rows recorded, {rejected} rejected. "
            "Balances did not change. The batch can be undone under File > Import "
            "batches.").format(batch=result.batch_id, imported=result.imported,
                               rows=result.rows, rejected=len(result.rejected)))
        self._advance(PAGE_HISTORY)
        self.imported.emit(result)

    def _on_previewed(self, preview: Preview) -> None:
        self.preview = preview
        self.preview_page.show_preview(preview)
        self._advance(PAGE_TIERS if self.currentId() == PAGE_TIERS else PAGE_MAPPING)

    def _on_committed(self, result: ImportResult) -> None:
        self.outcome = result
        self.result_page.result_label.setText(tr(
            "Import batch {batch}: {members} new members, {attached} existing members with new "
            "cards or points, {cards} cards opened; {skipped} duplicates skipped, {rejected} "
            "rows rejected. The batch can be undone under File > Import batches while its "
            "cards are unused.").format(
            batch=result.batch_id, members=result.members_created,
            attached=result.members_attached, cards=result.cards_created,
            skipped=result.rows_skipped, rejected=result.rows_rejected))
        self._advance(PAGE_PREVIEW)
        self.imported.emit(result)

    # -- files --

    def _fill_sheets(self) -> None:
        combo = self.file_page.sheet_combo
        combo.clear()
        path = self.file_page.path()
        if path.is_file():
            try:
                combo.addItems(self.service.sheets(path))
            except Exception:  # noqa: BLE001 - the read on "Next" reports what is wrong
                return

    def _ask_template(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the import template"),
                                                    tr("member-import-template.xlsx"),
                                                    tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path) -> None:
        try:
            self.service.write_template(path)
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            show_error(self, error)

    def _ask_rejected(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the rejected rows"),
                                                    tr("rejected-rows.xlsx"),
                                                    tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_rejected(Path(path))

    def save_rejected(self, path: Path) -> int:
        try:
            if self._history():
                assert self.history is not None
                return write_history_rejected(self.history, path)
            assert self.preview is not None
            return self.service.export_rejected(self.preview, path)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return 0
