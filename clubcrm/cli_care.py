"""`clubcrm care`: today's open care tasks, as reception's home screen lists
them — birthdays this week, cards ending within 30 days, low balances and few
sessions, dormant and churning members to call back — for a printout or a
script. Phones are masked unless the signed-in role sees them in full.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from clubcrm import i18n
from clubcrm.domain.care import (
    CALL_BACK_KINDS,
    CARE_KINDS,
    KIND_LABELS,
    CareKind,
    CareTask,
    MemberValue,
)
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_

EXIT_OK = 0
_ = i18n.translate


def add_care_command(commands: Any, common: argparse.ArgumentParser, *,
                     open_club: Callable[[argparse.Namespace], Any],
                     print_json: Callable[[Any], None]) -> None:
    """Register `care` on the `clubcrm` parser (cli.py hands over how it opens
    a club and prints JSON)."""
    care = commands.add_parser("care", parents=[common], help=_(N_(
        "today's care tasks: birthdays, expiring cards, low balances, members to call back")))
    care.add_argument("--kind", choices=[kind.value for kind in CARE_KINDS], action="append",
                      help=_(N_("only these lists (repeat for several)")))
    care.set_defaults(run=lambda args: _care(args, open_club, print_json))


def _care(args: argparse.Namespace, open_club: Callable[[argparse.Namespace], Any],
          print_json: Callable[[Any], None]) -> int:
    wanted = [CareKind(kind) for kind in args.kind] if args.kind else list(CARE_KINDS)
    today = date.today()
    club = open_club(args)
    try:
        lists: dict[CareKind, list[CareTask]] = club.care.open_tasks(today,
                                                                     operator=club.operator)
        values: dict[int, MemberValue] = {}
        if any(kind in CALL_BACK_KINDS for kind in wanted):  # seconds on a big club
            found = club.care.call_backs(today, operator=club.operator, valued=[
                task.member_id for kind in wanted for task in lists.get(kind, [])])
            lists |= {CareKind.DORMANT: found.dormant, CareKind.CHURNING: found.churning}
            values = found.values
    finally:
        club.close()
    if args.json:
        print_json({"date": today.isoformat(),
                    "tasks": {kind.value: [_task_json(task, values) for task in lists[kind]]
                              for kind in wanted}})
    else:
        for kind in wanted:
            print(_(N_("{list} ({count})"), list=_(KIND_LABELS[kind]), count=len(lists[kind])))
            for task in lists[kind]:
                print(f"  {task.member_no}\t{task.name}\t{task.phone}\t{_text(task)}"
                      f"\t{_value_text(values.get(task.member_id))}".rstrip())
    return EXIT_OK


def _text(task: CareTask) -> str:
    return _(task.template, **task.params)


def _value_text(value: MemberValue | None) -> str:
    return f"{format_money(value.spend_fen)} {value.grade}" if value else ""


def _task_json(task: CareTask, values: dict[int, MemberValue]) -> dict[str, Any]:
    value = values.get(task.member_id)
    return {"kind": task.kind.value, "member_id": task.member_id, "occasion": task.occasion,
            "member_no": task.member_no, "name": task.name, "phone": task.phone,
            "marketing_consent": task.marketing_consent, "what": _text(task),
            "spend_fen": value.spend_fen if value else None,
            "grade": value.grade if value else None}
