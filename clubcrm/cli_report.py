"""`clubcrm report monthly|daily`: the owner's monthly report (or any range of
days) and the daily close, to Excel and PDF or as JSON, for owners' scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from clubcrm import i18n
from clubcrm.domain.errors import ValidationError
from clubcrm.domain.translatable import N_

_ = i18n.translate


def add_report_commands(commands: Any, common: argparse.ArgumentParser, *,
                        open_club: Callable[[argparse.Namespace], Any],
                        print_json: Callable[[Any], None], parser_class: type) -> None:
    """Register `report monthly` and `report daily` (cli.py hands over how it opens a
    club, prints JSON and reports bad arguments, so every command behaves alike)."""
    report = commands.add_parser("report", help=_(N_("the monthly report and the daily close")))
    reports = report.add_subparsers(dest="report_command", required=True,
                                    parser_class=parser_class)
    monthly = reports.add_parser("monthly", parents=[common], help=_(N_(
        "the monthly report (or any range of days) to Excel and PDF")))
    monthly.add_argument("--month", metavar="YYYY-MM", help=_(N_("the month to report")))
    monthly.add_argument("--from", dest="first", type=_day, metavar="DATE",
                         help=_(N_("first day of a range (instead of --month)")))
    monthly.add_argument("--to", dest="last", type=_day, metavar="DATE",
                         help=_(N_("last day of the range")))
    monthly.add_argument("--pdf", type=Path, metavar="FILE", help=_(N_("write a PDF file")))
    monthly.add_argument("--xlsx", type=Path, metavar="FILE",
                         help=_(N_("write an Excel workbook")))
    monthly.set_defaults(run=lambda args: _monthly(args, open_club, print_json))
    daily = reports.add_parser("daily", parents=[common], help=_(N_(
        "the daily close: a day's cash by payment method, sales and visits")))
    daily.add_argument("--date", dest="day", type=_day, metavar="DATE",
                       help=_(N_("the day (default: today)")))
    daily.add_argument("--pdf", type=Path, metavar="FILE", help=_(N_("write a PDF file")))
    daily.add_argument("--paper", choices=("a4", "58mm", "80mm"), default="a4",
                       help=_(N_("A4 page or receipt roll for the PDF")))
    daily.set_defaults(run=lambda args: _daily(args, open_club, print_json))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(_(N_("a day is written YYYY-MM-DD: {text}"),
                                           text=text)) from None


def _period(args: argparse.Namespace):  # -> Period
    from clubcrm.domain.reports import Period, month_period

    if args.month and (args.first or args.last):
        raise ValidationError(N_("Give either --month or --from and --to, not both."))
    if args.month:
        return month_period(args.month)
    if args.first and args.last:
        return Period(args.first, args.last)
    raise ValidationError(N_("Give --month YYYY-MM, or --from DATE and --to DATE."))


def _monthly(args: argparse.Namespace, open_club: Callable[[argparse.Namespace], Any],
             print_json: Callable[[Any], None]) -> int:
    from clubcrm.services.reports import ReportService

    period = _period(args)
    club = open_club(args)
    try:
        service = ReportService(club.db, club.segments)
        # The PDF's charts are drawn while the segmentation is computed.
        report = service.monthly(period, operator=club.operator, images=bool(args.pdf))
        if args.pdf or args.xlsx:
            service.export(report, xlsx=args.xlsx, pdf=args.pdf, operator=club.operator)
    finally:
        club.close()
    if args.json:
        print_json(report_json(report))
    else:
        _print_summary(report, [path for path in (args.xlsx, args.pdf) if path])
    return 0


def _daily(args: argparse.Namespace, open_club: Callable[[argparse.Namespace], Any],
           print_json: Callable[[Any], None]) -> int:
    from clubcrm.services.reports import ReportService

    club = open_club(args)
    try:
        service = ReportService(club.db)
        report = service.daily_close(args.day or date.today(), operator=club.operator)
        if args.pdf:
            _daily_pdf(service, report, args, club.operator)
    finally:
        club.close()
    if args.json:
        print_json(report_json(report))
    else:
        _print_summary(report, [args.pdf] if args.pdf else [])
    return 0


def _daily_pdf(service: Any, report: Any, args: argparse.Namespace, operator: Any) -> None:
    if args.paper == "a4":
        service.export(report, pdf=args.pdf, operator=operator)
        return
    from clubcrm.domain.receipt import PaperSize
    from clubcrm.io.receipt_pdf import write_receipt_pdf

    if args.pdf.suffix.lower() != ".pdf":
        raise ValidationError(N_("The file must end in {suffix}: {path}"), suffix=".pdf",
                              path=str(args.pdf))
    write_receipt_pdf(service.daily_receipt(report, operator=operator), PaperSize(args.paper),
                      args.pdf)


def report_json(report: Any) -> dict[str, Any]:
    """Every table as records (money in fen, rates in per mille), by section."""
    return {
        "title": report.title, "club": report.club_name,
        "from": report.period.first.isoformat(), "to": report.period.last.isoformat(),
        "activity": report.activity,
        "sections": {section.key: {
            "title": section.title,
            "tables": [{"title": table.title,
                        "columns": [column.title for column in table.columns],
                        "kinds": [column.kind.value for column in table.columns],
                        "rows": [list(row) for row in table.rows],
                        "total": list(table.total) if table.total else None}
                       for table in section.tables],
            "notes": list(section.notes)} for section in report.sections},
    }


def _print_summary(report: Any, written: list[Path]) -> None:
    from clubcrm.domain.reports import format_cell

    print(report.heading)
    if not report.activity:
        print(_(N_("Nothing was recorded in this period: no money moved and nobody checked in.")))
    for section in report.sections:
        table = section.tables[0]
        print(f"\n{section.title} — {table.title}")
        for row in (*table.shown_rows[:12], *([table.total] if table.total else [])):
            print("  " + "\t".join(format_cell(value, column.kind)
                                   for value, column in zip(row, table.columns, strict=True)))
    for path in written:
        print(_(N_("Written: {path}"), path=str(path)), file=sys.stderr)
