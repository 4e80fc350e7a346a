"""Selling, recharging and spending cards: the money operations.

Every method takes the operator and an idempotency key (see
`services/operations.py`), checks everything before writing, and posts
ledger rows that are applied to the balances in the same transaction.
"Manager only" operations (refund, reverse, adjust) name their permission
in the `Request`, and the runner enforces it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta

from clubcrm.db import cards as cards_db
from clubcrm.db.database import Database
from clubcrm.db.models import CardRow
from clubcrm.domain.audit import AuditAction
from clubcrm.domain.cards import (
    Balances,
    Card,
    CardStatus,
    PaymentMethod,
    ProductKind,
    RefundCalculation,
    RefundFormula,
    SpendOrder,
    bonus_for,
    split_spend,
)
from clubcrm.domain.errors import NotFound, ValidationError
from clubcrm.domain.ids import StaffId
from clubcrm.domain.ledger import LedgerKind, LedgerLine
from clubcrm.domain.staff import Permission
from clubcrm.domain.translatable import N_
from clubcrm.services import card_lifecycle as lifecycle
from clubcrm.services import card_rules as rules
from clubcrm.services import consumption, tiers
from clubcrm.services.audit import AuditService
from clubcrm.services.card_lifecycle import set_status
from clubcrm.services.operations import Context, OperationResult, OperationRunner, Request
from clubcrm.services.permissions import role_of
from clubcrm.services.refunds import refund_for
from clubcrm.services.settings import (
    CARD_NO_NEXT,
    CARD_SPEND_ORDER,
    POINTS_PER_YUAN_REDEEMED,
    REFUND_FORMULA,
    read_setting,
    write_setting,
)


@dataclass(frozen=True, slots=True)
class SaleQuote:
    """A card sale as the dialog confirms it."""

    product_name: str
    paid_fen: int
    bonus_fen: int
    sessions: int
    valid_from: date | None
    valid_until: date | None


class CardService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._runner = OperationRunner(db)

    # --- reading ---

    def cards_of(self, member_id: int) -> list[Card]:
        with self._db.read() as session:
            return cards_db.cards_of_member(session, member_id)

    def card(self, card_id: int) -> Card:
        with self._db.read() as session:
            return rules.load_card(session, card_id)

    def points_of(self, member_id: int) -> int:
        with self._db.read() as session:
            return cards_db.points_of(session, member_id)

    def find_card(self, card_no: str) -> Card | None:
        with self._db.read() as session:
            return cards_db.card_by_number(session, card_no)

    # --- selling and recharging ---

    def quote_sale(self, product_id: int, paid_fen: int | None = None, *,
                   valid_from: date | None = None) -> SaleQuote:
        with self._db.read() as session:
            line, start = _sale_line(session, product_id, paid_fen, valid_from or date.today())
            product = cards_db.products(session, [product_id])[0]
        until = start + relativedelta(days=line.days_delta - 1) if line.days_delta else None
        return SaleQuote(product.name, line.paid_fen, line.bonus_delta, line.sessions_delta,
                         start if line.days_delta else None, until)

    def sell(self, member_id: int, product_id: int, *, method: PaymentMethod,
             paid_fen: int | None = None, card_no: str = "", valid_from: date | None = None,
             key: str, operator: StaffId, approved_by: StaffId | None = None,
             now: datetime | None = None) -> OperationResult:
        """Sell a card: a stored-value card for `paid_fen` (bonus by the product's
        rules), a count or period card at its price. `card_no` empty: the next
        number of the club's sequence."""
        moment = now or datetime.now()
        start = valid_from or moment.date()
        wanted_no = rules.normalize_card_no(card_no) if card_no.strip() else ""

        def plan(context: Context) -> None:
            session = context.session
            rules.require_active_member(session, member_id)
            line, begins = _sale_line(session, product_id, paid_fen, start)
            number = wanted_no or _next_card_no(session)
            if rules.card_no_taken(session, number):
                raise ValidationError(N_("Card number {card} is already in use."),
                                      field="card_no", card=number)
            card_id = session.execute(CardRow.__table__.insert().values(
                card_no=number, product_id=product_id, member_id=member_id,
                status=CardStatus.ACTIVE.value, principal_fen=0, bonus_fen=0, sessions=0,
                valid_from=begins if line.days_delta else None, valid_until=None,
                opened_at=context.at,
            ).returning(CardRow.id)).scalar_one()
            context.post([LedgerLine(
                LedgerKind.OPEN, card_id, member_id, principal_delta=line.principal_delta,
                bonus_delta=line.bonus_delta, sessions_delta=line.sessions_delta,
                days_delta=line.days_delta, paid_fen=line.paid_fen,
                method=rules.money_method(method) if line.paid_fen else None)])

        # The fingerprint covers what was asked (`valid_from`, not the day it
        # defaults to), so a retry after midnight is still the same request.
        request = Request("sell", {"member": member_id, "product": product_id, "paid": paid_fen,
                                   "method": method, "card_no": wanted_no, "from": valid_from},
                          amount_fen=paid_fen or 0, approved_by=approved_by)
        return self._runner.run(request, plan, key=key, operator=operator, now=moment)

    def recharge(self, card_id: int, paid_fen: int, *, method: PaymentMethod, key: str,
                 operator: StaffId, approved_by: StaffId | None = None,
                 now: datetime | None = None) -> OperationResult:
        moment = now or datetime.now()
        rules.positive_amount(paid_fen)

        def plan(context: Context) -> None:
            card = rules.load_card(context.session, card_id)
            rules.require_kind(card, ProductKind.STORED_VALUE)
            rules.require_usable(card, moment.date())
            context.post([LedgerLine(
                LedgerKind.RECHARGE, card.id, card.member_id, principal_delta=paid_fen,
                bonus_delta=bonus_for(card.product.bonus_rules, paid_fen), paid_fen=paid_fen,
                method=rules.money_method(method))])

        request = Request("recharge", {"card": card_id, "paid": paid_fen, "method": method},
                          amount_fen=paid_fen, approved_by=approved_by)
        return self._runner.run(request, plan, key=key, operator=operator, now=moment)

    def quote_recharge(self, card_id: int, paid_fen: int) -> tuple[Balances, Balances]:
        """The card before → after a recharge of `paid_fen`."""
        card = self.card(card_id)
        rules.require_kind(card, ProductKind.STORED_VALUE)
        bonus = bonus_for(card.product.bonus_rules, rules.positive_amount(paid_fen))
        before = card.balances
        return before, Balances(before.principal_fen + paid_fen, before.bonus_fen + bonus,
                                before.sessions)

    # --- consumption ---

    def quote_consumption(self, request: consumption.ConsumptionRequest, *,
                          today: date | None = None) -> consumption.ConsumptionQuote:
        with self._db.read() as session:
            return consumption.quote(session, request, today=today or date.today(),
                                     **_spending_settings(session))

    def consume(self, request: consumption.ConsumptionRequest, *, key: str, operator: StaffId,
                approved_by: StaffId | None = None,
                now: datetime | None = None) -> OperationResult:
        moment = now or datetime.now()

        def plan(context: Context) -> None:
            priced = consumption.quote(context.session, request, today=moment.date(),
                                       **_spending_settings(context.session))
            context.post(priced.lines)
            payer = priced.lines[0].member_id
            if payer is not None:
                tiers.upgrade_if_qualified(context.session, payer, today=moment.date(),
                                           at=context.at, operator=context.operator)

        params: dict[str, Any] = {
            "member": request.member_id, "card": request.card_id,
            "items": [(item.service_id, item.quantity) for item in request.items],
            "card_amount": request.card_amount_fen, "points": request.points_credit_fen,
            "method": request.method, "reason": request.reason}
        return self._runner.run(Request("consume", params, approved_by=approved_by), plan,
                                key=key, operator=operator, now=moment)

    # --- moving and returning money ---

    def transfer(self, from_card_id: int, to_card_id: int, amount_fen: int, *, reason: str = "",
                 key: str, operator: StaffId, now: datetime | None = None) -> OperationResult:
        """Move balance to another card (possibly another member's); principal
        stays principal and bonus stays bonus, taken in the configured order."""
        moment = now or datetime.now()
        rules.positive_amount(amount_fen)
        note = rules.optional_reason(reason)

        def plan(context: Context) -> None:
            session = context.session
            if from_card_id == to_card_id:
                raise ValidationError(N_("Choose a different card to transfer to."),
                                      field="to_card")
            source, target = (rules.load_card(session, card_id)
                              for card_id in (from_card_id, to_card_id))
            for card in (source, target):
                rules.require_kind(card, ProductKind.STORED_VALUE)
                rules.require_usable(card, moment.date())
            rules.require_enough(source, amount_fen)
            order = SpendOrder(read_setting(session, CARD_SPEND_ORDER))
            principal, bonus = split_spend(source.balances, amount_fen, order)
            context.post([
                LedgerLine(LedgerKind.TRANSFER, source.id, source.member_id,
                           principal_delta=-principal, bonus_delta=-bonus, reason=note),
                LedgerLine(LedgerKind.TRANSFER, target.id, target.member_id,
                           principal_delta=principal, bonus_delta=bonus, reason=note),
            ])

        request = Request("transfer", {"from": from_card_id, "to": to_card_id,
                                       "amount": amount_fen, "reason": note},
                          amount_fen=amount_fen)
        return self._runner.run(request, plan, key=key, operator=operator, now=moment)

    def quote_refund(self, card_id: int, *, today: date | None = None) -> RefundCalculation:
        with self._db.read() as session:
            card = rules.load_card(session, card_id)
            rules.require_status(card, CardStatus.ACTIVE, CardStatus.FROZEN)
            formula = RefundFormula(read_setting(session, REFUND_FORMULA))
            return refund_for(session, card, formula, today=today or date.today())

    def refund(self, card_id: int, *, method: PaymentMethod, reason: str = "", key: str,
               operator: StaffId, approved_by: StaffId | None = None,
               now: datetime | None = None) -> tuple[OperationResult, RefundCalculation]:
        """Refund a card (manager only): pay back what the formula gives, zero its
        balances and mark it refunded. Returns the statement's calculation too."""
        moment = now or datetime.now()
        note = rules.optional_reason(reason)

        def plan(context: Context) -> None:
            session = context.session
            card = rules.load_card(session, card_id)
            rules.require_status(card, CardStatus.ACTIVE, CardStatus.FROZEN)
            formula = RefundFormula(read_setting(session, REFUND_FORMULA))
            calculation = refund_for(session, card, formula, today=moment.date())
            context.check_cap(calculation.refundable_fen)
            held = card.balances
            context.post([LedgerLine(
                LedgerKind.REFUND, card.id, card.member_id, principal_delta=-held.principal_fen,
                bonus_delta=-held.bonus_fen, sessions_delta=-held.sessions,
                paid_fen=-calculation.refundable_fen,
                method=rules.money_method(method) if calculation.refundable_fen else None,
                reason=note)])
            set_status(session, card.id, CardStatus.REFUNDED, frozen_on=None)

        request = Request("refund", {"card": card_id, "method": method, "reason": note},
                          permission=Permission.REFUND, approved_by=approved_by)
        result = self._runner.run(request, plan, key=key, operator=operator, now=moment)
        return result, self.refund_statement(result)

    def refund_statement(self, result: OperationResult) -> RefundCalculation:
        """The calculation of a refund that was made, from the rows before it."""
        with self._db.read() as session:
            assert result.card_id is not None
            card = rules.load_card(session, result.card_id)
            formula = RefundFormula(read_setting(session, REFUND_FORMULA))
            return refund_for(session, card, formula, today=result.at.date(),
                              before_id=result.entries[0].id)


def _spending_settings(session: Any) -> dict[str, Any]:
    return {"order": SpendOrder(read_setting(session, CARD_SPEND_ORDER)),
            "points_per_yuan_redeemed": read_setting(session, POINTS_PER_YUAN_REDEEMED)}


def _sale_line(session: Any, product_id: int, paid_fen: int | None,
               start: date) -> tuple[LedgerLine, date]:
    """The opening row of a card of `product_id` (without its card and member)."""
    found = cards_db.products(session, [product_id])
    if not found or not found[0].active:
        raise NotFound(N_("This card product is no longer sold."))
    product = found[0]
    if product.kind is ProductKind.STORED_VALUE:
        paid = rules.positive_amount(paid_fen if paid_fen is not None else 0)
        bonus, sessions = bonus_for(product.bonus_rules, paid), 0
    else:
        if paid_fen is not None and paid_fen != product.price_fen:
            raise ValidationError(N_("This card is sold at its price; change the product to "
                                     "change the price."), field="amount")
        paid, bonus = product.price_fen, 0
        sessions = product.sessions if product.kind is ProductKind.COUNT else 0
    days = 0
    if product.valid_months:
        days = (start + relativedelta(months=product.valid_months) - start).days
    elif product.valid_days:
        days = product.valid_days
    line = LedgerLine(LedgerKind.OPEN, None, None, principal_delta=paid
                      if product.kind is ProductKind.STORED_VALUE else 0,
                      bonus_delta=bonus, sessions_delta=sessions, days_delta=days,
                      paid_fen=paid)
    return line, start


def _next_card_no(session: Any) -> str:
    """The next free number of the club's card sequence (numbers typed by hand
    are skipped)."""
    seq = read_setting(session, CARD_NO_NEXT)
    while rules.card_no_taken(session, number := f"C{seq:07d}"):
        seq += 1
    write_setting(session, CARD_NO_NEXT, seq + 1)
    return number


class CardCare:
    """The operations that change a card's state rather than sell or spend:
    reversal and adjustment (manager/owner), freeze, extension, lost-card
    replacement, family sharing, closing, expiry, points redemption."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._runner = OperationRunner(db)

    def reverse(self, ledger_id: int, *, reason: str, key: str, operator: StaffId,
                now: datetime | None = None) -> OperationResult:
        return self._runner.run(*lifecycle.reverse(ledger_id, reason), key=key,
                                operator=operator, now=now)

    def adjust(self, *, card_id: int | None = None, member_id: int | None = None,
               principal_fen: int = 0, bonus_fen: int = 0, sessions: int = 0, points: int = 0,
               reason: str, key: str, operator: StaffId, approved_by: StaffId | None = None,
               now: datetime | None = None) -> OperationResult:
        request, plan = lifecycle.adjust(card_id, member_id, principal_fen=principal_fen,
                                         bonus_fen=bonus_fen, sessions=sessions, points=points,
                                         reason=reason)
        request = replace(request, approved_by=approved_by)
        return self._runner.run(request, plan, key=key, operator=operator, now=now)

    def freeze(self, card_id: int, *, reason: str = "", key: str, operator: StaffId,
               now: datetime | None = None) -> OperationResult:
        moment = now or datetime.now()
        return self._runner.run(*lifecycle.freeze(card_id, reason, moment.date()), key=key,
                                operator=operator, now=moment)

    def unfreeze(self, card_id: int, *, reason: str = "", key: str, operator: StaffId,
                 now: datetime | None = None) -> OperationResult:
        moment = now or datetime.now()
        return self._runner.run(*lifecycle.unfreeze(card_id, reason, moment.date()), key=key,
                                operator=operator, now=moment)

    def extend(self, card_id: int, days: int, *, reason: str, key: str, operator: StaffId,
               now: datetime | None = None) -> OperationResult:
        return self._runner.run(*lifecycle.extend(card_id, days, reason), key=key,
                                operator=operator, now=now)

    def replace_lost(self, card_id: int, new_card_no: str, *, reason: str = "", key: str,
                     operator: StaffId, now: datetime | None = None) -> OperationResult:
        return self._runner.run(*lifecycle.replace(card_id, new_card_no, reason), key=key,
                                operator=operator, now=now)

    def close(self, card_id: int, *, reason: str = "", key: str, operator: StaffId,
              now: datetime | None = None) -> OperationResult:
        return self._runner.run(*lifecycle.close(card_id, reason), key=key, operator=operator,
                                now=now)

    def redeem_points(self, member_id: int, points: int, *, gift: str, key: str,
                      operator: StaffId, now: datetime | None = None) -> OperationResult:
        return self._runner.run(*lifecycle.redeem(member_id, points, gift), key=key,
                                operator=operator, now=now)

    def share(self, card_id: int, member_id: int, *, add: bool, operator: StaffId) -> Card:
        """Add or remove a family member who may use the card; audited."""
        with self._db.write() as session:
            role_of(session, operator)
            card = lifecycle.share(session, card_id, member_id, add=add)
            AuditService.record(session, operator=operator,
                                action=AuditAction.CARD_SHARED if add
                                else AuditAction.CARD_UNSHARED,
                                subject=card.card_no, details={"member_id": member_id})
        return self.card_after(card_id)

    def card_after(self, card_id: int) -> Card:
        with self._db.read() as session:
            return rules.load_card(session, card_id)

    def expire_due(self, *, operator: StaffId, today: date | None = None) -> int:
        """Expire every active card past its end date; how many were expired.
        Each card is its own operation, keyed by card and end date, so running
        this twice (two reception PCs starting) expires each card once."""
        day = today or date.today()
        with self._db.read() as session:
            due = lifecycle.due_to_expire(session, day)
        for card_id, until in due:
            self._runner.run(*lifecycle.expire(card_id, day), key=f"expire:{card_id}:{until}",
                             operator=operator)
        return len(due)
