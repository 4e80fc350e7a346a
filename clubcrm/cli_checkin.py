"""`clubcrm checkin CARD_OR_PHONE`: check a member in exactly as the desk does
(same service, same rules, same alerts), for turnstiles, gates and scripts.

Exit status 0 checked in, 1 refused (the reason on stderr, or in the JSON),
2 bad arguments. A gate that retries passes the same `--key`: the retry gets
the first check-in back and nothing is charged twice.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from typing import Any

from clubcrm import i18n
from clubcrm.domain.cards import MONEY_METHODS, PAYMENT_METHOD_LABELS, Card, PaymentMethod
from clubcrm.domain.errors import ClubError, NotFound
from clubcrm.domain.money import format_money
from clubcrm.domain.translatable import N_
from clubcrm.domain.visits import (
    FIX_LABELS,
    MAX_GUESTS,
    Alert,
    CheckInRequest,
    RepeatVisit,
)

EXIT_OK, EXIT_REFUSED = 0, 1
_ = i18n.translate


def add_checkin_command(commands: Any, common: argparse.ArgumentParser, *,
                        open_club: Callable[[argparse.Namespace], Any],
                        print_json: Callable[[Any], None]) -> None:
    """Register `checkin` on the `clubcrm` parser (cli.py hands over how it opens
    a club and prints JSON, so both commands behave alike)."""
    checkin = commands.add_parser("checkin", parents=[common], help=_(N_(
        "check a member in, as the desk does (gates, turnstiles, scripts)")))
    checkin.add_argument("query", metavar="CARD_OR_PHONE", help=_(N_(
        "card number, member number, phone or its last digits")))
    checkin.add_argument("--card", metavar="CARD", help=_(N_(
        "the card to charge (its number); default: the member's default card")))
    checkin.add_argument("--guests", type=_guests, default=0, help=_(N_(
        "accompanying guests, each charged")))
    checkin.add_argument("--locker", default="", help=_(N_("locker or wristband number")))
    checkin.add_argument("--staff", metavar="NAME", help=_(N_(
        "the staff member serving (user name or display name), for commissions")))
    checkin.add_argument("--single-entry", choices=[m.value for m in MONEY_METHODS], help=_(N_(
        "a single entry paid this way instead of a card")))
    checkin.add_argument("--again", action="store_true", help=_(N_(
        "check in even if the member checked in a few minutes ago")))
    checkin.add_argument("--key", help=_(N_(
        "request number: a retry with the same number is not charged twice")))
    checkin.set_defaults(run=lambda args: _checkin(args, open_club, print_json))


def _guests(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_GUESTS:
        raise argparse.ArgumentTypeError(_(N_("guests are between 0 and 20: {text}"),
                                           text=text))
    return value


def _checkin(args: argparse.Namespace, open_club: Callable[[argparse.Namespace], Any],
             print_json: Callable[[Any], None]) -> int:
    club = open_club(args)
    try:
        try:
            request = _request(club, args)
            result = club.visits.check_in(request, key=args.key or uuid.uuid4().hex,
                                          operator=club.operator)
            result = club.visits.alerts_after(result, operator=club.operator)
        except ClubError as refusal:  # a refusal, an unknown card: nothing was charged
            return _refused(refusal, args, print_json)
    finally:
        club.close()
    if args.json:
        print_json(_result_json(result))
    else:
        print(_summary(result))
        for alert in result.alerts:
            print("  ! " + _alert_text(alert))
    return EXIT_OK


def _request(club: Any, args: argparse.Namespace) -> CheckInRequest:
    found = club.visits.find(args.query, operator=club.operator)
    if found.member_id is None:
        if found.hits:
            raise NotFound(N_("Several members match {query}: scan the card or give the "
                              "member number."), query=args.query)
        raise NotFound(N_("No member or card matches {query}."), query=args.query)
    card_id = found.card_id
    if args.card:
        card = club.cards.find_card(args.card)
        if card is None:
            raise NotFound(N_("There is no card {card}."), card=args.card)
        card_id = card.id
    single = PaymentMethod(args.single_entry) if args.single_entry else None
    staff = club.visits.staff_named(args.staff) if args.staff else None
    return CheckInRequest(found.member_id, card_id=None if single else card_id,
                          guests=args.guests, locker=args.locker, staff_id=staff, method=single,
                          single_entry=single is not None, confirm_repeat=args.again)


def _refused(error: ClubError, args: argparse.Namespace,
             print_json: Callable[[Any], None]) -> int:
    message = i18n.describe(error)
    if args.json:
        print_json({"ok": False, "reason": getattr(getattr(error, "reason", None), "value",
                                                   "repeat" if isinstance(error, RepeatVisit)
                                                   else "unknown"),
                    "message": message,
                    "fixes": [{"fix": fix.value, "label": _(FIX_LABELS[fix])}
                              for fix in getattr(error, "fixes", ())]})
    else:
        print(message, file=sys.stderr)
        fixes = getattr(error, "fixes", ())
        if fixes:
            print(_(N_("Possible: {fixes}"), fixes="; ".join(_(FIX_LABELS[fix])
                                                                for fix in fixes)),
                  file=sys.stderr)
    return EXIT_REFUSED


def _alert_text(alert: Alert) -> str:
    return _(alert.template, **alert.params)


def _holding(card: Card) -> dict[str, Any]:
    balances = card.balances
    return {"id": card.id, "card_no": card.card_no, "product": card.product.name,
            "kind": card.product.kind.value, "status": card.status.value,
            "balance_fen": balances.total_fen, "balance": format_money(balances.total_fen),
            "principal_fen": balances.principal_fen, "bonus_fen": balances.bonus_fen,
            "sessions": balances.sessions,
            "valid_until": card.valid_until.isoformat() if card.valid_until else None}


def _result_json(result: Any) -> dict[str, Any]:
    visit = result.visit
    return {
        "ok": True, "repeated": result.repeated, "operation": result.operation.number,
        "visit": {"id": visit.id, "at": visit.at.isoformat(timespec="seconds"),
                  "member_id": visit.member_id, "member_no": visit.member_no,
                  "name": visit.member_name, "service": visit.service_name,
                  "guests": visit.guests, "locker": visit.locker,
                  "served_by": visit.served_by or None},
        "charged": {"fen": visit.charge_fen, "text": format_money(visit.charge_fen),
                    "sessions": visit.sessions,
                    "method": visit.method.value if visit.method else None},
        "card": _holding(result.card) if result.card else None,
        "alerts": [{"kind": alert.kind.value, "message": _alert_text(alert),
                    **{k: v for k, v in alert.params.items()}} for alert in result.alerts],
    }


def _summary(result: Any) -> str:
    visit = result.visit
    line = _(N_("Checked in: {name} ({member_no})"),
             name=visit.member_name or _(N_("Walk-in visitor")), member_no=visit.member_no or "—")
    if result.card is not None:
        card = result.card
        line += "  " + _(N_("card {card}: {balance}, {sessions} sessions"), card=card.card_no,
                         balance=format_money(card.balances.total_fen),
                         sessions=card.balances.sessions)
    if visit.charge_fen:
        method = _(PAYMENT_METHOD_LABELS[visit.method]) if visit.method else ""
        line += "  " + _(N_("charged {amount} {method}"), amount=format_money(visit.charge_fen),
                         method=method)
    if result.repeated:
        line += "  " + _(N_("(already done: nothing charged again)"))
    return line
