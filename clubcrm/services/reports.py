"""The owner's reports: the monthly report (any period) and the daily close,
on screen, in Excel and in PDF.

A report is a list of sections; each section is one builder in `SECTIONS`
that reads the ledger and visits of the period and returns tables, charts
and notes (`clubcrm.domain.reports`). Every figure is derived from the
ledger and the visits, never from stored totals, all from one state of the
data: two threads read the sections at once, on two connections holding the
same snapshot (`db/aligned_reads.py`). Reports show the club's money:
managers and owners only (`Permission.VIEW_REPORTS`).

The segmentation (members' segments as of the period's last day) takes a
few seconds on a big club: it is computed once per report, in a thread of
its own, and the sections that print it are built last. For an export it
starts first, so that the other sections are read and their charts drawn
meanwhile; for the screen it starts once those are shown, so that they do
not wait for a share of the processor with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from queue import Queue
from typing import TYPE_CHECKING, Any

from clubcrm.db.aligned_reads import aligned_readers
from clubcrm.db.database import Database, driver
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.receipt import Receipt
from clubcrm.domain.reports import Period, Report, Section, checked_period
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services import (
    report_cash,
    report_consumption,
    report_daily,
    report_liability,
    report_members,
    report_segments,
    report_staff,
    report_top,
    report_visits,
)
from clubcrm.services.audit import AuditService
from clubcrm.services.permissions import require
from clubcrm.services.report_source import ReportSource, t
from clubcrm.services.settings import CLUB_NAME, read_setting

if TYPE_CHECKING:
    from clubcrm.services.report_segment_figures import PendingSegments
    from clubcrm.services.segmentation import SegmentationService

SectionBuilder = Callable[[ReportSource], Section]
SECTIONS: tuple[SectionBuilder, ...] = (
    report_cash.section,
    report_consumption.section,
    report_liability.section,
    report_members.section,
    report_segments.section,
    report_visits.section,
    report_top.top_members,
    report_top.expiring_cards,
    report_staff.section,
)
# The sections that print the segmentation (`ReportSource.segments`).
NEED_SEGMENTS = frozenset({report_members.section, report_segments.section})
PartialReport = Callable[[Report], None]
WORKERS = 2  # threads reading sections at once: the reception PC's cores


class ReportService:
    def __init__(self, db: Database, segments: SegmentationService | None = None) -> None:
        """`segments`: the club's segmentation service (its last result is reused);
        a report makes its own otherwise."""
        self._db = db
        self._segments = segments

    def monthly(self, period: Period, *, operator: StaffId, today: date | None = None,
                sections: tuple[SectionBuilder, ...] = SECTIONS, images: bool = False,
                on_partial: PartialReport | None = None) -> Report:
        """The report of `period` (a month or any range of days).

        `images`: the charts are drawn too (`Report.images`). `on_partial` is
        handed the report without the sections that print the segmentation as
        soon as the others are built (from the thread building the report); the
        segmentation starts then, instead of first."""
        title = t(N_("Monthly report")) if period.is_month else t(N_("Business report"))
        return self._build(period, title, sections, operator=operator, today=today,
                           images=images, on_partial=on_partial)

    def daily_close(self, day: date, *, operator: StaffId,
                    today: date | None = None) -> Report:
        return self._build(Period(day, day), t(N_("Daily close")), (report_daily.section,),
                           operator=operator, today=today)

    def daily_receipt(self, report: Report, *, operator: StaffId) -> Receipt:
        """The daily close laid out as a receipt, for the desk's roll printer."""
        with self._db.read() as session:
            name = driver(session).execute("SELECT display_name FROM staff WHERE id = ?",
                                           (operator,)).fetchone()
        return report_daily.receipt(report, operator=name[0] if name else "")

    def export(self, report: Report, *, xlsx: Path | None = None, pdf: Path | None = None,
               operator: StaffId) -> list[Path]:
        """Write the report to Excel and/or PDF; audited (the files hold the club's money)."""
        # Imported on use: openpyxl, reportlab and matplotlib cost a second of start-up.
        from clubcrm.io.report_pdf import write_report_pdf
        from clubcrm.io.report_xlsx import write_report_xlsx

        if xlsx is None and pdf is None:
            raise ValidationError(N_("Choose an Excel or a PDF file to write."), field="file")
        with self._db.read() as session:
            require(session, operator, Permission.VIEW_REPORTS)
        written = []
        if xlsx is not None:
            write_report_xlsx(report, _suffixed(xlsx, ".xlsx"))
            written.append(xlsx)
        if pdf is not None:
            write_report_pdf(report, _suffixed(pdf, ".pdf"))
            written.append(pdf)
        with self._db.write() as session:
            AuditService.record(session, operator=operator, action=AuditAction.REPORT_EXPORTED,
                                subject=report.period.label(),
                                details={"title": report.title,
                                         "files": [path.name for path in written]})
        return written

    def _build(self, period: Period, title: str, sections: tuple[SectionBuilder, ...], *,
               operator: StaffId, today: date | None, images: bool = False,
               on_partial: PartialReport | None = None) -> Report:
        now = datetime.now()
        today = today or now.date()
        checked = checked_period(period, today=today)
        with self._db.read() as session:
            require(session, operator, Permission.VIEW_REPORTS)
            club_name = read_setting(session, CLUB_NAME)
        printed = now.strftime("%Y-%m-%d %H:%M")
        with self._segmentation(checked, today, sections) as pending, \
                _readers(self._db, checked, today, pending) as readers:
            if pending is not None and on_partial is None:
                pending.start()
            first = [build for build in sections if build not in NEED_SEGMENTS]
            built, drawn = readers.build(first, images=images)
            if on_partial is not None and len(built) < len(sections):
                on_partial(Report(club_name, title, checked, printed,
                                  tuple(built[b] for b in first), images=dict(drawn),
                                  complete=False))
            more, more_drawn = readers.build([b for b in sections if b not in built],
                                             images=images)
            built |= more
            drawn |= more_drawn
            activity = readers.any_activity()
        return Report(club_name, title, checked, printed,
                      tuple(built[build] for build in sections), activity, drawn)

    @contextmanager
    def _segmentation(self, period: Period, today: date, sections: tuple[SectionBuilder, ...]
                      ) -> Iterator[PendingSegments | None]:
        """The segmentation of the period, if a section prints it; a computation
        under way is waited for on the way out (it writes the month's snapshot)."""
        if NEED_SEGMENTS.isdisjoint(sections):
            yield None
            return
        # Imported on use: numpy and the segmentation stay out of start-up.
        from clubcrm.services import report_segment_figures
        from clubcrm.services.segmentation import SegmentationService

        if self._segments is None:
            self._segments = SegmentationService(self._db)
        pending = report_segment_figures.PendingSegments(self._db, self._segments, period, today)
        try:
            yield pending
        finally:
            pending.close()


@contextmanager
def _readers(db: Database, period: Period, today: date, pending: PendingSegments | None
             ) -> Iterator[_Sections]:
    """Two threads, each reading on a connection of its own, both connections on
    the same snapshot (`aligned_readers`): the sections' figures agree as if read
    in one transaction."""
    segments = pending.result if pending is not None else None
    with aligned_readers(db.path, WORKERS) as connections, \
            ThreadPoolExecutor(WORKERS, thread_name_prefix="report-sections") as pool:
        yield _Sections(pool, [ReportSource(connection, period, today, segments)
                               for connection in connections])


class _Sections:
    """Builds sections on the readers' threads. The charts are drawn by the calling
    thread as each section comes (matplotlib from one thread only), while the
    other sections are still being read."""

    def __init__(self, pool: ThreadPoolExecutor, sources: list[ReportSource]) -> None:
        self._pool = pool
        self._sources: Queue[ReportSource] = Queue()
        for source in sources:
            self._sources.put(source)

    def build(self, sections: list[SectionBuilder], *, images: bool
              ) -> tuple[dict[SectionBuilder, Section], dict[str, bytes]]:
        """Each section (in order, as they finish) and, with `images`, its charts."""
        futures = [(build, self._pool.submit(self._on_a_source, build)) for build in sections]
        built: dict[SectionBuilder, Section] = {}
        drawn: dict[str, bytes] = {}
        for build, future in futures:
            built[build] = future.result()
            if images:
                drawn |= _draw(built[build])
        return built, drawn

    def any_activity(self) -> bool:
        """Whether anything was recorded in the period (an empty one still prints, saying so)."""
        return self._on_a_source(lambda source: any(
            source.rows(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE at >= ? AND at < ?)",
                        source.bounds)[0][0] for table in ("ledger", "visits")))

    def _on_a_source(self, work: Callable[[ReportSource], Any]) -> Any:
        source = self._sources.get()
        try:
            return work(source)
        finally:
            self._sources.put(source)


def _draw(section: Section) -> dict[str, bytes]:
    """Each chart of `section` as a PNG image (matplotlib is loaded on use)."""
    from clubcrm.io.report_charts import chart_png

    return {chart.key: chart_png(chart) for chart in section.charts}


def _suffixed(path: Path, suffix: str) -> Path:
    if Path(path).suffix.lower() != suffix:
        raise ValidationError(N_("The file must end in {suffix}: {path}"), field="file",
                              suffix=suffix, path=str(path))
    return Path(path)
