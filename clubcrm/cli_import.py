"""`clubcrm import members|history|undo|list|template`: legacy import from the
command line, with the same services as the import wizard.

`--json` prints the summary: counts, the batch id, and each rejected or
duplicate row with its file row number, a stable reason code and a message.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clubcrm import i18n
from clubcrm.domain.translatable import N_

if TYPE_CHECKING:  # the services import SQLAlchemy: loaded when a command runs, not at start
    from clubcrm.io.table_reader import ReadLimits
    from clubcrm.services.import_preview import Preview

_ = i18n.translate
EXIT_OK = 0
OpenClub = Callable[..., Any]  # clubcrm.cli._open(args, create=...)


def add_import_commands(commands: Any, common: argparse.ArgumentParser, *,
                        open_club: OpenClub, parser_class: type) -> None:
    """Register `import ...` (called by `clubcrm.cli.build_parser`)."""
    group = commands.add_parser("import", help=_(N_("import members or history from Excel "
                                                    "or CSV")))
    sub = group.add_subparsers(dest="import_command", required=True, parser_class=parser_class)
    for name, help_text, run in (
            ("members", N_("import a member list (balances, sessions, points, expiry)"),
             _members),
            ("history", N_("import consumption history (does not change balances)"),
             _history)):
        command = sub.add_parser(name, parents=[common], help=_(help_text))
        command.add_argument("file", type=Path, help=_(N_("the .xlsx, .xls or .csv file")))
        command.add_argument("--sheet", help=_(N_("the sheet to read (default: the first)")))
        command.add_argument("--encoding", help=_(N_("the CSV encoding (default: detected)")))
        command.add_argument("--mapping", type=Path, help=_(N_(
            "a JSON file of column header: field")))
        command.add_argument("--dry-run", action="store_true",
                             help=_(N_("check the file and report; write nothing")))
        command.add_argument("--max-rows", type=int, help=_(N_("refuse files with more rows")))
        command.add_argument("--rejected", type=Path, help=_(N_(
            "write the rejected rows to this .xlsx file, with the reason")))
        command.set_defaults(run=lambda args, run=run: run(args, open_club))
        if name == "members":
            command.add_argument(
                "--tier-map", action="append", default=[], metavar=_(N_("FILE_TIER=TIER")),
                help=_(N_("import the file's tier FILE_TIER as the club's tier TIER (TIER "
                          "empty: no tier); may be repeated")))
            command.add_argument(
                "--guardian-consent", action="store_true",
                help=_(N_("the guardians of the members under 14 in the file have consented "
                          "to their data being kept (recorded with your name)")))
    undo = sub.add_parser("undo", parents=[common], help=_(N_("undo an import batch")))
    undo.add_argument("batch", type=int, help=_(N_("the batch number")))
    undo.set_defaults(run=lambda args: _undo(args, open_club))
    listing = sub.add_parser("list", parents=[common], help=_(N_("list the import batches")))
    listing.set_defaults(run=lambda args: _list(args, open_club))
    template = sub.add_parser("template", parents=[common],
                              help=_(N_("write the member import template (.xlsx)")))
    template.add_argument("file", type=Path, help=_(N_("the .xlsx file to write")))
    template.set_defaults(run=_template)


def _service(club: Any) -> Any:
    from clubcrm.services.imports import ImportService  # keeps `--help` instant

    return ImportService(club.db)


def _limits(args: argparse.Namespace, default: int) -> ReadLimits:
    from clubcrm.io.table_reader import ReadLimits

    return ReadLimits(max_rows=args.max_rows or default)


def _members(args: argparse.Namespace, open_club: OpenClub) -> int:
    from clubcrm.services.import_mapping import read_mapping_file
    from clubcrm.services.imports import ImportOptions

    names = read_mapping_file(args.mapping) if args.mapping else None
    club = open_club(args, create=True)  # a club adopting clubcrm starts with an import
    try:
        service = _service(club)
        layout = service.open(args.file, sheet=args.sheet, encoding=args.encoding,
                              mapping_names=names, limits=_limits(args, 200_000))
        options = ImportOptions(tiers=_tier_map(args.tier_map, service.tiers()),
                                guardian_consent=args.guardian_consent)
        preview = service.preview(layout, options=options, operator=club.operator)
        commit = not args.dry_run and preview.has_work()
        result = service.commit(preview, operator=club.operator) if commit else None
        if args.rejected:
            service.export_rejected(preview, args.rejected)
    finally:
        club.close()
    summary = members_summary(preview, result.batch_id if result else None, args.dry_run)
    if args.json:
        _print_json(summary)
    else:
        _print_members(summary, args.dry_run)
    return EXIT_OK


def _tier_map(pairs: list[str], tiers: list[tuple[int, str]]) -> dict[str, int | None]:
    """`--tier-map 钻石卡=金卡` as {file tier: club tier id}; `VIP=`: no tier."""
    from clubcrm.domain.errors import ValidationError

    by_name = {name: tier_id for tier_id, name in tiers}
    chosen: dict[str, int | None] = {}
    for pair in pairs:
        source, equals, target = pair.partition("=")
        if not equals or not source.strip():
            raise ValidationError(N_("Write --tier-map as FILE_TIER=TIER: {text}"), text=pair)
        target = target.strip()
        if target and target not in by_name:
            raise ValidationError(N_("The club has no tier {tier} (its tiers: {tiers})."),
                                  tier=target, tiers=", ".join(by_name) or "-")
        chosen[source.strip()] = by_name[target] if target else None
    return chosen


def members_summary(preview: Preview, batch_id: int | None, dry_run: bool) -> dict[str, Any]:
    from clubcrm.services.import_files import describe_problems
    from clubcrm.services.import_rows import Action

    counts = preview.counts()
    rejected = [{"row": row.row_no, "code": next(p.code for p in row.problems if not p.warning),
                 "codes": [p.code for p in row.problems if not p.warning],
                 "message": describe_problems(row.problems)}
                for row in preview.rows if row.action is Action.REJECT]
    duplicates = []
    for group in preview.groups:
        for index in group.rows:
            row = preview.rows[index]
            existing = group.existing
            duplicates.append({
                "row": row.row_no, "group": group.id, "action": row.action.value,
                "code": "duplicate_of_member" if existing else "duplicate_in_file",
                "message": _duplicate_message(preview, group.rows[0], existing, group.reason)})
    return {"file": preview.file_name, "sheet": preview.sheet, "dry_run": dry_run,
            "batch": batch_id, "imported_before": preview.imported_before,
            "nothing_to_import": not preview.has_work(),
            "unmapped_tiers": preview.unmapped_tiers(),
            "counts": {"rows": counts.rows, "new": counts.new, "merged": counts.attached,
                       "duplicates": counts.duplicates, "skipped": counts.skipped,
                       "rejected": counts.rejected, "warnings": counts.warnings,
                       "cards": counts.cards},
            "rejected": rejected, "duplicates": duplicates}


def _duplicate_message(preview: Preview, first: int, existing: Any, reason: str) -> str:
    if existing is not None:
        return _(N_("Same {what} as member {member_no} ({name}) already in the club"),
                 what=_(_REASONS[reason]), member_no=existing.member_no, name=existing.name)
    return _(N_("Same {what} as row {row} of the file"), what=_(_REASONS[reason]),
             row=preview.rows[first].row_no)


_REASONS = {"phone": N_("phone"), "member_no": N_("member number")}


def _print_members(summary: dict[str, Any], dry_run: bool) -> None:
    counts = summary["counts"]
    for item in summary["rejected"]:
        print(_(N_("Row {row}: {message}"), row=item["row"], message=item["message"]))
    if summary["imported_before"]:
        print(_(N_("This file was imported before (batch {batches}); its members are "
                   "skipped as duplicates."),
                batches=", ".join(str(b) for b in summary["imported_before"])))
    if summary["unmapped_tiers"]:
        print(_(N_("Tiers the club does not have, imported without a tier (map them with "
                   "--tier-map FILE_TIER=TIER): {tiers}"), tiers=", ".join(
            f"{name} ({rows})" for name, rows in summary["unmapped_tiers"].items())))
    if dry_run:
        template = N_("Dry run, nothing written: {new} new members, {merged} merged, {skipped} "
                      "duplicates skipped, {rejected} rows rejected.")
    elif summary["nothing_to_import"]:
        template = N_("Nothing imported, no batch made: {skipped} duplicates skipped, "
                      "{rejected} rows rejected.")
    else:
        template = N_("Imported batch {batch}: {new} new members, {merged} merged, {cards} "
                      "cards; {skipped} duplicates skipped, {rejected} rows rejected.")
    print(_(template, batch=summary["batch"], new=counts["new"], merged=counts["merged"],
            cards=counts["cards"], skipped=counts["skipped"], rejected=counts["rejected"]))


def _history(args: argparse.Namespace, open_club: OpenClub) -> int:
    from clubcrm.services.import_mapping import read_mapping_file

    names = read_mapping_file(args.mapping) if args.mapping else None
    club = open_club(args)
    try:
        result = _service(club).history(
            args.file, operator=club.operator, sheet=args.sheet, encoding=args.encoding,
            mapping_names=names, dry_run=args.dry_run, limits=_limits(args, 2_000_000))
    finally:
        club.close()
    rejected = [{"row": r.row_no, "code": r.code, "message": _(r.template, **r.params)}
                for r in result.rejected]
    if args.rejected:
        from clubcrm.services.import_files import write_history_rejected

        write_history_rejected(result, args.rejected)
    if args.json:
        _print_json({"file": args.file.name, "dry_run": args.dry_run, "batch": result.batch_id,
                     "counts": {"rows": result.rows, "imported": result.imported,
                                "rejected": len(rejected)}, "rejected": rejected})
        return EXIT_OK
    for item in rejected[:50]:
        print(_(N_("Row {row}: {message}"), row=item["row"], message=item["message"]))
    if args.dry_run:
        template = N_("Dry run, nothing written: {imported} of {rows} history rows can be "
                      "imported, {rejected} rejected.")
    elif result.batch_id is None:
        template = N_("Nothing imported, no batch made: {rejected} of {rows} history rows "
                      "rejected.")
    else:
        template = N_("Imported batch {batch}: {imported} of {rows} history rows; {rejected} "
                      "rejected.")
    print(_(template, batch=result.batch_id, imported=result.imported, rows=result.rows,
            rejected=len(rejected)))
    return EXIT_OK


def _undo(args: argparse.Namespace, open_club: OpenClub) -> int:
    club = open_club(args)
    try:
        result = _service(club).undo(args.batch, operator=club.operator)
    finally:
        club.close()
    if args.json:
        _print_json({"batch": result.batch_id, "members_archived": result.members_archived,
                     "cards_closed": result.cards_closed, "ledger_rows": result.ledger_rows,
                     "history_rows": result.history_rows})
    else:
        print(_(N_("Import batch {batch} undone: {members} members archived, {cards} cards "
                   "closed, {history} history rows removed."), batch=result.batch_id,
                members=result.members_archived, cards=result.cards_closed,
                history=result.history_rows))
    return EXIT_OK


def _list(args: argparse.Namespace, open_club: OpenClub) -> int:
    club = open_club(args)
    try:
        batches = _service(club).batches(operator=club.operator)
    finally:
        club.close()
    if args.json:
        _print_json([{"batch": b.id, "kind": b.kind, "file": b.file_name, "at": b.at,
                      "operator": b.operator, "rows": b.rows_total, "imported": b.rows_imported,
                      "rejected": b.rows_rejected, "members": b.members_created,
                      "cards": b.cards_created, "undone_at": b.undone_at} for b in batches])
        return EXIT_OK
    for b in batches:
        state = _(N_("undone")) if b.undone_at else ""
        print(f"{b.id}\t{b.kind}\t{b.at:%Y-%m-%d %H:%M}\t{b.file_name}\t{b.rows_imported}/"
              f"{b.rows_total}\t{b.operator}\t{state}")
    return EXIT_OK


def _template(args: argparse.Namespace) -> int:
    from clubcrm.services.import_files import write_template

    write_template(args.file)
    print(_(N_("Template written: {path}"), path=str(args.file)))
    return EXIT_OK


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str), file=sys.stdout)
