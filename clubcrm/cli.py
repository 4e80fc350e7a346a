"""The `clubcrm` command: the same services as the GUI, without Qt.

Exit status: 0 success, 1 a user error (one line in the user's language),
2 bad arguments.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

from clubcrm import __version__, i18n, paths, preferences
from clubcrm.cli_care import add_care_command
from clubcrm.cli_checkin import add_checkin_command
from clubcrm.cli_import import add_import_commands
from clubcrm.cli_report import add_report_commands
from clubcrm.cli_segment import add_segment_command
from clubcrm.domain.errors import ClubError, ValidationError
from clubcrm.domain.member import MemberFilter, MemberStatus, SearchHit
from clubcrm.domain.translatable import N_
from clubcrm.logs import setup_logging

log = logging.getLogger("clubcrm.cli")
_ = i18n.translate

EXIT_OK, EXIT_USER_ERROR, EXIT_BAD_ARGS = 0, 1, 2
PASSWORD_ENV = "CLUBCRM_PASSWORD"


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
    common.add_argument("--user", metavar="NAME", help=_(N_(
        "sign in as this staff member (password from CLUBCRM_PASSWORD, or asked for)")))
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
    export.add_argument("--marketing", action="store_true",
                        help=_(N_("only members who consented to marketing")))
    export.set_defaults(run=_export)
    add_checkin_command(commands, common, open_club=_open, print_json=_print_json)
    add_care_command(commands, common, open_club=_open, print_json=_print_json)
    _add_backup_commands(commands, common)
    add_import_commands(commands, common, open_club=_open, parser_class=_Parser)
    add_segment_command(commands, common, open_club=_open)
    add_report_commands(commands, common, open_club=_open, print_json=_print_json,
                        parser_class=_Parser)
    return parser


def _add_backup_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", parents=[common],
                                 help=_(N_("back up the club database now")))
    backup.add_argument("dest", nargs="?", type=Path, help=_(N_(
        "a folder, or a file name ending in .sqlite (default: the backup folder)")))
    backup.set_defaults(run=_backup)
    restore = commands.add_parser("restore", parents=[common], help=_(N_(
        "replace the club database with a backup (the current one is kept as a safety copy)")))
    restore.add_argument("file", type=Path, help=_(N_("the backup file")))
    restore.set_defaults(run=_restore)
    verify = commands.add_parser("verify", parents=[common],
                                 help=_(N_("check the club database for damage")))
    verify.add_argument("--full", action="store_true", help=_(N_(
        "also match every index entry to its row and check every reference in the ledger "
        "(slower)")))
    verify.set_defaults(run=_verify)


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
    except BrokenPipeError:  # `clubcrm segment --json | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
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
    club = open_club(Path(path))
    try:
        _sign_in(club, args.user)
    except BaseException:
        club.close()
        raise
    return club


def _sign_in(club: Any, user: str | None) -> None:
    """`--user` signs in; without it the default owner account is used, but only
    while no account has a password (new clubs and scripts from before logins)."""
    if user:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = getpass.getpass(_(N_("Password for {user}: "), user=user))
        club.operator = club.staff.authenticate(user, password).id
    elif club.staff.login_required():
        raise ClubError(N_("This club has staff accounts: add --user NAME "
                           "(the password is read from CLUBCRM_PASSWORD or asked for)."))


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
        hits = club.search.search(args.query, operator=club.operator,
                                  include_archived=args.archived)
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
        count = MemberExport(club.db, club.members).export(
            args.file, MemberFilter(statuses=statuses), operator=club.operator,
            marketing=args.marketing)
    finally:
        club.close()
    if args.json:
        _print_json({"file": str(args.file), "members": count})
    else:
        print(_(N_("Exported {count} members to {path}"), count=count, path=str(args.file)))
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from clubcrm.services.backup import BackupService

    club = _open(args)
    try:
        info = BackupService(club.db, club.settings).backup(
            args.dest, operator=club.operator,
            progress=None if args.json else _progress_printer())
    finally:
        club.close()
    if args.json:
        _print_json({"file": str(info.path), "size": info.size, "taken_at": info.taken_at,
                     "verified": info.verified})
    else:
        print(_(N_("Backup written and verified: {path} ({size} MB)"), path=str(info.path),
                size=f"{info.size / 1_000_000:.1f}"))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from clubcrm.services.app_lock import exclusive_use
    from clubcrm.services.backup import BackupService
    from clubcrm.services.club import open_club
    from clubcrm.services.restore import restore

    path = Path(args.db or paths.default_db_path())
    with exclusive_use(path):
        by = _authorise_restore(args, path)
        info = restore(args.file, db_path=path,
                       progress=None if args.json else _progress_printer())
        club = open_club(path)  # as the app will open it: an older backup is upgraded
        try:
            BackupService(club.db, club.settings).record_restore(info, by=by)
        finally:
            club.close()
    if args.json:
        _print_json({"file": str(path), "restored_from": str(info.restored_from),
                     "safety_copy": str(info.safety_copy) if info.safety_copy else None})
    elif info.safety_copy:
        print(_(N_("Restored {backup} to {path}; the data it replaced is kept in {copy}"),
                backup=str(info.restored_from), path=str(path), copy=str(info.safety_copy)))
    else:
        print(_(N_("Restored {backup} to {path}"), backup=str(info.restored_from),
                path=str(path)))
    return EXIT_OK


def _authorise_restore(args: argparse.Namespace, path: Path) -> str:
    """Only the owner restores; who that was is returned for the audit log. A
    database too damaged to open cannot check anyone: the computer's user is named."""
    from clubcrm.domain.errors import DatabaseDamaged
    from clubcrm.services.backup import BackupService

    if not path.exists():
        return getpass.getuser()
    try:
        club = _open(args)
    except DatabaseDamaged:
        return getpass.getuser()
    try:
        BackupService(club.db, club.settings).require_restore(operator=club.operator)
        return club.current_actor().username
    finally:
        club.close()


def _verify(args: argparse.Namespace) -> int:
    """SQLite's integrity, the schema revision, the ledger against the balances
    and its hash chain, references; the first problem is named."""
    from clubcrm.services.verification import DATABASE_CHECKS, FULL_CHECKS, verify_file

    path = Path(args.db or paths.default_db_path())
    problems = verify_file(path, checks=FULL_CHECKS if args.full else DATABASE_CHECKS)
    if args.json:
        _print_json({"file": str(path), "ok": not problems,
                     "problems": [i18n.describe(problem) for problem in problems]})
    elif problems:
        print(i18n.describe(problems[0]), file=sys.stderr)
    else:
        print(_(N_("{path} passed every check."), path=str(path)))
    return EXIT_USER_ERROR if problems else EXIT_OK


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    raise SystemExit(main())
