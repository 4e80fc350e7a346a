"""`python -m bench`: build (or reuse) the bench club, run every benchmark,
print one table row per figure, and store all of it in
bench/.cache/results-<timestamp>.json.

    python -m bench                 # 100,000 members and their 2,000,000 ledger rows
    python -m bench --million       # also search on 1,000,000 members (members only)
    python -m bench --fresh-demo    # rebuild the cached clubs (times generate_demo again)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import (
    backup,
    baseline,
    care,
    clubs,
    gui,
    importing,
    machine,
    money,
    report_files,
    report_indexes,
    reports,
    search,
    segments,
    visits,
)
from bench.stats import HEADER, Row, format_row

BENCHES = ("demo", "search", "baseline", "startup", "member_view", "backup", "money",
           "visits", "import", "segments", "reports", "care", "report_indexes", "report_files")
# The cards issue's limit for 100,000 members with 2,000,000 ledger rows (members
# alone had a 20 s target; the million-member club has no ledger and no target).
DEMO_TARGET_S = {100_000: 120.0}
SEARCH_TARGET_MS = {100_000: 5.0, 1_000_000: 20.0}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--million", action="store_true", help="also a 1,000,000-member club")
    parser.add_argument("--fresh-demo", action="store_true", help="rebuild the cached clubs")
    parser.add_argument("--runs", type=int, default=5, help="runs of each whole-process figure")
    parser.add_argument("--queries", type=int, default=500, help="search queries of each kind")
    parser.add_argument("--only", choices=BENCHES, action="append", help="run only these")
    return parser.parse_args(argv)


class Report:
    """Prints rows as they come and keeps everything for the JSON file."""

    def __init__(self, info: dict[str, Any], args: argparse.Namespace) -> None:
        self.data: dict[str, Any] = {
            "command": " ".join(["python -m bench", *sys.argv[1:]]),
            "args": vars(args),
            "machine": info,
            "rows": [],
            "raw": {},
        }

    def add(self, rows: Iterable[Row]) -> None:
        for row in rows:
            print(format_row(row), flush=True)
            self.data["rows"].append(row.as_dict())

    def save(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = clubs.CACHE / f"results-{stamp}.json"
        path.write_text(json.dumps(self.data, ensure_ascii=False, indent=2, default=str))
        return path


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    wanted = set(args.only or BENCHES)
    info = machine.describe()
    print(machine.format_machine(info))
    report = Report(info, args)
    clubs.CACHE.mkdir(parents=True, exist_ok=True)
    try:
        print(HEADER)
        if "import" in wanted:  # its own fresh club: no need for the bench club
            report.add(importing.run(runs=args.runs))
            wanted.discard("import")
        if not wanted:
            return 0
        club = clubs.ensure_club(100_000, fresh=args.fresh_demo)
        _run_all(report, club, args, wanted)
        if args.million:
            big = clubs.ensure_club(1_000_000, fresh=args.fresh_demo, ledger_per_member=0)
            _run_club_benches(report, big, args, wanted & {"demo", "search"})
    finally:
        print(f"results: {report.save()}")
    return 0


def _run_all(
    report: Report, club: clubs.BenchClub, args: argparse.Namespace, wanted: set[str]
) -> None:
    _run_club_benches(report, club, args, wanted)
    if "baseline" in wanted:
        report.add(baseline.run(club.path))
    if "startup" in wanted:
        rows, runs = gui.startup(club.path, runs=args.runs)
        report.add(rows)
        report.data["raw"]["startup"] = {k: [asdict(r) for r in v] for k, v in runs.items()}
    if "member_view" in wanted:
        rows, children = gui.member_view(club.path, runs=args.runs)
        report.add(rows)
        report.data["raw"]["member_view"] = [asdict(c) for c in children]
    if "backup" in wanted:
        report.add(backup.run(club.path, runs=args.runs))
    if "money" in wanted:
        report.add(money.run(club.path, runs=args.runs))
    if "visits" in wanted:
        report.add(visits.run(club.path, runs=args.runs))
    if "segments" in wanted:
        report.add(segments.run(club.path, runs=args.runs))
    if "reports" in wanted:
        report.add(reports.run(club.path, runs=args.runs))
    if "care" in wanted:
        report.add(care.run(club.path))
    if "report_indexes" in wanted:
        report.add(report_indexes.run(club.path, runs=args.runs))
    if "report_files" in wanted:
        report.add(report_files.run(club.path, runs=args.runs))


def _run_club_benches(
    report: Report, club: clubs.BenchClub, args: argparse.Namespace, wanted: set[str]
) -> None:
    if "demo" in wanted:
        report.add([_demo_row(club)])
    if "search" in wanted:
        report.add(search.run(
            club.path, members=club.members, queries_per_kind=args.queries,
            target_ms=SEARCH_TARGET_MS[club.members],
        ))


def _demo_row(club: clubs.BenchClub) -> Row:
    when = "built in this run" if club.built_now else f"cached, built {club.built_on}"
    target = DEMO_TARGET_S.get(club.members)
    heavy = (f"; heavy member {club.heavy_member_no}: {club.heavy_ledger_rows:,} rows"
             if club.heavy_member_no else "")
    return Row(
        "demo", f"generate_demo {club.members:,} members, {club.ledger_rows:,} ledger rows, "
                f"{club.visits:,} visits",
        club.demo_seconds, "s", f"< {target:g} s" if target else "",
        club.demo_seconds < target if target else None,
        f"{when}; with open+close {club.wall_seconds:.1f} s{heavy}",
    )


if __name__ == "__main__":
    raise SystemExit(main())
