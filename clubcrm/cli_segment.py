"""`clubcrm segment [--as-of DATE] [--export FILE.xlsx] [--json]`: the club's
segments as of a date, as the segments view shows them.

Without `--json` it prints a tile per segment (members, share, spend) and the
movement since the end of last month; `--json` prints one object per member
(README.md, "Segments: how each figure is defined", says what each figure
means); `--export` writes the members (of `--segment`, or all) to Excel.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from clubcrm import i18n
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_

EXIT_OK = 0
_ = i18n.translate


def add_segment_command(commands: Any, common: argparse.ArgumentParser, *,
                        open_club: Callable[[argparse.Namespace], Any]) -> None:
    segment = commands.add_parser("segment", parents=[common], help=_(N_(
        "member segments, value grades and lifecycle stages as of a date")))
    segment.add_argument("--as-of", type=_day, metavar="DATE", help=_(N_(
        "the date to compute for, YYYY-MM-DD (default: today)")))
    segment.add_argument("--export", type=Path, metavar="FILE.xlsx", help=_(N_(
        "write the members to this Excel file")))
    segment.add_argument("--segment", metavar="SEGMENT", help=_(N_(
        "with --export: only this primary segment (e.g. dormant, high_value)")))
    segment.set_defaults(run=lambda args: _segment(args, open_club))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_(N_("not a date (YYYY-MM-DD): {text}"),
                                           text=text)) from None


def _segment(args: argparse.Namespace, open_club: Callable[[argparse.Namespace], Any]) -> int:
    # Imported here: numpy and the segmentation only load for this command.
    from clubcrm.services.segment_export import export_segment, member_records
    from clubcrm.services.segmentation import Family

    club = open_club(args)
    try:
        result = club.segments.compute(args.as_of or date.today())
        if args.export:
            family = Family.SEGMENT if args.segment else None
            count = export_segment(club.segments, club.db, result, family, args.segment,
                                   args.export, operator=club.operator)
            print(_(N_("Exported {count} members to {path}"), count=count,
                    path=str(args.export)), file=sys.stderr if args.json else sys.stdout)
        if args.json:
            _print_records(member_records(club.segments, result))
        elif not args.export:
            _print_summary(club, result)
    finally:
        club.close()
    return EXIT_OK


def _print_records(records: Any) -> None:
    """A JSON array, one member per line, written as it is produced."""
    print("[")
    first = True
    for record in records:
        print(("" if first else ",") + json.dumps(record, ensure_ascii=False))
        first = False
    print("]")


def _print_summary(club: Any, result: Any) -> None:
    from clubcrm.segmentation.explain import SEGMENT_NAMES
    from clubcrm.segmentation.model import Segment
    from clubcrm.services.segmentation import Family

    print(_(N_("Segments as of {date}: {members} members"),
            date=result.windows.as_of.isoformat(), members=len(result)))
    for tile in club.segments.tiles(result):
        if tile.family is not Family.SEGMENT:
            continue
        print(f"  {_(SEGMENT_NAMES[Segment(tile.key)]):<12}\t{tile.members:>7}\t"
              f"{_percent(tile.members, tile.total_members):>6}\t"
              f"{format_money(tile.spend_fen):>16}\t{_percent(tile.spend_fen, tile.total_spend_fen):>6}")
    movement = club.segment_snapshots.movement(result)
    if movement is None:
        return
    print(_(N_("Since the end of {month}:"), month=movement.since_month))
    for segment in Segment:
        print(f"  {_(SEGMENT_NAMES[segment]):<12}\t+{movement.moved_in(segment)}\t"
              f"-{movement.moved_out(segment)}")


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"
