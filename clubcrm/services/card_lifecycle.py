"""Card operations besides selling and spending: reversal, adjustment,
freeze/unfreeze, extension, lost-card replacement, closing, expiry, points
redemption. Each returns the `Request` and the plan the runner executes, so
`CardService` stays a thin list of what a user can do."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from clubcrm.db import cards as cards_db
from clubcrm.db.models import CardHolderRow, CardRow, LedgerRow
from clubcrm.domain.cards import Card, CardStatus, PaymentMethod
from clubcrm.domain.errors import NotFound, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import NOT_REVERSIBLE, LedgerKind, LedgerLine
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services import card_rules as rules
from clubcrm.services.operations import Context, Plan, Request, post_within

MAX_EXTEND_DAYS = 3650
LIVE = (CardStatus.ACTIVE, CardStatus.FROZEN)


def reverse(ledger_id: int, reason: str) -> tuple[Request, Plan]:
    """Cancel a mistaken operation (manager only): one reversal row for each row
    of the operation `ledger_id` belongs to, each negating every figure."""
    note = rules.required_reason(reason)

    def plan(context: Context) -> None:
        post_reversal(context, ledger_id, note)

    return Request("reverse", {"row": ledger_id, "reason": note},
                   permission=Permission.REVERSE), plan


def post_reversal(context: Context, ledger_id: int, note: str) -> None:
    """Inside a running operation: reverse every row of the operation
    `ledger_id` belongs to (also used to undo a check-in at the desk)."""
    session = context.session
    originals = _operation_rows(session, ledger_id)
    lines = [_reversal_line(row, note) for row in originals]
    sold = {row.card_id for row in originals if row.kind == LedgerKind.OPEN.value}
    for card_id in {line.card_id for line in lines if line.card_id is not None}:
        card = rules.load_card(session, card_id)
        rules.require_status(card, *LIVE, CardStatus.EXPIRED)
        mine = [line for line in lines if line.card_id == card_id]
        _require_not_negative(card, mine)
        if card_id in sold:
            _require_emptied(card, mine)
    _require_points_cover(session, lines)
    context.post(lines)
    for row in originals:
        if row.kind == LedgerKind.OPEN.value and row.card_id is not None:
            set_status(session, row.card_id, CardStatus.CLOSED)


def _operation_rows(session: Session, ledger_id: int) -> list[LedgerRow]:
    row = session.get(LedgerRow, ledger_id)
    if row is None:
        raise NotFound(N_("There is no such ledger row."))
    rows = list(session.scalars(select(LedgerRow).where(LedgerRow.op_id == row.op_id)
                                .order_by(LedgerRow.line)))
    for original in rows:
        if LedgerKind(original.kind) in NOT_REVERSIBLE:
            raise ValidationError(N_("Row {row} cannot be reversed (a reversal, a refund, an "
                                     "expiry or a change of the card's state is corrected by "
                                     "its own operation)."), row=original.id)
        if session.scalar(select(LedgerRow.id).where(LedgerRow.reverses_id == original.id)):
            raise ValidationError(N_("Row {row} was already reversed."), row=original.id)
    return rows


def _reversal_line(row: LedgerRow, reason: str) -> LedgerLine:
    return LedgerLine(
        LedgerKind.REVERSAL, row.card_id, row.member_id,
        principal_delta=-row.principal_delta, bonus_delta=-row.bonus_delta,
        sessions_delta=-row.sessions_delta, days_delta=-row.days_delta,
        points_delta=-row.points_delta, paid_fen=-row.paid_fen,
        method=PaymentMethod(row.method) if row.method else None, list_fen=-row.list_fen,
        discount_fen=-row.discount_fen, service_id=row.service_id, quantity=-row.quantity,
        served_member_id=row.served_member_id, reverses_id=row.id, reason=reason)


def _require_not_negative(card: Card, lines: list[LedgerLine]) -> None:
    held = card.balances
    if (held.principal_fen + sum(line.principal_delta for line in lines) < 0
            or held.bonus_fen + sum(line.bonus_delta for line in lines) < 0
            or held.sessions + sum(line.sessions_delta for line in lines) < 0):
        raise ValidationError(N_("Card {card} no longer holds what this would take back "
                                 "(it was spent since)."), card=card.card_no)


def _require_emptied(card: Card, lines: list[LedgerLine]) -> None:
    """Reversing a sale closes the card: only while nothing else is on it, or
    money put on it later would be stranded on a closed card."""
    held = card.balances
    if (held.principal_fen + sum(line.principal_delta for line in lines)
            or held.bonus_fen + sum(line.bonus_delta for line in lines)
            or held.sessions + sum(line.sessions_delta for line in lines)):
        raise ValidationError(N_("Card {card} was used or recharged after it was sold: "
                                 "reverse those first, or refund the card."),
                              card=card.card_no)


def _require_points_cover(session: Session, lines: list[LedgerLine]) -> None:
    members = {line.member_id for line in lines if line.points_delta and line.member_id}
    for member_id in members:
        change = sum(line.points_delta for line in lines if line.member_id == member_id)
        if cards_db.points_of(session, member_id) + change < 0:
            raise ValidationError(N_("The member has already used the points this would "
                                     "take back."))


def adjust(card_id: int | None, member_id: int | None, *, principal_fen: int = 0,
           bonus_fen: int = 0, sessions: int = 0, points: int = 0,
           reason: str) -> tuple[Request, Plan]:
    """Correct a balance by hand (owner only), with the reason kept on the row."""
    note = rules.required_reason(reason)
    if not any((principal_fen, bonus_fen, sessions, points)):
        raise ValidationError(N_("Enter at least one change."), field="amount")

    def plan(context: Context) -> None:
        session = context.session
        owner = member_id
        if card_id is not None:
            card = rules.load_card(session, card_id)
            rules.require_status(card, *LIVE)
            line = LedgerLine(LedgerKind.ADJUST, card.id, card.member_id,
                              principal_delta=principal_fen, bonus_delta=bonus_fen,
                              sessions_delta=sessions, points_delta=points, reason=note)
            _require_not_negative(card, [line])
        elif owner is not None:
            rules.require_active_member(session, owner)
            if principal_fen or bonus_fen or sessions:
                raise ValidationError(N_("Choose the card whose balance you correct."),
                                      field="card")
            line = LedgerLine(LedgerKind.ADJUST, None, owner, points_delta=points, reason=note)
        else:
            raise ValidationError(N_("Choose the card whose balance you correct."),
                                  field="card")
        _require_points_cover(session, [line])
        context.post([line])

    params = {"card": card_id, "member": member_id, "p": principal_fen, "b": bonus_fen,
              "s": sessions, "points": points, "reason": note}
    amount = max(abs(principal_fen), abs(bonus_fen))
    return Request("adjust", params, permission=Permission.ADJUST_BALANCE,
                   amount_fen=amount), plan


def freeze(card_id: int, reason: str, today: date) -> tuple[Request, Plan]:
    note = rules.optional_reason(reason)

    def plan(context: Context) -> None:
        card = rules.load_card(context.session, card_id)
        rules.require_usable(card, today)
        context.post([LedgerLine(LedgerKind.FREEZE, card.id, card.member_id, reason=note)])
        set_status(context.session, card.id, CardStatus.FROZEN, frozen_on=today)

    return Request("freeze", {"card": card_id, "reason": note}), plan


def unfreeze(card_id: int, reason: str, today: date) -> tuple[Request, Plan]:
    """Unfreeze; a card with a validity gets the frozen days back."""
    note = rules.optional_reason(reason)

    def plan(context: Context) -> None:
        card = rules.load_card(context.session, card_id)
        rules.require_status(card, CardStatus.FROZEN)
        frozen_since = card.frozen_on or today
        days = max(0, (today - frozen_since).days) if card.valid_until is not None else 0
        context.post([LedgerLine(LedgerKind.UNFREEZE, card.id, card.member_id,
                                 days_delta=days, reason=note)])
        set_status(context.session, card.id, CardStatus.ACTIVE, frozen_on=None)

    return Request("unfreeze", {"card": card_id, "reason": note}), plan


def extend(card_id: int, days: int, reason: str) -> tuple[Request, Plan]:
    note = rules.required_reason(reason)
    if not isinstance(days, int) or not 1 <= days <= MAX_EXTEND_DAYS:
        raise ValidationError(N_("Extend by 1 to 3650 days."), field="days")

    def plan(context: Context) -> None:
        card = rules.load_card(context.session, card_id)
        rules.require_status(card, *LIVE)
        if card.valid_until is None:
            raise ValidationError(N_("Card {card} has no end date to extend."),
                                  card=card.card_no)
        context.post([LedgerLine(LedgerKind.EXTEND, card.id, card.member_id, days_delta=days,
                                 reason=note)])

    return Request("extend", {"card": card_id, "days": days, "reason": note}), plan


def replace(card_id: int, new_card_no: str, reason: str) -> tuple[Request, Plan]:
    """A lost card: a new number takes over balances, validity, freeze and
    family members; the old card keeps its history, marked replaced."""
    number = rules.normalize_card_no(new_card_no)
    note = rules.optional_reason(reason)

    def plan(context: Context) -> None:
        session = context.session
        card = rules.load_card(session, card_id)
        rules.require_status(card, *LIVE)
        if rules.card_no_taken(session, number):
            raise ValidationError(N_("Card number {card} is already in use."),
                                  field="card_no", card=number)
        held = card.balances
        days = (card.valid_until - card.valid_from).days + 1 \
            if card.valid_from and card.valid_until else 0
        new_id = session.execute(insert(CardRow).values(
            card_no=number, product_id=card.product.id, member_id=card.member_id,
            status=card.status.value, principal_fen=0, bonus_fen=0, sessions=0,
            valid_from=card.valid_from if days else None, valid_until=None,
            frozen_on=card.frozen_on, opened_at=context.at).returning(CardRow.id)).scalar_one()
        context.post([
            LedgerLine(LedgerKind.REPLACE, card.id, card.member_id,
                       principal_delta=-held.principal_fen, bonus_delta=-held.bonus_fen,
                       sessions_delta=-held.sessions, reason=note),
            LedgerLine(LedgerKind.REPLACE, new_id, card.member_id,
                       principal_delta=held.principal_fen, bonus_delta=held.bonus_fen,
                       sessions_delta=held.sessions, days_delta=days, reason=note),
        ])
        session.execute(update(CardHolderRow).where(CardHolderRow.card_id == card.id)
                        .values(card_id=new_id))
        set_status(session, card.id, CardStatus.REPLACED, replaced_by_id=new_id,
                    frozen_on=None)

    return Request("replace", {"card": card_id, "new": number, "reason": note}), plan


def close(card_id: int, reason: str) -> tuple[Request, Plan]:
    note = rules.optional_reason(reason)

    def plan(context: Context) -> None:
        card = rules.load_card(context.session, card_id)
        rules.require_status(card, *LIVE, CardStatus.EXPIRED)
        if card.balances.total_fen or card.balances.sessions:
            raise ValidationError(N_("Card {card} still holds a balance or sessions: refund or "
                                     "transfer them first."), card=card.card_no)
        context.post([LedgerLine(LedgerKind.CLOSE, card.id, card.member_id, reason=note)])
        set_status(context.session, card.id, CardStatus.CLOSED, frozen_on=None)

    return Request("close", {"card": card_id, "reason": note}), plan


def expire(card_id: int, today: date) -> tuple[Request, Plan]:
    """A card past its end date: what it still holds is forfeited (an `expire`
    row, so the prepaid liability report sees it leave)."""

    def plan(context: Context) -> None:
        card = rules.load_card(context.session, card_id)
        if card.status is not CardStatus.ACTIVE or card.valid_until is None \
                or card.valid_until >= today:
            raise ValidationError(N_("Card {card} has not expired."), card=card.card_no)
        held = card.balances
        context.post([LedgerLine(LedgerKind.EXPIRE, card.id, card.member_id,
                                 principal_delta=-held.principal_fen,
                                 bonus_delta=-held.bonus_fen, sessions_delta=-held.sessions)])
        set_status(context.session, card.id, CardStatus.EXPIRED)

    return Request("expire", {"card": card_id, "on": today}), plan


def due_to_expire(session: Session, today: date) -> list[tuple[int, date]]:
    return [(row[0], row[1]) for row in session.execute(
        select(CardRow.id, CardRow.valid_until).where(
            CardRow.status == CardStatus.ACTIVE.value, CardRow.valid_until < today))]


def redeem(member_id: int, points: int, gift: str) -> tuple[Request, Plan]:
    """Points exchanged for a gift."""
    note = rules.required_reason(gift)
    if not isinstance(points, int) or points <= 0:
        raise ValidationError(N_("Enter a number of points above zero."), field="points")

    def plan(context: Context) -> None:
        rules.require_active_member(context.session, member_id)
        line = LedgerLine(LedgerKind.REDEEM, None, member_id, points_delta=-points,
                          method=PaymentMethod.POINTS, reason=note)
        if cards_db.points_of(context.session, member_id) < points:
            raise ValidationError(N_("Not enough points: {needed} are needed, the member has "
                                     "{points}."), field="points", needed=points,
                                  points=cards_db.points_of(context.session, member_id))
        context.post([line])

    return Request("redeem", {"member": member_id, "points": points, "gift": note}), plan


def share(session: Session, card_id: int, member_id: int, *, add: bool) -> Card:
    """Let a family member use the card, or stop them (not money: no ledger row)."""
    card = rules.load_card(session, card_id)
    rules.require_status(card, *LIVE)
    if add:
        rules.require_active_member(session, member_id)
        if member_id == card.member_id:
            raise ValidationError(N_("The card's owner can always use it."), field="member")
        if member_id not in card.holders:
            session.execute(insert(CardHolderRow).values(card_id=card_id, member_id=member_id))
    else:
        session.execute(CardHolderRow.__table__.delete().where(
            CardHolderRow.card_id == card_id, CardHolderRow.member_id == member_id))
    return card


def set_status(session: Session, card_id: int, status: CardStatus, **values: object) -> None:
    """A card's state (not its balances, which only ledger rows change)."""
    session.execute(update(CardRow).where(CardRow.id == card_id)
                    .values(status=status.value, **values))


def move_to_member(session: Session, from_id: int, to_id: int, *, operator: StaffId
                   ) -> dict[str, int]:
    """A merge of member records: the duplicate's cards, family-card rights and
    points go to the survivor. Points move by a ledger transfer pair (the
    ledger is never edited); cards simply change owner, keeping their rows."""
    cards = session.execute(update(CardRow).where(CardRow.member_id == from_id)
                            .values(member_id=to_id)).rowcount
    owned = select(CardRow.id).where(CardRow.member_id == to_id)
    session.execute(delete(CardHolderRow).where(
        CardHolderRow.member_id == from_id,
        CardHolderRow.card_id.in_(owned) | CardHolderRow.card_id.in_(
            select(CardHolderRow.card_id).where(CardHolderRow.member_id == to_id))))
    session.execute(update(CardHolderRow).where(CardHolderRow.member_id == from_id)
                    .values(member_id=to_id))
    points = cards_db.points_of(session, from_id)
    if points:
        reason = "merge"
        post_within(session, kind="merge", key=f"merge:{from_id}:{to_id}", operator=operator,
                    lines=[LedgerLine(LedgerKind.TRANSFER, None, from_id, points_delta=-points,
                                      reason=reason),
                           LedgerLine(LedgerKind.TRANSFER, None, to_id, points_delta=points,
                                      reason=reason)])
    return {"cards": cards, "points": points}
