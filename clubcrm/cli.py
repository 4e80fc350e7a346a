"""The `clubcrm` command: the same services as the GUI, without Qt.

Exit status: 0 success, 1 a user error (one line in the user's language),
2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

from clubcrm import __version__, i18n, paths, preferences
from clubcrm.domain.errors import ClubError, ValidationError
from clubcrm.domain.member import MemberFilter, MemberStatus, SearchHit
from clubcrm.domain.translatable import N_
from clubcrm.logs import setup_logging

log = logging.getLogger("clubcrm.cli")
_ = i18n.translate

EXIT_OK, EXIT_USER_ERROR, EXIT_BAD_ARGS = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse whose complaints are one translated line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(_(N_("clubcrm: bad arguments: {detail}"), detail=message), file=sys.stderr)
        raise SystemExit(EXIT_BAD_ARGS)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clubcrm", description=_(N_("Club membership system, command line.")))
    parser.add_argument("--version", action="version", version=f"clubcrm {__version__}")
    common = _Parser(add_help=False)
    common.add_argument("--db", type=Path, help=_(N_("database file (default: the data folder)")))
    common.add_argument("--lang", choices=preferences.LANGUAGES, help=_(N_("message language")))
    common.add_argument("--json", action="store_true", help=_(N_("machine-readable output")))
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = commands.add_parser("demo", parents=[common], help=_(N_("generate a demo club")))
    demo.add_argument("--members", type=_positive, default=2000, help=_(N_("number of members")))
    demo.add_argument("--months", type=_positive, default=12, help=_(N_("months of history")))
    demo.add_argument("--seed", type=int, default=1,
                      help=_(N_("random seed (same seed, same club)")))
    demo.set_defaults(run=_demo)

    members = commands.add_parser("members", help=_(N_("find and export members")))
    member_commands = members.add_subparsers(dest="members_command", required=True,
                                             parser_class=_Parser)
    search = member_commands.add_parser("search", parents=[common],
                                        help=_(N_("search like the reception search box")))
    search.add_argument("query", help=_(N_("phone, last 4 digits, member number, name or pinyin")))
    search.add_argument("--archived", action="store_true", help=_(N_("include archived members")))
    search.set_defaults(run=_search)
    export = member_commands.add_parser("export", parents=[common],
                                        help=_(N_("export members to Excel")))
    export.add_argument("file", type=Path, help=_(N_("the .xlsx file to write")))
    export.add_argument("--all", action="store_true", help=_(N_("include archived members")))
    export.set_defaults(run=_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    raw = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language_from(raw))
    try:
        args = build_parser().parse_args(raw)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return int(args.run(args))
    except ClubError as error:
        print(i18n.describe(error), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_USER_ERROR
    except Exception:
        log.exception("unexpected error in %s", raw)
        print(_(N_("Unexpected error; details are in the log folder: {folder}"),
                folder=str(paths.log_dir())), file=sys.stderr)
        return EXIT_USER_ERROR


def _language_from(argv: list[str]) -> str:
    """--lang is needed before the parser exists, since the parser's help is translated."""
    for index, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in preferences.LANGUAGES:
            return value
    return preferences.load().language


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(_(N_("must be a whole number above zero: {text}"),
                                           text=text))
    return value


def _open(args: argparse.Namespace, *, create: bool = False):  # -> Club
    from clubcrm.services.club import open_club  # keeps `--help` and `--version` instant

    path = args.db or paths.default_db_path()
    if not create and not Path(path).exists():
        raise ClubError(N_("There is no database at {path}."), path=str(path))
    return open_club(Path(path))


def _demo(args: argparse.Namespace) -> int:
    from clubcrm.services.demo import generate_demo

    club = _open(args, create=True)
    try:
        summary = generate_demo(club, members=args.members, months=args.months, seed=args.seed,
                                progress=None if args.json else _progress_printer())
    finally:
        club.close()
    if args.json:
        _print_json(asdict(summary))
    else:
        print(_(N_("Demo club ready: {members} members in {path}"), members=summary.members,
                path=str(club.db.path)))
    return EXIT_OK


def _progress_printer() -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return report


def _search(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise ValidationError(N_("Type something to search for."))
    club = _open(args)
    try:
        hits = club.search.search(args.query, include_archived=args.archived)
    finally:
        club.close()
    if args.json:
        _print_json([_hit_json(hit) for hit in hits])
    elif not hits:
        print(_(N_("No member matches {query}."), query=args.query))
    else:
        for hit in hits:
            m = hit.member
            print(f"{m.member_no}\t{m.name}\t{m.phone}\t{m.tier_name}\t"
                  f"{_(STATUS_TEXT[m.status])}")
    return EXIT_OK


STATUS_TEXT = {
    MemberStatus.ACTIVE: N_("Active"),
    MemberStatus.FROZEN: N_("Frozen"),
    MemberStatus.ARCHIVED: N_("Archived"),
    MemberStatus.MERGED: N_("Merged"),
}


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    m = hit.member
    return {
        "id": m.id,
        "member_no": m.member_no,
        "name": m.name,
        "phone": m.phone,
        "gender": m.gender.value,
        "tier": m.tier_name,
        "status": m.status.value,
        "joined_on": m.joined_on.isoformat(),
        "birthday": m.birthday.iso() if m.birthday else None,
        "match": hit.match.value,
        "matched_field": hit.field,
    }


def _export(args: argparse.Namespace) -> int:
    from clubcrm.services.member_export import MemberExport

    statuses = tuple(MemberStatus) if args.all else (
        MemberStatus.ACTIVE, MemberStatus.FROZEN, MemberStatus.ARCHIVED)
    club = _open(args)
    try:
        count = MemberExport(club.members).export(args.file, MemberFilter(statuses=statuses))
    finally:
        club.close()
    if args.json:
        _print_json({"file": str(args.file), "members": count})
    else:
        print(_(N_("Exported {count} members to {path}"), count=count, path=str(args.file)))
    return EXIT_OK


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    raise SystemExit(main())
